// A plain RGB canvas for the voice sheet: rectangles, stb_easy_font text, scaled copies, PNG output.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace voicesheet {

/// An 8-bit RGB colour.
struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
};

/// Row-major RGB pixels, origin top left.
class Image {
public:
    Image(int widthPx, int heightPx, Rgb fill = {});
    int width() const { return m_w; }
    int height() const { return m_h; }
    /// Sets one pixel; coordinates outside the image are ignored.
    void set(int x, int y, Rgb c);
    Rgb at(int x, int y) const;
    /// Fills the rectangle [x, x+w) x [y, y+h), clipped.
    void fillRect(int x, int y, int w, int h, Rgb c);
    /// Draws text with its top-left corner at (x, y), each font pixel scale x scale.
    void text(int x, int y, const std::string& s, Rgb c, int scale = 1);
    /// Copies src's region (sx, sy, sw, sh) into (dx, dy, dw, dh) with box averaging.
    void blitScaled(const Image& src, int sx, int sy, int sw, int sh, int dx, int dy, int dw, int dh);
    /// Writes a PNG; false on failure.
    bool writePng(const std::string& path) const;

private:
    int m_w, m_h;
    std::vector<std::uint8_t> m_px;
};

}  // namespace voicesheet
