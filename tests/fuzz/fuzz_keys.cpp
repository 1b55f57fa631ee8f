// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes -> two key lists -> the key join and its checks, the way
// gis/dataset_loader.cpp runs them: normaliseKey, adjustKey (pad/unpad), findTotalRows,
// sumDuplicateRows, joinOnKeys, paddingHint, compareNames, checkElectionRows.
//
// Input: text lines. An optional first line "#<pad><u><s><n>" sets the source's pad (a digit),
// "u" unpad, "s" "duplicates": "sum", "n" the name column. Then the boundary lines
// ("key<TAB>name") up to the first empty line, then the source rows
// ("key<TAB>name<TAB>electorate<TAB>voters<TAB>valid<TAB>A<TAB>B"); without an empty line the
// boundary lines are the source rows too.
//
// Checks: normaliseKey and normaliseName are idempotent and keep UTF-8 valid; adjustKey does what
// it says; the join's counts add up (matched + unmatched = rows, areas with and without a row =
// areas), each area points to the first source row with its key, the lists do not change the
// counts; duplicates are exactly the repeated keys; total rows are never first rows of an area
// key and never most rows; summing duplicates keeps every column's sum and leaves unique keys;
// the padding hint's example is real; name mismatches are counted exactly; after the row checks
// every usable row passes them and every refused row is blank.
#include "core/dataset.h"
#include "core/joincheck.h"
#include "core/keys.h"
#include "core/table.h"
#include "tests/fuzz/fuzz_util.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using namespace swingmap;
using swingmap::fuzz::validUtf8;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const char* const kColumns[] = {"key", "name", "electorate", "voters", "valid", "A", "B"};
constexpr std::size_t kWidth = 7;

struct Input {
    int pad = 0;
    bool unpad = false, sum = false, useName = false;
    std::vector<std::vector<std::string>> areas, rows; // fields per line
};

std::vector<std::string> fields(std::string_view line, std::size_t maxFields) {
    std::vector<std::string> f;
    while (f.size() + 1 < maxFields) {
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) break;
        f.emplace_back(line.substr(0, tab));
        line.remove_prefix(tab + 1);
    }
    f.emplace_back(line);
    f.resize(maxFields);
    return f;
}

Input split(std::string_view text) {
    Input in;
    std::vector<std::string_view> lines;
    for (std::size_t b = 0; b <= text.size();) {
        std::size_t e = text.find('\n', b);
        if (e == std::string_view::npos) e = text.size();
        lines.push_back(text.substr(b, e - b));
        b = e + 1;
    }
    std::size_t i = 0;
    if (!lines.empty() && !lines[0].empty() && lines[0][0] == '#') {
        for (char c : lines[0].substr(1)) {
            if (c >= '0' && c <= '9') in.pad = c - '0';
            in.unpad = in.unpad || c == 'u';
            in.sum = in.sum || c == 's';
            in.useName = in.useName || c == 'n';
        }
        i = 1;
    }
    bool sources = false;
    for (; i < lines.size(); ++i) {
        if (!sources && lines[i].empty()) {
            sources = true;
            continue;
        }
        (sources ? in.rows : in.areas).push_back(fields(lines[i], sources ? kWidth : 2));
    }
    if (!sources)
        for (const auto& a : in.areas)
            in.rows.push_back(fields(a[0] + "\t" + a[1], kWidth));
    return in;
}

void checkKey(const std::string& raw) {
    const std::string k = normaliseKey(raw);
    FUZZ_CHECK(normaliseKey(k) == k);
    FUZZ_CHECK(k.size() <= raw.size());
    FUZZ_CHECK(k.find_first_of(" \t\r\nabcdefghijklmnopqrstuvwxyz") == std::string::npos);
    if (validUtf8(raw)) FUZZ_CHECK(validUtf8(k));
    const std::string u = adjustKey(k, 0, true);
    FUZZ_CHECK(adjustKey(u, 0, true) == u);
    FUZZ_CHECK(u.size() <= 1 || u[0] != '0');
    for (int pad : {1, 3, 5}) {
        const std::string p = adjustKey(k, pad, false);
        FUZZ_CHECK(k.empty() ? p.empty() : p.size() == std::max(k.size(), std::size_t(pad)));
        FUZZ_CHECK(adjustKey(p, 0, true) == u); // padding adds zeros only
    }
}

void checkName(const std::string& raw) {
    const std::string n = normaliseName(raw);
    FUZZ_CHECK(normaliseName(n) == n);
    FUZZ_CHECK(n.find("  ") == std::string::npos);
    FUZZ_CHECK(n.empty() || (n.front() != ' ' && n.back() != ' '));
    if (validUtf8(raw)) FUZZ_CHECK(validUtf8(n));
    const std::string w = totalWord(raw);
    if (!w.empty()) FUZZ_CHECK((" " + n + " ").find(" " + w + " ") != std::string::npos);
}

Table makeTable(const std::vector<std::vector<std::string>>& rows) {
    Table t;
    t.source = "fuzz.csv";
    for (std::size_t c = 0; c < kWidth; ++c) {
        t.columns.emplace_back(kColumns[c]);
        std::vector<std::string> col;
        col.reserve(rows.size());
        for (const auto& r : rows)
            col.push_back(r[c]);
        t.cells.push_back(std::move(col));
    }
    for (std::size_t r = 0; r < rows.size(); ++r)
        t.lines.push_back(r + 2);
    return t;
}

std::vector<double> numbers(const Table& t, std::size_t column, const NumberFormat& fmt) {
    std::vector<double> v(t.rowCount(), kNaN);
    for (std::size_t r = 0; r < v.size(); ++r)
        if (!parseNumber(t.cells[column][r], fmt, v[r])) v[r] = kNaN;
    return v;
}

void checkTotals(const TotalScan& s, const std::vector<std::string>& keys,
                 const std::unordered_set<std::string>& areas) {
    FUZZ_CHECK(s.isTotal.size() == keys.size());
    std::size_t count = 0;
    std::unordered_set<std::string> seen;
    for (std::size_t r = 0; r < keys.size(); ++r) {
        const bool first = seen.insert(keys[r]).second;
        if (!s.isTotal[r]) continue;
        ++count;
        FUZZ_CHECK(!(first && areas.count(keys[r]))); // an area's own row is never a total
    }
    FUZZ_CHECK(2 * count <= keys.size());
    FUZZ_CHECK(s.rows.size() == std::min<std::size_t>(count, 1000));
}

void checkSum(const Table& before, const std::vector<std::string>& keysBefore, const Table& after,
              const std::vector<std::string>& keysAfter, const NumberFormat& fmt) {
    const std::set<std::string> distinct(keysBefore.begin(), keysBefore.end());
    FUZZ_CHECK(keysAfter.size() == distinct.size());
    FUZZ_CHECK(std::set<std::string>(keysAfter.begin(), keysAfter.end()) == distinct);
    FUZZ_CHECK(after.columns == before.columns);
    FUZZ_CHECK(after.rowCount() == keysAfter.size());
    for (std::size_t c = 0; c < before.columns.size(); ++c) {
        double sumBefore = 0, scale = 0, sumAfter = 0;
        bool numeric = true;
        for (const auto& cell : before.cells[c]) {
            double v = 0;
            if (!parseNumber(cell, fmt, v)) numeric = false;
            if (numeric && std::isfinite(v)) sumBefore += v, scale += std::fabs(v);
        }
        if (!numeric || !std::isfinite(scale)) continue;
        for (const auto& cell : after.cells[c]) {
            double v = 0;
            FUZZ_CHECK(parseNumber(cell, fmt, v)); // sums are numbers again
            if (std::isfinite(v)) sumAfter += v;
        }
        FUZZ_CHECK(std::fabs(sumAfter - sumBefore) <= 1e-9 * std::max(1.0, scale));
    }
}

void checkJoin(const KeyJoin& j, const std::vector<std::string>& areaKeys,
               const std::vector<std::string>& keys) {
    const SourceJoin& r = j.report;
    FUZZ_CHECK(r.rows == keys.size());
    FUZZ_CHECK(j.rowOfArea.size() == areaKeys.size());
    FUZZ_CHECK(r.matched <= r.rows);
    FUZZ_CHECK(r.unmatchedKeys.size() == std::min<std::size_t>(r.rows - r.matched, 1000));
    const std::unordered_set<std::string> areas(areaKeys.begin(), areaKeys.end());
    std::unordered_map<std::string, long> firstRow;
    std::unordered_map<std::string, int> times;
    std::size_t matched = 0;
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const std::string n = normaliseKey(keys[k]);
        firstRow.emplace(n, static_cast<long>(k));
        ++times[n];
        matched += areas.count(n);
    }
    FUZZ_CHECK(r.matched == matched);
    std::size_t with = 0;
    for (std::size_t i = 0; i < areaKeys.size(); ++i) {
        auto it = firstRow.find(areaKeys[i]);
        FUZZ_CHECK(j.rowOfArea[i] == (it == firstRow.end() ? -1 : it->second));
        with += j.rowOfArea[i] >= 0;
    }
    FUZZ_CHECK(with + r.areasWithoutRow == areaKeys.size());
    FUZZ_CHECK(r.missingKeys.size() == std::min<std::size_t>(r.areasWithoutRow, 1000));
    std::set<std::string> dups(r.duplicateKeys.begin(), r.duplicateKeys.end());
    FUZZ_CHECK(dups.size() == r.duplicateKeys.size());
    std::set<std::string> repeated;
    std::size_t repeats = 0; // rows repeating an earlier key
    for (const auto& [k, n] : times) {
        if (n > 1) repeated.insert(k);
        repeats += static_cast<std::size_t>(n - 1);
    }
    FUZZ_CHECK(std::includes(repeated.begin(), repeated.end(), dups.begin(), dups.end()));
    if (repeats < 1000) FUZZ_CHECK(dups == repeated); // below the list's cap, none is left out
}

void checkHint(const PaddingHint& h, const std::vector<std::string>& areaKeys,
               const std::vector<std::string>& keys) {
    if (h.count == 0) {
        FUZZ_CHECK(h.sourceKey.empty() && h.fix.empty());
        return;
    }
    const std::unordered_set<std::string> areas(areaKeys.begin(), areaKeys.end());
    std::unordered_set<std::string> unmatched;
    for (const auto& k : keys)
        if (!k.empty() && !areas.count(k)) unmatched.insert(k);
    FUZZ_CHECK(h.count <= unmatched.size());
    FUZZ_CHECK(unmatched.count(h.sourceKey));
    FUZZ_CHECK(areas.count(h.boundaryKey));
    FUZZ_CHECK(adjustKey(h.sourceKey, 0, true) == adjustKey(h.boundaryKey, 0, true));
    FUZZ_CHECK(!h.fix.empty());
}

void checkRows(const ElectionData& e, const std::vector<RowCheck>& checks,
               const std::vector<char>& hasRow) {
    const std::size_t n = hasRow.size();
    FUZZ_CHECK(e.rowProblem.size() == n);
    std::size_t refused = 0, counted = 0;
    for (const auto& c : checks) {
        FUZZ_CHECK(c.count > 0 && c.examples.size() <= 5 && c.examples.size() <= c.count);
        counted += c.count;
    }
    auto le = [](double a, double b) {
        return !std::isfinite(a) || !std::isfinite(b) ||
               a <= b + 1e-9 * std::max(1.0, std::fabs(b));
    };
    for (std::size_t i = 0; i < n; ++i) {
        const double E = e.electorate[i], T = e.voters[i], V = e.valid[i];
        if (!hasRow[i]) {
            FUZZ_CHECK(e.rowProblem[i].empty());
            continue;
        }
        if (!e.rowProblem[i].empty()) {
            ++refused;
            FUZZ_CHECK(std::isnan(E) && std::isnan(T) && std::isnan(V));
            for (const auto& p : e.votes)
                FUZZ_CHECK(std::isnan(p[i]));
            continue;
        }
        double sum = 0;
        bool any = false;
        for (const auto& p : e.votes) {
            if (!std::isfinite(p[i])) continue;
            FUZZ_CHECK(p[i] >= 0);
            sum += p[i];
            any = true;
        }
        for (double x : {E, T, V})
            FUZZ_CHECK(!(std::isfinite(x) && x < 0));
        FUZZ_CHECK(!(std::isfinite(E) && E <= 0));
        FUZZ_CHECK(le(T, E) && le(V, T));
        if (std::isnan(T)) FUZZ_CHECK(le(V, E));
        if (any) FUZZ_CHECK(le(sum, V));
    }
    FUZZ_CHECK(counted >= refused);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > swingmap::fuzz::kMaxInput) return 0;
    const Input in = split(std::string_view(reinterpret_cast<const char*>(data), size));

    std::vector<std::string> areaKeys, areaNames;
    for (const auto& a : in.areas) {
        checkKey(a[0]);
        checkName(a[1]);
        areaKeys.push_back(normaliseKey(a[0]));
        areaNames.push_back(a[1]);
    }
    const std::unordered_set<std::string> areas(areaKeys.begin(), areaKeys.end());
    FUZZ_CHECK(duplicatedKeys(areaKeys).size() <= areaKeys.size() - areas.size());

    Table table = makeTable(in.rows);
    std::vector<std::string> keys;
    for (const auto& k : table.cells[0])
        keys.push_back(adjustKey(normaliseKey(k), in.pad, in.unpad));
    const NumberFormat fmt;
    const std::string nameColumn = in.useName ? "name" : "";

    // total rows leave the table before the join
    const TotalScan totals =
        findTotalRows(table, keys, areaKeys, numbers(table, 4, fmt), nameColumn, "election");
    checkTotals(totals, keys, areas);
    std::vector<char> keep(keys.size());
    std::vector<std::string> kept;
    for (std::size_t r = 0; r < keys.size(); ++r) {
        keep[r] = !totals.isTotal[r];
        if (keep[r]) kept.push_back(keys[r]);
    }
    table = table.subset(keep);
    keys = std::move(kept);
    FUZZ_CHECK(table.rowCount() == keys.size());

    if (in.sum) {
        const std::vector<std::string> before = keys;
        Table summed = sumDuplicateRows(table, keys, fmt);
        checkSum(table, before, summed, keys, fmt);
        table = std::move(summed);
    }

    const KeyJoin join = joinOnKeys(areaKeys, keys);
    checkJoin(join, areaKeys, keys);
    const KeyJoin shortJoin = joinOnKeys(areaKeys, keys, 2);
    FUZZ_CHECK(shortJoin.rowOfArea == join.rowOfArea);
    FUZZ_CHECK(shortJoin.report.matched == join.report.matched);
    FUZZ_CHECK(shortJoin.report.areasWithoutRow == join.report.areasWithoutRow);
    FUZZ_CHECK(shortJoin.report.unmatchedKeys.size() <= 2 &&
               shortJoin.report.missingKeys.size() <= 2);

    checkHint(paddingHint(areaKeys, keys), areaKeys, keys);

    // names of the matched areas against the boundaries'
    const std::size_t n = areaKeys.size();
    std::vector<std::string> names(n);
    std::vector<char> hasRow(n);
    for (std::size_t i = 0; i < n; ++i) {
        hasRow[i] = join.rowOfArea[i] >= 0;
        if (hasRow[i]) names[i] = table.cells[1][static_cast<std::size_t>(join.rowOfArea[i])];
    }
    JoinReport report;
    compareNames(areaKeys, areaNames, names, "election", report);
    std::size_t differ = 0;
    for (std::size_t i = 0; i < n; ++i)
        differ += !areaNames[i].empty() && !names[i].empty() &&
                  normaliseName(areaNames[i]) != normaliseName(names[i]);
    FUZZ_CHECK(report.nameMismatchCount == differ);
    FUZZ_CHECK(report.nameMismatches.size() == std::min<std::size_t>(differ, 1000));

    // the election's figures on the areas, then the row checks
    ElectionData e;
    e.label = "fuzz";
    e.parties = {"A", "B"};
    std::vector<std::vector<double>> figures;
    for (std::size_t c = 2; c < kWidth; ++c) {
        const std::vector<double> col = numbers(table, c, fmt);
        std::vector<double> onAreas(n, kNaN);
        for (std::size_t i = 0; i < n; ++i)
            if (hasRow[i]) onAreas[i] = col[static_cast<std::size_t>(join.rowOfArea[i])];
        figures.push_back(std::move(onAreas));
    }
    e.electorate = figures[0];
    e.voters = figures[1];
    e.valid = figures[2];
    e.votes = {figures[3], figures[4]};
    const std::vector<RowCheck> checks = checkElectionRows(e, areaKeys, hasRow, "election");
    checkRows(e, checks, hasRow);
    return 0;
}
