// Saved player data as plain structs: a profile's settings and progress. The app edits these;
// format/save_file.h reads and writes them as JSON.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace format {

/// The newest save format this build writes and reads.
inline constexpr int kSaveFormatVersion = 1;

/// One player's settings. JSON: the "settings" object of a profile file.
struct Settings {
    float uiScale = 1.0f;             ///< 0.75..2.0, multiplies the font size (16 px at 1.0)
    bool fullscreen = false;
    bool captions = true;             ///< caption track naming what the baby does and sounds like
    bool needHints = true;            ///< need hints (they fade with campaign position anyway)
    bool relaxed = false;             ///< no time pressure: promptness by cue stage only
    bool colourBlindSafe = false;     ///< palette that never relies on red/green
    bool highContrast = false;        ///< bigger, higher-contrast "projector" look
    bool reduceMotion = false;
    float babyVolume = 0.8f;          ///< 0..1
    float interfaceVolume = 0.6f;     ///< 0..1
    std::map<std::string, std::string> keys;  ///< response id → remapped key (one character)
};

/// The best result on one level.
struct LevelProgress {
    std::string levelId;
    float bestScore = 0.0f;  ///< 0..100
    int stars = 0;           ///< 0..3
    int plays = 0;           ///< times played to the end
    std::vector<std::string> reflections;  ///< the player's own answers, one per reflection question
};

/// The longest reflection answer kept, in bytes (a few paragraphs).
inline constexpr std::size_t kMaxReflectionBytes = 4000;

/// One player on this machine. JSON: DATA_DIR/profiles/ID.json.
struct Profile {
    int formatVersion = kSaveFormatVersion;
    std::string id;                        ///< file-safe id, e.g. "sam"
    std::string name;                      ///< shown to the player
    Settings settings;
    std::vector<LevelProgress> progress;   ///< one entry per level played
    std::vector<std::string> unlocked;     ///< level ids unlocked beyond the first
};

}  // namespace format
