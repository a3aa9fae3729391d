// Facilitator session files (SESSIONS_DIR/NAME.session.json): read through the field-path
// machinery, saved atomically after every run with a .bak, and reloaded from the backup with a
// notice when the main file is damaged.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "format/diagnostic.h"
#include "format/session_def.h"

namespace format {

/// The session as pretty JSON, "format_version" first, newline at the end.
std::string sessionToJson(const Session& session);

/// Parses session JSON text; displayPath names it in diagnostics.
Loaded<Session> parseSession(std::string_view text, std::string_view displayPath);

/// What loading a session file gave: the session and a notice for the facilitator.
struct SessionLoad {
    std::optional<Session> session;  ///< empty if neither the file nor its backup could be read
    bool fromBackup = false;         ///< the main file was damaged or missing and PATH.bak was used
    std::string notice;              ///< a sentence for the facilitator when something went wrong
    std::vector<Diagnostic> diagnostics;
};

/// Loads PATH, falling back to PATH.bak when PATH is missing or damaged (the damaged file is
/// kept as PATH.damaged).
SessionLoad loadSession(const std::string& path);

/// Writes the session atomically to PATH (the previous file kept as PATH.bak).
bool saveSession(const std::string& path, const Session& session, std::string* error);

/// The default session folder: DATA_DIR/sessions.
std::string defaultSessionDir();

/// Paths of every DIR/*.session.json, the most recently saved first (the file's modification
/// time, not its name: a typed date like "24/11/2026" does not sort).
std::vector<std::string> listSessionFiles(const std::string& dir);

/// A file name for a session: "2026-11-28-tuesday-class.session.json".
std::string sessionFileName(const Session& session);

/// DIR/sessionFileName(), or with "-2", "-3"… before ".session.json" when that file (or its
/// backup) already exists, so a new session never overwrites an earlier one.
std::string newSessionPath(const std::string& dir, const Session& session);

}  // namespace format
