// The editor's frame steps: start-up, live checks, background bots, autosave and requests.
#include "editor/editor_app.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "editor/config_dir.h"
#include "editor/file_actions.h"
#include "editor/panels/panels.h"
#include "editor/validation.h"
#include "format/catalog_file.h"
#include "format/paths.h"
#include "platform/clock.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace editor {
namespace {

constexpr double kDtS = 1.0 / 60.0;

}  // namespace

EditorApp::EditorApp(const EditorOptions& options) { m_ctx.options = options; }

EditorApp::~EditorApp() {
    m_bots.cancel();
    m_bots.wait();
}

bool EditorApp::start(std::string* error) {
    platform::WindowDef def;
    def.title = "Attune level editor";
    def.widthPx = 1600;
    def.heightPx = 900;
    if (!m_window.open(def, error)) return false;
    m_ctx.catalogDir = format::defaultCatalogDir();
    auto catalog = format::loadCatalog(m_ctx.catalogDir);
    if (!catalog.ok()) {
        *error = "cannot load the catalog: " +
                 (catalog.diagnostics.empty() ? std::string("?") : format::formatDiagnostic(catalog.diagnostics[0]));
        return false;
    }
    m_ctx.catalog = *catalog.value;
    m_ctx.reindex();
    m_ctx.levelsDir = format::dataRoot() + "/levels";
    const std::string config = isDeterministic() && !m_ctx.options.dialogs ? "" : configDir();
    m_ctx.recent = std::make_unique<RecentFiles>(config.empty() ? "" : config + "/editor-recent.txt");
    m_recovery = std::make_unique<Recovery>(config);
    m_offerRecovery = m_recovery->exists();
    if (m_offerRecovery) m_recoveryFor = m_recovery->originalPath();
    if (!m_ctx.options.levelPath.empty() && !openLevelFile(m_ctx, m_ctx.options.levelPath))
        std::fprintf(stderr, "attune-editor: %s\n", m_ctx.status.c_str());
    const int select = m_ctx.options.select >= 0 ? m_ctx.options.select : 0;
    if (select < static_cast<int>(m_ctx.doc.level().episodes.size()))
        m_ctx.doc.selection().selectOnly({ItemKind::Episode, select});
    if (!m_ctx.options.focus.empty()) {
        m_ctx.focus(m_ctx.options.focus);
        if (const ItemRef item = itemOfField(m_ctx.options.focus); item.index >= 0) m_ctx.doc.selection().selectOnly(item);
    }
    if (!m_ctx.options.playTest.empty()) {
        PlayTestDef play;
        play.policy = m_ctx.options.playTest == "hand" ? "" : m_ctx.options.playTest;
        play.startS = m_ctx.options.playFromS;
        m_ctx.requests.play = play;
    }
    const float scale = std::clamp(static_cast<float>(m_window.heightPx()) / 900.0f, 0.9f, 1.5f);
    ui::applyTheme({false, false, scale});
    ui::buildFonts(scale);
    m_window.reloadFontTexture();
    m_lastWallS = platform::wallSeconds();
    if (m_ctx.status.empty()) m_ctx.status = "Ready. Open a level from the Files panel, or start from this one.";
    return true;
}

void EditorApp::pollInput() {
    const platform::InputFrame in = m_window.poll();
    if (in.quitRequested) guarded(Pending::Quit, "");
}

void EditorApp::advanceClock() {
    const double now = platform::wallSeconds();
    const double frame = isDeterministic() ? kDtS : std::min(now - m_lastWallS, 0.25);
    m_lastWallS = now;
    m_ctx.clockS += frame;
}

void EditorApp::fixedUpdates() {
    advanceClock();
    if (m_ctx.doc.revision() != m_seenRevision) {
        m_seenRevision = m_ctx.doc.revision();
        m_changedAtS = m_ctx.clockS;
        m_ctx.botsCurrent = false;
    }
    const bool firstCheck = m_checkedRevision == 0;
    if (m_checkedRevision != m_seenRevision && (firstCheck || m_ctx.clockS - m_changedAtS >= kCheckDebounceS))
        runChecks();
    scheduleBots();
    if (m_ctx.play) m_ctx.play->advance(m_ctx.playSpeed);
    autosave();
    handleRequests();
    if (m_ctx.options.quitAfterS >= 0 && m_ctx.clockS >= m_ctx.options.quitAfterS - 1e-9) m_quitNow = true;
}

void EditorApp::runChecks() {
    const std::string shown = m_ctx.doc.path().empty() ? "untitled.json" : m_ctx.doc.path();
    m_ctx.issues = checkLikeAttuneCheck(m_ctx.doc.level(), m_ctx.catalog, shown);
    if (!format::hasErrors(m_ctx.issues)) {
        auto domain = checkDomain(m_ctx.doc.level(), m_ctx.catalog, shown);
        m_ctx.issues.insert(m_ctx.issues.end(), domain.begin(), domain.end());
    }
    m_checkedRevision = m_seenRevision;
}

void EditorApp::scheduleBots() {
    m_ctx.botsRunning = m_bots.isRunning();
    if (auto latest = m_bots.latest(); latest && latest->revision != (m_ctx.bots ? m_ctx.bots->revision : 0)) {
        m_ctx.bots = latest;
    }
    m_ctx.botsCurrent = m_ctx.bots && m_ctx.bots->revision == m_seenRevision;
    if (m_ctx.botsCurrent || m_checkedRevision != m_seenRevision || m_ctx.errorCount() > 0) return;
    const bool idle = m_ctx.clockS - m_changedAtS >= kBotDebounceS || m_ctx.bots == std::nullopt;
    if (!idle) return;
    if (m_bots.isRunning()) {
        m_bots.cancel();  // a newer revision is waiting; the thread stops after its current run
        return;
    }
    if (isDeterministic() && m_ctx.bots) return;  // scripted runs: one pass is enough
    m_bots.start(m_ctx.catalog, m_ctx.doc.level(), m_seenRevision);
    m_ctx.botsRunning = true;
    if (isDeterministic()) m_bots.wait();  // screenshots show the same finished scores every run
}

void EditorApp::autosave() {
    if (isDeterministic() || !m_recovery) return;
    if (!m_ctx.doc.isDirty() || m_ctx.doc.revision() == m_autosavedRevision) return;
    if (m_ctx.clockS - m_autosavedAtS < kAutosaveEveryS) return;
    if (m_recovery->save(m_ctx.doc.level(), m_ctx.doc.path())) m_ctx.status = "Autosaved a recovery copy.";
    m_autosavedRevision = m_ctx.doc.revision();
    m_autosavedAtS = m_ctx.clockS;
}

void EditorApp::handleRequests() {
    Requests& r = m_ctx.requests;
    if (r.newLevel) guarded(Pending::New, "");
    if (!r.openPath.empty()) guarded(Pending::Open, r.openPath);
    if (r.quit) guarded(Pending::Quit, "");
    if (r.openDialog) m_showOpen = true;
    if (r.save && !m_ctx.doc.path().empty()) {
        if (saveLevelFile(m_ctx, m_ctx.doc.path()) && m_recovery) m_recovery->discard();
    } else if (r.save || r.saveAs) {
        m_showSaveAs = true;
        m_saveAsPath = suggestedPath(m_ctx);
    }
    applyPlayRequests(m_ctx);
    r = Requests{};
}

void EditorApp::guarded(Pending action, const std::string& path) {
    m_pending = action;
    m_pendingPath = path;
    if (!m_ctx.doc.isDirty() || isDeterministic()) doPending();
}

void EditorApp::doPending() {
    switch (m_pending) {
        case Pending::New: newLevel(m_ctx); break;
        case Pending::Open: openLevelFile(m_ctx, m_pendingPath); break;
        case Pending::Quit:
            m_quitNow = true;
            if (m_recovery && !isDeterministic()) m_recovery->discard();
            break;
        case Pending::None: break;
    }
    m_ctx.play.reset();
    if (m_pending != Pending::Quit && m_pending != Pending::None && !m_ctx.doc.level().episodes.empty())
        m_ctx.doc.selection().selectOnly({ItemKind::Episode, 0});
    m_pending = Pending::None;
}

void EditorApp::drawUi() {
    m_window.beginFrame(static_cast<float>(kDtS), isDeterministic());
    drawEditor(m_ctx);
    handleShortcuts();
    drawDialogs();
    m_window.endFrame();
    // Any gesture (drag, typing) ends when nothing is held and no field is active.
    if (!ImGui::IsMouseDown(0) && !ImGui::IsAnyItemActive()) m_ctx.doc.endMerge();
    updateTitle();
}

void EditorApp::updateTitle() {
    const std::string title = m_ctx.doc.displayName() + " — Attune level editor";
    if (title == m_title) return;
    m_window.setTitle(title);
    m_title = title;
}

void EditorApp::present() {
    const bool last = m_quitNow;
    std::string error;
    if (!m_window.present(last ? m_ctx.options.screenshotPath : "", &error)) {
        std::fprintf(stderr, "attune-editor: screenshot failed: %s\n", error.c_str());
        m_exitCode = 1;
    }
    if (last) m_running = false;
}

}  // namespace editor
