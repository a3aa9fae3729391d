// Screenshots: the GL back buffer written as a PNG.
#pragma once

#include <string>

namespace platform {

/// Reads the current back buffer (call before swapping) and writes it to path as RGB PNG.
bool writeBackBufferPng(const std::string& path, int widthPx, int heightPx, std::string* error);

}  // namespace platform
