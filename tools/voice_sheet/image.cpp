// Text uses stb_easy_font's quads (from libstb-dev, not copied); PNG goes through libstb's writer.
#include "image.h"

#include <stb_image_write.h>

#include <algorithm>

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#endif
#include <stb_easy_font.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace voicesheet {

Image::Image(int w, int h, Rgb fill) : m_w(std::max(1, w)), m_h(std::max(1, h)), m_px(static_cast<std::size_t>(m_w) * m_h * 3) {
    fillRect(0, 0, m_w, m_h, fill);
}

void Image::set(int x, int y, Rgb c) {
    if (x < 0 || y < 0 || x >= m_w || y >= m_h) return;
    std::uint8_t* p = &m_px[(static_cast<std::size_t>(y) * m_w + x) * 3];
    p[0] = c.r;
    p[1] = c.g;
    p[2] = c.b;
}

Rgb Image::at(int x, int y) const {
    x = std::clamp(x, 0, m_w - 1);
    y = std::clamp(y, 0, m_h - 1);
    const std::uint8_t* p = &m_px[(static_cast<std::size_t>(y) * m_w + x) * 3];
    return {p[0], p[1], p[2]};
}

void Image::fillRect(int x, int y, int w, int h, Rgb c) {
    for (int yy = std::max(0, y); yy < std::min(m_h, y + h); ++yy)
        for (int xx = std::max(0, x); xx < std::min(m_w, x + w); ++xx) set(xx, yy, c);
}

void Image::text(int x, int y, const std::string& s, Rgb c, int scale) {
    static char quads[64000];  // 4 vertices x 16 bytes per quad; ~270 bytes per character
    std::string copy = s.substr(0, 200);
    unsigned char colour[4] = {c.r, c.g, c.b, 255};
    const int n = stb_easy_font_print(0.0f, 0.0f, copy.data(), colour, quads, sizeof(quads));
    for (int q = 0; q < n; ++q) {
        const auto* v = reinterpret_cast<const float*>(quads + q * 64);  // x, y, z, colour per vertex
        const int x0 = static_cast<int>(v[0]), y0 = static_cast<int>(v[1]);
        const int x1 = static_cast<int>(v[8]), y1 = static_cast<int>(v[9]);
        fillRect(x + x0 * scale, y + y0 * scale, (x1 - x0) * scale, (y1 - y0) * scale, c);
    }
}

void Image::blitScaled(const Image& src, int sx, int sy, int sw, int sh, int dx, int dy, int dw, int dh) {
    for (int y = 0; y < dh; ++y) {
        const int y0 = sy + y * sh / dh, y1 = std::max(y0 + 1, sy + (y + 1) * sh / dh);
        for (int x = 0; x < dw; ++x) {
            const int x0 = sx + x * sw / dw, x1 = std::max(x0 + 1, sx + (x + 1) * sw / dw);
            unsigned r = 0, g = 0, b = 0, n = 0;
            for (int yy = y0; yy < y1; ++yy)
                for (int xx = x0; xx < x1; ++xx, ++n) {
                    const Rgb p = src.at(xx, yy);
                    r += p.r, g += p.g, b += p.b;
                }
            set(dx + x, dy + y, {static_cast<std::uint8_t>(r / n), static_cast<std::uint8_t>(g / n), static_cast<std::uint8_t>(b / n)});
        }
    }
}

bool Image::writePng(const std::string& path) const {
    stbi_flip_vertically_on_write(0);
    return stbi_write_png(path.c_str(), m_w, m_h, 3, m_px.data(), m_w * 3) != 0;
}

}  // namespace voicesheet
