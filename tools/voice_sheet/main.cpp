// attune-voice-sheet: renders every baby voice and caregiver sound offline through the mixer, writes
// each as a WAV and a spectrogram PNG, a contact sheet of them all, an index, and a table of measured
// figures (f0, voicing, units per minute, level, centroid), so the sound can be judged without a speaker.
//   attune-voice-sheet [--out DIR] [--json] [--seconds S] [--only name,name,...]
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "audio/offline_render.h"
#include "audio/voice_analysis.h"
#include "figures_table.h"
#include "spectrogram.h"
#include "wav_file.h"

namespace {

constexpr int kSampleRate = 48000;  // the mixer's rate in the game (app/sound.cpp)

struct Options {
    std::string out = "voice_sheet";
    bool json = false;
    float voiceSeconds = 20.0f;
    std::string only;
};

bool parseOptions(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--out" && hasValue) o.out = argv[++i];
        else if (a == "--json") o.json = true;
        else if (a == "--seconds" && hasValue) o.voiceSeconds = std::strtof(argv[++i], nullptr);
        else if (a == "--only" && hasValue) o.only = "," + std::string(argv[++i]) + ",";
        else {
            std::fprintf(stderr, "usage: attune-voice-sheet [--out DIR] [--json] [--seconds S] [--only name,...]\n");
            return false;
        }
    }
    return o.voiceSeconds > 0.5f;
}

std::string label(core::Voice v) { return std::string(core::kVoiceNames[static_cast<std::size_t>(v)]); }

/// Every voice at a typical catalog intensity, the cries at several, then the caregiver and UI sounds.
std::vector<audio::SoundSpec> sheetSounds(float voiceS) {
    using audio::SoundSpec;
    std::vector<SoundSpec> s;
    auto voice = [&](core::Voice v, float in) {
        char name[40];
        std::snprintf(name, sizeof name, "%s@%.1f", label(v).c_str(), static_cast<double>(in));
        s.push_back({name, SoundSpec::Source::Voice, v, in, "", voiceS});
    };
    for (std::size_t i = 1; i < core::kVoiceNames.size(); ++i) {
        const auto v = static_cast<core::Voice>(i);
        if (v == core::Voice::Cry) {
            for (float in : {0.3f, 0.6f, 1.0f}) voice(v, in);
        } else if (v == core::Voice::CryIntense) {
            for (float in : {0.6f, 1.0f}) voice(v, in);
        } else {
            voice(v, 0.5f);
        }
    }
    voice(core::Voice::None, 0.0f);
    s.push_back({"hum(sing)", SoundSpec::Source::Response, core::Voice::None, 0, "sing", 9.0f});
    s.push_back({"shush", SoundSpec::Source::Response, core::Voice::None, 0, "shush", 7.0f});
    s.push_back({"white_noise", SoundSpec::Source::Response, core::Voice::None, 0, "white_noise", 10.5f});
    for (const char* ui : {"click", "chime", "soft_alert"}) s.push_back({std::string("ui_") + ui, SoundSpec::Source::Ui, core::Voice::None, 0, ui, 1.5f});
    return s;
}

std::string fileStem(const std::string& name) {
    std::string f;
    for (char c : name) f += (std::isalnum(static_cast<unsigned char>(c)) || c == '_') ? c : (c == '@' ? '_' : '-');
    return f;
}

struct Rendered {
    std::string stem;
    voicesheet::Image sheet;
    voicesheet::SheetLayout layout;
};

/// Thumbnails of the first 12 s of each sheet (spectrogram and f0 strip), three columns, labelled.
voicesheet::Image contactSheet(const std::vector<Rendered>& items, const std::vector<voicesheet::FiguresRow>& rows) {
    const int cols = 3, thumbW = 480, thumbH = 176, labelH = 16, pad = 8;
    const int rowsN = static_cast<int>((items.size() + cols - 1) / cols);
    voicesheet::Image img(cols * (thumbW + pad) + pad, rowsN * (thumbH + labelH + pad) + pad + 20, {16, 16, 20});
    img.text(pad, 6, "attune-voice-sheet: spectrogram 0-8 kHz (top), f0 0-2 kHz cyan + level grey (bottom); first 12 s", {255, 255, 255});
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Rendered& r = items[i];
        const int x = pad + static_cast<int>(i % cols) * (thumbW + pad);
        const int y = 20 + pad + static_cast<int>(i / cols) * (thumbH + labelH + pad);
        char text[160];
        const audio::SoundFigures& f = rows[i].figures;
        std::snprintf(text, sizeof text, "%s  f0 %.0f Hz  voiced %.2f  %.0f units/min", rows[i].name.c_str(), static_cast<double>(f.f0MeanHz),
                      static_cast<double>(f.voicedShare), static_cast<double>(f.unitsPerMin));
        img.text(x, y + 2, text, {230, 230, 230});
        const int srcW = std::min(r.layout.plotWidthPx, 1200);
        const int srcH = r.layout.stripTop + r.layout.stripPx - r.layout.top;
        const int dstW = thumbW * srcW / 1200;
        img.blitScaled(r.sheet, r.layout.left, r.layout.top, srcW, srcH, x, y + labelH, dstW, thumbH);
    }
    return img;
}

void writeIndex(const std::string& path, const std::vector<Rendered>& items, const std::vector<voicesheet::FiguresRow>& rows) {
    std::ofstream f(path);
    f << "{\n  \"format_version\": 1,\n  \"sample_rate\": " << kSampleRate << ",\n  \"contact_sheet\": \"contact_sheet.png\",\n  \"sounds\": [\n";
    for (std::size_t i = 0; i < items.size(); ++i)
        f << "    {\"sound\": \"" << rows[i].name << "\", \"wav\": \"" << items[i].stem << ".wav\", \"png\": \"" << items[i].stem
          << ".png\"}" << (i + 1 < items.size() ? ",\n" : "\n");
    f << "  ]\n}\n";
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    if (!parseOptions(argc, argv, opt)) return 2;
    std::error_code ec;
    std::filesystem::create_directories(opt.out, ec);
    if (ec) {
        std::fprintf(stderr, "attune-voice-sheet: cannot create folder %s\n", opt.out.c_str());
        return 1;
    }
    std::vector<Rendered> items;
    std::vector<voicesheet::FiguresRow> rows;
    for (const audio::SoundSpec& spec : sheetSounds(opt.voiceSeconds)) {
        if (!opt.only.empty() && opt.only.find("," + spec.name + ",") == std::string::npos &&
            opt.only.find("," + spec.name.substr(0, spec.name.find('@')) + ",") == std::string::npos)
            continue;
        const std::vector<float> x = audio::renderOffline(spec, kSampleRate);
        const audio::FrameTrack track = audio::trackFrames(x, kSampleRate);
        const audio::SoundFigures fig = audio::summarise(track, static_cast<float>(x.size()) / kSampleRate);
        Rendered r{fileStem(spec.name), voicesheet::Image(1, 1), {}};
        r.sheet = voicesheet::drawSoundSheet(x, kSampleRate, track, spec.name, {}, &r.layout);
        const std::string base = opt.out + "/" + r.stem;
        if (!voicesheet::writeWav16(base + ".wav", x, kSampleRate) || !r.sheet.writePng(base + ".png")) {
            std::fprintf(stderr, "attune-voice-sheet: cannot write %s.wav/.png\n", base.c_str());
            return 1;
        }
        rows.push_back({spec.name, fig});
        items.push_back(std::move(r));
    }
    if (!contactSheet(items, rows).writePng(opt.out + "/contact_sheet.png")) return 1;
    writeIndex(opt.out + "/index.json", items, rows);
    if (opt.json) voicesheet::printJson(std::cout, rows);
    else voicesheet::printTable(std::cout, rows);
    return 0;
}
