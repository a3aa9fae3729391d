// Formats diagnostics the way compilers do, so editors can jump to them.
#include "format/json_prelude.h"

#include "format/diagnostic.h"

namespace format {

std::string formatDiagnostic(const Diagnostic& d) {
    std::string out = d.path;
    if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    out += d.severity == Diagnostic::Severity::Error ? ": error: " : ": warning: ";
    if (!d.field.empty()) out += d.field + ": ";
    out += d.message;
    return out;
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Diagnostic::Severity::Error) return true;
    return false;
}

}  // namespace format
