// The response panel's faces, drawn once and replayed while nothing on them changes.
#pragma once

#include <imgui.h>

#include <memory>
#include <string>
#include <vector>

#include "ui/widgets.h"

namespace app {

/// Last frame's response faces and their vertices. The faces rarely change from one frame to the
/// next (a hover, a response becoming available), and laying out their text was the largest part
/// of a play frame's UI cost; when nothing on them changed, the vertices are copied instead.
/// Draws the same geometry as ui::drawResponseFace on each face in turn.
class ResponseFaceCache {
public:
    /// Draws faces into d (inside an ImGui frame), plus the keyboard-navigation outline.
    void draw(ImDrawList* d, const std::vector<ui::ResponseFace>& faces);
    /// How many times the faces have been laid out afresh (for tests).
    int rebuilds() const { return m_rebuilds; }

private:
    bool matches(const ImDrawList* d, const std::vector<ui::ResponseFace>& faces) const;
    void rebuild(const ImDrawList* d, const std::vector<ui::ResponseFace>& faces);

    std::unique_ptr<ImDrawList> m_list;
    std::vector<ui::ResponseFace> m_faces;  // strings point into m_labels and m_keys
    std::vector<std::string> m_labels, m_keys;
    const ImFont* m_font = nullptr;
    float m_fontSize = 0.0f;
    ImTextureID m_texture = nullptr;
    ImVec2 m_white;
    ImDrawListFlags m_flags = 0;
    int m_rebuilds = 0;
};

}  // namespace app
