// One planned stretch of the baby's voice: a voiced unit, a breath or gasp, a click, or silence.
#pragma once

namespace audio {

/// What one segment sounds like; the bout planner fills these, the voice renders them.
struct Segment {
    enum class Kind : unsigned char { Silence, Voiced, Noise, Click } kind = Kind::Silence;
    float durS = 0.5f;
    float f0StartHz = 400, f0PeakHz = 500, f0EndHz = 400;  ///< rise-fall arc
    float peakAt = 0.35f;        ///< where the arc peaks, 0..1 of the segment
    float amp = 0.0f;            ///< linear peak amplitude before the bus volume
    float f1 = 1000, f2 = 3000, f3 = 5000, bw = 200;  ///< formants (Hz) and bandwidth
    float glideFrom = 1.0f;      ///< formant start as a fraction of target ("w->a" glide over 100 ms)
    float breath = 0.05f;        ///< aspiration noise mixed into the source, 0..1
    float jitter = 0.01f;        ///< per-period f0 wobble (fraction)
    float shimmer = 0.06f;       ///< per-period amplitude wobble (fraction; 0.1 ~ 1 dB)
    float dysphonia = 0.0f;      ///< chance per 50 ms frame of subharmonic or chaotic voicing
    float hyperAtS = -1.0f;      ///< start of a hyperphonation jump, or -1
    float hyperDurS = 0.0f;
    float hyperHz = 1400.0f;
    float tremorHz = 0.0f, tremorDepth = 0.0f;  ///< slow vibrato
    float tilt = 0.0f;           ///< 0 bright (tense) .. 1 soft (extra low-pass)
    float attackS = 0.03f, releaseS = 0.08f;
};

}  // namespace audio
