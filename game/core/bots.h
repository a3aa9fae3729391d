// Bot caregivers that play levels headless: the tests' and benchmarks' stand-ins for players.
#pragma once

#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "core/actions.h"
#include "core/catalog_index.h"
#include "core/observation.h"
#include "core/rng.h"

namespace core {

/// How a bot behaves. Data names: "sensitive", "slow", "random", "neglect", "intrusive".
enum class Policy : std::uint8_t { Sensitive, Slow, Random, Neglect, Intrusive };
inline constexpr std::array<std::string_view, 5> kPolicyNames{"sensitive", "slow", "random",
                                                              "neglect", "intrusive"};

/// The policy with this name, or nullopt.
inline std::optional<Policy> policyFromName(std::string_view name) {
    return enumFromName<Policy>(name, kPolicyNames);
}

/// A bot: sees only what a player sees (the Observation) and the catalog a player could learn.
class Bot {
public:
    Bot(Policy policy, const CatalogIndex& index, std::uint64_t seed);
    /// The input for this step. `canRespond` tells whether a response is available now.
    template <typename CanRespond>
    StepInput decide(const Observation& obs, CanRespond&& canRespond) {
        StepInput in;
        const int r = choose(obs);
        if (r >= 0 && canRespond(r)) {
            in.respond = r;
            m_nextActS = obs.timeS + m_rng.range(m_minGapS, m_maxGapS);
        }
        return in;
    }

private:
    int choose(const Observation& obs);
    int chooseReading(const Observation& obs, bool lateOnly);
    int chooseStimulating(const Observation& obs);
    int needOf(const VisibleCue& v);

    Policy m_policy;
    const CatalogIndex& m_index;
    Rng m_rng;
    double m_nextActS = 0.0;
    double m_minGapS = 1.0, m_maxGapS = 3.0;
    std::set<int> m_checked;                  ///< episodes already checked
    std::set<std::pair<int, int>> m_waited;   ///< (episode, stage) already watched
};

}  // namespace core
