// attune-report: turns a facilitator session file into CSV, HTML and JSON reports.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "format/atomic_write.h"
#include "format/catalog_file.h"
#include "format/json_document.h"
#include "format/level_file.h"
#include "format/paths.h"
#include "format/session_file.h"
#include "format/session_report.h"

namespace {

const char* kHelp =
    "usage: attune-report SESSION [--csv OUT] [--html OUT] [--json OUT] [--catalog DIR] [--levels "
    "DIR]\n"
    "\n"
    "Reads an Attune session file (SESSION.session.json) and writes:\n"
    "  --csv OUT    a row per participant x level x episode (RFC 4180; cells starting with\n"
    "               = + - @ tab or CR get a leading apostrophe so spreadsheets never run them)\n"
    "  --html OUT   a self-contained printable report with inline SVG charts\n"
    "  --json OUT   the group debrief and each participant's numbers\n"
    "OUT may be - for standard output. With no output option, the JSON goes to standard output.\n"
    "\n"
    "options:\n"
    "  --catalog DIR   catalog for need and cue names (default: $ATTUNE_ROOT/assets/catalog)\n"
    "  --levels DIR    levels for titles and discussion prompts (default: $ATTUNE_ROOT/levels)\n"
    "  -h, --help      this text\n"
    "\n"
    "exit status: 0 ok, 1 the session is invalid (problems printed as PATH:LINE:COL: error: ...),\n"
    "             2 usage error, a SESSION that cannot be read, or an OUT that cannot be written\n";

struct Options {
    std::string session, csv, html, json, catalogDir, levelsDir;
};

int usageError(const std::string& message) {
    std::fprintf(stderr, "attune-report: %s\n%s", message.c_str(), kHelp);
    return 2;
}

/// Parses argv; returns -1 to go on, else an exit code.
int parseArgs(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "-h" || a == "--help") {
            std::printf("%s", kHelp);
            return 0;
        }
        std::string* target = a == "--csv"       ? &o.csv
                              : a == "--html"    ? &o.html
                              : a == "--json"    ? &o.json
                              : a == "--catalog" ? &o.catalogDir
                              : a == "--levels"  ? &o.levelsDir
                                                 : nullptr;
        if (target) {
            if (i + 1 >= argc) return usageError(a + " needs a value");
            *target = argv[++i];
        } else if (!a.empty() && a[0] == '-' && a != "-") {
            return usageError("unknown option '" + a + "'");
        } else if (o.session.empty()) {
            o.session = a;
        } else {
            return usageError("only one SESSION file, found another: '" + a + "'");
        }
    }
    if (o.session.empty()) return usageError("no SESSION file given");
    if (o.csv.empty() && o.html.empty() && o.json.empty()) o.json = "-";
    return -1;
}

/// Need, cue and level names when the catalog and levels can be read; ids otherwise.
format::ReportNames loadNames(const format::Session& s, const Options& o) {
    const auto catalog = format::loadCatalog(o.catalogDir);
    if (!catalog.ok()) {
        std::fprintf(stderr, "attune-report: warning: catalog %s not readable; showing ids\n",
                     o.catalogDir.c_str());
        return {};
    }
    std::vector<core::LevelDef> levels;
    for (const std::string& id : s.playlist) {
        const auto level = format::loadLevel(o.levelsDir + "/" + id + ".json", *catalog.value);
        if (level.ok())
            levels.push_back(*level.value);
        else
            std::fprintf(stderr, "attune-report: warning: level %s not found in %s\n", id.c_str(),
                         o.levelsDir.c_str());
    }
    return format::reportNames(*catalog.value, levels);
}

bool writeOut(const std::string& path, const std::string& text) {
    if (path == "-") return std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
    std::string error;
    if (format::writeFileAtomic(path, text, &error)) return true;
    std::fprintf(stderr, "attune-report: cannot write %s: %s\n", path.c_str(), error.c_str());
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    o.catalogDir = format::defaultCatalogDir();
    o.levelsDir = format::dataRoot() + "/levels";
    if (const int code = parseArgs(argc, argv, o); code >= 0) return code;
    std::string bytes;
    std::vector<format::Diagnostic> diagnostics;
    if (!format::readFileBytes(o.session, &bytes, diagnostics)) {
        for (const auto& d : diagnostics)
            std::fprintf(stderr, "%s\n", format::formatDiagnostic(d).c_str());
        return 2;
    }
    const auto loaded = format::parseSession(bytes, o.session);
    for (const auto& d : loaded.diagnostics)
        std::printf("%s\n", format::formatDiagnostic(d).c_str());
    if (!loaded.ok()) {
        std::fprintf(stderr, "attune-report: %s is not a valid session file\n", o.session.c_str());
        return 1;
    }
    const format::Session& s = *loaded.value;
    const format::ReportNames names = loadNames(s, o);
    bool ok = true;
    if (!o.csv.empty()) ok = writeOut(o.csv, format::sessionCsv(s, names)) && ok;
    if (!o.html.empty()) ok = writeOut(o.html, format::sessionReportHtml(s, names)) && ok;
    if (!o.json.empty()) ok = writeOut(o.json, format::sessionReportJson(s, names)) && ok;
    return ok ? 0 : 2;
}
