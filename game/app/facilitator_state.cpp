// The open facilitator session: start, open (with backup fallback), save, names, export.
#include "app/facilitator_state.h"

#include "format/atomic_write.h"
#include "format/save_file.h"
#include "format/session_file.h"

namespace app {
namespace {

constexpr float kProjectorScale = 1.5f;  // readable from the back, still fits 1280x720

std::string stemOf(const std::string& path) {
    const std::string suffix = ".session.json";
    if (path.size() > suffix.size() &&
        path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
        return path.substr(0, path.size() - suffix.size());
    return path;
}

}  // namespace

FacilitatorState& facilitator() {
    static FacilitatorState state;
    return state;
}

std::string sessionDir(const AppContext& ctx) {
    const std::string data =
        ctx.options.dataDir.empty() ? format::defaultDataDir() : ctx.options.dataDir;
    return data + "/sessions";
}

bool startSession(AppContext& ctx, format::Session session) {
    FacilitatorState& f = facilitator();
    f.session = std::move(session);
    f.path = format::newSessionPath(sessionDir(ctx), f.session);  // never over an earlier one
    f.isOpen = true;
    f.replayRun = -1;
    return saveOpenSession(ctx);
}

bool openSession(AppContext& ctx, const std::string& path) {
    const format::SessionLoad load = format::loadSession(path);
    if (!load.notice.empty()) ctx.notices.push_back(load.notice);
    if (!load.session) {
        if (load.notice.empty()) ctx.notices.push_back("Could not open the session " + path + ".");
        return false;
    }
    FacilitatorState& f = facilitator();
    f.session = *load.session;
    f.path = path;
    f.isOpen = true;
    f.saveFailed = false;
    f.replayRun = -1;
    return true;
}

bool ensureSessionOpen(AppContext& ctx) {
    if (facilitator().isOpen) return true;
    const std::vector<std::string> files = format::listSessionFiles(sessionDir(ctx));
    return !files.empty() && openSession(ctx, files.front());  // the most recently saved
}

bool saveOpenSession(AppContext& ctx) {
    FacilitatorState& f = facilitator();
    std::string error;
    f.saveFailed = !format::saveSession(f.path, f.session, &error);
    if (!f.saveFailed) return true;
    ctx.notices.push_back("The session could not be saved to " + f.path + " (" + error +
                          "). Finished runs are still in memory; free some space and play on.");
    return false;
}

format::ReportNames sessionNames(const AppContext& ctx) {
    std::vector<core::LevelDef> levels;
    for (const std::string& id : facilitator().session.playlist)
        if (const core::LevelDef* level = ctx.data.level(id)) levels.push_back(*level);
    return format::reportNames(ctx.data.catalog, levels);
}

std::vector<std::string> exportReports(const AppContext& ctx, std::string* error) {
    const FacilitatorState& f = facilitator();
    const format::ReportNames names = sessionNames(ctx);
    const std::string stem = stemOf(f.path);
    const std::vector<std::pair<std::string, std::string>> files = {
        {stem + ".report.html", format::sessionReportHtml(f.session, names)},
        {stem + ".report.csv", format::sessionCsv(f.session, names)},
        {stem + ".report.json", format::sessionReportJson(f.session, names)}};
    std::vector<std::string> written;
    for (const auto& [path, text] : files) {
        if (!format::writeFileAtomic(path, text, error)) return {};
        written.push_back(path);
    }
    return written;
}

void stepRecorded(PlaySession& session, core::RunRecorder& recorder, int queued,
                  const core::HandSample* hand) {
    core::StepInput in;
    if (queued >= 0 && session.sim().canRespond(queued)) in.respond = queued;
    in.hasHand = hand != nullptr;
    if (hand) in.hand = *hand;
    // PlaySession does not step once over or while its safety card is up; record only real steps.
    if (!session.isOver() && !session.isStoppedForSafety()) recorder.record(in);
    if (queued >= 0) session.queueResponse(queued);
    if (hand) session.setHand(*hand);
    session.step();
}

void setProjectorPreset(AppContext& ctx, bool on) {
    format::Settings& s = ctx.profiles.edit().settings;
    s.uiScale = on ? kProjectorScale : 1.0f;
    s.highContrast = on;
    ctx.styleDirty = true;
    ctx.profiles.save();
}

bool isProjectorPreset(const AppContext& ctx) {
    return ctx.settings().highContrast && ctx.settings().uiScale >= kProjectorScale - 0.01f;
}

}  // namespace app
