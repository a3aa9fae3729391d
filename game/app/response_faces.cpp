// The response panel's face cache: compare this frame's faces with last frame's, copy or redraw.
#include "app/response_faces.h"

#include "render/shapes.h"

namespace app {
namespace {

bool same(const ui::ResponseFace& a, const ui::ResponseFace& b) {
    return a.id == b.id && a.pos.x == b.pos.x && a.pos.y == b.pos.y && a.size.x == b.size.x &&
           a.size.y == b.size.y && a.frame == b.frame && a.border == b.border &&
           a.borderShadow == b.borderShadow && a.stripe == b.stripe && a.text == b.text &&
           a.rounding == b.rounding && a.borderSize == b.borderSize && a.padSlot == b.padSlot;
}

}  // namespace

void ResponseFaceCache::draw(ImDrawList* d, const std::vector<ui::ResponseFace>& faces) {
    if (!matches(d, faces)) rebuild(d, faces);
    render::appendDrawList(d, *m_list);
    for (const ui::ResponseFace& f : faces) ui::drawResponseNavOutline(f);
}

bool ResponseFaceCache::matches(const ImDrawList* d, const std::vector<ui::ResponseFace>& faces) const {
    const ImVec2 white = ImGui::GetFontTexUvWhitePixel();
    if (!m_list || faces.size() != m_faces.size() || m_font != ImGui::GetFont() ||
        m_fontSize != ImGui::GetFontSize() || m_texture != ImGui::GetIO().Fonts->TexID || m_white.x != white.x ||
        m_white.y != white.y || m_flags != d->Flags)
        return false;
    for (std::size_t i = 0; i < faces.size(); ++i)
        if (!same(faces[i], m_faces[i]) || m_labels[i] != faces[i].label || m_keys[i] != faces[i].key) return false;
    return true;
}

void ResponseFaceCache::rebuild(const ImDrawList* d, const std::vector<ui::ResponseFace>& faces) {
    ++m_rebuilds;
    m_list = std::make_unique<ImDrawList>(d->_Data);
    m_list->_ResetForNewFrame();
    m_list->PushClipRectFullScreen();
    m_list->PushTextureID(ImGui::GetIO().Fonts->TexID);
    m_list->Flags = d->Flags;
    // The cache keeps its own copies of the strings the faces borrow.
    m_labels.assign(faces.size(), {});
    m_keys.assign(faces.size(), {});
    m_faces = faces;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        m_labels[i] = faces[i].label;
        m_keys[i] = faces[i].key;
        m_faces[i].label = m_labels[i].c_str();
        m_faces[i].key = m_keys[i].c_str();
        ui::drawResponseFace(m_list.get(), m_faces[i]);
    }
    m_font = ImGui::GetFont();
    m_fontSize = ImGui::GetFontSize();
    m_texture = ImGui::GetIO().Fonts->TexID;
    m_white = ImGui::GetFontTexUvWhitePixel();
    m_flags = d->Flags;
}

}  // namespace app
