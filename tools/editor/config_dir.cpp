// The editor's config folder.
#include "editor/config_dir.h"

#include <cstdlib>
#include <filesystem>

namespace editor {

std::string configDir() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    const char* home = std::getenv("HOME");
    std::string base;
    if (xdg && *xdg) base = xdg;
    else if (home && *home) base = std::string(home) + "/.config";
    else return "";
    const std::string dir = base + "/attune";
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    return dir;
}

}  // namespace editor
