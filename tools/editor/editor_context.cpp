// Counting the issues for the status bar.
#include "editor/editor_context.h"

#include <algorithm>

namespace editor {

int EditorContext::errorCount() const {
    return static_cast<int>(std::count_if(issues.begin(), issues.end(), [](const format::Diagnostic& d) {
        return d.severity == format::Diagnostic::Severity::Error;
    }));
}

int EditorContext::warningCount() const {
    const int bot = bots && botsCurrent && !bots->ranksCorrectly() ? 1 : 0;
    return static_cast<int>(issues.size()) - errorCount() + bot;
}

}  // namespace editor
