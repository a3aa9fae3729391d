// The profiles on this machine: list, choose, create, and save the current one after each change.
#pragma once

#include <string>
#include <vector>

#include "format/save_def.h"

namespace app {

/// Owns the loaded profiles and writes them under DATA_DIR/profiles.
class ProfileStore {
public:
    /// Reads every profile in dataDir; notices (e.g. restored from backup) go to notices(). An id
    /// that cannot name a file, or one another profile already has, gets a fresh safe id (with a
    /// notice): every profile is kept and saved only to its own file inside the data folder.
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
    /// Writes the current profile atomically. False on failure: the first failure adds a notice
    /// and the save stays pending until retryFailedSave() gets it through.
    bool save();
    /// Call once a frame: a pending failed save is tried again about every 5 s (300 calls).
    void retryFailedSave();
    /// True while a failed save is waiting to be retried.
    bool isSavePending() const { return m_pending; }
    /// Sentences for the player about save problems (shown once, then cleared by the caller).
    std::vector<std::string>& notices() { return m_notices; }
    /// The settings in effect (the current profile's, or the guest's).
    const format::Settings& settings() const { return current().settings; }
    /// The file the current profile is saved to ("" for the guest).
    std::string currentPath() const;

private:
    std::string freshId(const std::string& base, std::size_t upTo) const;
    void settleIds(const std::vector<std::string>& stems);
    bool write();
    std::string m_dataDir;
    bool m_persist;
    std::vector<format::Profile> m_profiles;
    std::vector<std::string> m_paths;  ///< each profile's own file, inside DATA_DIR/profiles
    format::Profile m_guest;
    int m_current = -1;
    bool m_pending = false;  ///< a save failed and has not yet got through
    int m_retryCountdown = 0;
    std::vector<std::string> m_notices;
};

}  // namespace app
