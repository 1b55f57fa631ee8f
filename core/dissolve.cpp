// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dissolve.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace swingmap {

namespace {
std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}
} // namespace

DissolveGroups groupByKey(const std::vector<std::string>& keys, std::size_t prefixLength) {
    DissolveGroups g;
    std::vector<std::string> key(keys.size());
    std::map<std::string, int> number;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        key[i] = trimmed(keys[i]);
        if (prefixLength > 0)
            key[i] = key[i].size() < prefixLength ? std::string() : key[i].substr(0, prefixLength);
        if (!key[i].empty()) number.emplace(key[i], 0);
    }
    for (auto& [k, n] : number) {
        n = static_cast<int>(g.keys.size());
        g.keys.push_back(k);
    }
    g.members.assign(g.keys.size(), 0);
    g.groupOf.assign(keys.size(), -1);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (key[i].empty()) {
            ++g.leftOut;
            continue;
        }
        g.groupOf[i] = number.at(key[i]);
        ++g.members[static_cast<std::size_t>(g.groupOf[i])];
    }
    return g;
}

Result<DissolvedCounts> sumByGroup(const std::vector<CountColumn>& columns,
                                   const DissolveGroups& groups) {
    DissolvedCounts out;
    for (const CountColumn& c : columns) {
        if (c.values.size() != groups.groupOf.size())
            return fail("Column \"" + c.name + "\" has " + std::to_string(c.values.size()) +
                        " values for " + std::to_string(groups.groupOf.size()) +
                        " areas; give one value per area.");
        CountColumn sum{c.name, std::vector<double>(groups.keys.size(), 0.0)};
        DissolveTotals t;
        t.name = c.name;
        long double before = 0, after = 0, leftOut = 0;
        for (std::size_t i = 0; i < c.values.size(); ++i) {
            double v = c.values[i];
            if (std::isnan(v)) {
                ++t.missing;
                v = 0;
            }
            before += v;
            const int g = groups.groupOf[i];
            if (g < 0)
                leftOut += v;
            else
                sum.values[static_cast<std::size_t>(g)] += v;
        }
        for (double v : sum.values)
            after += v;
        t.before = static_cast<double>(before);
        t.after = static_cast<double>(after);
        t.leftOut = static_cast<double>(leftOut);
        out.columns.push_back(std::move(sum));
        out.totals.push_back(t);
    }
    return out;
}

} // namespace swingmap
