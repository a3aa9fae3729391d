// The profiles on this machine: list, choose, create, and save the current one after each change.
#pragma once

#include <string>
#include <vector>

#include "format/save_def.h"

namespace app {

/// Owns the loaded profiles and writes them under DATA_DIR/profiles.
class ProfileStore {
public:
    /// Reads every profile in dataDir; notices (e.g. restored from backup) go to notices().
    explicit ProfileStore(std::string dataDir, bool persist = true);

    /// All profiles, sorted by file name.
    const std::vector<format::Profile>& profiles() const { return m_profiles; }
    /// True once a profile is chosen.
    bool hasCurrent() const { return m_current >= 0; }
    /// The chosen profile (a guest profile when none is chosen).
    const format::Profile& current() const;
    /// The chosen profile for editing; call save() afterwards.
    format::Profile& edit();
    /// Chooses the profile at index.
    void choose(int index);
    /// Creates a profile with this display name, chooses and saves it. Returns its index.
    int create(const std::string& name);
    /// Writes the current profile atomically. False (with a notice) on failure.
    bool save();
    /// Sentences for the player about save problems (shown once, then cleared by the caller).
    std::vector<std::string>& notices() { return m_notices; }
    /// The settings in effect (the current profile's, or the guest's).
    const format::Settings& settings() const { return current().settings; }

private:
    std::string pathFor(const format::Profile& p) const;
    std::string m_dataDir;
    bool m_persist;
    std::vector<format::Profile> m_profiles;
    format::Profile m_guest;
    int m_current = -1;
    std::vector<std::string> m_notices;
};

}  // namespace app
