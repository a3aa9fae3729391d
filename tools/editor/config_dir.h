// Where the editor keeps its own small files: $XDG_CONFIG_HOME/attune (or ~/.config/attune).
#pragma once

#include <string>

namespace editor {

/// The folder, created if missing; "" if there is no HOME either.
std::string configDir();

}  // namespace editor
