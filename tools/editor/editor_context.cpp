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

void applyPlayRequests(EditorContext& ctx) {
    Requests& r = ctx.requests;
    if (r.endPlay) ctx.play.reset();
    if (r.play && ctx.errorCount() > 0) {
        ctx.status = "Fix the errors in the Issues panel first: the game cannot play this level yet.";
    } else if (r.play) {
        ctx.play = std::make_unique<PlayTest>(ctx.catalog, ctx.doc.level(), *r.play);
        ctx.playSpeed = r.play->policy.empty() ? 1 : 4;
        if (ctx.options.playSpeed > 0 && ctx.options.isDeterministic()) ctx.playSpeed = ctx.options.playSpeed;
    }
    r.endPlay = false;
    r.play.reset();
}

}  // namespace editor
