// core::RunRecording ↔ JSON: the "recording" object of a session run. Hand runs are compact
// strings "STEP STEPS X_M Y_M HEAD" (HEAD 1 or 0) so a long run stays small and diffable.
#pragma once

#include <string>

#include "core/run_recording.h"
#include "format/json_writer.h"

namespace format {

class ObjectReader;

/// Writes the recording (without its level id, which the run holds) as the member `key`.
void writeRecording(JsonWriter& w, std::string_view key, const core::RunRecording& r);
/// Reads what writeRecording wrote; problems go to the reader's reporter with field paths.
void readRecording(ObjectReader& o, core::RunRecording& r);
/// "120 30 0.0125 -0.03 1" for one hand run; floats in their shortest exact form.
std::string handRunText(const core::HandRun& h);
/// Parses handRunText's form; false if it is malformed.
bool parseHandRun(std::string_view text, core::HandRun& out);

}  // namespace format
