// Bout plans per vocalisation, from SENSORY.md table (b). Loudness is relative to a full cry
// (0 dB = kFullCry); distress 0..1 drives the escalation rules of §1.5: shorter units and pauses,
// higher f0 peaks, more jitter, more dysphonic frames and hyperphonation jumps, louder.
#include <algorithm>

#include "audio/voice_synth.h"

namespace audio {

using core::Voice;

namespace {
constexpr float kFullCry = 0.5f;

float level(float db, float intensity) { return kFullCry * dbToGain(db) * (0.55f + 0.45f * intensity); }

Segment silence(float s) {
    Segment g;
    g.kind = Segment::Kind::Silence;
    g.durS = s;
    return g;
}

Segment vowel(float dur, float f0a, float f0p, float f0b, float amp, float f1, float f2, float f3) {
    Segment s;
    s.kind = Segment::Kind::Voiced;
    s.durS = dur;
    s.f0StartHz = f0a;
    s.f0PeakHz = f0p;
    s.f0EndHz = f0b;
    s.amp = amp;
    s.f1 = f1;
    s.f2 = f2;
    s.f3 = f3;
    return s;
}

Segment breathNoise(float dur, float amp, float f1, float f2) {
    Segment s = vowel(dur, 0, 0, 0, amp, f1, f2, 4500);
    s.kind = Segment::Kind::Noise;
    s.bw = 400;
    s.attackS = dur * 0.4f;
    s.releaseS = dur * 0.3f;
    return s;
}

/// Distress for one cry unit: the bout's escalation (a plain cry tops out at 0.6, so it never sounds
/// like the intense cry at its start), plus a little for a loud catalog intensity, plus 0.5 if intense.
float cryDistress(float in, float escalation, bool intense) {
    const float boost = 0.4f * std::max(0.0f, in - 0.5f);
    return std::clamp((intense ? escalation + 0.5f : 0.6f * escalation) + boost, 0.0f, 1.0f);
}

std::size_t cry(float in, float distress, bool intense, Rng& rng, Segment* out) {
    // Wail ~0.65-0.95 s then an in-breath of 0.25-0.35 s (~27% of the cycle): ~57 cycles a minute
    // (§1.2). Distress shortens both (escalated units 0.5-0.8 s, gasps 0.15-0.25 s) and lifts the
    // arc's peak from ~580 Hz towards 800 Hz around a 400-550 Hz baseline (§1.1, §1.5, table (b)).
    const float d = cryDistress(in, distress, intense);
    const float base = rng.range(390.0f, 440.0f);  // Michelsson: lowest ~400, highest ~580, mean ~500
    Segment w = vowel(rng.range(0.65f, 0.95f) - 0.15f * d, base, rng.range(550.0f, 600.0f) + 200.0f * d, base - 20.0f,
                      level(-5.0f + 5.0f * d, in), rng.range(1050, 1250), rng.range(2500, 3200), 5000);
    w.bw = 260;
    w.glideFrom = 0.6f;
    w.breath = 0.08f;
    w.jitter = 0.025f + 0.02f * d;
    w.shimmer = 0.1f;
    w.dysphonia = 0.08f + 0.3f * d;
    w.peakAt = rng.range(0.3f, 0.4f);
    if (rng.uniform() < 0.1f + 0.3f * d) {  // hyperphonation jump inside the unit
        w.hyperAtS = w.durS * rng.range(0.3f, 0.6f);
        w.hyperDurS = rng.range(0.1f, 0.3f);
        w.hyperHz = rng.range(1000.0f, 1800.0f);
    }
    std::size_t n = 0;
    out[n++] = w;
    // In-breath: sometimes a voiced, higher "whoop" (a short gap before it, a longer one after:
    // §1.2), otherwise breathy noise.
    const float gasp = rng.range(0.25f, 0.35f) - 0.1f * d;
    if (rng.uniform() < 0.3f) {
        Segment g = vowel(gasp * 0.55f, 650, 780, 720, level(-10.0f, in), 900, 2600, 4500);
        g.breath = 0.4f;
        g.attackS = 0.02f;
        g.releaseS = 0.04f;
        out[n++] = silence(0.06f);
        out[n++] = g;
        out[n++] = silence(gasp * 0.45f);
    } else {
        out[n++] = breathNoise(gasp, level(-16.0f, in), 900, 2500);
    }
    out[n++] = silence(rng.range(0.0f, 0.1f) * (1.0f - d));
    return n;
}

std::size_t fuss(float in, bool grizzle, Rng& rng, Segment* out) {
    // "eh-eh": 0.2-0.6 s units, 350-500 Hz short falling or flat arcs, bursts of 2-5, gaps 0.5-2 s.
    std::size_t n = 0;
    const int units = 2 + static_cast<int>(rng.uniform() * 4.0f);
    for (int k = 0; k < units && n + 3 < 12; ++k) {
        const float f = rng.range(380.0f, 450.0f);
        Segment s = vowel(rng.range(0.2f, grizzle ? 0.6f : 0.45f), f + 20, f + 40, f - 50, level(grizzle ? -13.0f : -14.0f, in), 1000, 3000, 5000);
        s.peakAt = 0.15f;
        s.jitter = 0.015f;
        s.breath = 0.12f;
        s.dysphonia = grizzle ? 0.2f : 0.05f;
        out[n++] = s;
        out[n++] = silence(rng.range(0.15f, 0.4f));
    }
    out[n++] = silence(rng.range(0.5f, 2.0f));
    return n;
}

std::size_t coo(float in, Rng& rng, Segment* out) {
    // "ooh": 300-450 Hz gentle rise-fall, mostly 0.2-0.45 s with an occasional long one (0.8-1.5 s:
    // §2.2 "most under 400 ms, occasional ones 2 s"), soft breath, turn-taking gaps 1-3 s.
    const float f = rng.range(330.0f, 380.0f);
    const bool ah = rng.uniform() < 0.35f;
    const float durS = rng.uniform() < 0.15f ? rng.range(0.8f, 1.5f) : rng.range(0.2f, 0.45f);
    Segment s = vowel(durS, f, f + rng.range(40.0f, 70.0f), f - 20.0f, level(-16.0f, in), ah ? 1000 : 750,
                      ah ? 2500 : 1800, 4500);
    s.bw = 150;
    s.breath = 0.1f;
    s.tilt = 0.6f;
    s.tremorHz = 6.0f;
    s.tremorDepth = 0.015f;
    s.attackS = 0.05f;
    s.releaseS = 0.1f;
    out[0] = s;
    out[1] = silence(rng.range(1.0f, 3.0f));
    return 2;
}

std::size_t babble(float in, Rng& rng, Segment* out, bool laugh) {
    // Babble: "ba-ba-ba" syllables; laugh: ~150 ms falling pulses with voiced in-breaths between.
    std::size_t n = 0;
    const int units = 3 + static_cast<int>(rng.uniform() * 3.0f);
    float f = rng.range(380.0f, 450.0f);
    for (int k = 0; k < units; ++k) {
        Segment s = vowel(laugh ? 0.13f : 0.16f, f + 30, f + 40, f - 40, level(laugh ? -8.0f : -13.0f, in), 1000, 2700, 5000);
        s.peakAt = 0.1f;
        s.attackS = 0.012f;
        s.releaseS = 0.03f;
        s.tilt = 0.3f;
        out[n++] = s;
        out[n++] = laugh ? breathNoise(0.09f, level(-22.0f, in), 1000, 2600) : silence(0.07f);
        f += laugh ? 10.0f : rng.range(-20.0f, 20.0f);
    }
    out[n++] = silence(rng.range(1.2f, 2.5f));
    return n;
}

Segment click(float amp) {
    Segment s;
    s.kind = Segment::Kind::Click;
    s.durS = 0.06f;
    s.amp = amp;
    s.f1 = 1200;
    s.f2 = 2400;
    s.bw = 900;
    s.attackS = 0.001f;
    s.releaseS = 0.04f;
    return s;
}
}  // namespace

std::size_t planVoiceBout(Voice voice, float in, float distress, Rng& rng, Segment* out, std::size_t cap) {
    if (cap < 32) return 0;
    in = std::clamp(in, 0.0f, 1.0f);
    switch (voice) {
        case Voice::Cry: return cry(in, distress, false, rng, out);
        case Voice::CryIntense: return cry(in, distress, true, rng, out);
        case Voice::WeakHighCry: {
            // Red flag: weak, thin, high-pitched; long pauses.
            Segment s = vowel(rng.range(0.4f, 0.8f), 780, rng.range(900.0f, 1000.0f), 760, level(-15.0f, in), 1300, 3300, 5500);
            s.breath = 0.35f;
            s.jitter = 0.01f;
            s.tilt = 0.2f;
            out[0] = s;
            out[1] = silence(rng.range(1.0f, 2.0f));
            return 2;
        }
        case Voice::Fuss: return fuss(in, false, rng, out);
        case Voice::Grizzle: return fuss(in, true, rng, out);
        case Voice::Whimper: {
            Segment s = vowel(rng.range(0.3f, 0.6f), 440, 460, 360, level(-19.0f, in), 950, 2900, 5000);
            s.breath = 0.3f;
            s.tilt = 0.7f;
            s.tremorHz = 7.0f;
            s.tremorDepth = 0.03f;
            out[0] = s;
            out[1] = silence(rng.range(1.0f, 2.0f));
            return 2;
        }
        case Voice::Coo: return coo(in, rng, out);
        case Voice::Babble: return babble(in, rng, out, false);
        case Voice::Laugh: return babble(in, rng, out, true);
        case Voice::Squeak: {
            Segment s = vowel(rng.range(0.1f, 0.2f), 650, 850, 800, level(-18.0f, in), 1200, 3500, 5500);
            s.tilt = 0.3f;
            out[0] = s;
            out[1] = silence(rng.range(2.0f, 4.0f));
            return 2;
        }
        case Voice::Grunt: {
            // Short, creaky (vocal fry: subharmonic) expiratory grunts, one a breath or so.
            Segment s = vowel(rng.range(0.15f, 0.25f), 300, 320, 260, level(-15.0f, in), 800, 2600, 4500);
            s.dysphonia = 0.9f;
            s.breath = 0.2f;
            s.tilt = 0.5f;
            out[0] = s;
            out[1] = silence(rng.range(0.6f, 1.2f));
            return 2;
        }
        case Voice::Hiccup: {
            // ~80 ms inhaled noise burst ending in a glottal click; one every 2-5 s.
            Segment s = breathNoise(0.08f, level(-18.0f, in), 700, 1800);
            s.attackS = 0.01f;
            s.releaseS = 0.02f;
            out[0] = s;
            out[1] = click(level(-14.0f, in));
            out[2] = silence(rng.range(2.0f, 5.0f));
            return 3;
        }
        case Voice::SuckSounds: {
            // ~2 Hz, bursts of 6-12 "tch" clicks with wet noise, then a pause of a few seconds.
            std::size_t n = 0;
            const int sucks = 6 + static_cast<int>(rng.uniform() * 6.0f);
            for (int k = 0; k < sucks && n + 2 < 31; ++k) {
                out[n++] = click(level(-24.0f, in));
                out[n++] = silence(0.44f);
            }
            out[n++] = silence(rng.range(2.0f, 4.0f));
            return n;
        }
        case Voice::Yawn: {
            // Inhale noise 1.5-3 s (rising), a pause, a soft voiced "aah" falling 450 -> 300 Hz.
            Segment inh = breathNoise(rng.range(1.8f, 2.5f), level(-22.0f, in), 1000, 2500);
            inh.attackS = inh.durS * 0.8f;
            inh.releaseS = 0.1f;
            Segment ex = vowel(0.8f, 450, 450, 300, level(-20.0f, in), 1000, 2500, 5000);
            ex.peakAt = 0.05f;
            ex.breath = 0.3f;
            ex.tilt = 0.6f;
            ex.releaseS = 0.3f;
            out[0] = inh;
            out[1] = silence(0.4f);
            out[2] = ex;
            out[3] = silence(rng.range(3.0f, 5.0f));
            return 4;
        }
        default: out[0] = silence(0.25f); return 1;
    }
}

}  // namespace audio
