// levels/index.json → format::CampaignDef, read field by field with paths in every error.
#include "format/json_prelude.h"

#include "format/campaign_file.h"

#include "format/field_reader.h"
#include "format/format_version.h"
#include "format/json_document.h"

namespace format {

Loaded<CampaignDef> parseCampaign(std::string_view text, std::string_view displayPath) {
    Loaded<CampaignDef> result;
    const std::string path(displayPath);
    try {
        std::unique_ptr<JsonDocument> doc = parseJson(text, path, result.diagnostics);
        if (!doc) return result;
        Reporter r(path, doc->map.get(), result.diagnostics);
        ObjectReader root(r, doc->dom, "");
        CampaignDef c;
        if (!readFormatVersion(root, doc->dom, c.formatVersion)) return result;
        root.readObjects("chapters", Need::Required, [&](ObjectReader& o) {
            ChapterDef ch;
            o.read("id", ch.id, Need::Required);
            o.read("title", ch.title, Need::Required);
            o.readList("levels", ch.levels, Need::Required);
            c.chapters.push_back(std::move(ch));
        });
        root.finish();
        if (!r.failed()) result.value = std::move(c);
    } catch (...) {
        Diagnostic d;
        d.path = path;
        d.message = "internal error while reading the campaign index; please report it";
        result.diagnostics.push_back(d);
        result.value.reset();
    }
    return result;
}

Loaded<CampaignDef> loadCampaign(const std::string& path) {
    Loaded<CampaignDef> result;
    std::string bytes;
    if (!readFileBytes(path, &bytes, result.diagnostics)) return result;
    return parseCampaign(bytes, path);
}

}  // namespace format
