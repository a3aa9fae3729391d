// What every panel of the editor reads: the document, the catalog, the checks' results and the
// panels' own view state (zoom, snap, preview choice). Panels change the level only through
// doc.execute(); everything else here is UI state, never a copy of the document.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog_def.h"
#include "core/catalog_index.h"
#include "editor/bot_check.h"
#include "editor/document.h"
#include "editor/editor_options.h"
#include "editor/playtest.h"
#include "editor/recent_files.h"
#include "format/diagnostic.h"

namespace editor {

/// Where a timeline bar was drawn last frame, in screen pixels (for tests and tooltips).
struct BarRect {
    ItemRef item;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// The timeline's view and the drag in progress.
struct TimelineView {
    float pxPerS = 5.0f;       ///< zoom
    float snapS = 1.0f;        ///< 0 (off), 1 or 5 seconds
    float playFromS = 0.0f;    ///< the play-test start marker
    bool fitPending = true;    ///< fit the whole level into the width on the next frame
    bool dragging = false;     ///< moving the selection
    bool resizing = false;     ///< dragging an item's right edge
    std::vector<ItemRef> dragItems;
    std::vector<float> dragStartS;  ///< start times when the drag began
    float dragLengthS = 0.0f;       ///< the resized item's length when the drag began
    std::array<float, 3> dragStagesS{};  ///< the resized episode's stage lengths then
    std::vector<BarRect> bars;      ///< drawn last frame
};

/// The baby preview's choice.
struct PreviewChoice {
    int stage = 0;         ///< 0 early, 1 active, 2 late
    std::string cueId;     ///< "" = the first cue the selected episode would show at that stage
    bool showDraft = false;  ///< show the catalog panel's new-cue draft instead
};

/// Things a panel asks the app to do between frames.
struct Requests {
    bool newLevel = false, save = false, saveAs = false, quit = false, openDialog = false;
    std::string openPath;              ///< open this file (after the unsaved-changes guard)
    std::optional<PlayTestDef> play;   ///< start a play-test
    bool endPlay = false;              ///< leave the play-test, back to editing
};

/// Shared editor state.
struct EditorContext {
    EditorOptions options;
    Document doc;
    core::Catalog catalog;
    std::unique_ptr<core::CatalogIndex> index;  ///< rebuilt whenever the catalog changes
    std::string levelsDir;
    std::string catalogDir;                     ///< where cues.json lives (new cues are appended there)
    std::vector<format::Diagnostic> issues;     ///< attune-check's and the domain checks' messages
    std::optional<BotScores> bots;              ///< the latest bot ranking
    bool botsRunning = false;
    bool botsCurrent = false;                   ///< bots computed for the current revision
    TimelineView timeline;
    PreviewChoice preview;
    std::unique_ptr<PlayTest> play;             ///< a running play-test, over the editing panels
    int playSpeed = 1;                          ///< steps per frame
    std::string pathField;                      ///< the files panel's path field
    std::string status;                         ///< last message in the status bar
    std::unique_ptr<RecentFiles> recent;
    double clockS = 0.0;                        ///< wall or fixed-step seconds, for animation
    std::string focusField;                     ///< a field the issues panel asked to show
    double focusSetAtS = 0.0;                   ///< when: the label stays highlighted a moment
    bool focusPending = false;                  ///< scroll to it and give it the keyboard once
    Requests requests;
    std::vector<std::string> sessionCues;       ///< cue ids added to the catalog in this session
    core::CueDef cueDraft;                      ///< the catalog panel's new cue, before it is added

    /// Shows a field (by path, e.g. "episodes[2].need"): scrolls to it and highlights its label.
    void focus(const std::string& field) {
        focusField = field;
        focusSetAtS = clockS;
        focusPending = true;
    }
    /// Rebuilds the index after a catalog change.
    void reindex() { index = std::make_unique<core::CatalogIndex>(catalog); }
    /// Errors among the issues.
    int errorCount() const;
    /// Warnings among the issues (bot ranking included).
    int warningCount() const;
};

/// Starts or ends the play-test the panels asked for this frame (between frames, never mid-draw).
void applyPlayRequests(EditorContext& ctx);

}  // namespace editor
