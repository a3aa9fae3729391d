// glReadPixels → flipped rows → stb_image_write PNG (libstb holds the implementation).
#include "platform/screenshot.h"

#include <SDL_opengl.h>
#include <stb_image_write.h>

#include <vector>

namespace platform {

bool writeBackBufferPng(const std::string& path, int widthPx, int heightPx, std::string* error) {
    if (widthPx <= 0 || heightPx <= 0) {
        if (error) *error = "the window has no size";
        return false;
    }
    std::vector<unsigned char> pixels(static_cast<std::size_t>(widthPx) * heightPx * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, widthPx, heightPx, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    stbi_flip_vertically_on_write(1);  // GL rows run bottom-up
    if (!stbi_write_png(path.c_str(), widthPx, heightPx, 3, pixels.data(), widthPx * 3)) {
        if (error) *error = "cannot write " + path;
        return false;
    }
    return true;
}

}  // namespace platform
