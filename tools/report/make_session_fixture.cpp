// attune-session-fixture OUT: writes the scripted session used as
// tests/data/sessions/class.session.json. Four participants (bots standing in for parents:
// sensitive, slow, random, intrusive) each play three shipped levels with seed 1. On level 05
// (crying) "Sam" rocks the baby by hand, so the recordings carry hand samples, and "Alex, the dad"
// jiggles roughly then carries the baby without supporting the head, so the report has safety
// events. Regenerate with:
//   build/bin/attune-session-fixture tests/data/sessions/class.session.json
#include <cstdio>
#include <string>

#include "core/runner.h"
#include "format/catalog_file.h"
#include "format/level_file.h"
#include "format/paths.h"
#include "format/session_file.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: attune-session-fixture OUT\n");
        return 2;
    }
    const auto catalog = format::loadCatalog(format::defaultCatalogDir());
    if (!catalog.ok()) return 1;
    format::Session s;
    s.name = "Tuesday bumps & babies";
    s.date = "2026-11-24";
    s.mode = format::SessionMode::HotSeat;
    s.participants = {"Sam", "", "=cmd|' /C calc'!A0", "Alex, the dad"};
    s.playlist = {"01-early-hunger", "03-play-and-pause", "05-crying-that-does-not-stop"};
    s.pauseOnCue = true;
    const char* policies[] = {"sensitive", "slow", "random", "intrusive"};
    for (const std::string& id : s.playlist) {
        const auto level =
            format::loadLevel(format::dataRoot() + "/levels/" + id + ".json", *catalog.value);
        if (!level.ok()) return 1;
        for (int p = 0; p < 4; ++p) {
            core::Script rocking;
            core::ScriptAction rock;
            rock.tS = 40.0;
            rock.respond = "rock";
            rock.gesture = "rock";
            rock.untilS = 70.0;
            rocking.actions.push_back(rock);
            format::SessionRun run;
            run.participant = p;
            run.level = id;
            core::RunOptions o;
            o.policy = policies[p];
            o.seed = s.seed;
            o.record = &run.recording;
            core::Script rough;
            core::ScriptAction jiggle;
            jiggle.tS = 40.0;
            jiggle.respond = "hold";
            jiggle.gesture = "rough";
            jiggle.untilS = 44.0;
            core::ScriptAction carry;
            carry.tS = 60.0;
            carry.respond = "walk_carry";
            carry.gesture = "walk";
            carry.untilS = 80.0;
            carry.headSupported = false;
            rough.actions = {jiggle, carry};
            const bool crying = id == "05-crying-that-does-not-stop";
            if (crying && p == 0) o.script = &rocking;
            if (crying && p == 3) o.script = &rough;
            run.score = core::runLevel(*catalog.value, *level.value, o).score;
            run.recording.levelId = id;
            s.runs.push_back(std::move(run));
        }
    }
    std::string error;
    if (!format::saveSession(argv[1], s, &error)) {
        std::fprintf(stderr, "attune-session-fixture: %s\n", error.c_str());
        return 1;
    }
    return 0;
}
