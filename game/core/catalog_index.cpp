// Builds the id maps and the need × response fit table once, so the simulation never searches.
#include "core/catalog_index.h"

namespace core {
namespace {

template <typename Def>
void indexIds(const std::vector<Def>& defs, std::unordered_map<std::string_view, int>& out) {
    for (std::size_t i = 0; i < defs.size(); ++i) out.emplace(defs[i].id, static_cast<int>(i));
}

int lookup(const std::unordered_map<std::string_view, int>& map, std::string_view id) {
    auto it = map.find(id);
    return it == map.end() ? -1 : it->second;
}

Fit fitAtStage(const FitDef& f, Stage s) {
    return s == Stage::Early ? f.early : s == Stage::Active ? f.active : f.late;
}

}  // namespace

CatalogIndex::CatalogIndex(const Catalog& catalog) : m_catalog(catalog) {
    indexIds(catalog.needs, m_needs);
    indexIds(catalog.cues, m_cues);
    indexIds(catalog.responses, m_responses);
    const std::size_t nNeeds = catalog.needs.size(), nResp = catalog.responses.size();
    m_fits.assign(nNeeds * nResp, nullptr);
    for (const FitDef& f : catalog.fits) {
        int n = needIndex(f.need), r = responseIndex(f.response);
        if (n >= 0 && r >= 0) m_fits[static_cast<std::size_t>(n) * nResp + r] = &f;
    }
    m_cuesByNeedStage.assign(nNeeds * 3, {});
    for (std::size_t c = 0; c < catalog.cues.size(); ++c) {
        for (const std::string& needId : catalog.cues[c].needs) {
            int n = needIndex(needId);
            if (n < 0) continue;
            m_cuesByNeedStage[static_cast<std::size_t>(n) * 3 +
                              static_cast<std::size_t>(catalog.cues[c].stage)]
                .push_back(static_cast<int>(c));
        }
    }
    for (std::size_t r = 0; r < nResp; ++r) {
        const ResponseDef& def = catalog.responses[r];
        if (def.stepAway && m_stepAway < 0) m_stepAway = static_cast<int>(r);
        if (def.reveals && m_check < 0) m_check = static_cast<int>(r);
        if (def.id == "watch_wait" && m_watchWait < 0) m_watchWait = static_cast<int>(r);
    }
    for (std::size_t n = 0; n < nNeeds; ++n)
        for (int s = 0; s < 3; ++s)
            m_bestByNeedStage.push_back(computeBestResponse(static_cast<int>(n), static_cast<Stage>(s)));
}

int CatalogIndex::needIndex(std::string_view id) const { return lookup(m_needs, id); }
int CatalogIndex::cueIndex(std::string_view id) const { return lookup(m_cues, id); }
int CatalogIndex::responseIndex(std::string_view id) const { return lookup(m_responses, id); }

const FitDef* CatalogIndex::fitEntry(int need, int response) const {
    if (need < 0 || response < 0) return nullptr;
    return m_fits[static_cast<std::size_t>(need) * m_catalog.responses.size() +
                  static_cast<std::size_t>(response)];
}

Fit CatalogIndex::fitFor(int need, int response, Stage stage) const {
    const FitDef* f = fitEntry(need, response);
    return f ? fitAtStage(*f, stage) : Fit::Mismatch;
}

const std::vector<int>& CatalogIndex::cuesFor(int need, Stage stage) const {
    static const std::vector<int> kNone;
    if (need < 0) return kNone;
    return m_cuesByNeedStage[static_cast<std::size_t>(need) * 3 + static_cast<std::size_t>(stage)];
}

int CatalogIndex::bestResponse(int need, Stage stage) const {
    if (need < 0 || need >= static_cast<int>(m_catalog.needs.size())) return -1;
    return m_bestByNeedStage[static_cast<std::size_t>(need) * 3 + static_cast<std::size_t>(stage)];
}

int CatalogIndex::computeBestResponse(int need, Stage stage) const {
    int best = -1, fallback = -1;
    float bestScore = -1.0f, fallbackScore = -1.0f;
    for (std::size_t r = 0; r < m_catalog.responses.size(); ++r) {
        const FitDef* f = fitEntry(need, static_cast<int>(r));
        if (!f) continue;
        Fit fit = fitAtStage(*f, stage);
        if (fit != Fit::Best && fit != Fit::Acceptable) continue;
        float score = (fit == Fit::Best ? 10.0f : 0.0f) + f->relief;
        const ResponseDef& def = m_catalog.responses[r];
        bool special = def.stepAway || def.seeksHelp;
        if (def.seeksHelp && fit == Fit::Best) special = false;  // the right answer to a red flag
        float& slotScore = special ? fallbackScore : bestScore;
        int& slot = special ? fallback : best;
        if (score > slotScore) {
            slotScore = score;
            slot = static_cast<int>(r);
        }
    }
    return best >= 0 ? best : fallback;
}

}  // namespace core
