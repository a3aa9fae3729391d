// A problem found in a data file: where it is, how bad, and a message a person can act on.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace format {

/// One problem in one file. line and column are 1-based; 0 when unknown.
struct Diagnostic {
    enum class Severity { Error, Warning };
    std::string path;            ///< the file, as shown to the user
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    std::string field;           ///< field path, e.g. "episodes[2].start_s"; empty for the whole file
    std::string message;         ///< what is wrong and what was expected
};

/// "PATH:LINE:COL: error: FIELD: MESSAGE" (":LINE:COL" left out when unknown, "warning:" for warnings).
std::string formatDiagnostic(const Diagnostic& d);

/// True if any diagnostic is an error.
bool hasErrors(const std::vector<Diagnostic>& diagnostics);

/// A loaded value, or none when there were errors; warnings may come with a value.
template <class T>
struct Loaded {
    std::optional<T> value;
    std::vector<Diagnostic> diagnostics;

    /// True when a value was loaded and nothing is an error.
    bool ok() const { return value.has_value() && !hasErrors(diagnostics); }
};

}  // namespace format
