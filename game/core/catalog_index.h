// Fast lookups over a Catalog: id → index, and the fit of any response for any need and stage.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/catalog_def.h"

namespace core {

/// Read-only index built once from a catalog. The catalog must outlive it.
class CatalogIndex {
public:
    explicit CatalogIndex(const Catalog& catalog);

    /// The catalog indexed.
    const Catalog& catalog() const { return m_catalog; }
    /// Need index for an id, or -1.
    int needIndex(std::string_view id) const;
    /// Cue index for an id, or -1.
    int cueIndex(std::string_view id) const;
    /// Response index for an id, or -1.
    int responseIndex(std::string_view id) const;
    /// The fit entry for a need and response, or nullptr (a mismatch).
    const FitDef* fitEntry(int need, int response) const;
    /// How a response fits a need at a stage (Mismatch when not listed).
    Fit fitFor(int need, int response, Stage stage) const;
    /// Cue indices that signal a need at a stage, in catalog order.
    const std::vector<int>& cuesFor(int need, Stage stage) const;
    /// The best-fitting response for a need at a stage (highest relief among Best, then
    /// Acceptable), skipping step-away and seek-help unless nothing else fits; -1 if none.
    int bestResponse(int need, Stage stage) const;
    /// First response with this flag set, or -1.
    int stepAwayResponse() const { return m_stepAway; }
    /// The watch-and-wait response, or -1.
    int watchWaitResponse() const { return m_watchWait; }
    /// The check response (reveals), or -1.
    int checkResponse() const { return m_check; }

private:
    const Catalog& m_catalog;
    std::unordered_map<std::string_view, int> m_needs, m_cues, m_responses;
    std::vector<const FitDef*> m_fits;                  // need * responses + response
    std::vector<std::vector<int>> m_cuesByNeedStage;    // need * 3 + stage
    std::vector<int> m_bestByNeedStage;                 // need * 3 + stage
    int computeBestResponse(int need, Stage stage) const;
    int m_stepAway = -1, m_watchWait = -1, m_check = -1;
};

}  // namespace core
