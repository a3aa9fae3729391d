// Looks at a file's name and top-level keys to decide which loader should check it.
#include "format/json_prelude.h"

#include "format/file_kind.h"

#include <vector>

#include "format/catalog_file.h"
#include "format/json_document.h"

namespace format {

FileKind sniffFileKind(std::string_view fileName, std::string_view text) {
    CatalogFile catalogFile;
    if (catalogFileFromName(fileName, &catalogFile)) return FileKind::CatalogFile;
    try {
        std::vector<Diagnostic> ignored;
        std::unique_ptr<JsonDocument> doc = parseJson(text, std::string(fileName), ignored);
        if (!doc) return FileKind::Level;
        const rapidjson::Value& root = doc->dom;
        for (const char* key : {"episodes", "baby", "duration_s"})
            if (root.HasMember(key)) return FileKind::Level;
        if (root.HasMember("actions")) return FileKind::Script;
        if (root.HasMember("chapters")) return FileKind::Campaign;
        return FileKind::Other;
    } catch (...) {
        return FileKind::Level;
    }
}

}  // namespace format
