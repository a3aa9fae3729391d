// The bots' ranking check in a background thread.
#include "editor/bot_check.h"

#include <memory>

#include "core/runner.h"

namespace editor {

std::string BotScores::summary() const {
    const auto n = [](double x) { return std::to_string(static_cast<int>(x + 0.5)); };
    return "sensitive " + n(sensitive) + ", slow " + n(slow) + ", neglect " + n(neglect);
}

BotCheck::~BotCheck() {
    cancel();
    wait();
}

void BotCheck::wait() {
    if (m_thread.joinable()) m_thread.join();
}

void BotCheck::start(const core::Catalog& catalog, const core::LevelDef& level, std::uint64_t revision,
                     int runsPerBot) {
    wait();  // a finished thread still has to be joined
    m_cancel.store(false);
    m_running.store(true);
    auto cat = std::make_shared<core::Catalog>(catalog);
    auto lvl = std::make_shared<core::LevelDef>(level);
    m_thread = std::thread([this, cat, lvl, revision, runsPerBot] {
        BotScores scores;
        scores.revision = revision;
        scores.runs = runsPerBot;
        double* slots[3] = {&scores.sensitive, &scores.slow, &scores.neglect};
        const char* policies[3] = {"sensitive", "slow", "neglect"};
        for (int p = 0; p < 3 && !m_cancel.load(); ++p) {
            double sum = 0.0;
            for (int run = 0; run < runsPerBot && !m_cancel.load(); ++run) {
                core::RunOptions options;
                options.policy = policies[p];
                options.seed = static_cast<std::uint64_t>(run + 1);
                sum += core::runLevel(*cat, *lvl, options).score.score;
            }
            *slots[p] = sum / runsPerBot;
        }
        if (!m_cancel.load()) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_latest = scores;
        }
        m_running.store(false);
    });
}

std::optional<BotScores> BotCheck::latest() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_latest;
}

}  // namespace editor
