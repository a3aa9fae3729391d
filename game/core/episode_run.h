// One episode while it plays: the need's pressure, its stage and cue, and the record scoring reads.
#pragma once

#include <vector>

#include "core/enums.h"

namespace core {

/// Pressure at which each stage begins; below kEarlyAt the need is met.
inline constexpr float kEarlyAt = 0.4f;
inline constexpr float kActiveAt = 0.6f;
inline constexpr float kLateAt = 0.8f;
inline constexpr float kMissedAt = 1.0f;

/// A response as one episode saw it.
struct ResponseRecord {
    double timeS = 0.0;
    int response = -1;
    Fit fit = Fit::Mismatch;
    Stage stage = Stage::Early;
    double stageSinceS = 0.0;  ///< seconds the episode had been at that stage
    bool neutral = false;      ///< a check: shows attention, not a reading of the need
};

/// Runtime state of one episode.
struct EpisodeRun {
    int def = -1;              ///< index into LevelDef::episodes
    int need = -1;             ///< index into Catalog::needs
    NeedKind kind = NeedKind::Ordinary;
    float stageS[3] = {40.0f, 30.0f, 90.0f};  ///< effective stage lengths, game seconds
    float reliefScale = 1.0f;  ///< temperament: how easily soothed
    float clarity = 1.0f;
    Stage startStage = Stage::Early;  ///< the stage it appeared at
    float resistsS = 0.0f;     ///< seconds from its start in which it cannot drop a stage
    double startS = 0.0;
    bool started = false;
    bool ended = false;
    bool resolved = false;
    bool missed = false;
    bool safetyStop = false;   ///< stopped by a safety event (rough handling)
    bool revealed = false;
    float pressure = kEarlyAt;
    Stage stage = Stage::Early;
    double stageStartS = 0.0;
    int cue = -1;
    double cueSinceS = 0.0;
    std::vector<int> cuesSeen;  ///< every cue it showed, in order (the coach names one of these)
    double endS = 0.0;
    std::vector<ResponseRecord> responses;
    std::vector<double> stageReachedS = {0.0, -1.0, -1.0};  ///< when each stage began, -1 never

    /// The stage a pressure value falls in.
    static Stage stageOf(float pressure) {
        return pressure >= kLateAt ? Stage::Late : pressure >= kActiveAt ? Stage::Active : Stage::Early;
    }
    /// True while it shows cues.
    bool isActive() const { return started && !ended; }
    /// Pressure gained per game second at the current pressure.
    float risePerS() const {
        const float width = kActiveAt - kEarlyAt;  // every stage spans the same pressure width
        return width / stageS[static_cast<int>(stageOf(pressure))];
    }
    /// Seconds a self-settling or unexplained episode lasts before it ends on its own: its
    /// stages from the one it appeared at (a self-settling need stops short of the late stage).
    double naturalLengthS() const {
        const int last = kind == NeedKind::SelfSettling ? 1 : 2;
        double sum = 0.0;
        for (int s = static_cast<int>(startStage); s <= last; ++s) sum += stageS[s];
        return sum;
    }
    /// Pressure at which a stage begins.
    static float stageFloor(Stage s) {
        return s == Stage::Late ? kLateAt : s == Stage::Active ? kActiveAt : kEarlyAt;
    }
    /// True while soothing can only ease it within its stage (PURPLE crying resisting soothing).
    bool isResisting(double timeS) const { return resistsS > 0.0f && timeS - startS < resistsS; }
};

}  // namespace core
