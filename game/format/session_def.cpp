// Turn order and participant labels for a facilitator session.
#include "format/session_def.h"

#include <algorithm>

namespace format {

int participantCount(const Session& s) {
    return s.participants.empty() ? 1 : static_cast<int>(s.participants.size());
}

std::string participantLabel(const Session& s, int participant) {
    const auto i = static_cast<std::size_t>(participant);
    if (participant >= 0 && i < s.participants.size() && !s.participants[i].empty())
        return s.participants[i];
    if (s.participants.empty() && s.mode == SessionMode::Group) return "The group";
    return std::string(s.mode == SessionMode::Group ? "Team " : "Participant ") +
           std::to_string(participant + 1);
}

bool hasRun(const Session& s, int participant, const std::string& level) {
    for (const SessionRun& r : s.runs)
        if (r.participant == participant && r.level == level) return true;
    return false;
}

double turnLengthS(const Session& s, double levelDurationS) {
    return s.turnLimitS > 0 ? std::min(s.turnLimitS, levelDurationS) : levelDurationS;
}

SessionTurn nextTurn(const Session& s) {
    const int people = participantCount(s);
    for (std::size_t l = 0; l < s.playlist.size(); ++l)
        for (int p = 0; p < people; ++p)
            if (!hasRun(s, p, s.playlist[l])) return {p, static_cast<int>(l), false};
    return {0, static_cast<int>(s.playlist.size()), true};
}

}  // namespace format
