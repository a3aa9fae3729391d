// YIN-style f0 (difference function from an FFT cross-correlation plus prefix-summed energies),
// frame levels and centroids, then units found by an energy gate relative to the sound's loud level.
#include "audio/voice_analysis.h"

#include <algorithm>
#include <cmath>
#include <complex>

#include "audio/fft.h"

namespace audio {

namespace {

struct Run {
    std::size_t begin = 0, end = 0;  ///< frame indices, end exclusive
};

float percentile(std::vector<float> v, float p) {
    if (v.empty()) return 0.0f;
    const auto k = static_cast<std::size_t>(std::clamp(p, 0.0f, 1.0f) * static_cast<float>(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
    return v[k];
}

float mean(const std::vector<float>& v) {
    double s = 0.0;
    for (float x : v) s += x;
    return v.empty() ? 0.0f : static_cast<float>(s / static_cast<double>(v.size()));
}

/// Cumulative-mean-normalised difference d'(tau) for tau = 0..tauMax over a window of w samples.
std::vector<float> normalisedDifference(const std::vector<float>& x, std::size_t w, std::size_t tauMax) {
    const std::size_t len = w + tauMax, n = nextPowerOfTwo(len);
    std::vector<std::complex<float>> a(n), b(n);
    for (std::size_t i = 0; i < len; ++i) b[i] = x[i];
    for (std::size_t i = 0; i < w; ++i) a[i] = x[i];
    fft(a);
    fft(b);
    for (std::size_t k = 0; k < n; ++k) {  // conj(a) * b, written out (no NaN-checking complex multiply)
        const float re = a[k].real() * b[k].real() + a[k].imag() * b[k].imag();
        a[k] = {re, a[k].real() * b[k].imag() - a[k].imag() * b[k].real()};
    }
    fft(a, true);  // a[tau] = n * sum_j x[j] x[j + tau]
    std::vector<double> energy(len + 1, 0.0);
    for (std::size_t i = 0; i < len; ++i) energy[i + 1] = energy[i] + static_cast<double>(x[i]) * x[i];
    std::vector<float> dn(tauMax + 1, 1.0f);
    double running = 0.0;
    for (std::size_t tau = 1; tau <= tauMax; ++tau) {
        const double cross = static_cast<double>(a[tau].real()) / static_cast<double>(n);
        const double d = std::max(0.0, energy[w] + (energy[tau + w] - energy[tau]) - 2.0 * cross);
        running += d;
        dn[tau] = running > 0.0 ? static_cast<float>(d * static_cast<double>(tau) / running) : 1.0f;
    }
    return dn;
}

/// Frames at or above the gate, as runs; gaps shorter than mergeFrames joined, runs shorter than minFrames dropped.
std::vector<Run> gatedRuns(const std::vector<float>& db, float gateDb, std::size_t mergeFrames, std::size_t minFrames) {
    std::vector<Run> runs;
    for (std::size_t i = 0; i < db.size();) {
        if (db[i] < gateDb) {
            ++i;
            continue;
        }
        Run r{i, i};
        while (r.end < db.size() && db[r.end] >= gateDb) ++r.end;
        if (!runs.empty() && r.begin - runs.back().end < mergeFrames) runs.back().end = r.end;
        else runs.push_back(r);
        i = r.end;
    }
    runs.erase(std::remove_if(runs.begin(), runs.end(), [&](const Run& r) { return r.end - r.begin < minFrames; }), runs.end());
    return runs;
}

/// f0 with each voiced frame replaced by the median of its voiced neighbours (+-2 frames): drops octave slips.
std::vector<float> smoothedF0(const std::vector<float>& f0) {
    std::vector<float> out(f0.size(), 0.0f);
    for (std::size_t i = 0; i < f0.size(); ++i) {
        if (f0[i] <= 0.0f) continue;
        std::vector<float> near;
        for (std::size_t j = i >= 2 ? i - 2 : 0; j < std::min(f0.size(), i + 3); ++j)
            if (f0[j] > 0.0f) near.push_back(f0[j]);
        out[i] = percentile(near, 0.5f);
    }
    return out;
}

/// The arc top of one unit: its highest smoothed f0 below 1 kHz and where it falls (0..1); false if unvoiced.
bool arcTop(const std::vector<float>& f0, const Run& r, float& topHz, float& at01) {
    std::size_t top = r.end;
    for (std::size_t i = r.begin; i < r.end; ++i)
        if (f0[i] > 0.0f && f0[i] < 1000.0f && (top == r.end || f0[i] > f0[top])) top = i;
    if (top == r.end) return false;
    topHz = f0[top];
    at01 = static_cast<float>(top - r.begin) / static_cast<float>(std::max<std::size_t>(1, r.end - r.begin - 1));
    return true;
}

void summariseUnits(const FrameTrack& t, const std::vector<Run>& runs, const AnalysisDef& def, SoundFigures& f) {
    const std::vector<float> f0 = smoothedF0(t.f0Hz);
    std::vector<float> lengths, gaps, tops, tops01;
    int longUnits = 0;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        const Run& r = runs[k];
        lengths.push_back(static_cast<float>(r.end - r.begin) * t.hopS);
        if (k > 0) gaps.push_back(static_cast<float>(r.begin - runs[k - 1].end) * t.hopS);
        if (lengths.back() < def.longUnitS) continue;
        ++longUnits;
        float top = 0.0f, at = 0.0f;
        if (!arcTop(f0, r, top, at)) continue;
        tops.push_back(top);
        tops01.push_back(at);
    }
    const float perMin = f.durationS > 0.0f ? 60.0f / f.durationS : 0.0f;
    f.units = static_cast<int>(runs.size());
    f.unitsPerMin = perMin * static_cast<float>(runs.size());
    f.longUnitsPerMin = perMin * static_cast<float>(longUnits);
    f.unitMeanS = mean(lengths);
    f.pauseMeanS = mean(gaps);
    f.arcPeakMeanHz = mean(tops);
    f.arcPeakAt = mean(tops01);
}

void summarisePitch(const std::vector<float>& voiced, std::size_t sounding, SoundFigures& f) {
    f.voicedShare = sounding ? static_cast<float>(voiced.size()) / static_cast<float>(sounding) : 0.0f;
    if (voiced.empty()) return;
    f.f0MeanHz = mean(voiced);
    f.f0LowHz = percentile(voiced, 0.05f);
    f.f0PeakHz = percentile(voiced, 0.95f);
    f.f0MaxHz = *std::max_element(voiced.begin(), voiced.end());
    const auto hyper = std::count_if(voiced.begin(), voiced.end(), [](float hz) { return hz >= 1000.0f; });
    f.hyperShare = static_cast<float>(hyper) / static_cast<float>(voiced.size());
}

}  // namespace

float estimateF0(const float* x, std::size_t available, float sr, const AnalysisDef& def) {
    const auto w = static_cast<std::size_t>(def.windowS * sr);
    const auto tauMax = static_cast<std::size_t>(std::ceil(sr / def.f0MinHz));
    const auto tauMin = std::max<std::size_t>(2, static_cast<std::size_t>(sr / def.f0MaxHz));
    std::vector<float> frame(w + tauMax, 0.0f);
    std::copy(x, x + std::min(available, frame.size()), frame.begin());
    const std::vector<float> dn = normalisedDifference(frame, w, tauMax);
    std::size_t tau = tauMin;
    while (tau <= tauMax && dn[tau] >= def.yinThreshold) ++tau;
    if (tau > tauMax) return 0.0f;
    while (tau + 1 <= tauMax && dn[tau + 1] < dn[tau]) ++tau;
    float shift = 0.0f;  // parabolic interpolation around the dip
    if (tau > 1 && tau < tauMax) {
        const float l = dn[tau - 1], m = dn[tau], r = dn[tau + 1], den = l - 2.0f * m + r;
        if (den > 1e-9f) shift = 0.5f * (l - r) / den;
    }
    return sr / (static_cast<float>(tau) + shift);
}

FrameTrack trackFrames(const std::vector<float>& x, float sr, const AnalysisDef& def) {
    FrameTrack t;
    t.hopS = def.hopS;
    const auto hop = static_cast<std::size_t>(def.hopS * sr), w = static_cast<std::size_t>(def.windowS * sr);
    for (std::size_t at = 0; at + hop <= x.size(); at += hop) {
        const std::size_t avail = x.size() - at, m = std::min(w, avail);
        double e = 0.0;
        for (std::size_t i = 0; i < m; ++i) e += static_cast<double>(x[at + i]) * x[at + i];
        const float db = e > 0.0 ? static_cast<float>(10.0 * std::log10(e / static_cast<double>(m))) : -120.0f;
        t.rmsDbfs.push_back(std::max(-120.0f, db));
        const bool sounding = db > def.silenceDbfs;
        t.f0Hz.push_back(sounding ? estimateF0(x.data() + at, avail, sr, def) : 0.0f);
        float centroid = 0.0f;
        if (sounding) {
            const std::vector<float> p = powerSpectrum(x.data() + at, m, 1024);
            double num = 0.0, den = 0.0;
            for (std::size_t k = 0; k < p.size(); ++k) num += static_cast<double>(k) * p[k], den += p[k];
            centroid = den > 0.0 ? static_cast<float>(num / den * sr / 1024.0) : 0.0f;
        }
        t.centroidHz.push_back(centroid);
    }
    return t;
}

SoundFigures summarise(const FrameTrack& t, float durationS, const AnalysisDef& def) {
    SoundFigures f;
    f.durationS = durationS;
    std::vector<float> loud, voiced;
    double power = 0.0, centroidNum = 0.0;
    for (std::size_t i = 0; i < t.rmsDbfs.size(); ++i) {
        if (t.rmsDbfs[i] <= def.silenceDbfs) continue;
        loud.push_back(t.rmsDbfs[i]);
        const double p = std::pow(10.0, t.rmsDbfs[i] / 10.0);
        power += p;
        centroidNum += p * t.centroidHz[i];
        if (t.f0Hz[i] > 0.0f) voiced.push_back(t.f0Hz[i]);
    }
    if (loud.empty()) return f;
    f.rmsDbfs = static_cast<float>(10.0 * std::log10(power / static_cast<double>(loud.size())));
    f.centroidHz = static_cast<float>(centroidNum / power);
    summarisePitch(voiced, loud.size(), f);
    const auto frames = [&](float s) { return static_cast<std::size_t>(std::lround(s / t.hopS)); };
    const float gate = percentile(loud, 0.95f) + def.unitGateDb;
    summariseUnits(t, gatedRuns(t.rmsDbfs, gate, frames(def.mergeGapS), frames(def.minUnitS)), def, f);
    return f;
}

SoundFigures analyseSound(const std::vector<float>& x, float sr, const AnalysisDef& def) {
    return summarise(trackFrames(x, sr, def), static_cast<float>(x.size()) / sr, def);
}

}  // namespace audio
