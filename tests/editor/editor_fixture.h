// Shared helpers for the editor tests: the shipped catalog and levels, temporary folders.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "core/catalog_def.h"
#include "core/level_def.h"
#include "format/catalog_file.h"
#include "format/level_file.h"

/// The shipped catalog (loaded once).
inline const core::Catalog& shippedCatalog() {
    static const core::Catalog catalog = [] {
        auto loaded = format::loadCatalog(std::string(ATTUNE_ROOT_DIR) + "/assets/catalog");
        REQUIRE(loaded.ok());
        return *loaded.value;
    }();
    return catalog;
}

/// levels/NAME loaded against the shipped catalog; fails the test if it does not load.
inline core::LevelDef shippedLevel(const std::string& name) {
    auto loaded = format::loadLevel(std::string(ATTUNE_ROOT_DIR) + "/levels/" + name, shippedCatalog());
    REQUIRE(loaded.ok());
    return *loaded.value;
}

/// A fresh empty temporary folder for one test.
inline std::string tempDir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("attune-editor-test-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}
