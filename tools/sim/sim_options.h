// attune-sim's command line, parsed into plain options.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace simtool {

/// Everything attune-sim was asked to do.
struct SimOptions {
    std::string levelPath;
    std::string policy = "sensitive";
    std::string scriptPath;
    std::string catalogDir;
    int runs = 1;
    int threads = 0;            ///< 0 = all cores
    std::uint64_t seed = 1;
    double startS = 0.0;        ///< play from this time (earlier steps get no input)
    bool relaxed = false;
    bool json = false;
    bool noPhysics = false;
    bool help = false;
};

/// Parses argv; on a usage error returns nullopt and sets *error.
std::optional<SimOptions> parseSimOptions(int argc, char** argv, std::string* error);
/// The --help text.
const char* simUsage();

}  // namespace simtool
