// Builds the atlas from files that exist: ImGui asserts (abort) on a missing font file.
#include "ui/fonts.h"

#include <sys/stat.h>

namespace ui {
namespace {

constexpr const char* kRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

Fonts g_fonts;

bool exists(const char* path) {
    struct stat st {};
    return ::stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

ImFont* addDefault(float sizePx) {
    ImFontConfig cfg;
    cfg.SizePixels = sizePx;
    return ImGui::GetIO().Fonts->AddFontDefault(&cfg);
}

const ImWchar* glyphRanges() {
    // Latin-1 plus punctuation used in catalog text (dashes, quotes, ellipsis, arrows, stars).
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0x2190, 0x2193,
                                     0x2605, 0x2606, 0x2713, 0x2713, 0};
    return ranges;
}

}  // namespace

const Fonts& buildFonts(float scale) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    g_fonts = Fonts{};
    g_fonts.system = exists(kRegular);
    const char* bold = exists(kBold) ? kBold : kRegular;
    if (g_fonts.system) {
        g_fonts.body = atlas->AddFontFromFileTTF(kRegular, 16.0f * scale, nullptr, glyphRanges());
        g_fonts.large = atlas->AddFontFromFileTTF(bold, 22.0f * scale, nullptr, glyphRanges());
        g_fonts.title = atlas->AddFontFromFileTTF(bold, 40.0f * scale, nullptr, glyphRanges());
    } else {
        g_fonts.body = addDefault(13.0f * scale);
        g_fonts.large = addDefault(20.0f * scale);
        g_fonts.title = addDefault(32.0f * scale);
    }
    atlas->Build();
    ImGui::GetIO().FontDefault = g_fonts.body;
    return g_fonts;
}

const Fonts& fonts() { return g_fonts; }

}  // namespace ui
