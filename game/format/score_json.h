// LevelScore ↔ JSON: the "score" object of a session run (same keys as attune-sim --json runs).
#pragma once

#include "core/score.h"
#include "format/json_writer.h"

namespace format {

class ObjectReader;

/// Writes every LevelScore field as an object (the member `key`, or a value when key is empty).
void writeLevelScore(JsonWriter& w, std::string_view key, const core::LevelScore& s);
/// Writes a LevelScore's members into the object the writer has open (for reports that add keys).
void writeLevelScoreFields(JsonWriter& w, const core::LevelScore& s);
/// Reads what writeLevelScore wrote; problems go to the reader's reporter with field paths.
void readLevelScore(ObjectReader& o, core::LevelScore& s);

}  // namespace format
