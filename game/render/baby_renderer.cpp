// Composes the baby: rig (depiction or physics pose) -> legs, torso, head and face, arms and hands,
// skin signs, then motion and sound marks. Infant head per SENSORY §5: round, high forehead, eyes
// low and wide, small button nose, full cheeks past the jaw, low round ears.
#include "render/baby_renderer.h"

#include <algorithm>
#include <cmath>

#include "render/baby_parts.h"
#include "render/baby_scene.h"
#include "render/face_frame.h"
#include "render/shapes.h"

namespace render {

namespace {
bool handsInFront(core::Hands h) {
    return h == core::Hands::ToMouth || h == core::Hands::RubEyes || h == core::Hands::ToEar;
}

void drawEar(ImDrawList* d, const FaceFrame& f, float s, const Palette& p) {
    // Low, round ears; the ear on the side the face turns from shows more.
    const float show = std::clamp(1.0f - s * f.yaw * 1.2f, 0.2f, 1.6f);
    const ImVec2 c = f.fixed(s * (0.93f - 0.05f * (show - 1.0f)), 0.16f - 0.2f * f.pitch);
    fillEllipse(d, c, ImVec2(f.px(0.14f * show), f.px(0.19f)), f.roll, p.skinShade);
    fillEllipse(d, c, ImVec2(f.px(0.09f * show), f.px(0.13f)), f.roll, withAlpha(p.cheek, 0.5f));
}

void drawHeadShape(ImDrawList* d, const FaceFrame& f, const Palette& p) {
    fillEllipse(d, f.fixed(0.04f, 0.06f), ImVec2(f.px(1.04f), f.px(1.02f)), f.roll, p.skinShade, 48);
    fillEllipse(d, f.c, ImVec2(f.r, f.px(0.98f)), f.roll, p.skin, 48);
    // Full cheeks bulging past the jaw, and the chin low.
    for (int s = -1; s <= 1; s += 2) fillEllipse(d, f.at(s * 0.42f, 0.4f), ImVec2(f.px(0.5f), f.px(0.48f)), f.roll, p.skin, 32);
    softGlow(d, f.fixed(-0.2f, -0.5f), ImVec2(f.px(0.45f), f.px(0.3f)), withAlpha(p.skinLight, 0.6f), 4);
    for (int s = -1; s <= 1; s += 2) softGlow(d, f.at(s * 0.5f, 0.38f), ImVec2(f.px(0.22f), f.px(0.15f)), withAlpha(p.cheek, 0.55f), 4);
}

void drawHair(ImDrawList* d, const FaceFrame& f, const Palette& p, int ageWeeks) {
    const float w = std::max(1.2f, f.px(0.04f));
    const int tufts = ageWeeks >= 26 ? 6 : 3;  // more hair on an older baby
    for (int k = 0; k < tufts; ++k) {
        const float x = -0.15f * (tufts / 3) + 0.15f * k;
        strokeQuad(d, f.fixed(x, -0.93f), f.fixed(x + 0.15f, -1.15f), f.fixed(x + 0.22f, -0.98f), withAlpha(p.hair, 0.85f), w);
    }
}

void drawNose(ImDrawList* d, const FaceFrame& f, const Palette& p) {
    fillEllipse(d, f.at(0.0f, 0.32f), ImVec2(f.px(0.085f), f.px(0.06f)), f.roll, p.skinShade);
    fillEllipse(d, f.at(-0.01f, 0.305f), ImVec2(f.px(0.07f), f.px(0.045f)), f.roll, p.skin);
    d->AddCircleFilled(f.at(-0.03f, 0.29f), f.px(0.018f), withAlpha(p.skinLight, 0.9f));
}

void drawHead(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an, const Palette& p) {
    const FaceFrame f = faceFrameOf(r);
    if (r.pitch > 0.3f)  // chin up: the underside of the jaw and the neck show
        fillEllipse(d, f.fixed(0.0f, 0.85f), ImVec2(f.px(0.55f), f.px(0.3f)), f.roll, p.skinShade);
    drawEar(d, f, -1.0f, p);
    drawEar(d, f, 1.0f, p);
    drawHeadShape(d, f, p);
    drawHair(d, f, p, look.ageWeeks);
    drawSkinSigns(d, f, look, an, p);
    drawEyesAndBrows(d, f, look, an, p);
    drawNose(d, f, p);
    drawMouth(d, f, look, an, p);
    drawWetSigns(d, f, look, an, p);
}

void drawGroundShadow(ImDrawList* d, const Rig& r) {
    // A soft contact shadow under the body so the baby sits on the mattress or mat.
    const float u = r.unitPx;
    if (r.standing) {  // a floor line and a shadow under the feet
        d->AddLine(ImVec2(r.hips.x - u * 0.45f, r.floorY), ImVec2(r.hips.x + u * 0.7f, r.floorY), IM_COL32(150, 120, 110, 120), std::max(1.0f, u * 0.008f));
        softGlow(d, ImVec2(r.hips.x, r.floorY), ImVec2(u * 0.16f, u * 0.03f), IM_COL32(120, 90, 80, 70), 6);
        return;
    }
    if (r.crawling) {
        const ImVec2 c(lerp2(r.neck, r.hips, 0.5f).x, r.legs[1].joint.y + u * 0.03f);
        softGlow(d, c, ImVec2(u * 0.38f, u * 0.05f), IM_COL32(120, 90, 80, 70), 8);
        return;
    }
    const ImVec2 c = lerp2(r.neck, r.hips, 0.6f);
    const ImVec2 radii = r.lying ? ImVec2(u * 0.5f, u * 0.26f) : ImVec2(u * 0.33f, u * 0.42f);
    softGlow(d, add(c, ImVec2(u * 0.02f, u * 0.04f)), radii, IM_COL32(120, 90, 80, 50), 8);
}

void drawSurface(ImDrawList* d, const Rig& r) {
    // The mattress under an arching baby: the head and heels touch it, the back lifts off.
    const float u = r.unitPx;
    const float y = r.head.y + r.headR * 0.95f;
    d->AddRectFilled(ImVec2(r.head.x - u * 0.2f, y), ImVec2(r.legs[1].end.x + u * 0.12f, y + u * 0.05f), IM_COL32(214, 200, 184, 255), u * 0.02f);
    fillEllipse(d, ImVec2(r.head.x, y), ImVec2(r.headR * 0.8f, u * 0.015f), 0.0f, IM_COL32(150, 120, 110, 90));
    fillEllipse(d, ImVec2(r.legs[1].end.x, y), ImVec2(u * 0.05f, u * 0.012f), 0.0f, IM_COL32(150, 120, 110, 90));
}

Rig buildRig(const BabyLook& look, const Anim& an, ImVec2 c, float h) {
    // Room at the side for the caregiver walking away that the baby reaches after.
    if (look.depiction.context == core::Context::CaregiverLeaving && !look.held) c.x -= 0.12f * h;
    // At the shoulder the baby sits higher, its head above the adult's shoulder.
    if (look.depiction.place == core::Place::Shoulder) c.y -= 0.08f * h, c.x -= 0.1f * h;
    if (look.depiction.place == core::Place::Breast || look.depiction.place == core::Place::Bottle) c.x -= 0.08f * h;
    if (look.depiction.posture == core::Posture::CrawlAway && !look.held) return rigForCrawl(look, an, c, h);
    // In arms the Box2D body answers the caregiver (rocking, head lag): draw it. Elsewhere the core's
    // pose is kinematic, servoed toward the same intent as the depiction, so the depiction's rig is
    // drawn, which keeps every cue readable.
    if (look.hasPose && look.held) return rigFromPose(look, an, c, h);
    if (look.depiction.posture == core::Posture::Standing && !look.held) return rigForStanding(look, an, c, h);
    if (look.depiction.posture == core::Posture::Arching && !look.held && liesDown(look.depiction.place)) {
        Rig r = rigForArch(look, an, c, h);
        r.arching = true;
        return r;
    }
    return rigFromDepiction(look, an, c, h);
}

Palette paletteFor(const core::DepictionDef& dep) {
    Palette p = makePalette(dep.flush * 0.35f, dep.pallor);
    if (dep.has(core::Mark::BlueLips)) p.lips = IM_COL32(104, 112, 176, 255);
    if (dep.has(core::Mark::DryLips)) p.lips = IM_COL32(224, 182, 172, 255);
    return p;
}

/// Legs, far arm and the arms raised behind the head: everything under the torso.
void drawUnderTorso(ImDrawList* draw, const Rig& r, const BabyLook& look, const Anim& an, const Palette& p, const bool behind[2]) {
    const core::DepictionDef& dep = look.depiction;
    Palette legs = p;  // bare legs when the nappy is the point of the cue
    if (showsBareLegs(dep)) legs.cloth = p.skin, legs.clothShade = p.skinShade;
    const bool hideLegs = wrapHidesLegs(dep.wrap);
    const int farLeg = r.crawling ? 0 : -1;
    if (!r.kneesUp && !hideLegs)
        for (int i = 0; i < 2; ++i) drawLeg(draw, r, i, legs, i == farLeg);
    if (dep.wrap == core::Wrap::Swaddle) return;  // arms tucked inside the wrap
    if (r.crawling) drawArm(draw, r, 0, p, true), drawHand(draw, r, 0, dep.hands, p, an);
    for (int i = 0; i < 2; ++i)
        if (behind[i]) drawArm(draw, r, i, p, false), drawHand(draw, r, i, dep.hands, p, an);
}

/// The arms over the torso, then hands at the face over the head.
void drawArmsOver(ImDrawList* draw, const Rig& r, const BabyLook& look, const Anim& an, const Palette& p, const bool behind[2]) {
    const core::DepictionDef& dep = look.depiction;
    if (dep.wrap == core::Wrap::Swaddle) return;
    const bool front = handsInFront(dep.hands);
    for (int i = r.crawling ? 1 : 0; i < 2; ++i) {
        if (behind[i]) continue;
        if (front && (i == 1 || dep.hands == core::Hands::RubEyes)) continue;
        drawArm(draw, r, i, p, false);
        drawHand(draw, r, i, dep.hands, p, an);
    }
    if (front)  // hands at the face go over it
        for (int i = 0; i < 2; ++i) {
            if (dep.hands != core::Hands::RubEyes && i == 0) continue;
            drawArm(draw, r, i, p, false);
            drawHand(draw, r, i, dep.hands, p, an);
        }
}

void drawGround(ImDrawList* draw, const Rig& r, const Staged& st, const Anim& an) {
    const BabyLook& look = st.look;
    drawPlaceBehind(draw, r, st);
    drawActBehind(draw, r, st, an);
    if (look.held && look.depiction.place != core::Place::Shoulder) drawCaregiverBehind(draw, r, look.headSupported);
    else if (!r.arching && !look.held) drawGroundShadow(draw, r);
    if (r.arching) drawSurface(draw, r);
    drawContextBehind(draw, r, look);
}
}  // namespace

void drawBaby(ImDrawList* draw, ImVec2 centerPx, float heightPx, const BabyLook& look0, double timeS) {
    if (draw == nullptr || heightPx <= 1.0f) return;
    const Staged st = stage(look0);
    const BabyLook& look = st.look;
    const core::DepictionDef& dep = look.depiction;
    const Anim an = makeAnim(look, timeS);
    const Rig r = buildRig(look, an, centerPx, heightPx);
    const Palette p = paletteFor(dep);
    drawGround(draw, r, st, an);
    // Arms raised above the eyes (stretching, reaching) pass behind the head, not across the face.
    bool behind[2] = {false, false};
    for (int i = 0; i < 2; ++i)
        behind[i] = !handsInFront(dep.hands) && !r.crawling && !r.arching && !r.lying && r.arms[i].end.y < r.head.y + r.headR * 0.2f &&
                    std::fabs(r.arms[i].end.x - r.head.x) < r.headR * 1.6f;
    drawUnderTorso(draw, r, look, an, p, behind);
    drawTorso(draw, r, p);
    if (r.kneesUp && !wrapHidesLegs(dep.wrap))
        for (int i = 0; i < 2; ++i) drawLeg(draw, r, i, p, false);
    drawContextOnBody(draw, r, look, p);
    drawWrap(draw, r, look, an);
    drawBodyMarks(draw, r, look, an, p);
    drawPlaceOverBody(draw, r, st);
    if (r.prone) drawHeadFromBehind(draw, r, look, p);
    else drawHead(draw, r, look, an, p);
    drawFaceMarks(draw, r, look, an, p);
    drawArmsOver(draw, r, look, an, p, behind);
    if (r.toyInHand) drawToy(draw, r);
    drawPlaceFront(draw, r, st, an);
    drawContextFront(draw, r, look, an);
    drawActFront(draw, r, st, an);
    drawMotionMarks(draw, r, look, an);
    const FaceFrame f = faceFrameOf(r);
    drawVoiceMarks(draw, r, look, an, f.at(0.0f, 0.6f));
}

FaceFrame faceFrameOf(const Rig& r) {
    FaceFrame f;
    f.c = r.head;
    f.r = r.headR;
    f.roll = r.headRollRad;
    f.yaw = r.yaw;
    f.pitch = r.pitch;
    return f;
}

}  // namespace render
