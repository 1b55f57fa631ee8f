// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's guesses for tables given on other areas (reconcile, docs/schema.md): postal
// rows and their parent, boundary groupings that match a table's keys, count columns and rates,
// and the preview of what the step would see. The JSON itself is written in projectbuilder.cpp.
#include "app/shared/projectbuilder.h"

#include "core/keys.h"
#include "gis/layers.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

namespace swingmap::builder {

namespace {

std::string fold(std::string_view s) {
    std::string n = normaliseName(s);
    std::erase(n, ' ');
    return n;
}

bool mentions(const std::string& text, std::initializer_list<const char*> words) {
    const std::string f = fold(text);
    return std::any_of(words.begin(), words.end(),
                       [&](const char* w) { return f.find(fold(w)) != std::string::npos; });
}

std::vector<char> kept(const Table& t, const RowFilter& f) {
    if (f.empty()) return std::vector<char>(t.rowCount(), 1);
    auto m = matchRows(t, f, "rows");
    return m ? *m : std::vector<char>(t.rowCount(), 0);
}

/// Per row: the number in `column`, NaN when missing or not a number (or no such column).
std::vector<double> numbers(const Table& t, const std::string& column) {
    std::vector<double> out(t.rowCount(), std::nan(""));
    const int c = t.columnIndex(column);
    if (c < 0) return out;
    NumberFormat fmt;
    fmt.decimal = detectDecimal(t);
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        double v = 0;
        if (parseNumber(t.cells[std::size_t(c)][r], fmt, v)) out[r] = v;
    }
    return out;
}

bool isZero(double v) {
    return std::isfinite(v) && v == 0;
}

/// Rows taken for postal districts under `r` (type column, else no polygon and electorate 0).
std::vector<char> postalRows(const Table& t, const std::string& key, int pad, bool unpad,
                             const std::vector<char>& keep, const std::string& electorate,
                             const ReconcileInput& r, const std::set<std::string>& polygons) {
    std::vector<char> out(t.rowCount(), 0);
    if (!r.postal) return out;
    if (!r.typeColumn.empty()) {
        const int c = t.columnIndex(r.typeColumn);
        if (c < 0) return out;
        for (std::size_t i = 0; i < t.rowCount(); ++i)
            out[i] = static_cast<char>(keep[i] && t.cells[std::size_t(c)][i] == r.postalValue);
        return out;
    }
    const int kc = t.columnIndex(key);
    const std::vector<double> el = numbers(t, electorate);
    if (kc < 0) return out;
    for (std::size_t i = 0; i < t.rowCount(); ++i)
        out[i] = static_cast<char>(
            keep[i] && isZero(el[i]) &&
            !polygons.count(adjustKey(normaliseKey(t.cells[std::size_t(kc)][i]), pad, unpad)));
    return out;
}

} // namespace

Result<std::vector<std::string>> layerNames(const std::string& path) {
    SourceSpec spec;
    spec.path = path;
    return gis::layerNames(spec);
}

std::vector<std::string> groupingColumns(const Table& t, const std::string& key) {
    std::vector<std::string> out;
    NumberFormat fmt;
    fmt.decimal = detectDecimal(t);
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        if (t.columns[c] == key || isNumericColumn(t, c, fmt)) continue;
        const std::set<std::string> d(t.cells[c].begin(), t.cells[c].end());
        if (d.size() >= 2 && d.size() < t.rowCount()) out.push_back(t.columns[c]);
    }
    return out;
}

namespace {
PostalGuess guessPostalIn(const Table& t, const ElectionInput& e,
                          const std::vector<std::string>& polygonKeys,
                          const std::vector<char>& keep);
} // namespace

PostalGuess guessPostal(const Table& t, const ElectionInput& e,
                        const std::vector<std::string>& polygonKeys) {
    if (e.longFormat) return {}; // postal rows are a wide table's rows
    PostalGuess g = guessPostalIn(t, e, polygonKeys, kept(t, e.rows));
    // A row filter that keeps the polling rows only (district_type = urne) hides them.
    if (!g.found && !e.rows.empty())
        g = guessPostalIn(t, e, polygonKeys, std::vector<char>(t.rowCount(), 1));
    return g;
}

namespace {
PostalGuess guessPostalIn(const Table& t, const ElectionInput& e,
                          const std::vector<std::string>& polygonKeys,
                          const std::vector<char>& keep) {
    PostalGuess g;
    const std::vector<double> el = numbers(t, e.electorate);
    // 1. A text column with a value that marks the postal rows: named so, or all of (nearly)
    // every row without registered voters.
    std::size_t bestRows = 0, zeroRows = 0;
    for (std::size_t r = 0; r < t.rowCount(); ++r)
        zeroRows += keep[r] && isZero(el[r]);
    for (const std::string& col : groupingColumns(t, e.key)) {
        const auto& cells = t.cells[std::size_t(t.columnIndex(col))];
        std::map<std::string, std::pair<std::size_t, std::size_t>> perValue; // rows, electorate 0
        for (std::size_t r = 0; r < t.rowCount(); ++r)
            if (keep[r]) {
                auto& [rows, zero] = perValue[cells[r]];
                ++rows;
                zero += isZero(el[r]);
            }
        if (perValue.size() < 2 || perValue.size() > 6) continue;
        for (const auto& [value, counts] : perValue) {
            const bool named =
                !value.empty() && mentions(value, {"brief", "postal", "mail", "absentee",
                                                   "correspondance", "poststem"});
            const bool zero = !e.electorate.empty() && counts.second == counts.first &&
                              counts.first * 10 >= zeroRows * 9;
            if ((named || zero) && counts.first < t.rowCount() && counts.first > bestRows) {
                bestRows = counts.first;
                g = {true, col, value, {}, {}};
            }
        }
    }
    ReconcileInput r;
    r.postal = true;
    r.typeColumn = g.typeColumn;
    r.postalValue = g.postalValue;
    const std::set<std::string> polygons(polygonKeys.begin(), polygonKeys.end());
    std::vector<char> postal =
        postalRows(t, e.key, e.pad, e.unpad, keep, e.electorate, r, polygons);
    if (!g.found) {
        // 2. Rows without polygon and electorate 0.
        if (std::count(postal.begin(), postal.end(), 1) == 0) return g;
        g.found = true;
    }
    // The parent: the finest text column whose every postal value also has polling rows.
    std::size_t bestParents = 0;
    for (const std::string& col : groupingColumns(t, e.key)) {
        if (col == g.typeColumn) continue;
        const auto& cells = t.cells[std::size_t(t.columnIndex(col))];
        std::set<std::string> polling, post;
        for (std::size_t i = 0; i < t.rowCount(); ++i)
            if (keep[i]) (postal[i] ? post : polling).insert(cells[i]);
        const bool covered = !post.empty() && !post.count("") &&
                             std::all_of(post.begin(), post.end(), [&](const std::string& v) {
                                 return polling.count(v) > 0;
                             });
        if (covered && polling.size() >= 2 && post.size() > bestParents) {
            bestParents = post.size();
            g.parent = col;
        }
    }
    // Postal ballots issued per polling row: named so, 0 on postal rows, positive elsewhere.
    NumberFormat fmt;
    fmt.decimal = detectDecimal(t);
    for (std::size_t c = 0; c < t.columns.size() && g.by.empty(); ++c) {
        const std::string& col = t.columns[c];
        if (col == e.key || col == e.electorate || col == e.voters || col == e.valid ||
            !isNumericColumn(t, c, fmt) ||
            !mentions(col, {"issued", "ausgestellt", "wahlschein", "sperrvermerk", "ballot",
                            "postal", "brief", "mail", "absentee"}))
            continue;
        const std::vector<double> v = numbers(t, col);
        std::size_t positive = 0, polling = 0;
        bool zeroOnPostal = true;
        for (std::size_t i = 0; i < t.rowCount(); ++i) {
            if (!keep[i]) continue;
            if (postal[i]) {
                zeroOnPostal = zeroOnPostal && (!std::isfinite(v[i]) || v[i] == 0);
            } else {
                ++polling;
                positive += std::isfinite(v[i]) && v[i] > 0;
            }
        }
        if (zeroOnPostal && polling > 0 && positive * 10 >= polling * 9) g.by = col;
    }
    return g;
}

} // namespace

std::vector<std::string> dissolvedKeys(const Table& boundaries, const std::string& field,
                                       int prefix) {
    std::set<std::string> out;
    const int c = boundaries.columnIndex(field);
    if (c < 0) return {};
    for (const auto& v : boundaries.cells[std::size_t(c)]) {
        std::string k = normaliseKey(v);
        if (prefix > 0 && k.size() > std::size_t(prefix)) k.resize(std::size_t(prefix));
        if (!k.empty()) out.insert(k);
    }
    return {out.begin(), out.end()};
}

DissolveGuess guessDissolve(const Table& boundaries, const std::string& boundaryKey,
                            const Table& t) {
    DissolveGuess best;
    auto consider = [&](const std::string& field, int prefix) {
        const auto keys = dissolvedKeys(boundaries, field, prefix);
        if (keys.size() < 2 || keys.size() >= boundaries.rowCount()) return;
        const auto ranked = rankKeyColumns(keys, t);
        if (ranked.empty()) return;
        const KeyCandidate& k = ranked.front();
        // Most groups found, and most of the table's keys are groups.
        if (k.matched * 5 < keys.size() * 4 || k.matched * 2 < k.distinct) return;
        if (k.matched > best.key.matched) best = {field, prefix, k};
    };
    for (const auto& field : boundaries.columns)
        if (field != boundaryKey) consider(field, 0);
    std::size_t width = 0;
    const int kc = boundaries.columnIndex(boundaryKey);
    if (kc >= 0)
        for (const auto& v : boundaries.cells[std::size_t(kc)])
            width = std::max(width, v.size());
    for (std::size_t n = 1; n < width; ++n)
        consider(boundaryKey, int(n));
    return best;
}

std::vector<std::string> countColumns(const Table& t, const std::string& key) {
    std::vector<std::string> out;
    NumberFormat fmt;
    fmt.decimal = detectDecimal(t);
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        const std::string& col = t.columns[c];
        if (col == key || !isNumericColumn(t, c, fmt) || guessRole(col) == "key") continue;
        // rates, shares and means are no counts, whatever their values
        std::string words = " ";
        words += normaliseName(col);
        words += ' ';
        if (mentions(col, {"share", "pct", "percent", "rate", "avg", "mean", "median", "ratio",
                           "quote", "anteil", "quota", "density", "dichte"}) ||
            words.find(" per ") != std::string::npos || col.find('%') != std::string::npos)
            continue;
        // codes written with leading zeros ("01100") are no counts either
        if (std::any_of(t.cells[c].begin(), t.cells[c].end(), [](const std::string& x) {
                return x.size() > 1 && x[0] == '0' &&
                       std::isdigit(static_cast<unsigned char>(x[1]));
            }))
            continue;
        const std::vector<double> v = numbers(t, col);
        bool nonNegative = true;
        std::set<double> distinct;
        for (double x : v)
            if (std::isfinite(x)) {
                nonNegative = nonNegative && x >= 0;
                distinct.insert(x);
            }
        if (nonNegative && distinct.size() > 1) out.push_back(col);
    }
    return out;
}

std::vector<std::pair<std::string, std::pair<std::string, std::string>>>
guessRates(const Table& t, const std::vector<std::string>& columns,
           const std::vector<std::string>& counts) {
    std::vector<std::pair<std::string, std::pair<std::string, std::string>>> out;
    std::map<std::string, std::vector<double>> cache;
    auto get = [&](const std::string& c) -> const std::vector<double>& {
        auto it = cache.find(c);
        return it != cache.end() ? it->second : (cache[c] = numbers(t, c));
    };
    for (const std::string& rate : columns) {
        const std::vector<double>& y = get(rate);
        // whole numbers throughout are counts, not rates
        if (std::all_of(y.begin(), y.end(),
                        [](double v) { return !std::isfinite(v) || v == std::floor(v); }))
            continue;
        bool found = false;
        for (const std::string& a : counts) {
            for (const std::string& b : counts) {
                if (a == b || rate == a || rate == b) continue;
                const std::vector<double>& num = get(a);
                const std::vector<double>& den = get(b);
                std::size_t tested = 0;
                bool fits = true;
                for (std::size_t r = 0; r < t.rowCount() && fits; ++r) {
                    if (!std::isfinite(y[r]) || !std::isfinite(num[r]) || !std::isfinite(den[r]) ||
                        den[r] == 0)
                        continue;
                    ++tested;
                    const double ratio = num[r] / den[r];
                    // the published rate's rounding: 4 decimals or 4 significant digits
                    fits = std::abs(ratio - y[r]) <= std::max(5e-4 * std::abs(y[r]), 6e-5);
                }
                if (fits && tested >= 3) {
                    out.push_back({rate, {a, b}});
                    found = true;
                    break;
                }
            }
            if (found) break;
        }
    }
    return out;
}

ReconcilePreview previewReconcile(const Table& t, const std::string& key, int pad, bool unpad,
                                  const RowFilter& rows, const std::string& electorate,
                                  const ReconcileInput& r,
                                  const std::vector<std::string>& areaKeys) {
    ReconcilePreview p;
    const std::vector<char> keep = kept(t, rows);
    const std::set<std::string> areas(areaKeys.begin(), areaKeys.end());
    p.areas = areas.size();
    const std::vector<char> postal = postalRows(t, key, pad, unpad, keep, electorate, r, areas);
    const int kc = t.columnIndex(key);
    std::set<std::string> keys, parentsPost, parentsPoll;
    const int pc = r.parent.empty() ? -1 : t.columnIndex(r.parent);
    const std::vector<double> by = numbers(t, r.by);
    for (std::size_t i = 0; i < t.rowCount(); ++i) {
        if (!keep[i]) continue;
        ++p.rows;
        if (postal[i]) {
            ++p.postalRows;
            if (pc >= 0) parentsPost.insert(t.cells[std::size_t(pc)][i]);
            continue;
        }
        if (pc >= 0) parentsPoll.insert(t.cells[std::size_t(pc)][i]);
        if (!r.by.empty() && !std::isfinite(by[i])) ++p.byMissing;
        if (kc >= 0) {
            const std::string k = adjustKey(normaliseKey(t.cells[std::size_t(kc)][i]), pad, unpad);
            if (!k.empty()) keys.insert(k);
        }
    }
    p.keys = keys.size();
    for (const auto& k : keys)
        p.keysFound += areas.count(k);
    p.parents = parentsPost.size();
    for (const auto& v : parentsPost)
        p.parentsWithoutPolling += parentsPoll.count(v) == 0;
    return p;
}

} // namespace swingmap::builder
