// What attune-check does for each PATH: classify it, load it with the right loader, collect diagnostics.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/catalog_def.h"
#include "format/diagnostic.h"

namespace check {

/// One file that was checked.
struct CheckedFile {
    std::string path;
    std::string kind;  ///< "level", "script", "catalog" or "skipped"
    bool ok = true;
};

/// Everything one attune-check run found.
struct CheckRun {
    std::string catalogDir;                        ///< catalog used for levels and scripts
    std::optional<core::Catalog> catalog;          ///< loaded on first need
    bool catalogTried = false;
    bool unreadable = false;                       ///< a PATH could not be read (exit 2)
    std::vector<CheckedFile> files;
    std::vector<format::Diagnostic> diagnostics;
};

/// Checks one PATH given on the command line (file or folder), adding to run.
void checkPath(const std::string& path, CheckRun& run);

/// 0 all valid, 1 something invalid, 2 something unreadable.
int exitCode(const CheckRun& run);

/// The whole run as one JSON object.
std::string runToJson(const CheckRun& run);

}  // namespace check
