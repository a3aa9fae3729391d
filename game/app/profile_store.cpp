// Profiles live one per file so a damaged file only ever affects one player.
#include "app/profile_store.h"

#include <cstdio>

#include "format/save_file.h"

namespace app {

ProfileStore::ProfileStore(std::string dataDir, bool persist)
    : m_dataDir(std::move(dataDir)), m_persist(persist) {
    m_guest.id = "guest";
    m_guest.name = "Guest";
    for (const std::string& path : format::listProfileFiles(m_dataDir)) {
        format::ProfileLoad load = format::loadProfile(path);
        if (!load.notice.empty()) {
            m_notices.push_back(load.notice);
            std::fprintf(stderr, "attune: %s\n", load.notice.c_str());
        }
        if (load.profile) m_profiles.push_back(std::move(*load.profile));
    }
    const std::string last = format::loadLastProfileId(m_dataDir);
    for (std::size_t i = 0; i < m_profiles.size(); ++i)
        if (!last.empty() && m_profiles[i].id == last) m_current = static_cast<int>(i);
}

const format::Profile& ProfileStore::current() const {
    return m_current >= 0 ? m_profiles[static_cast<std::size_t>(m_current)] : m_guest;
}

format::Profile& ProfileStore::edit() {
    return m_current >= 0 ? m_profiles[static_cast<std::size_t>(m_current)] : m_guest;
}

void ProfileStore::choose(int index) {
    if (index < 0 || index >= static_cast<int>(m_profiles.size())) return;
    m_current = index;
    if (m_persist) format::saveLastProfileId(m_dataDir, current().id, nullptr);
}

int ProfileStore::create(const std::string& name) {
    format::Profile p;
    p.name = name.empty() ? "Player" : name;
    const std::string base = format::profileIdFromName(p.name);
    p.id = base;
    for (int n = 2;; ++n) {
        bool taken = false;
        for (const format::Profile& q : m_profiles) taken = taken || q.id == p.id;
        if (!taken) break;
        p.id = base + "-" + std::to_string(n);
    }
    p.settings = m_guest.settings;  // keep what the player already set up as a guest
    m_profiles.push_back(p);
    choose(static_cast<int>(m_profiles.size()) - 1);
    save();
    return m_current;
}

bool ProfileStore::save() {
    if (!m_persist || m_current < 0) return true;
    std::string error;
    if (format::saveProfile(pathFor(current()), current(), &error)) return true;
    m_notices.push_back("Your progress could not be saved (" + error + "). It is still kept while Attune runs.");
    return false;
}

std::string ProfileStore::pathFor(const format::Profile& p) const {
    return m_dataDir + "/profiles/" + p.id + ".json";
}

}  // namespace app
