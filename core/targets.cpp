// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/targets.h"

#include "core/text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace swingmap {

namespace {
std::string reasonFor(const Analysis& a, std::size_t i) {
    const AreaFigures& f = a.areas;
    std::vector<std::string> parts;
    if (f.cls[i] != AreaClass::None) parts.emplace_back(classLabel(f.cls[i]));
    if (std::isfinite(f.residual[i]) && f.residual[i] < 0)
        parts.push_back(fixedDecimals(-f.residual[i], 1) +
                        " points below what its demographics predict");
    if (std::isfinite(f.turnoutTo[i]) && f.turnoutTo[i] < a.turnoutTarget)
        parts.push_back("turnout " + fixedDecimals(a.turnoutTarget - f.turnoutTo[i], 1) +
                        " points under the target");
    std::string s;
    for (const auto& p : parts)
        s += (s.empty() ? "" : "; ") + p;
    return s.empty() ? "potential votes" : s;
}
} // namespace

std::vector<Target> rankTargets(const Dataset& d, const Analysis& a, std::size_t limit) {
    const AreaFigures& f = a.areas;
    std::vector<std::size_t> idx;
    for (std::size_t i = 0; i < d.areaCount(); ++i)
        if (!f.suppressed[i] && std::isfinite(f.potentialVotes[i]) && f.potentialVotes[i] > 0)
            idx.push_back(i);
    std::sort(idx.begin(), idx.end(), [&](std::size_t x, std::size_t y) {
        if (f.potentialVotes[x] != f.potentialVotes[y])
            return f.potentialVotes[x] > f.potentialVotes[y];
        return d.keys[x] < d.keys[y];
    });
    if (limit > 0 && idx.size() > limit) idx.resize(limit);
    std::vector<Target> out;
    out.reserve(idx.size());
    for (std::size_t r = 0; r < idx.size(); ++r)
        out.push_back({r + 1, idx[r], f.potentialVotes[idx[r]], reasonFor(a, idx[r])});
    return out;
}

std::string targetsCsv(const Dataset& d, const Analysis& a, const std::vector<Target>& targets) {
    const AreaFigures& f = a.areas;
    std::string csv = "rank,key,name,class,share_to,share_change,residual,turnout_to,"
                      "potential_votes,reason\n";
    for (const Target& t : targets) {
        const std::size_t i = t.area;
        csv += std::to_string(t.rank) + "," + csvField(d.keys[i]) + "," + csvField(d.names[i]) +
               "," + classId(f.cls[i]) + "," + fixedDecimals(f.shareTo[i], 2) + "," +
               fixedDecimals(f.shareChange[i], 2) + "," + fixedDecimals(f.residual[i], 2) + "," +
               fixedDecimals(f.turnoutTo[i], 2) + "," + fixedDecimals(t.potentialVotes, 1) + "," +
               csvField(t.reason) + "\n";
    }
    return csv;
}

} // namespace swingmap
