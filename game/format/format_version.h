// Internal: reads and checks the "format_version" every file starts with.
#pragma once

#include "format/field_reader.h"

namespace format {

/// The newest format of every file kind this build reads.
inline constexpr int kFormatVersion = 1;

/// Reads root.format_version; false (with an error) if it is missing, invalid or too new.
bool readFormatVersion(ObjectReader& root, const rapidjson::Value& rootValue, int& out);

}  // namespace format
