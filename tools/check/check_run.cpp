// Classifies each PATH and runs the matching loader; folders are checked file by file.
#include "check_run.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "format/catalog_file.h"
#include "format/campaign_file.h"
#include "format/file_kind.h"
#include "format/json_writer.h"
#include "format/level_file.h"
#include "format/script_file.h"

namespace check {
namespace fs = std::filesystem;
namespace {

void addFileError(CheckRun& run, const std::string& path, const std::string& message) {
    format::Diagnostic d;
    d.path = path;
    d.message = message;
    run.diagnostics.push_back(d);
}

bool append(CheckRun& run, std::vector<format::Diagnostic> diagnostics) {
    bool ok = !format::hasErrors(diagnostics);
    run.diagnostics.insert(run.diagnostics.end(), diagnostics.begin(), diagnostics.end());
    return ok;
}

void checkCatalogDir(const std::string& dir, CheckRun& run) {
    auto loaded = format::loadCatalog(dir);
    run.files.push_back({dir, "catalog", append(run, loaded.diagnostics)});
}

const core::Catalog* catalog(CheckRun& run) {
    if (!run.catalogTried) {
        run.catalogTried = true;
        auto loaded = format::loadCatalog(run.catalogDir);
        if (!loaded.ok()) {
            run.files.push_back({run.catalogDir, "catalog", append(run, loaded.diagnostics)});
            addFileError(run, run.catalogDir, "the catalog has errors, so levels and scripts cannot be checked");
        } else {
            append(run, loaded.diagnostics);
            run.catalog = std::move(loaded.value);
        }
    }
    return run.catalog ? &*run.catalog : nullptr;
}

bool readText(const std::string& path, std::string* text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    *text = buffer.str();
    return !in.bad();
}

// The campaign index: it parses, and every level it lists exists beside it, listed once.
std::vector<format::Diagnostic> checkCampaign(const std::string& path, const std::string& text) {
    auto loaded = format::parseCampaign(text, path);
    if (!loaded.value) return loaded.diagnostics;
    std::set<std::string> seen;
    const fs::path dir = fs::path(path).parent_path();
    for (std::size_t c = 0; c < loaded.value->chapters.size(); ++c) {
        const format::ChapterDef& chapter = loaded.value->chapters[c];
        for (std::size_t l = 0; l < chapter.levels.size(); ++l) {
            const std::string& id = chapter.levels[l];
            format::Diagnostic d;
            d.path = path;
            d.field = "chapters[" + std::to_string(c) + "].levels[" + std::to_string(l) + "]";
            if (!seen.insert(id).second)
                d.message = "level '" + id + "' is listed more than once";
            else if (!fs::exists(dir / (id + ".json")))
                d.message = "no level file '" + id + ".json' next to the index";
            else
                continue;
            loaded.diagnostics.push_back(d);
        }
    }
    return loaded.diagnostics;
}

void checkFile(const std::string& path, bool inFolder, CheckRun& run) {
    std::string text;
    if (!readText(path, &text)) {
        run.unreadable = true;
        addFileError(run, path, "cannot read the file");
        return;
    }
    const std::string name = fs::path(path).filename().string();
    const format::FileKind kind = format::sniffFileKind(name, text);
    if (kind == format::FileKind::CatalogFile) {
        checkCatalogDir(fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string(), run);
        return;
    }
    if (kind == format::FileKind::Campaign) {
        run.files.push_back({path, "campaign", append(run, checkCampaign(path, text))});
        return;
    }
    if (kind == format::FileKind::Other && inFolder) {
        run.files.push_back({path, "skipped", true});
        return;
    }
    const core::Catalog* cat = catalog(run);
    if (!cat) {
        run.files.push_back({path, "level", false});
        return;
    }
    if (kind == format::FileKind::Script)
        run.files.push_back({path, "script", append(run, format::parseScript(text, path, *cat).diagnostics)});
    else
        run.files.push_back({path, "level", append(run, format::parseLevel(text, path, *cat).diagnostics)});
}

void checkFolder(const std::string& dir, CheckRun& run) {
    if (fs::exists(fs::path(dir) / "sources.json")) {
        checkCatalogDir(dir, run);
        return;
    }
    std::vector<std::string> paths;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().extension() == ".json") paths.push_back(entry.path().string());
    if (ec) {
        run.unreadable = true;
        addFileError(run, dir, "cannot list the folder");
        return;
    }
    std::sort(paths.begin(), paths.end());
    for (const std::string& p : paths) checkFile(p, true, run);
}

}  // namespace

void checkPath(const std::string& path, CheckRun& run) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        checkFolder(path, run);
    } else if (fs::exists(path, ec)) {
        checkFile(path, false, run);
    } else {
        run.unreadable = true;
        addFileError(run, path, "no such file or folder");
    }
}

int exitCode(const CheckRun& run) {
    if (run.unreadable) return 2;
    if (format::hasErrors(run.diagnostics)) return 1;
    for (const CheckedFile& f : run.files)
        if (!f.ok) return 1;
    return 0;
}

std::string runToJson(const CheckRun& run) {
    format::JsonWriter w;
    w.beginObject();
    w.value("ok", exitCode(run) == 0);
    w.value("exit_code", exitCode(run));
    w.beginArray("files");
    for (const CheckedFile& f : run.files) {
        w.beginObject();
        w.value("path", f.path);
        w.value("kind", f.kind);
        w.value("ok", f.ok);
        w.endObject();
    }
    w.endArray();
    w.beginArray("diagnostics");
    for (const format::Diagnostic& d : run.diagnostics) {
        w.beginObject();
        w.value("path", d.path);
        w.value("line", d.line);
        w.value("column", d.column);
        w.value("severity", d.severity == format::Diagnostic::Severity::Error ? "error" : "warning");
        w.value("field", d.field);
        w.value("message", d.message);
        w.value("text", format::formatDiagnostic(d));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

}  // namespace check
