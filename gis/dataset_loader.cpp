// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/dataset_loader.h"

#include "core/keys.h"
#include "gis/boundary_loader.h"
#include "gis/reader.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>

namespace swingmap::gis {

namespace {
using Clock = std::chrono::steady_clock;
double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

NumberFormat formatOf(const SourceSpec& s) {
    NumberFormat f;
    f.decimal = s.decimal;
    f.missingTokens.insert(f.missingTokens.end(), s.missing.begin(), s.missing.end());
    return f;
}

std::string fileName(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

/// Numbers of a source column moved onto the areas (NaN where the area has no row).
Result<std::vector<double>> aligned(const Table& t, const std::string& col, const KeyJoin& j,
                                    const NumberFormat& fmt) {
    auto values = numericColumn(t, col, fmt);
    if (!values) return values.takeError();
    std::vector<double> out(j.rowOfArea.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < out.size(); ++i)
        if (j.rowOfArea[i] >= 0) out[i] = (*values)[static_cast<std::size_t>(j.rowOfArea[i])];
    return out;
}

Result<KeyJoin> joinSource(const Dataset& d, const Table& t, const SourceSpec& s,
                           const std::string& role) {
    auto keys = t.column(s.key);
    if (!keys)
        return fail(keys.error() + " (the key column of " + role + ", \"key\" in the project)");
    KeyJoin j = joinOnKeys(d.keys, **keys);
    j.report.role = role;
    j.report.path = s.path;
    if (j.report.matched == 0 && t.rowCount() > 0) {
        const std::string ex = j.report.unmatchedKeys.empty() ? "" : j.report.unmatchedKeys[0];
        return fail(s.path + ": none of its " + std::to_string(t.rowCount()) +
                    " keys in column \"" + s.key + "\" matches a boundary key (for example \"" +
                    ex + "\" vs \"" + (d.keys.empty() ? "" : d.keys[0]) +
                    "\"). Check that both \"key\" columns hold the same area codes.");
    }
    return j;
}

Status loadElection(const ElectionSpec& e, Dataset& d, LoadTimings& tm) {
    auto t0 = Clock::now();
    auto table = readTable(e.source);
    tm.tables += since(t0);
    if (!table) return table.takeError();
    t0 = Clock::now();
    auto j = joinSource(d, *table, e.source, "election " + e.label);
    if (!j) return j.takeError();
    const NumberFormat fmt = formatOf(e.source);
    ElectionData ed;
    ed.label = e.label;
    ed.parties = e.parties;
    const std::size_t n = d.areaCount();
    const std::vector<double> none(n, std::numeric_limits<double>::quiet_NaN());
    auto column = [&](const std::string& name, std::vector<double>& out) -> Status {
        if (name.empty()) {
            out = none;
            return Ok{};
        }
        auto v = aligned(*table, name, *j, fmt);
        if (!v) return v.takeError();
        out = std::move(*v);
        return Ok{};
    };
    for (auto [name, out] :
         {std::pair{&e.electorate, &ed.electorate}, {&e.voters, &ed.voters}, {&e.valid, &ed.valid}})
        if (auto s = column(*name, *out); !s) return s;
    for (const auto& p : e.parties) {
        if (table->columnIndex(p) < 0)
            return fail(e.source.path + ": the party \"" + p + "\" of election \"" + e.label +
                        "\" has no column in this file. Check \"parties\" in the project file.");
        ed.votes.emplace_back();
        if (auto s = column(p, ed.votes.back()); !s) return s;
    }
    d.elections.push_back(std::move(ed));
    d.join.sources.push_back(j->report);
    tm.join += since(t0);
    return Ok{};
}

Status loadCensus(const SourceSpec& c, Dataset& d, LoadTimings& tm) {
    auto t0 = Clock::now();
    auto table = readTable(c);
    tm.tables += since(t0);
    if (!table) return table.takeError();
    t0 = Clock::now();
    auto j = joinSource(d, *table, c, "census " + fileName(c.path));
    if (!j) return j.takeError();
    const NumberFormat fmt = formatOf(c);
    for (std::size_t col = 0; col < table->columns.size(); ++col) {
        const std::string& name = table->columns[col];
        if (name == c.key || d.covariateIndex(name) >= 0 || d.categoryIndex(name) >= 0) continue;
        if (!isNumericColumn(*table, col, fmt)) { // names, codes, regions: categorical candidates
            std::vector<std::string> text(d.areaCount());
            for (std::size_t i = 0; i < text.size(); ++i)
                if (j->rowOfArea[i] >= 0)
                    text[i] = table->cells[col][static_cast<std::size_t>(j->rowOfArea[i])];
            d.categoryNames.push_back(name);
            d.categories.push_back(std::move(text));
            continue;
        }
        auto v = aligned(*table, name, *j, fmt);
        if (!v) return v.takeError();
        d.covariateNames.push_back(name);
        d.covariates.push_back(std::move(*v));
    }
    d.join.sources.push_back(j->report);
    tm.join += since(t0);
    return Ok{};
}

void addAttribution(const SourceSpec& s, const std::string& what, Dataset& d) {
    const std::string line = s.attribution.empty() ? what + ": " + fileName(s.path) : s.attribution;
    for (const auto& a : d.attribution)
        if (a == line) return;
    d.attribution.push_back(line);
}

Status attachHouseholds(const Project& p, Dataset& d) {
    if (p.households.empty()) return Ok{};
    const int c = d.covariateIndex(p.households);
    if (c < 0)
        return fail("the households column \"" + p.households +
                    "\" (privacy.households) is not a numeric column of any census table.");
    d.households = d.covariates[static_cast<std::size_t>(c)];
    return Ok{};
}
} // namespace

Result<Dataset> loadDataset(const Project& p, Feedback& fb, LoadTimings& tm) {
    Dataset d;
    d.title = p.title;
    d.synthetic = p.synthetic;
    fb.setProgress(0.05, "Reading boundaries");
    if (auto s = loadBoundaries(p, d, tm); !s) return s.takeError();
    addAttribution(p.boundaries, "Boundaries", d);
    for (std::size_t i = 0; i < p.elections.size(); ++i) {
        if (fb.isCancelled()) return fail("cancelled");
        fb.setProgress(0.3 + 0.1 * static_cast<double>(i),
                       "Reading election " + p.elections[i].label);
        if (auto s = loadElection(p.elections[i], d, tm); !s) return s.takeError();
        addAttribution(p.elections[i].source, "Results " + p.elections[i].label, d);
    }
    for (const auto& c : p.census) {
        if (fb.isCancelled()) return fail("cancelled");
        fb.setProgress(0.5, "Reading census tables");
        if (auto s = loadCensus(c, d, tm); !s) return s.takeError();
        addAttribution(c, "Census", d);
    }
    if (auto s = attachHouseholds(p, d); !s) return s.takeError();
    return d;
}

} // namespace swingmap::gis
