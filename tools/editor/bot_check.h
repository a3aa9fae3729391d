// The bots' ranking check: sensitive must beat slow and neglect. Runs the same code as attune-sim
// (core::runLevel) on a copy of the level in a background thread, so the editor never blocks.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/catalog_def.h"
#include "core/level_def.h"

namespace editor {

/// Mean scores (0..100) of each bot over a few seeds, for one revision of the document.
struct BotScores {
    double sensitive = 0.0, slow = 0.0, neglect = 0.0;
    int runs = 0;                 ///< runs per bot
    std::uint64_t revision = 0;   ///< the document revision they were computed for

    /// True when the sensitive bot beats both the slow and the neglecting bot.
    bool ranksCorrectly() const { return sensitive > slow && sensitive > neglect; }
    /// "sensitive 82, slow 61, neglect 9".
    std::string summary() const;
};

/// One background job at a time; start() only when !isRunning().
class BotCheck {
public:
    BotCheck() = default;
    ~BotCheck();
    BotCheck(const BotCheck&) = delete;
    BotCheck& operator=(const BotCheck&) = delete;

    /// Starts scoring a copy of level with each bot, runsPerBot seeds each.
    void start(const core::Catalog& catalog, const core::LevelDef& level, std::uint64_t revision,
               int runsPerBot = 3);
    /// True while a job is running.
    bool isRunning() const { return m_running.load(); }
    /// Asks the running job to stop after its current run.
    void cancel() { m_cancel.store(true); }
    /// The last finished result, if any.
    std::optional<BotScores> latest() const;
    /// Blocks until the running job ends (tests).
    void wait();

private:
    std::thread m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_cancel{false};
    mutable std::mutex m_mutex;
    std::optional<BotScores> m_latest;
};

}  // namespace editor
