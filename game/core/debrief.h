// The numbers a facilitator debriefs with, computed from finished runs' scores: which needs the
// group missed or misread most, mean latency by cue stage, early catches, repairs, safety events.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/enums.h"
#include "core/score.h"

namespace core {

/// One finished run as the debrief sees it.
struct DebriefRun {
    int participant = 0;  ///< who played (an index chosen by the caller)
    std::string level;    ///< level id
    LevelScore score;
};

/// How the group did on one need (or one episode of one level).
struct CueTally {
    std::string level;      ///< level id (empty in the per-need table)
    std::string episodeId;  ///< episode id (empty in the per-need table)
    std::string need;       ///< need id
    int episodes = 0;       ///< times it came up across runs
    int answered = 0;       ///< a fitting response was given
    int missed = 0;         ///< missed care
    int unfinished = 0;     ///< still in progress when a run was ended early
    int misread = 0;        ///< the first response did not fit (mismatch, intrusive or harmful)
    int early = 0;          ///< answered at the early stage
    double meanLatencyS =
        -1;  ///< mean seconds from first cue to fitting care; -1 if never answered
    /// Missed plus misread: the sort key of the "most missed or misread" tables.
    int trouble() const { return missed + misread; }
};

/// Answers at one cue stage.
struct StageLatency {
    int count = 0;             ///< episodes first answered at this stage
    double meanLatencyS = -1;  ///< their mean latency; -1 if none
};

/// The debrief for a group (or one participant).
struct Debrief {
    int runs = 0;
    int episodes = 0;
    int answered = 0;
    int missed = 0;
    int unfinished = 0;            ///< needs still in progress when a run was ended early
    int misread = 0;
    int earlyCatches = 0;
    int mismatchedEpisodes = 0;    ///< episodes with at least one mismatch
    int repairedEpisodes = 0;      ///< of those, repaired
    double earlyCatchShare = 0.0;  ///< earlyCatches / episodes, 0..1
    double repairRate = -1.0;      ///< repaired / mismatched, 0..1; -1 when nothing was mismatched
    double meanScore = 0.0;        ///< mean level score, 0..100
    double meanLatencyS = -1.0;    ///< over every answered episode; -1 if none
    std::array<StageLatency, 3> latencyByStage{};  ///< indexed by Stage
    std::vector<CueTally> needs;                   ///< per need, most missed or misread first
    std::vector<CueTally> moments;  ///< per level episode, most missed or misread first
    std::array<int, kSafetyKindNames.size()> safetyByKind{};  ///< indexed by SafetyKind
    int safetyEvents = 0;
};

/// The debrief over every run (participant < 0) or one participant's runs.
Debrief computeDebrief(const std::vector<DebriefRun>& runs, int participant = -1);

/// True if the first response of the episode did not fit the need.
bool isMisread(const EpisodeScore& e);

}  // namespace core
