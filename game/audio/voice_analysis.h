// Measures a rendered sound the way SENSORY.md describes voices: f0 (a YIN-style estimator), voiced
// share, units (bouts) and pauses, level and spectral centroid. Offline only; the tool and tests use it.
#pragma once

#include <cstddef>
#include <vector>

namespace audio {

/// How the analysis frames and gates a sound.
struct AnalysisDef {
    float hopS = 0.01f;            ///< frame step
    float windowS = 0.02f;         ///< f0 integration window
    float f0MinHz = 150.0f;        ///< lowest f0 searched
    float f0MaxHz = 2500.0f;       ///< highest f0 searched (hyperphonation reaches 2 kHz)
    float yinThreshold = 0.25f;    ///< normalised difference below which a frame is voiced
    float silenceDbfs = -60.0f;    ///< frames quieter than this are silence
    float unitGateDb = -12.0f;     ///< a unit is a run of frames within this of the sound's loud level
                                   ///< (a cry's in-breath noise sits ~14 dB under the wail)
    float mergeGapS = 0.06f;       ///< gaps shorter than this do not split a unit
    float minUnitS = 0.02f;        ///< runs shorter than this are not units (a suck click is ~20 ms)
    float longUnitS = 0.35f;       ///< units at least this long are expirations (not gasps or pulses)
};

/// Frame-by-frame measurements; index i covers samples from i*hopS.
struct FrameTrack {
    float hopS = 0.01f;
    std::vector<float> rmsDbfs;     ///< frame level, dB re full scale (floor -120)
    std::vector<float> f0Hz;        ///< 0 where unvoiced or silent
    std::vector<float> centroidHz;  ///< spectral centroid, 0 where silent
};

/// One sound's figures (see docs/AUDIO.md for the definitions).
struct SoundFigures {
    float durationS = 0;
    float f0MeanHz = 0, f0LowHz = 0, f0PeakHz = 0, f0MaxHz = 0;  ///< mean, 5th and 95th percentile, max of voiced frames
    float arcPeakMeanHz = 0;   ///< mean over long units of each one's highest (median-smoothed) f0 below 1 kHz
    float arcPeakAt = 0;       ///< mean position of that top inside its unit, 0 start .. 1 end
    float voicedShare = 0;     ///< voiced frames / sounding frames, 0..1
    float hyperShare = 0;      ///< voiced frames above 1 kHz / voiced frames (hyperphonation)
    float unitsPerMin = 0;     ///< units (any sounding run: wails, gasps, pulses) per minute of the render
    float longUnitsPerMin = 0; ///< long units per minute: for a cry, expirations = breath cycles
    float unitMeanS = 0, pauseMeanS = 0;  ///< mean unit length and mean gap between units
    int units = 0;
    float rmsDbfs = -120;      ///< level over sounding frames, dB re full scale
    float centroidHz = 0;      ///< power-weighted mean spectral centroid of sounding frames
};

/// Frame measurements of a mono signal at sampleRate.
FrameTrack trackFrames(const std::vector<float>& x, float sampleRate, const AnalysisDef& def = {});

/// Figures summarised from a frame track.
SoundFigures summarise(const FrameTrack& track, float durationS, const AnalysisDef& def = {});

/// trackFrames then summarise.
SoundFigures analyseSound(const std::vector<float>& x, float sampleRate, const AnalysisDef& def = {});

/// f0 of one frame by a YIN-style search (cumulative-mean-normalised difference), or 0 if unvoiced.
float estimateF0(const float* x, std::size_t available, float sampleRate, const AnalysisDef& def);

}  // namespace audio
