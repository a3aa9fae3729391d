// Profiles live one per file so a damaged file only ever affects one player; each profile is saved
// back to the file it came from, so an id read from disk never chooses where a write goes.
#include "app/profile_store.h"

#include <cstdio>
#include <filesystem>

#include "format/paths.h"
#include "format/save_file.h"

namespace app {
namespace {

constexpr int kRetryEveryCalls = 300;  // about 5 s at 60 frames a second

std::string stemOf(const std::string& path) {
    return std::filesystem::path(path).stem().string();
}

}  // namespace

ProfileStore::ProfileStore(std::string dataDir, bool persist)
    : m_dataDir(std::move(dataDir)), m_persist(persist) {
    m_guest.id = "guest";
    m_guest.name = "Guest";
    std::vector<std::string> stems;
    for (const std::string& path : format::listProfileFiles(m_dataDir)) {
        format::ProfileLoad load = format::loadProfile(path);
        if (!load.notice.empty()) {
            m_notices.push_back(load.notice);
            std::fprintf(stderr, "attune: %s\n", load.notice.c_str());
        }
        if (!load.profile) continue;
        m_profiles.push_back(std::move(*load.profile));
        m_paths.push_back(path);
        stems.push_back(stemOf(path));
    }
    settleIds(stems);
    const std::string last = format::loadLastProfileId(m_dataDir);
    for (std::size_t i = 0; i < m_profiles.size(); ++i)
        if (!last.empty() && m_profiles[i].id == last) m_current = static_cast<int>(i);
}

void ProfileStore::settleIds(const std::vector<std::string>& stems) {
    // A profile whose id matches its file name keeps it, whatever order the files come in.
    std::vector<bool> settled(m_profiles.size(), false);
    for (std::size_t i = 0; i < m_profiles.size(); ++i)
        settled[i] = format::isSafeId(m_profiles[i].id) && m_profiles[i].id == stems[i];
    for (std::size_t i = 0; i < m_profiles.size(); ++i) {
        if (settled[i]) continue;
        format::Profile& p = m_profiles[i];
        bool clash = false;
        for (std::size_t j = 0; j < m_profiles.size(); ++j)
            clash = clash || (j != i && settled[j] && m_profiles[j].id == p.id);
        settled[i] = true;
        if (format::isSafeId(p.id) && !clash) continue;
        const std::string was = p.id;
        p.id = freshId(format::profileIdFromName(p.name), i);
        const std::string notice =
            (clash ? "Two profiles had the same id '" + was + "'; both are kept, and"
                   : std::string("A profile had an id that cannot name a file; it is kept, and")) +
            " the one in " + m_paths[i] + " is now '" + p.id + "'.";
        m_notices.push_back(notice);
        std::fprintf(stderr, "attune: %s\n", notice.c_str());
    }
}

std::string ProfileStore::freshId(const std::string& base, std::size_t self) const {
    const std::string own = self < m_paths.size() ? m_paths[self] : std::string();
    for (int n = 1;; ++n) {
        const std::string id = n == 1 ? base : base + "-" + std::to_string(n);
        bool taken = false;
        for (std::size_t j = 0; j < m_profiles.size(); ++j)
            taken = taken || (j != self && m_profiles[j].id == id);
        // Never claim another file that exists: it may be a damaged save waiting to be recovered.
        const std::string path = format::pathInside(m_dataDir + "/profiles", id, ".json");
        std::error_code ec;
        if (path != own && (std::filesystem::exists(path, ec) ||
                            std::filesystem::exists(path + ".bak", ec)))
            taken = true;
        if (!taken) return id;
    }
}

const format::Profile& ProfileStore::current() const {
    return m_current >= 0 ? m_profiles[static_cast<std::size_t>(m_current)] : m_guest;
}

format::Profile& ProfileStore::edit() {
    return m_current >= 0 ? m_profiles[static_cast<std::size_t>(m_current)] : m_guest;
}

void ProfileStore::choose(int index) {
    if (index < 0 || index >= static_cast<int>(m_profiles.size())) return;
    if (m_pending) save();  // one more try for the profile being left
    m_current = index;
    m_pending = false;
    if (m_persist) format::saveLastProfileId(m_dataDir, current().id, nullptr);
}

int ProfileStore::create(const std::string& name) {
    format::Profile p;
    p.name = name.empty() ? "Player" : name;
    p.id = freshId(format::profileIdFromName(p.name), m_profiles.size());
    p.settings = m_guest.settings;  // keep what the player already set up as a guest
    m_profiles.push_back(p);
    m_paths.push_back(format::pathInside(m_dataDir + "/profiles", p.id, ".json"));
    choose(static_cast<int>(m_profiles.size()) - 1);
    save();
    return m_current;
}

std::string ProfileStore::currentPath() const {
    return m_current >= 0 ? m_paths[static_cast<std::size_t>(m_current)] : std::string();
}

bool ProfileStore::write() {
    std::string error = "no safe file name";
    const std::string path = currentPath();
    if (!path.empty() && format::saveProfile(path, current(), &error)) return true;
    if (!m_pending) {
        const std::string notice = "Your progress could not be saved (" + error +
                                   "). It is kept while Attune runs, and Attune keeps trying.";
        m_notices.push_back(notice);
        std::fprintf(stderr, "attune: %s\n", notice.c_str());
    }
    m_pending = true;
    m_retryCountdown = kRetryEveryCalls;
    return false;
}

bool ProfileStore::save() {
    if (!m_persist || m_current < 0) return true;
    const bool wasPending = m_pending;
    if (!write()) return false;
    m_pending = false;
    if (wasPending) m_notices.push_back("Your progress is saved again.");
    return true;
}

void ProfileStore::retryFailedSave() {
    if (!m_pending || --m_retryCountdown > 0) return;
    save();
}

}  // namespace app
