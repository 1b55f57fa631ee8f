// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/joincheck.h"

#include "core/keys.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace swingmap {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTotalFactor = 3.0;
constexpr std::size_t kMaxListed = 1000;

double median(std::vector<double> v) {
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }),
            v.end());
    if (v.empty()) return kNaN;
    const std::size_t h = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<long>(h), v.end());
    double m = v[h];
    if (v.size() % 2 == 0)
        m = (m + *std::max_element(v.begin(), v.begin() + static_cast<long>(h))) / 2;
    return m;
}

std::string fmtNumber(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string numberText(double v) {
    if (std::isnan(v)) return {};
    char buf[64];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? std::string(buf, ptr) : std::string();
}
} // namespace

TotalScan findTotalRows(const Table& t, const std::vector<std::string>& keys,
                        const std::vector<std::string>& areaKeys, const std::vector<double>& counts,
                        const std::string& nameColumn, const std::string& role) {
    return findTotalRows(t, keys, KeyIndex(areaKeys), counts, nameColumn, role);
}

TotalScan findTotalRows(const Table& t, const std::vector<std::string>& keys, const KeyIndex& areas,
                        const std::vector<double>& counts, const std::string& nameColumn,
                        const std::string& role) {
    TotalScan s;
    const std::size_t n = t.rowCount();
    s.isTotal.assign(n, 0);
    // per row: its key is an area's, and this is the key's first row (an area key's first row
    // is marked on its area; only keys no area has go into a set, as views: no key copied)
    std::vector<char> areaSeen(areas.keys().size(), 0);
    std::unordered_set<std::string_view> seenUnknown;
    std::vector<char> known(n), first(n);
    std::vector<double> matched; // the first row of each area key
    matched.reserve(n);
    for (std::size_t r = 0; r < n; ++r) {
        const long a = areas.find(keys[r]);
        known[r] = static_cast<char>(a >= 0);
        if (a >= 0) {
            first[r] = static_cast<char>(!areaSeen[static_cast<std::size_t>(a)]);
            areaSeen[static_cast<std::size_t>(a)] = 1;
        } else {
            first[r] = static_cast<char>(seenUnknown.insert(keys[r]).second);
        }
        if (known[r] && first[r] && r < counts.size()) matched.push_back(counts[r]);
    }
    const double med = median(matched);
    const int nameIdx = nameColumn.empty() ? -1 : t.columnIndex(nameColumn);
    NumberFormat any;
    // without a name column, a value shared by most rows (a level such as "LAND" in every row)
    // names a category, not a total
    // (counted on first use: when every key matches, no column is counted)
    std::vector<std::unordered_map<std::string, std::size_t>> frequency(t.columns.size());
    std::vector<char> tallied(t.columns.size(), 0);
    auto frequencyOf = [&](std::size_t c, const std::string& cell) {
        if (!tallied[c]) {
            tallied[c] = 1;
            for (const auto& v : t.cells[c])
                ++frequency[c][v];
        }
        return frequency[c][cell];
    };
    for (std::size_t r = 0; r < n; ++r) {
        if (known[r] && first[r]) continue;
        std::string reason, name;
        // named like a total?
        for (std::size_t c = 0; c < t.columns.size() && reason.empty(); ++c) {
            if (nameIdx >= 0 && static_cast<int>(c) != nameIdx) continue;
            const std::string& cell = t.cells[c][r];
            double v = 0;
            if (cell.empty() || parseNumber(cell, any, v)) continue;
            if (nameIdx < 0 && 2 * frequencyOf(c, cell) > n) continue;
            if (const std::string w = totalWord(cell); !w.empty()) {
                reason = "named like a total";
                name = cell;
            }
        }
        if (reason.empty() && r < counts.size() && std::isfinite(counts[r]) && med > 0 &&
            counts[r] >= kTotalFactor * med) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "counts %.1f times the median area's", counts[r] / med);
            reason = buf;
            if (nameIdx >= 0) name = t.cells[static_cast<std::size_t>(nameIdx)][r];
        }
        if (reason.empty()) continue;
        s.isTotal[r] = 1;
        if (s.rows.size() < kMaxListed)
            s.rows.push_back({role, keys[r].empty() ? "(empty key)" : keys[r], name, reason});
    }
    // totals are a few rows; when most rows look like one, the keys do not match instead
    if (2 * static_cast<std::size_t>(std::count(s.isTotal.begin(), s.isTotal.end(), 1)) > n) {
        s.isTotal.assign(n, 0);
        s.rows.clear();
    }
    return s;
}

Table sumDuplicateRows(const Table& t, std::vector<std::string>& keys, const NumberFormat& fmt) {
    std::unordered_map<std::string, std::size_t> firstRow;
    std::vector<std::size_t> groupOf(t.rowCount());
    std::vector<std::size_t> leaders;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        auto [it, isNew] = firstRow.emplace(keys[r], leaders.size());
        if (isNew) leaders.push_back(r);
        groupOf[r] = it->second;
    }
    Table out;
    out.source = t.source;
    out.columns = t.columns;
    out.encoding = t.encoding;
    out.separator = t.separator;
    out.footnoteLines = t.footnoteLines;
    std::vector<std::string> newKeys;
    for (std::size_t g : leaders) {
        newKeys.push_back(keys[g]);
        if (g < t.lines.size()) out.lines.push_back(t.lines[g]);
    }
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        std::vector<double> sum(leaders.size(), kNaN);
        bool numeric = true;
        for (std::size_t r = 0; r < t.rowCount() && numeric; ++r) {
            double v = 0;
            if (!parseNumber(t.cells[c][r], fmt, v)) {
                numeric = false;
                break;
            }
            double& s = sum[groupOf[r]];
            if (!std::isnan(v)) s = std::isnan(s) ? v : s + v;
        }
        std::vector<std::string> cells(leaders.size());
        for (std::size_t g = 0; g < leaders.size(); ++g)
            cells[g] = numeric ? numberText(sum[g]) : t.cells[c][leaders[g]];
        out.cells.push_back(std::move(cells));
    }
    keys = std::move(newKeys);
    return out;
}

std::vector<RowCheck> checkElectionRows(ElectionData& e, const std::vector<std::string>& areaKeys,
                                        const std::vector<char>& hasRow, const std::string& role) {
    static const char* kChecks[] = {"negative count", "electorate not > 0", "voters > electorate",
                                    "valid > voters", "valid > electorate", "party votes > valid"};
    std::vector<RowCheck> checks;
    for (const char* c : kChecks)
        checks.push_back({role, c, 0, {}});
    const std::size_t n = areaKeys.size();
    e.rowProblem.assign(n, "");
    auto gt = [](double a, double b) {
        return std::isfinite(a) && std::isfinite(b) && a > b + 1e-9 * std::max(1.0, std::fabs(b));
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (i >= hasRow.size() || !hasRow[i]) continue;
        const double E = e.electorate[i], T = e.voters[i], V = e.valid[i];
        double sum = 0, negative = kNaN;
        bool anyParty = false;
        for (const auto& p : e.votes) {
            if (!std::isfinite(p[i])) continue;
            sum += p[i];
            anyParty = true;
            if (p[i] < 0 && std::isnan(negative)) negative = p[i];
        }
        for (double x : {E, T, V})
            if (std::isfinite(x) && x < 0 && std::isnan(negative)) negative = x;
        // the example's text, written only for a failed check (most rows pass)
        auto figures = [&](std::size_t c) {
            const std::string k = areaKeys[i] + ": ";
            switch (c) {
            case 0:
                return k + "a count of " + fmtNumber(negative);
            case 1:
                return k + "electorate " + fmtNumber(E);
            case 2:
                return k + "voters " + fmtNumber(T) + " > electorate " + fmtNumber(E);
            case 3:
                return k + "valid " + fmtNumber(V) + " > voters " + fmtNumber(T);
            case 4:
                return k + "valid " + fmtNumber(V) + " > electorate " + fmtNumber(E);
            default:
                return k + "party votes " + fmtNumber(sum) + " > valid " + fmtNumber(V);
            }
        };
        const bool failed[] = {
            !std::isnan(negative),     std::isfinite(E) && E <= 0, gt(T, E), gt(V, T),
            std::isnan(T) && gt(V, E), anyParty && gt(sum, V)};
        for (std::size_t c = 0; c < checks.size(); ++c) {
            if (!failed[c]) continue;
            ++checks[c].count;
            if (checks[c].examples.size() < 5) checks[c].examples.push_back(figures(c));
            if (e.rowProblem[i].empty()) e.rowProblem[i] = checks[c].check;
        }
        if (e.rowProblem[i].empty()) continue;
        for (auto* v : {&e.electorate, &e.voters, &e.valid})
            (*v)[i] = kNaN;
        for (auto& p : e.votes)
            p[i] = kNaN;
    }
    checks.erase(std::remove_if(checks.begin(), checks.end(),
                                [](const RowCheck& c) { return c.count == 0; }),
                 checks.end());
    return checks;
}

void compareNames(const std::vector<std::string>& areaKeys,
                  const std::vector<std::string>& reference, const std::vector<std::string>& names,
                  const std::string& role, JoinReport& report) {
    for (std::size_t i = 0; i < areaKeys.size() && i < reference.size() && i < names.size(); ++i) {
        if (reference[i].empty() || names[i].empty()) continue;
        if (normaliseName(reference[i]) == normaliseName(names[i])) continue;
        ++report.nameMismatchCount;
        if (report.nameMismatches.size() < kMaxListed)
            report.nameMismatches.push_back({role, areaKeys[i], reference[i], names[i]});
    }
}

} // namespace swingmap
