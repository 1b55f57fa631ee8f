// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/longtable.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

namespace swingmap {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string trimmed(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        --e;
    return s.substr(b, e - b);
}

std::string numberText(double v) {
    if (std::isnan(v)) return {};
    char buf[64];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? std::string(buf, ptr) : std::string();
}

std::string list(const std::vector<std::string>& v, std::size_t max = 30) {
    std::string s;
    for (std::size_t i = 0; i < v.size() && i < max; ++i)
        s += (i ? ", " : "") + v[i];
    if (v.size() > max) s += ", …";
    return s;
}

struct Role {
    const char* name;   ///< as in the project file
    const char* column; ///< in the pivoted table ("" for parties)
    const RowFilter* filter;
};
} // namespace

Result<Pivot> pivotLong(const Table& t, const SourceSpec& spec, const LongFormat& l,
                        const NumberFormat& fmt, const std::string& label) {
    const std::string where = "election \"" + label + "\"";
    auto keys = t.column(spec.key);
    if (!keys) return fail(keys.error() + " (the area column, \"key\", of " + where + ")");
    auto partyCol = t.column(l.partyColumn);
    if (!partyCol) return fail(partyCol.error() + " (\"party_column\" of " + where + ")");
    auto values = t.column(l.value);
    if (!values) return fail(values.error() + " (\"value\" of " + where + ")");
    const std::vector<std::string>* names = nullptr;
    if (!spec.name.empty()) {
        auto n = t.column(spec.name);
        if (!n) return fail(n.error() + " (the area-name column, \"name\", of " + where + ")");
        names = *n;
    }
    std::vector<Role> roles;
    if (l.hasElectorate) roles.push_back({"electorate", kElectorateColumn, &l.electorate});
    if (l.hasVoters) roles.push_back({"voters", kVotersColumn, &l.voters});
    roles.push_back({"valid", kValidColumn, &l.valid});
    roles.push_back({"parties", "", &l.parties});
    std::vector<std::vector<char>> match;
    for (const auto& r : roles) {
        auto m = matchRows(t, *r.filter, r.name);
        if (!m) return m.takeError();
        match.push_back(std::move(*m));
    }
    const std::size_t n = t.rowCount();
    // areas in order of first appearance; per area: figure values and party values
    std::vector<std::string> areaKey, areaName;
    std::vector<std::size_t> areaLine;
    std::unordered_map<std::string, std::size_t> areaOf;
    std::vector<std::string> parties;
    std::unordered_map<std::string, std::size_t> partyOf;
    // cell[(area, slot)] = value; slot < roles-1 = figure, else party index + roles-1
    std::map<std::pair<std::size_t, std::size_t>, std::pair<double, std::size_t>> cell;
    const std::size_t figures = roles.size() - 1;
    for (std::size_t r = 0; r < n; ++r) {
        int role = -1;
        for (std::size_t k = 0; k < roles.size(); ++k) {
            if (!match[k][r]) continue;
            if (role >= 0)
                return fail(t.source + ", " + t.rowLabel(r) + ": the row matches both the \"" +
                            roles[static_cast<std::size_t>(role)].name + "\" and the \"" +
                            roles[k].name + "\" filter of " + where +
                            ". Make the filters exclusive (e.g. add {\"not\": …} on the column "
                            "that tells them apart).");
            role = static_cast<int>(k);
        }
        if (role < 0) continue;
        const std::string key = trimmed((**keys)[r]);
        auto [it, isNew] = areaOf.emplace(key, areaKey.size());
        if (isNew) {
            areaKey.push_back((**keys)[r]);
            areaName.push_back(names ? (*names)[r] : std::string());
            areaLine.push_back(r < t.lines.size() ? t.lines[r] : r + 1);
        }
        double v = kNaN;
        // A failure message, built once: the check's concern (temporaries in a loop) does not
        // apply. NOLINTBEGIN(performance-inefficient-string-concatenation)
        if (!parseNumber((**values)[r], fmt, v))
            return fail(t.source + ", " + t.rowLabel(r) + ", column \"" + l.value + "\": \"" +
                        (**values)[r] +
                        "\" is not a number. Fix the cell, or add it to \"missing\" (or set "
                        "\"decimal\") for this source in the project file.");
        // NOLINTEND(performance-inefficient-string-concatenation)
        auto slot = static_cast<std::size_t>(role);
        std::string what = roles[slot].name;
        if (slot == figures) {
            const std::string party = trimmed((**partyCol)[r]);
            if (party.empty())
                return fail(t.source + ", " + t.rowLabel(r) + ": the party row of " + where +
                            " has no party name in column \"" + l.partyColumn +
                            "\". Fill it in, or narrow the \"parties\" filter.");
            auto [p, newParty] = partyOf.emplace(party, parties.size());
            if (newParty) parties.push_back(party);
            slot = figures + p->second;
            what = "party \"" + party + "\"";
            if (std::isnan(v)) v = 0; // the party did not stand here
        }
        auto [c, first] = cell.emplace(std::pair{it->second, slot}, std::pair{v, r});
        if (!first) {
            // A failure message, built once: the check's concern (temporaries in a loop) does not
            // apply. NOLINTBEGIN(performance-inefficient-string-concatenation)
            if (!spec.sumDuplicates)
                return fail(t.source + ": area \"" + key + "\" has two rows for " + what + " of " +
                            where + " (" + t.rowLabel(c->second.second) + " and " + t.rowLabel(r) +
                            "). Narrow the filters (e.g. on the vote type), or set "
                            "\"duplicates\": \"sum\" to add them.");
            // NOLINTEND(performance-inefficient-string-concatenation)
            if (std::isnan(c->second.first)) {
                c->second.first = v;
            } else if (!std::isnan(v)) {
                c->second.first += v;
            }
        }
    }
    if (areaKey.empty())
        return fail(t.source + ": no row matches the filters of " + where +
                    ". Check \"rows\", \"valid\" and \"parties\" against the file's columns and "
                    "values.");
    if (parties.empty())
        return fail(t.source + ": no row matches the \"parties\" filter of " + where +
                    ". Check it against the file's columns and values.");
    // A failure message, built once: the check's concern (temporaries in a loop) does not apply.
    // NOLINTBEGIN(performance-inefficient-string-concatenation)
    for (const auto& p : parties)
        if (p == spec.key || p == spec.name || p == kElectorateColumn || p == kVotersColumn ||
            p == kValidColumn)
            return fail(t.source + ": a party is called \"" + p +
                        "\", like the key or name column of " + where +
                        ". Rename it with \"rename\" or narrow the \"parties\" filter.");
    // NOLINTEND(performance-inefficient-string-concatenation)
    Pivot out;
    out.parties = parties;
    Table& w = out.table;
    w.source = t.source;
    w.encoding = t.encoding;
    w.separator = t.separator;
    w.footnoteLines = t.footnoteLines;
    w.lines = areaLine;
    const std::size_t m = areaKey.size();
    w.columns.push_back(spec.key);
    w.cells.push_back(areaKey);
    if (names) {
        w.columns.push_back(spec.name);
        w.cells.push_back(areaName);
    }
    auto column = [&](std::size_t slot, bool party) {
        std::vector<std::string> c(m, party ? "0" : "");
        for (std::size_t a = 0; a < m; ++a)
            if (auto it = cell.find({a, slot}); it != cell.end())
                c[a] = numberText(it->second.first);
        return c;
    };
    for (std::size_t k = 0; k < figures; ++k) {
        w.columns.emplace_back(roles[k].column);
        w.cells.emplace_back(column(k, false));
    }
    if (!l.hasElectorate || !l.hasVoters) {
        // keep the figure columns present so callers can address them
        for (const char* c : {kElectorateColumn, kVotersColumn})
            if (w.columnIndex(c) < 0) {
                w.columns.emplace_back(c);
                w.cells.emplace_back(m);
            }
    }
    for (std::size_t p = 0; p < parties.size(); ++p) {
        w.columns.push_back(parties[p]);
        w.cells.push_back(column(figures + p, true));
    }
    return out;
}

Result<PartyMap> mapParties(const std::vector<std::string>& parties, const PartyMapping& m,
                            const std::string& where) {
    const std::set<std::string> known(parties.begin(), parties.end());
    std::map<std::string, std::string> target; // source party -> mapped name
    auto claim = [&](const std::string& p, const std::string& to,
                     const std::string& how) -> Status {
        if (!known.count(p))
            return fail("the party \"" + p + "\" named in \"" + how + "\" of " + where +
                        " is not one of its parties (" + list(parties) + "). Check the spelling.");
        if (auto it = target.find(p); it != target.end())
            return fail("the party \"" + p + "\" of " + where +
                        " is mapped twice (in \"rename\", \"merge\" or \"keep\"). Name it once.");
        target[p] = to;
        return Ok{};
    };
    for (const auto& [from, to] : m.rename)
        if (auto s = claim(from, to, "rename"); !s) return s.takeError();
    for (const auto& [to, froms] : m.merge)
        for (const auto& from : froms)
            if (auto s = claim(from, to, "merge"); !s) return s.takeError();
    for (const auto& k : m.keep)
        if (auto s = claim(k, k, "keep"); !s) return s.takeError();
    PartyMap out;
    std::map<std::string, std::size_t> index;
    auto add = [&](const std::string& name, const std::string& source) {
        auto [it, isNew] = index.emplace(name, out.names.size());
        if (isNew) {
            out.names.push_back(name);
            out.sources.emplace_back();
        }
        out.sources[it->second].push_back(source);
    };
    std::vector<std::string> others;
    for (const auto& p : parties) {
        auto it = target.find(p);
        if (it != target.end()) {
            add(it->second, p);
        } else if (!m.others.empty()) {
            others.push_back(p);
        } else {
            add(p, p);
        }
    }
    if (!m.others.empty()) {
        if (!index.count(m.others)) {
            out.names.push_back(m.others);
            out.sources.emplace_back();
            index[m.others] = out.names.size() - 1;
        }
        for (const auto& p : others)
            out.sources[index[m.others]].push_back(p);
    }
    return out;
}

std::vector<double> sumParties(const std::vector<const std::vector<double>*>& columns) {
    if (columns.empty()) return {};
    std::vector<double> out(columns[0]->size(), kNaN);
    for (const auto* c : columns)
        for (std::size_t i = 0; i < out.size(); ++i) {
            const double v = (*c)[i];
            if (std::isnan(v)) continue;
            out[i] = std::isnan(out[i]) ? v : out[i] + v;
        }
    return out;
}

} // namespace swingmap
