// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes -> parseProject (JSON parse, schema validation, the checks after it).
//
// Checks: no exception escapes and nothing crashes; a failure is one message that names the file
// (and, for text that is not JSON, the line and column); a parsed project has absolute paths, the
// settings the schema allows (separator, decimal, header lines, pad), unique election labels that
// analysis.from / to name, and its source settings can be applied to a key and to the CSV reader.
#include "core/csv.h"
#include "core/keys.h"
#include "core/project.h"
#include "tests/fuzz/fuzz_util.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

using namespace swingmap;
using swingmap::fuzz::contains;
using swingmap::fuzz::startsWith;

namespace {

const std::string kFile = "/fuzz/projects/project.json";

bool special(const std::string& path) {
    return startsWith(path, "/vsi") || startsWith(path, "PG:") || contains(path, "://");
}

void checkSource(const SourceSpec& s) {
    FUZZ_CHECK(!s.path.empty());
    FUZZ_CHECK(s.path[0] == '/' || special(s.path));
    FUZZ_CHECK(s.separator == 0 || s.separator == ',' || s.separator == ';' ||
               s.separator == '\t' || s.separator == '|');
    FUZZ_CHECK(s.decimal == 0 || s.decimal == '.' || s.decimal == ',');
    FUZZ_CHECK(s.headerRows >= 1);
    FUZZ_CHECK(s.pad >= 0);
    // the settings apply to a key without surprises
    const std::string k = adjustKey("07", s.pad, s.unpad);
    FUZZ_CHECK(k.size() >= (s.unpad ? 1u : 2u));
    FUZZ_CHECK(k.size() >= static_cast<std::size_t>(s.pad));
    // and to the CSV reader: a table or a message, whatever the numbers
    CsvOptions o;
    o.encoding = s.encoding;
    o.separator = s.separator;
    o.skipRows = s.skipRows;
    o.headerRows = s.headerRows;
    auto t = parseCsv("\ntitle\n\nk;v\n1;2\n", o, "fuzz.csv");
    if (t) FUZZ_CHECK(t->columns.size() <= 2 && t->rowCount() <= 3);
    if (!t) FUZZ_CHECK(startsWith(t.error(), "fuzz.csv"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > swingmap::fuzz::kMaxInput) return 0;
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto p = parseProject(text, kFile);
    if (!p) {
        FUZZ_CHECK(startsWith(p.error(), kFile + ": "));
        FUZZ_CHECK(p.error().size() > kFile.size() + 10);
        if (!nlohmann::json::accept(text))
            FUZZ_CHECK(contains(p.error(), "not valid JSON at line "));
        return 0;
    }
    FUZZ_CHECK(p->file == kFile);
    checkSource(p->boundaries);
    FUZZ_CHECK(!p->boundaries.key.empty());
    for (const auto& c : p->census)
        checkSource(c);
    for (std::size_t i = 0; i < p->elections.size(); ++i) {
        const ElectionSpec& e = p->elections[i];
        checkSource(e.source);
        FUZZ_CHECK(!e.label.empty());
        FUZZ_CHECK(!e.source.key.empty());
        for (std::size_t j = i + 1; j < p->elections.size(); ++j)
            FUZZ_CHECK(e.label != p->elections[j].label);
        if (e.longFormat) {
            FUZZ_CHECK(!e.longSpec.partyColumn.empty() && !e.longSpec.value.empty());
        } else {
            FUZZ_CHECK(!e.valid.empty() && !e.parties.empty());
        }
    }
    const AnalysisSettings& a = p->analysis;
    for (const std::string* label : {&a.from, &a.to}) {
        if (label->empty()) continue;
        bool found = false;
        for (const auto& e : p->elections)
            found = found || e.label == *label;
        FUZZ_CHECK(found);
    }
    if (!a.to.empty()) FUZZ_CHECK(a.from != a.to);
    // whole numbers arrive as the schema bounds them (not wrapped into an int)
    FUZZ_CHECK(a.spatialWeights.k >= 1);
    FUZZ_CHECK(a.gwr.bandwidth >= 0 && a.gwr.minK >= 0 && a.gwr.maxK >= 0);
    FUZZ_CHECK(a.gwr.searchSample >= 0);
    return 0;
}
