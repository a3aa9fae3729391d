// Checks "format_version": present, first, and not newer than this build understands.
#include "format/json_prelude.h"

#include "format/format_version.h"

namespace format {

bool readFormatVersion(ObjectReader& root, const rapidjson::Value& rootValue, int& out) {
    if (!root.has("format_version")) {
        root.read("format_version", out, Need::Required);
        return false;
    }
    int version = 0;
    Reporter& r = root.reporter();
    root.read("format_version", version, Need::Required);
    if (!rootValue["format_version"].IsInt()) return false;
    if (version > kFormatVersion) {
        r.error("format_version", "this file was written by a newer Attune (format " +
                                      std::to_string(version) + "); this build reads up to " +
                                      std::to_string(kFormatVersion));
        return false;
    }
    if (version < 1) {
        r.error("format_version", "expected 1 or more, found " + std::to_string(version));
        return false;
    }
    const auto first = rootValue.MemberBegin();
    if (std::string_view(first->name.GetString(), first->name.GetStringLength()) != "format_version")
        r.warning("format_version", "should be the first key in the file");
    out = version;
    return true;
}

}  // namespace format
