// Internal: the safety rules of docs/SAFETY-RULES.md that any catalog must keep (fits of seeking
// help, stepping away and waiting; red-flag urgency; unsafe places; watch-first cues).
#pragma once

#include "core/catalog_def.h"
#include "format/field_reader.h"

namespace format {

/// Reports every fit, need or cue that breaks a safety rule. Each reporter is its file's.
void checkCatalogSafety(const core::Catalog& catalog, Reporter& needs, Reporter& cues, Reporter& fits);

}  // namespace format
