// Headless capture of what the renderer draws: a hash of every vertex, for tests that compare
// pictures without pixels.
#pragma once

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <functional>
#include <string>

#include <imgui.h>

#include "format/catalog_file.h"
#include "render/baby_renderer.h"

namespace testing {

/// The drawn vertices, hashed (FNV-1a over the raw vertex bytes).
struct Geometry {
    std::uint64_t hash = 1469598103934665603ull;
    int vertices = 0;
    bool finite = true;
};

/// Draws into a fresh background draw list and hashes what was drawn.
inline Geometry capture(const std::function<void(ImDrawList*)>& draw) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    dl->_ResetForNewFrame();
    dl->PushClipRectFullScreen();
    dl->PushTextureID(ImGui::GetIO().Fonts->TexID);
    draw(dl);
    Geometry g;
    g.vertices = dl->VtxBuffer.Size;
    for (const ImDrawVert& v : dl->VtxBuffer) {
        g.finite = g.finite && std::isfinite(v.pos.x) && std::isfinite(v.pos.y);
        const auto* bytes = reinterpret_cast<const unsigned char*>(&v);
        for (std::size_t i = 0; i < sizeof(ImDrawVert); ++i) g.hash = (g.hash ^ bytes[i]) * 1099511628211ull;
    }
    return g;
}

/// The baby drawn 400 px tall at (400, 300), at time t seconds.
inline Geometry babyGeometry(const render::BabyLook& look, double t = 2.0) {
    return capture([&](ImDrawList* dl) { render::drawBaby(dl, ImVec2(400, 300), 400.0f, look, t); });
}

/// The shipped catalog, loaded once.
inline const core::Catalog& catalog() {
    static const auto loaded = format::loadCatalog(std::string(ATTUNE_ROOT_DIR) + "/assets/catalog");
    REQUIRE(loaded.value.has_value());
    return *loaded.value;
}

/// A look showing the catalog cue with this id.
inline render::BabyLook lookOf(const std::string& cueId) {
    for (const auto& c : catalog().cues)
        if (c.id == cueId) {
            render::BabyLook look;
            look.depiction = c.depiction;
            return look;
        }
    FAIL("no cue " << cueId);
    return {};
}

}  // namespace testing
