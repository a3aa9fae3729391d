// Columns: duration, f0 mean / 5th / 95th percentile / max, arc top and where it falls, voiced and
// hyperphonation shares, units per minute, mean unit and pause, level and spectral centroid.
#include "figures_table.h"

#include <cstdio>

namespace voicesheet {

namespace {
struct Column {
    const char* key;
    const char* format;
    float (*get)(const audio::SoundFigures&);
};

const Column kColumns[] = {
    {"dur_s", "%6.1f", [](const audio::SoundFigures& f) { return f.durationS; }},
    {"f0_mean", "%7.0f", [](const audio::SoundFigures& f) { return f.f0MeanHz; }},
    {"f0_p5", "%6.0f", [](const audio::SoundFigures& f) { return f.f0LowHz; }},
    {"f0_p95", "%6.0f", [](const audio::SoundFigures& f) { return f.f0PeakHz; }},
    {"f0_max", "%6.0f", [](const audio::SoundFigures& f) { return f.f0MaxHz; }},
    {"arc_top", "%7.0f", [](const audio::SoundFigures& f) { return f.arcPeakMeanHz; }},
    {"top_at", "%6.2f", [](const audio::SoundFigures& f) { return f.arcPeakAt; }},
    {"voiced", "%6.2f", [](const audio::SoundFigures& f) { return f.voicedShare; }},
    {"hyper", "%5.2f", [](const audio::SoundFigures& f) { return f.hyperShare; }},
    {"units_min", "%9.1f", [](const audio::SoundFigures& f) { return f.unitsPerMin; }},
    {"long_min", "%8.1f", [](const audio::SoundFigures& f) { return f.longUnitsPerMin; }},
    {"unit_s", "%6.2f", [](const audio::SoundFigures& f) { return f.unitMeanS; }},
    {"pause_s", "%7.2f", [](const audio::SoundFigures& f) { return f.pauseMeanS; }},
    {"rms_dbfs", "%8.1f", [](const audio::SoundFigures& f) { return f.rmsDbfs; }},
    {"centroid", "%8.0f", [](const audio::SoundFigures& f) { return f.centroidHz; }},
};

std::string cell(const Column& c, const audio::SoundFigures& f) {
    char buf[32];
    std::snprintf(buf, sizeof buf, c.format, static_cast<double>(c.get(f)));
    return buf;
}
}  // namespace

void printTable(std::ostream& out, const std::vector<FiguresRow>& rows) {
    char name[32];
    std::snprintf(name, sizeof name, "%-18s", "sound");
    out << "| " << name;
    for (const Column& c : kColumns) {
        char head[32];
        std::snprintf(head, sizeof head, "%*s", static_cast<int>(cell(c, {}).size()), c.key);
        out << " | " << head;
    }
    out << " |\n|" << std::string(20, '-');
    for (const Column& c : kColumns) out << "|" << std::string(cell(c, {}).size() + 1, '-') << ":";
    out << "|\n";
    for (const FiguresRow& r : rows) {
        std::snprintf(name, sizeof name, "%-18s", r.name.c_str());
        out << "| " << name;
        for (const Column& c : kColumns) out << " | " << cell(c, r.figures);
        out << " |\n";
    }
}

void printJson(std::ostream& out, const std::vector<FiguresRow>& rows) {
    out << "[\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out << "  {\"sound\": \"" << rows[i].name << "\", \"units\": " << rows[i].figures.units;
        for (const Column& c : kColumns) {
            std::string v = cell(c, rows[i].figures);
            v.erase(0, v.find_first_not_of(' '));
            out << ", \"" << c.key << "\": " << v;
        }
        out << (i + 1 < rows.size() ? "},\n" : "}\n");
    }
    out << "]\n";
}

}  // namespace voicesheet
