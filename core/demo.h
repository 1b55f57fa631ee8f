// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"

#include <cstdint>
#include <string>
#include <vector>

namespace swingmap {

/// One synthetic election: per-district counts (votes[party][district]).
struct DemoElection {
    std::string label;
    std::vector<int64_t> electorate, voters, valid;
    std::vector<std::vector<int64_t>> votes;
};

/// The coefficients planted in the synthetic share change of the demo's party (points per unit).
struct DemoTruth {
    double intercept = 0;
    double age60to74 = 0;    ///< per point of pct_age_60_74
    double unemployment = 0; ///< per point of unemployment_rate
    double degree = 0;       ///< per point of pct_degree
    double noiseSd = 0;      ///< sd of the iid part of the noise
};

/**
 * A SYNTHETIC county around a fictional town: polling-district seed points (projected metres,
 * EPSG:25832-like), wards, census covariates and two elections with a planted swing for "Red".
 * No real places or people. Plain data only: geometry (Voronoi cells) is made in gis/.
 */
struct DemoData {
    std::string crs = "EPSG:25832";
    BBox extent;                   ///< the county's square
    std::vector<double> xy;        ///< seed point per district (interleaved x,y)
    std::vector<std::string> code; ///< "D001".."D400"
    std::vector<std::string> name; ///< "<Ward> 1", ...
    std::vector<int> ward;         ///< index into wardNames
    std::vector<std::string> wardNames;
    // census (one value per district; percentages in points)
    std::vector<double> households, pctAge60to74, pctStudents, pctDegree, unemploymentRate,
        pctRenters;
    std::vector<std::string> parties;    ///< "Red", "Blue", "Green", "Orange", "Other"
    std::vector<DemoElection> elections; ///< "2019", "2024"
    std::string party = "Red";           ///< the party with the planted swing
    DemoTruth truth;
    std::vector<double> smoothNoise;   ///< the spatially smooth part of the planted change
    std::vector<double> plantedChange; ///< planted share change before counting votes

    [[nodiscard]] std::size_t size() const { return code.size(); }
};

/// Deterministic for a seed on every platform (own uniform/normal transforms on mt19937_64).
DemoData makeDemoData(uint64_t seed = 2024);

} // namespace swingmap
