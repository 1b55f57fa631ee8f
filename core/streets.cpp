// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/streets.h"

#include "core/text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace swingmap {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

nlohmann::json number(double v, double scale) {
    if (!std::isfinite(v)) return nullptr;
    return std::round(v * scale) / scale;
}

bool published(const Analysis& a, uint32_t area) {
    return area < a.areas.suppressed.size() && !a.areas.suppressed[area];
}

bool swingArea(const Analysis& a, uint32_t area) {
    const AreaFigures& f = a.areas;
    const AreaClass c = f.cls[area];
    if (c == AreaClass::BattleZone || c == AreaClass::UnderPerforming) return true;
    const double d = f.shareChange[area];
    return std::isfinite(d) && std::fabs(d) >= a.settings.rules.gainThreshold;
}
} // namespace

StreetRanking rankStreets(const StreetLayer& s, const Dataset& data, const Analysis& a) {
    (void)data;
    const auto byStreet = [](const StreetAreaLength& x, const StreetAreaLength& y) {
        return x.street != y.street ? x.street < y.street : x.area < y.area;
    };
    if (!std::is_sorted(s.lengths.begin(), s.lengths.end(), byStreet)) {
        StreetLayer sorted = s;
        std::sort(sorted.lengths.begin(), sorted.lengths.end(), byStreet);
        return rankStreets(sorted, data, a);
    }
    const AreaFigures& f = a.areas;
    const std::size_t nAreas = f.suppressed.size();
    // L(a): every street's length inside area a (the denominators of the shares)
    std::vector<double> areaLength(nAreas, 0.0);
    for (const auto& e : s.lengths)
        if (e.area < nAreas) areaLength[e.area] += e.metres;
    StreetRanking out;
    std::size_t k = 0;
    for (uint32_t street = 0; street < s.names.size(); ++street) {
        const std::size_t begin = k;
        while (k < s.lengths.size() && s.lengths[k].street == street)
            ++k;
        bool inSuppressed = false;
        StreetScore sc;
        sc.street = street;
        double metres = 0, votes = 0, changeSum = 0, changeLen = 0;
        bool anyVotes = false;
        std::map<AreaClass, double> classLength;
        std::vector<std::pair<double, uint32_t>> areas;
        for (std::size_t e = begin; e < k; ++e) {
            const uint32_t area = s.lengths[e].area;
            const double len = s.lengths[e].metres;
            if (!(len > 0)) continue;
            if (!published(a, area)) { // suppressed: contributes nothing
                inSuppressed = true;
                continue;
            }
            metres += len;
            areas.emplace_back(len, area);
            if (std::isfinite(f.potentialVotes[area]) && areaLength[area] > 0) {
                votes += f.potentialVotes[area] * len / areaLength[area];
                anyVotes = true;
            }
            if (std::isfinite(f.shareChange[area])) {
                changeSum += f.shareChange[area] * len;
                changeLen += len;
            }
            classLength[f.cls[area]] += len;
            sc.swingStreet = sc.swingStreet || swingArea(a, area);
        }
        if (areas.empty()) {
            ++(inSuppressed ? out.notListedPrivacy : out.outside);
            continue;
        }
        std::sort(areas.begin(), areas.end(), [](const auto& x, const auto& y) {
            return x.first != y.first ? x.first > y.first : x.second < y.second;
        });
        for (const auto& [len, area] : areas)
            sc.areas.push_back(area);
        sc.km = metres / 1000.0;
        sc.potentialVotes = anyVotes ? votes : kNaN;
        sc.perKm = anyVotes ? votes / sc.km : kNaN;
        sc.shareChange = changeLen > 0 ? changeSum / changeLen : kNaN;
        double best = -1;
        for (const AreaClass c : kClassOrder) // ties go to the class first in precedence
            if (auto it = classLength.find(c); it != classLength.end() && it->second > best)
                best = it->second, sc.cls = c;
        out.listed.push_back(std::move(sc));
    }
    // per km compared at 1e-6 votes/km: streets inside one area have the same figure up to
    // rounding, and their order must not depend on it (nor differ between runs that leave out
    // other areas); among equals the street with more potential votes (the longer) comes first
    auto perKmKey = [](double v) { return std::round(v * 1e6); };
    std::sort(out.listed.begin(), out.listed.end(),
              [&](const StreetScore& x, const StreetScore& y) {
                  const bool fx = std::isfinite(x.perKm), fy = std::isfinite(y.perKm);
                  if (fx != fy) return fx;
                  if (fx) {
                      const double kx = perKmKey(x.perKm), ky = perKmKey(y.perKm);
                      if (kx != ky) return kx > ky;
                      if (x.potentialVotes != y.potentialVotes)
                          return x.potentialVotes > y.potentialVotes;
                  }
                  return s.names[x.street] < s.names[y.street];
              });
    for (std::size_t r = 0; r < out.listed.size(); ++r) {
        out.listed[r].rank = r + 1;
        out.kmListed += out.listed[r].km;
        out.swingStreets += out.listed[r].swingStreet ? 1 : 0;
    }
    return out;
}

std::string streetsCsv(const StreetLayer& s, const Dataset& d, const StreetRanking& ranking) {
    std::string csv = "rank,street,road_class,class,km,areas_crossed,potential_votes,per_km,"
                      "share_change,swing_street,area_keys\n";
    for (const StreetScore& sc : ranking.listed) {
        std::string keys;
        for (const uint32_t area : sc.areas)
            keys += (keys.empty() ? "" : ";") + d.keys[area];
        csv += std::to_string(sc.rank) + "," + csvField(s.names[sc.street]) + "," +
               csvField(s.roadClass[sc.street]) + "," + classId(sc.cls) + "," +
               fixedDecimals(sc.km, 3) + "," + std::to_string(sc.areas.size()) + "," +
               fixedDecimals(sc.potentialVotes, 1) + "," + fixedDecimals(sc.perKm, 1) + "," +
               fixedDecimals(sc.shareChange, 2) + "," + (sc.swingStreet ? "yes" : "no") + "," +
               csvField(keys) + "\n";
    }
    return csv;
}

nlohmann::json streetsReport(const StreetLayer& s, const StreetRanking& r, std::size_t top) {
    nlohmann::json j = {{"source", s.source},
                        {"layer", s.layer},
                        {"crs", s.crs},
                        {"features", s.features},
                        {"kept", s.kept},
                        {"dropped_unnamed", s.droppedUnnamed},
                        {"dropped_by_class", s.droppedByClass},
                        {"by_class", s.byClass},
                        {"streets", s.names.size()},
                        {"outside", r.outside},
                        {"listed", r.listed.size()},
                        {"swing_streets", r.swingStreets},
                        {"not_listed_privacy", r.notListedPrivacy},
                        {"km_listed", number(r.kmListed, 1000)},
                        {"geos_failures", s.geosFailures}};
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < r.listed.size() && i < top; ++i) {
        const StreetScore& sc = r.listed[i];
        list.push_back({{"rank", sc.rank},
                        {"street", s.names[sc.street]},
                        {"road_class", s.roadClass[sc.street]},
                        {"class", classId(sc.cls)},
                        {"km", number(sc.km, 1000)},
                        {"areas", sc.areas.size()},
                        {"potential_votes", number(sc.potentialVotes, 10)},
                        {"per_km", number(sc.perKm, 10)},
                        {"share_change", number(sc.shareChange, 100)},
                        {"swing_street", sc.swingStreet}});
    }
    j["top"] = std::move(list);
    return j;
}

} // namespace swingmap
