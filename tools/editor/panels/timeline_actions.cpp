// Timeline actions: add, duplicate, delete.
#include "editor/panels/timeline_actions.h"

#include <algorithm>
#include <memory>

#include "editor/commands/add_episode.h"
#include "editor/commands/add_event.h"
#include "editor/commands/delete_items.h"
#include "editor/commands/duplicate_items.h"
#include "editor/level_ids.h"

namespace editor {
namespace {

float markerS(const EditorContext& ctx) {
    return std::clamp(ctx.timeline.playFromS, 0.0f, std::max(0.0f, ctx.doc.level().durationS - 1.0f));
}

}  // namespace

void addEpisodeAtMarker(EditorContext& ctx) {
    const core::LevelDef& level = ctx.doc.level();
    core::EpisodeDef ep;
    ep.need = "hunger";
    const auto& sel = ctx.doc.selection().items;
    if (!sel.empty() && sel[0].kind == ItemKind::Episode)
        ep.need = level.episodes[static_cast<std::size_t>(sel[0].index)].need;
    ep.id = uniqueItemId(level, ep.need);
    ep.startS = markerS(ctx);
    ctx.doc.execute(std::make_unique<AddEpisode>(ep));
    ctx.doc.selection().selectOnly({ItemKind::Episode, static_cast<int>(ctx.doc.level().episodes.size()) - 1});
}

void addEventAtMarker(EditorContext& ctx) {
    core::EnvEventDef ev;
    ev.id = uniqueItemId(ctx.doc.level(), "phone");
    ev.startS = markerS(ctx);
    ev.text = "The phone rings.";
    ctx.doc.execute(std::make_unique<AddEvent>(ev));
    ctx.doc.selection().selectOnly({ItemKind::Event, static_cast<int>(ctx.doc.level().events.size()) - 1});
}

void duplicateSelection(EditorContext& ctx) {
    auto& sel = ctx.doc.selection();
    if (sel.items.empty()) return;
    auto dup = std::make_unique<DuplicateItems>(sel.items, 5.0f);
    DuplicateItems* raw = dup.get();
    ctx.doc.execute(std::move(dup));
    sel.items = raw->copies();
}

void deleteSelection(EditorContext& ctx) {
    auto& sel = ctx.doc.selection();
    if (sel.items.empty()) return;
    ctx.doc.execute(std::make_unique<DeleteItems>(sel.items));
    sel.clear();
}

}  // namespace editor
