// Prints the measured figures of every rendered sound as an aligned text table or as JSON.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "audio/voice_analysis.h"

namespace voicesheet {

/// One row: a sound's label and its figures.
struct FiguresRow {
    std::string name;
    audio::SoundFigures figures;
};

/// A fixed-width table with one line per sound (Markdown-compatible).
void printTable(std::ostream& out, const std::vector<FiguresRow>& rows);

/// A JSON array of objects, one per sound, keys as in the table.
void printJson(std::ostream& out, const std::vector<FiguresRow>& rows);

}  // namespace voicesheet
