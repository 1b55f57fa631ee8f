// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/dataset_loader.h"

#include "core/joincheck.h"
#include "core/keys.h"
#include "core/longtable.h"
#include "gis/boundary_loader.h"
#include "gis/ogr_common.h"
#include "gis/reader.h"
#include "gis/reconcile.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>

namespace swingmap::gis {

namespace {
using Clock = std::chrono::steady_clock;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// The file's name for messages and outputs; a database connection string without its password.
std::string fileName(const std::string& path) {
    std::string shown = displayPath(path);
    if (shown != path || path.rfind("PG:", 0) == 0) return shown;
    return std::filesystem::path(path).filename().string();
}

/// The source's number format: the declared decimal mark, else the one the table's cells use.
NumberFormat formatOf(const SourceSpec& s, const Table& t) {
    NumberFormat f;
    f.decimal = s.decimal ? s.decimal : detectDecimal(t);
    f.missingTokens.insert(f.missingTokens.end(), s.missing.begin(), s.missing.end());
    return f;
}

/// Names to compare other sources' names with: the boundaries', else the first table's.
struct NameReference {
    std::vector<std::string> names;
    bool set = false;
};

/// A table joined onto the boundary features.
struct Joined {
    Table table;
    std::vector<std::string> keys; ///< normalised and adjusted, one per row
    KeyJoin join;
    NumberFormat fmt;
};

std::string separatorText(char c) {
    if (c == 0) return {};
    return c == '\t' ? "tab" : std::string(1, c);
}

Result<Table> applyRowFilter(Table t, const SourceSpec& s) {
    if (s.rows.empty()) return t;
    auto keep = matchRows(t, s.rows, "rows");
    if (!keep) return keep.takeError();
    Table out = t.subset(*keep);
    if (out.rowCount() == 0 && t.rowCount() > 0)
        return fail(s.path + ": no row matches the \"rows\" filter. Check its columns and values "
                             "against the file.");
    return out;
}

/// Numbers of one column per row, NaN where a cell is not a number (for the total-row test).
std::vector<double> lenientNumbers(const Table& t, int column, const NumberFormat& fmt) {
    std::vector<double> v(t.rowCount(), kNaN);
    if (column < 0) return v;
    for (std::size_t r = 0; r < v.size(); ++r)
        if (!parseNumber(t.cells[static_cast<std::size_t>(column)][r], fmt, v[r])) v[r] = kNaN;
    return v;
}

/// Keys, total rows, duplicates, the join itself, the padding hint and the name check.
Result<Joined> joinTable(Dataset& d, Table table, const SourceSpec& s, const std::string& role,
                         const NumberFormat& fmt, int countColumn, NameReference& ref) {
    Joined j;
    j.fmt = fmt;
    auto keyCol = table.column(s.key);
    if (!keyCol)
        return fail(keyCol.error() + " (the key column of " + role + ", \"key\" in the project)");
    for (const auto& k : **keyCol)
        j.keys.push_back(adjustKey(normaliseKey(k), s.pad, s.unpad));
    if (!s.name.empty())
        if (auto n = table.column(s.name); !n)
            return fail(n.error() + " (the area-name column of " + role +
                        ", \"name\" in the project)");
    const KeyIndex areas(d.keys); // hashed once for the three steps below
    // rows that look like totals leave the table before the join
    const TotalScan totals =
        findTotalRows(table, j.keys, areas, lenientNumbers(table, countColumn, fmt), s.name, role);
    std::size_t totalCount = 0;
    for (char t : totals.isTotal)
        totalCount += t != 0;
    if (totalCount > 0) {
        std::vector<char> keep(totals.isTotal.size());
        std::vector<std::string> keys;
        for (std::size_t r = 0; r < keep.size(); ++r) {
            keep[r] = static_cast<char>(!totals.isTotal[r]);
            if (keep[r]) keys.push_back(j.keys[r]);
        }
        table = table.subset(keep);
        j.keys = std::move(keys);
        d.join.totalRows.insert(d.join.totalRows.end(), totals.rows.begin(), totals.rows.end());
    }
    if (s.sumDuplicates) table = sumDuplicateRows(table, j.keys, fmt);
    j.join = joinOnKeys(areas, j.keys);
    SourceJoin& r = j.join.report;
    r.role = role;
    r.path = displayPath(s.path); // never a database password in report.json
    r.encoding = table.encoding;
    r.separator = separatorText(table.separator);
    r.decimal = std::string(1, fmt.decimal);
    r.footnoteLines = table.footnoteLines;
    r.totalRows = totalCount;
    PaddingHint hint = paddingHint(areas, j.keys);
    if (hint.count > 0) {
        hint.source = role;
        d.join.paddingHints.push_back(hint);
    }
    if (r.matched == 0 && table.rowCount() > 0) {
        const std::string ex = r.unmatchedKeys.empty() ? "" : r.unmatchedKeys[0];
        std::string msg = s.path + ": none of its " + std::to_string(table.rowCount()) +
                          " keys in column \"" + s.key +
                          "\" matches a boundary key (for example \"" + ex + "\" vs \"" +
                          (d.keys.empty() ? "" : d.keys[0]) + "\").";
        if (hint.count > 0)
            return fail(msg + " " + std::to_string(hint.count) +
                        " of them would match after zero-padding or unpadding (\"" +
                        hint.sourceKey + "\" = \"" + hint.boundaryKey + "\"): add " + hint.fix +
                        " to this source in the project file.");
        return fail(msg + " Check that both \"key\" columns hold the same area codes.");
    }
    j.table = std::move(table);
    if (!s.name.empty()) {
        const auto& col = **j.table.column(s.name);
        std::vector<std::string> names(d.areaCount());
        for (std::size_t i = 0; i < names.size(); ++i)
            if (j.join.rowOfArea[i] >= 0)
                names[i] = col[static_cast<std::size_t>(j.join.rowOfArea[i])];
        if (ref.set) {
            compareNames(d.keys, ref.names, names, role, d.join);
        } else {
            ref.names = std::move(names);
            ref.set = true;
        }
    }
    return j;
}

/// Numbers of a source column moved onto the areas (NaN where the area has no row).
Result<std::vector<double>> aligned(const Joined& j, const std::string& col) {
    auto values = numericColumn(j.table, col, j.fmt);
    if (!values) return values.takeError();
    std::vector<double> out(j.join.rowOfArea.size(), kNaN);
    for (std::size_t i = 0; i < out.size(); ++i)
        if (j.join.rowOfArea[i] >= 0)
            out[i] = (*values)[static_cast<std::size_t>(j.join.rowOfArea[i])];
    return out;
}

/// The wide table of an election, its party columns and figure columns.
struct ElectionTable {
    Table table;
    std::vector<std::string> parties;
    std::string electorate, voters, valid;
    NumberFormat fmt;
};

Result<ElectionTable> electionTable(const ElectionSpec& e, Table raw) {
    ElectionTable et;
    const NumberFormat sourceFmt = formatOf(e.source, raw);
    if (!e.longFormat) {
        for (const auto& p : e.parties)
            if (raw.columnIndex(p) < 0)
                return fail(e.source.path + ": the party \"" + p + "\" of election \"" + e.label +
                            "\" has no column in this file. Check \"parties\" in the project "
                            "file.");
        et.table = std::move(raw);
        et.parties = e.parties;
        et.electorate = e.electorate;
        et.voters = e.voters;
        et.valid = e.valid;
        et.fmt = sourceFmt;
        return et;
    }
    auto pivot = pivotLong(raw, e.source, e.longSpec, sourceFmt, e.label);
    if (!pivot) return pivot.takeError();
    et.table = std::move(pivot->table);
    et.parties = std::move(pivot->parties);
    et.electorate = e.longSpec.hasElectorate ? kElectorateColumn : "";
    et.voters = e.longSpec.hasVoters ? kVotersColumn : "";
    et.valid = kValidColumn;
    et.fmt = NumberFormat{}; // the pivot writes plain numbers
    return et;
}

/// The source as the reconciled table is joined: on the boundaries' own (already padded) keys
/// when its counts were moved from other geometry.
SourceSpec joinedSpec(const SourceSpec& s, const ReconcileSpec& r) {
    SourceSpec j = s;
    if (!r.moves()) return j;
    j.pad = 0;
    j.unpad = false;
    j.name.clear();
    j.sumDuplicates = false;
    return j;
}

Status reconcileElection(const ElectionSpec& e, const Project& p, Dataset& d, ElectionTable& et,
                         LoadTimings& tm) {
    const auto t0 = Clock::now();
    ReconcileInput in;
    in.project = &p;
    in.spec = &e.reconcile;
    in.source = &e.source;
    in.role = "election " + e.label;
    in.label = e.label;
    in.election = true;
    ReconcileColumns cols;
    cols.counts.push_back(et.valid); // the basis of estimated_share
    for (const std::string* c : {&et.electorate, &et.voters})
        if (!c->empty()) cols.counts.push_back(*c);
    for (const auto& party : et.parties)
        if (std::find(cols.counts.begin(), cols.counts.end(), party) == cols.counts.end())
            cols.counts.push_back(party);
    cols.electorate = et.electorate;
    cols.voters = et.voters;
    cols.valid = et.valid;
    auto t = reconcileTable(d, in, et.table, et.fmt, cols);
    if (!t) return t.takeError();
    et.table = std::move(*t);
    tm.reconcile += since(t0);
    return Ok{};
}

Status loadElection(const ElectionSpec& e, const Project& p, Dataset& d, LoadTimings& tm,
                    NameReference& ref) {
    auto t0 = Clock::now();
    auto raw = readTable(e.source);
    tm.tables += since(t0);
    if (!raw) return raw.takeError();
    t0 = Clock::now();
    auto filtered = applyRowFilter(std::move(*raw), e.source);
    if (!filtered) return filtered.takeError();
    auto et = electionTable(e, std::move(*filtered));
    if (!et) return et.takeError();
    const std::string role = "election " + e.label;
    const double before = tm.reconcile;
    if (e.reconcile.enabled)
        if (auto st = reconcileElection(e, p, d, *et, tm); !st) return st;
    const double reconcileSeconds = tm.reconcile - before;
    const int validColumn = et->table.columnIndex(et->valid);
    auto j = joinTable(d, std::move(et->table), joinedSpec(e.source, e.reconcile), role, et->fmt,
                       validColumn, ref);
    if (!j) return j.takeError();
    auto mapped = mapParties(et->parties, e.mapping, "election \"" + e.label + "\"");
    if (!mapped) return fail(e.source.path + ": " + mapped.error());
    ElectionData ed;
    ed.label = e.label;
    const std::size_t n = d.areaCount();
    auto column = [&](const std::string& name, std::vector<double>& out) -> Status {
        if (name.empty()) {
            out.assign(n, kNaN);
            return Ok{};
        }
        auto v = aligned(*j, name);
        if (!v) return v.takeError();
        out = std::move(*v);
        return Ok{};
    };
    for (auto [name, out] : {std::pair{&et->electorate, &ed.electorate},
                             {&et->voters, &ed.voters},
                             {&et->valid, &ed.valid}})
        if (auto s = column(*name, *out); !s) return s;
    std::map<std::string, std::vector<double>> partyVotes;
    for (const auto& party : et->parties)
        if (auto s = column(party, partyVotes[party]); !s) return s;
    for (std::size_t k = 0; k < mapped->names.size(); ++k) {
        std::vector<const std::vector<double>*> cols;
        for (const auto& src : mapped->sources[k])
            cols.push_back(&partyVotes[src]);
        ed.parties.push_back(mapped->names[k]);
        ed.votes.push_back(cols.empty() ? std::vector<double>(n, 0.0) : sumParties(cols));
        if (!cols.empty()) // an area without a row stays unknown
            for (std::size_t i = 0; i < n; ++i)
                if (j->join.rowOfArea[i] < 0) ed.votes.back()[i] = kNaN;
    }
    std::vector<char> hasRow(n);
    for (std::size_t i = 0; i < n; ++i)
        hasRow[i] = static_cast<char>(j->join.rowOfArea[i] >= 0);
    auto checks = checkElectionRows(ed, d.keys, hasRow, role);
    d.join.rowChecks.insert(d.join.rowChecks.end(), checks.begin(), checks.end());
    d.elections.push_back(std::move(ed));
    d.join.sources.push_back(j->join.report);
    tm.join += since(t0) - reconcileSeconds;
    return Ok{};
}

/// Cells of a column: numbers (also with a decimal comma the format does not expect), text, and
/// missing-value tokens.
struct CellCount {
    std::size_t numbers = 0, text = 0;
};

CellCount countCells(const Table& t, std::size_t column, const NumberFormat& fmt) {
    CellCount n;
    NumberFormat comma = fmt;
    comma.decimal = ',';
    for (const auto& cell : t.cells[column]) {
        double v = 0;
        if (parseNumber(cell, fmt, v)) {
            if (!std::isnan(v)) ++n.numbers;
        } else if (parseNumber(cell, comma, v)) {
            ++n.numbers;
        } else {
            ++n.text;
        }
    }
    return n;
}

/// A census table on other areas: only its counts (and rates of two counts) can be moved.
Status reconcileCensus(const SourceSpec& c, const ReconcileSpec& r, const Project& p, Dataset& d,
                       Table& table, const NumberFormat& fmt, LoadTimings& tm) {
    const auto t0 = Clock::now();
    const std::string role = "census " + fileName(c.path);
    for (const auto& cov : p.analysis.covariates) {
        if (table.columnIndex(cov) < 0) continue;
        const bool isCount = std::find(r.counts.begin(), r.counts.end(), cov) != r.counts.end();
        bool isRate = false;
        for (const auto& rate : r.rates)
            isRate = isRate || rate.first == cov;
        if (isCount || isRate) continue;
        std::string msg = table.source;
        msg += ", column \"" + cov;
        msg += "\": this census table is on other areas (reconcile) and only counts can be moved "
               "onto the boundaries. If \"";
        msg += cov;
        msg += "\" is a count, add it to reconcile.counts; if it is a rate or a mean, give it as "
               "numerator and denominator counts in reconcile.rates, e.g. \"rates\": {\"";
        msg += cov;
        msg += "\": [\"NUMERATOR\", \"DENOMINATOR\"]}.";
        return fail(msg);
    }
    ReconcileInput in;
    in.project = &p;
    in.spec = &r;
    in.source = &c;
    in.role = role;
    in.label = std::filesystem::path(c.path).stem().string();
    ReconcileColumns cols;
    cols.counts = r.counts;
    auto t = reconcileTable(d, in, table, fmt, cols);
    if (!t) return t.takeError();
    table = std::move(*t);
    tm.reconcile += since(t0);
    return Ok{};
}

Status loadCensus(const SourceSpec& c0, const ReconcileSpec& rec, const Project& p, Dataset& d,
                  LoadTimings& tm, NameReference& ref) {
    const std::vector<std::string>& covariates = p.analysis.covariates;
    const SourceSpec c = joinedSpec(c0, rec);
    auto t0 = Clock::now();
    auto raw = readTable(c);
    tm.tables += since(t0);
    if (!raw) return raw.takeError();
    t0 = Clock::now();
    auto table = applyRowFilter(std::move(*raw), c);
    if (!table) return table.takeError();
    const NumberFormat fmt = formatOf(c, *table);
    const double before = tm.reconcile;
    if (rec.enabled)
        if (auto st = reconcileCensus(c0, rec, p, d, *table, fmt, tm); !st) return st;
    const double reconcileSeconds = tm.reconcile - before;
    int countColumn = -1; // the first numeric column measures the row's size (total rows)
    for (std::size_t col = 0; col < table->columns.size() && countColumn < 0; ++col)
        if (table->columns[col] != c.key && table->columns[col] != c.name &&
            isNumericColumn(*table, col, fmt))
            countColumn = static_cast<int>(col);
    const std::string role = "census " + fileName(c.path);
    auto j = joinTable(d, std::move(*table), c, role, fmt, countColumn, ref);
    if (!j) return j.takeError();
    const Table& t = j->table;
    for (std::size_t col = 0; col < t.columns.size(); ++col) {
        const std::string& name = t.columns[col];
        if (name == c.key || name == c.name || d.covariateIndex(name) >= 0 ||
            d.categoryIndex(name) >= 0)
            continue;
        const bool used = std::find(covariates.begin(), covariates.end(), name) != covariates.end();
        const CellCount cells = used ? countCells(t, col, fmt) : CellCount{};
        if (used && cells.numbers == 0 && cells.text == 0) {
            std::string msg = t.source;
            msg += ", column \"" + name;
            msg += "\": every cell is empty or a missing-value token, so no area has a value. "
                   "Fill the column, or remove \"";
            msg += name + "\" from \"analysis.covariates\".";
            return fail(msg);
        }
        // a covariate of numbers with a few text cells (or decimal commas) is an error naming
        // the cell (numericColumn below), not silently a categorical one
        const bool mostlyNumbers = used && cells.numbers >= 2 && cells.text * 10 <= cells.numbers;
        if (!mostlyNumbers && !isNumericColumn(t, col, fmt)) { // names, codes, regions: categorical
            std::vector<std::string> text(d.areaCount());
            for (std::size_t i = 0; i < text.size(); ++i)
                if (j->join.rowOfArea[i] >= 0)
                    text[i] = t.cells[col][static_cast<std::size_t>(j->join.rowOfArea[i])];
            d.categoryNames.push_back(name);
            d.categories.push_back(std::move(text));
            continue;
        }
        auto v = aligned(*j, name);
        if (!v) return v.takeError();
        d.covariateNames.push_back(name);
        d.covariates.push_back(std::move(*v));
    }
    d.join.sources.push_back(j->join.report);
    tm.join += since(t0) - reconcileSeconds;
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

std::string partyList(const ElectionData& e) {
    std::string s;
    for (std::size_t i = 0; i < e.parties.size() && i < 30; ++i)
        s += (i ? ", " : "") + e.parties[i];
    return s;
}

/// After mapping, the analysed parties must be in every election the analysis uses.
Status checkParties(const Project& p, const Dataset& d) {
    const AnalysisSettings& a = p.analysis;
    for (const std::string* party : {&a.party, &a.versus}) {
        if (party->empty()) continue;
        const ElectionData* has = nullptr;
        for (const auto& e : d.elections)
            if (e.partyIndex(*party) >= 0) has = &e;
        for (const std::string* label : {&a.from, &a.to, &a.backtest}) {
            const int k = label->empty() ? -1 : d.electionIndex(*label);
            if (k < 0) continue;
            const ElectionData& e = d.elections[static_cast<std::size_t>(k)];
            if (e.partyIndex(*party) >= 0) continue;
            return fail("the party \"" + *party + "\" is not in election \"" + e.label + "\"" +
                        (has ? " (it is in \"" + has->label + "\")" : "") +
                        "; that election's parties are: " + partyList(e) +
                        ". Map them alike in every election, with \"rename\" (a party renamed "
                        "between elections) or \"merge\" (e.g. \"merge\": {\"" +
                        *party + "\": [\"CDU\", \"CSU\"]}), or check \"analysis.party\".");
        }
    }
    return Ok{};
}

/// Dataset::estimated: the areas whose analysed figures are mostly estimated from other areas.
void flagEstimated(const Project& p, Dataset& d) {
    const AnalysisSettings& a = p.analysis;
    for (const auto& r : d.reconcile) {
        const bool analysed =
            r.election ? (r.label == a.from || r.label == a.to) : a.outcome == Outcome::Column;
        if (!analysed || r.estimatedShare.size() != d.areaCount()) continue;
        if (d.estimated.empty()) d.estimated.assign(d.areaCount(), 0);
        for (std::size_t i = 0; i < d.areaCount(); ++i)
            if (r.estimatedShare[i] > p.estimatedHatch) d.estimated[i] = 1;
    }
}
} // namespace

Result<Dataset> loadDataset(const Project& p, Feedback& fb, LoadTimings& tm) {
    Dataset d;
    d.title = p.title;
    d.synthetic = p.synthetic;
    fb.setProgress(0.05, "Reading boundaries");
    if (auto s = loadBoundaries(p, d, tm, &fb); !s) return s.takeError();
    if (p.boundaries.pad > 0 || p.boundaries.unpad) {
        for (auto& k : d.keys)
            k = adjustKey(k, p.boundaries.pad, p.boundaries.unpad);
        d.join.duplicateBoundaryKeys = duplicatedKeys(d.keys);
    }
    addAttribution(p.boundaries, "Boundaries", d);
    NameReference ref;
    for (const auto& n : d.names)
        ref.set = ref.set || !n.empty();
    if (ref.set) ref.names = d.names;
    for (std::size_t i = 0; i < p.elections.size(); ++i) {
        if (fb.isCancelled()) return fail("cancelled");
        fb.setProgress(0.3 + 0.1 * static_cast<double>(i),
                       "Reading election " + p.elections[i].label);
        if (auto s = loadElection(p.elections[i], p, d, tm, ref); !s) return s.takeError();
        addAttribution(p.elections[i].source, "Results " + p.elections[i].label, d);
    }
    if (auto s = checkParties(p, d); !s) return s.takeError();
    for (std::size_t i = 0; i < p.census.size(); ++i) {
        const SourceSpec& c = p.census[i];
        if (fb.isCancelled()) return fail("cancelled");
        fb.setProgress(0.5, "Reading census tables");
        const ReconcileSpec none;
        const ReconcileSpec& rec = i < p.censusReconcile.size() ? p.censusReconcile[i] : none;
        if (auto s = loadCensus(c, rec, p, d, tm, ref); !s) return s.takeError();
        addAttribution(c, "Census", d);
    }
    if (auto s = attachHouseholds(p, d); !s) return s.takeError();
    flagEstimated(p, d);
    return d;
}

} // namespace swingmap::gis
