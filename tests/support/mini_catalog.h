// A tiny hand-built catalog and level for core tests that must not depend on shipped content.
#pragma once

#include "core/catalog_def.h"
#include "core/level_def.h"

namespace testsupport {

inline core::FitDef fit(const char* need, const char* response, core::Fit early, core::Fit active,
                        core::Fit late, float relief = 1.0f) {
    core::FitDef f;
    f.need = need;
    f.response = response;
    f.early = early;
    f.active = active;
    f.late = late;
    f.relief = relief;
    return f;
}

inline core::ResponseDef response(const char* id, float durationS, float stimulation = 0.0f,
                                  core::Gesture gesture = core::Gesture::None) {
    core::ResponseDef r;
    r.id = id;
    r.name = id;
    r.group = "comfort";
    r.durationS = durationS;
    r.stimulation = stimulation;
    r.gesture = gesture;
    return r;
}

inline core::CueDef cue(const char* id, const char* need, core::Stage stage) {
    core::CueDef c;
    c.id = id;
    c.name = id;
    c.seen = id;
    c.needs = {need};
    c.stage = stage;
    return c;
}

/// Hunger (feed best early/active, hold best at late as "calm first"), break (pause best, play
/// intrusive), purple (unexplained), stir (self-settling) and a check and step-away response.
inline core::Catalog miniCatalog() {
    using core::Fit;
    using core::Stage;
    core::Catalog c;
    auto need = [](const char* id, core::NeedKind kind) {
        core::NeedDef n;
        n.id = id;
        n.name = id;
        n.kind = kind;
        return n;
    };
    c.needs = {need("hunger", core::NeedKind::Ordinary), need("break", core::NeedKind::Ordinary),
               need("purple", core::NeedKind::Unexplained),
               need("stir", core::NeedKind::SelfSettling)};
    c.cues = {cue("rooting", "hunger", Stage::Early), cue("hand_to_mouth", "hunger", Stage::Active),
              cue("hunger_cry", "hunger", Stage::Late), cue("look_away", "break", Stage::Early),
              cue("arch_away", "break", Stage::Active), cue("break_cry", "break", Stage::Late),
              cue("purple_cry", "purple", Stage::Late), cue("squeak", "stir", Stage::Early)};
    c.cues.push_back(cue("turn_away", "hunger", Stage::Early));
    c.cues.back().needs = {"hunger", "break"};  // ambiguous
    c.responses = {response("feed", 10), response("hold", 5, 0.0f, core::Gesture::Hold),
                   response("pause", 4), response("play", 5, 0.8f),
                   response("walk_carry", 8, 0.0f, core::Gesture::Walk),
                   response("watch_wait", 5), response("check", 2), response("step_away", 20)};
    c.responses[6].reveals = true;
    c.responses[7].stepAway = true;
    c.fits = {fit("hunger", "feed", Fit::Best, Fit::Best, Fit::Acceptable),
              fit("hunger", "hold", Fit::Acceptable, Fit::Acceptable, Fit::Best, 0.3f),
              fit("break", "pause", Fit::Best, Fit::Best, Fit::Acceptable),
              fit("break", "hold", Fit::Acceptable, Fit::Acceptable, Fit::Best, 0.6f),
              fit("break", "play", Fit::Intrusive, Fit::Intrusive, Fit::Intrusive),
              fit("purple", "walk_carry", Fit::Best, Fit::Best, Fit::Best, 0.3f),
              fit("purple", "hold", Fit::Acceptable, Fit::Acceptable, Fit::Acceptable, 0.3f),
              fit("stir", "watch_wait", Fit::Best, Fit::Best, Fit::Mismatch),
              fit("stir", "play", Fit::Intrusive, Fit::Intrusive, Fit::Intrusive),
              fit("stir", "hold", Fit::Intrusive, Fit::Intrusive, Fit::Best, 0.6f)};
    return c;
}

/// A level with one episode of `need` starting at 5 s.
inline core::LevelDef oneEpisodeLevel(const char* need, float durationS = 240.0f) {
    core::LevelDef l;
    l.id = "mini";
    l.title = "Mini";
    l.durationS = durationS;
    core::EpisodeDef e;
    e.id = "e1";
    e.need = need;
    e.startS = 5.0f;
    l.episodes.push_back(e);
    return l;
}

}  // namespace testsupport
