// Profile save files (DATA_DIR/profiles/ID.json): JSON text, atomic writes with a .bak, and a
// loader that falls back to the backup with a notice instead of losing anything.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "format/diagnostic.h"
#include "format/save_def.h"

namespace format {

/// The profile as pretty JSON, "format_version" first, newline at the end.
std::string profileToJson(const Profile& profile);

/// Parses profile JSON text; displayPath names it in diagnostics.
Loaded<Profile> parseProfile(std::string_view text, std::string_view displayPath);

/// What loading a profile file gave: the profile (always usable) and a notice for the player.
struct ProfileLoad {
    std::optional<Profile> profile;  ///< empty only if neither the file nor its backup exist
    bool fromBackup = false;         ///< the main file was damaged and PATH.bak was used
    std::string notice;              ///< a sentence for the player when something went wrong
    std::vector<Diagnostic> diagnostics;
};

/// Loads PATH, falling back to PATH.bak when PATH is missing or damaged. A damaged file is kept
/// as PATH.damaged so nothing is lost silently.
ProfileLoad loadProfile(const std::string& path);

/// Writes the profile atomically to PATH (the previous file kept as PATH.bak).
bool saveProfile(const std::string& path, const Profile& profile, std::string* error);

/// The default data folder: $XDG_DATA_HOME/attune, else $HOME/.local/share/attune, else ./attune-data.
std::string defaultDataDir();

/// Paths of every DATA_DIR/profiles/*.json, sorted.
std::vector<std::string> listProfileFiles(const std::string& dataDir);

/// The id of the profile used last (DATA_DIR/last_profile.json), or "" if none or unreadable.
std::string loadLastProfileId(const std::string& dataDir);

/// Remembers the profile used last, atomically.
bool saveLastProfileId(const std::string& dataDir, const std::string& id, std::string* error);

/// A file-safe id made from a display name ("Sam B." → "sam-b"), never empty.
std::string profileIdFromName(std::string_view name);

}  // namespace format
