// Editor commands: every edit reverts to the original, drags merge into one undo step.
#include <catch2/catch.hpp>

#include <memory>

#include "editor/commands/add_episode.h"
#include "editor/commands/add_event.h"
#include "editor/commands/add_list_item.h"
#include "editor/commands/delete_items.h"
#include "editor/commands/duplicate_items.h"
#include "editor/commands/edit_episode_field.h"
#include "editor/commands/edit_event_field.h"
#include "editor/commands/move_items.h"
#include "editor/commands/remove_list_item.h"
#include "editor/commands/resize_episode.h"
#include "editor/commands/resize_event.h"
#include "editor/commands/set_level_property.h"
#include "editor/document.h"
#include "editor_fixture.h"
#include "format/level_file.h"

using namespace editor;

namespace {

/// Applies the command to a copy of the shipped level, checks it changed the JSON, reverts it and
/// checks the JSON is byte-for-byte the original; then redoes and undoes once more.
void checkReverts(std::unique_ptr<Command> command, const core::LevelDef& original) {
    const std::string before = format::levelToJson(original);
    core::LevelDef level = original;
    command->apply(level);
    CHECK(format::levelToJson(level) != before);
    command->revert(level);
    CHECK(format::levelToJson(level) == before);
    command->apply(level);
    command->revert(level);
    CHECK(format::levelToJson(level) == before);
}

StringListAccessor reflection() {
    return [](core::LevelDef& l) -> std::vector<std::string>& { return l.reflection; };
}

}  // namespace

TEST_CASE("Editor commands: every kind of edit reverts to the original level") {
    const core::LevelDef level = shippedLevel("15-busy-afternoon.json");
    REQUIRE(level.episodes.size() >= 3);
    REQUIRE(!level.events.empty());
    const std::vector<ItemRef> both{{ItemKind::Episode, 1}, {ItemKind::Event, 0}};

    SECTION("set a level property") {
        checkReverts(std::make_unique<SetLevelProperty<std::string>>(
                         "title", "title", [](core::LevelDef& l) -> std::string& { return l.title; }, "New"),
                     level);
        checkReverts(std::make_unique<SetLevelProperty<int>>(
                         "age", "age", [](core::LevelDef& l) -> int& { return l.baby.ageWeeks; }, 30),
                     level);
    }
    SECTION("add, duplicate and delete episodes and events") {
        core::EpisodeDef ep;
        ep.id = "new-one";
        ep.need = "hunger";
        checkReverts(std::make_unique<AddEpisode>(ep), level);
        checkReverts(std::make_unique<AddEvent>(core::EnvEventDef{}), level);
        checkReverts(std::make_unique<DuplicateItems>(both, 5.0f), level);
        checkReverts(std::make_unique<DeleteItems>(std::vector<ItemRef>{{ItemKind::Episode, 0},
                                                                        {ItemKind::Episode, 2},
                                                                        {ItemKind::Event, 0}}),
                     level);
    }
    SECTION("move and resize") {
        checkReverts(std::make_unique<MoveItems>(both, std::vector<float>{3.0f, 4.0f}), level);
        core::EscalationDef esc;
        esc.earlyS = 7.0f;
        checkReverts(std::make_unique<ResizeEpisode>(0, esc), level);
        checkReverts(std::make_unique<ResizeEvent>(0, 42.0f), level);
    }
    SECTION("edit episode and event fields") {
        checkReverts(std::make_unique<EditEpisodeField<std::string>>(
                         1, "need", [](core::EpisodeDef& e) -> std::string& { return e.need; }, "tired"),
                     level);
        checkReverts(std::make_unique<EditEpisodeField<float>>(
                         1, "clarity", [](core::EpisodeDef& e) -> float& { return e.clarity; }, 0.25f),
                     level);
        checkReverts(std::make_unique<EditEpisodeField<std::vector<std::string>>>(
                         1, "cues", [](core::EpisodeDef& e) -> std::vector<std::string>& { return e.cues; },
                         std::vector<std::string>{"rooting"}),
                     level);
        checkReverts(std::make_unique<EditEpisodeField<core::EscalationDef>>(
                         1, "escalation",
                         [](core::EpisodeDef& e) -> core::EscalationDef& { return e.escalation; },
                         core::EscalationDef{"fast", 0, 0, 0}),
                     level);
        checkReverts(std::make_unique<EditEventField<std::string>>(
                         0, "text", [](core::EnvEventDef& e) -> std::string& { return e.text; }, "Knock knock."),
                     level);
    }
    SECTION("add and remove reflection questions") {
        checkReverts(std::make_unique<AddListItem>("question", reflection(), 0, "What did you notice?"), level);
        if (!level.reflection.empty())
            checkReverts(std::make_unique<RemoveListItem>("question", reflection(), 0), level);
    }
}

TEST_CASE("Editor commands: a drag of many frames is one undo step") {
    const core::LevelDef original = shippedLevel("01-early-hunger.json");
    Document doc;
    doc.reset(original, "x.json");
    const std::vector<ItemRef> items{{ItemKind::Episode, 0}};
    const float start = original.episodes[0].startS;
    for (int frame = 1; frame <= 30; ++frame)
        doc.execute(std::make_unique<MoveItems>(items, std::vector<float>{start + frame * 0.5f}));
    doc.endMerge();  // mouse released
    CHECK(doc.history().size() == 1);
    CHECK(doc.level().episodes[0].startS == Approx(start + 15.0f));
    CHECK(doc.isDirty());
    REQUIRE(doc.undo());
    CHECK(format::levelToJson(doc.level()) == format::levelToJson(original));
    CHECK_FALSE(doc.isDirty());
    REQUIRE(doc.redo());
    CHECK(doc.level().episodes[0].startS == Approx(start + 15.0f));
}

TEST_CASE("Editor commands: two drags are two undo steps, and typing in one field is one") {
    Document doc;
    doc.reset(shippedLevel("01-early-hunger.json"), "x.json");
    const std::vector<ItemRef> items{{ItemKind::Episode, 0}};
    doc.execute(std::make_unique<MoveItems>(items, std::vector<float>{20.0f}));
    doc.endMerge();
    doc.execute(std::make_unique<MoveItems>(items, std::vector<float>{30.0f}));
    doc.endMerge();
    CHECK(doc.history().size() == 2);
    const auto title = [](core::LevelDef& l) -> std::string& { return l.title; };
    for (const char* text : {"A", "Ab", "Abc"})
        doc.execute(std::make_unique<SetLevelProperty<std::string>>("title", "title", title, text));
    doc.endMerge();
    CHECK(doc.history().size() == 3);
    doc.undo();
    CHECK(doc.level().title == shippedLevel("01-early-hunger.json").title);
}

TEST_CASE("Editor commands: undo after save marks the document unsaved again") {
    Document doc;
    doc.reset(shippedLevel("01-early-hunger.json"), "x.json");
    CHECK_FALSE(doc.isDirty());
    CHECK(doc.displayName() == "x.json");
    doc.execute(std::make_unique<ResizeEvent>(0, 12.0f));
    CHECK(doc.displayName() == "x.json *");
    doc.markSaved("x.json");
    CHECK_FALSE(doc.isDirty());
    doc.undo();
    CHECK(doc.isDirty());
}

TEST_CASE("Editor document: restored unsaved work stays unsaved, even after undo") {
    Document doc;
    doc.reset(shippedLevel("01-early-hunger.json"), "x.json", true);
    CHECK(doc.isDirty());
    CHECK_FALSE(doc.undo());
    CHECK(doc.isDirty());
    doc.markSaved("x.json");
    CHECK_FALSE(doc.isDirty());
}
