// The response panel's face cache: it draws exactly what drawing each face would, redraws when a
// face, its label or its key changes, and copies last frame's vertices when nothing did.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "app/response_faces.h"
#include "support/imgui_frame.h"
#include "ui/widgets.h"

namespace {

using Frame = testing::ImGuiFrame;

/// Vertices and indices of a draw list, hashed.
std::uint64_t hashOf(const ImDrawList& dl) {
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&](const void* p, std::size_t n) {
        const auto* b = static_cast<const unsigned char*>(p);
        for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
    };
    mix(dl.VtxBuffer.Data, static_cast<std::size_t>(dl.VtxBuffer.Size) * sizeof(ImDrawVert));
    mix(dl.IdxBuffer.Data, static_cast<std::size_t>(dl.IdxBuffer.Size) * sizeof(ImDrawIdx));
    return h;
}

ImDrawList* freshList() {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    dl->_ResetForNewFrame();
    dl->PushClipRectFullScreen();
    dl->PushTextureID(ImGui::GetIO().Fonts->TexID);
    return dl;
}

std::uint64_t drawnDirectly(const std::vector<ui::ResponseFace>& faces) {
    ImDrawList* dl = freshList();
    for (const auto& f : faces) ui::drawResponseFace(dl, f);
    return hashOf(*dl);
}

std::uint64_t drawnCached(app::ResponseFaceCache& cache, const std::vector<ui::ResponseFace>& faces) {
    ImDrawList* dl = freshList();
    cache.draw(dl, faces);
    return hashOf(*dl);
}

ui::ResponseFace face(ImGuiID id, float y, const char* label, const char* key) {
    ui::ResponseFace f;
    f.id = id;
    f.pos = ImVec2(20, y);
    f.size = ImVec2(220, 40);
    f.frame = IM_COL32(80, 70, 60, 255);
    f.stripe = IM_COL32(200, 120, 60, 255);
    f.text = IM_COL32(240, 230, 220, 255);
    f.rounding = 8.0f;
    f.label = label;
    f.key = key;
    return f;
}

}  // namespace

TEST_CASE("Response faces: the cache draws what drawing each face draws, and redraws on any change") {
    Frame frame;
    char label[32] = "Feed";
    std::vector<ui::ResponseFace> faces{face(1, 20, label, "F"), face(2, 70, "Burp", "B"),
                                        face(3, 120, "Offer a finger to suck", "6")};
    app::ResponseFaceCache cache;
    const std::uint64_t direct = drawnDirectly(faces);
    CHECK(drawnCached(cache, faces) == direct);
    CHECK(cache.rebuilds() == 1);
    CHECK(drawnCached(cache, faces) == direct);
    CHECK(cache.rebuilds() == 1);  // nothing changed: last frame's vertices, copied

    SECTION("a hovered button's colour") {
        faces[1].frame = IM_COL32(110, 95, 80, 255);
    }
    SECTION("a label changed in place (same pointer, new words)") {
        std::strcpy(label, "Feed now");
    }
    SECTION("a remapped key") {
        faces[2].key = "Q";
    }
    SECTION("a gamepad glyph in the badge") {
        faces[0].padSlot = 0;
    }
    SECTION("a button moved or resized") {
        faces[2].size.y = 52;
    }
    SECTION("a button that became unavailable") {
        faces[0].text = IM_COL32(120, 110, 100, 255);
    }
    const std::uint64_t changed = drawnDirectly(faces);
    CHECK(changed != direct);
    CHECK(drawnCached(cache, faces) == changed);
    CHECK(cache.rebuilds() == 2);
}

TEST_CASE("Response faces: a face clipped away draws nothing, cached or not") {
    Frame frame;
    std::vector<ui::ResponseFace> faces{face(1, 20, "Feed", "F")};
    faces[0].id = 0;
    app::ResponseFaceCache cache;
    CHECK(drawnCached(cache, faces) == drawnDirectly({}));
}
