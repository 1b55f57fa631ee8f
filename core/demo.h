// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"

#include <cstdint>
#include <string>
#include <vector>

namespace swingmap {

/**
 * One election's counts per row. As the truth per 2024 district (DemoData::elections): every
 * vote cast by the district's electors, at the polling station or by post. As published
 * (DemoData::published): polling districts (in-person votes only, with the postal ballots issued
 * to their electors) followed by postal districts (no territory, electorate 0).
 */
struct DemoElection {
    std::string label;
    std::vector<std::string> code; ///< row keys (empty for the truth: DemoData::code)
    std::vector<int> ward;         ///< parent ward of each row (index into wardNames)
    std::vector<char> postal;      ///< 1 = a postal district row
    std::vector<int64_t> electorate, voters, valid;
    std::vector<int64_t> postalIssued; ///< postal ballots issued to the row's electors
    std::vector<int64_t> postalVoters; ///< of `voters`, those who voted by post
    std::vector<std::vector<int64_t>> votes;

    [[nodiscard]] std::size_t rows() const { return electorate.size(); }
    [[nodiscard]] std::size_t postalRows() const;
};

/// The coefficients planted in the synthetic share change of the demo's party (points per unit).
struct DemoTruth {
    double intercept = 0;
    double age60to74 = 0;    ///< per point of pct_age_60_74
    double unemployment = 0; ///< per point of unemployment_rate
    double degree = 0;       ///< per point of pct_degree
    double noiseSd = 0;      ///< sd of the iid part of the noise
};

/// Census counts per ward (the demo publishes no census figure per district).
struct DemoWardCensus {
    std::vector<int64_t> households, residents, aged60to74, students, degree, labourForce,
        unemployed, renterHouseholds;
};

/// How the 2019 districts came to be the 2024 ones (DemoData::redraw*).
struct DemoRedraw {
    std::vector<std::size_t> split;  ///< 2024 district pairs (a, b) that were one 2019 district
    std::vector<std::size_t> merged; ///< 2024 districts that were two 2019 districts
    std::vector<std::size_t> moved;  ///< 2024 districts whose boundaries moved
};

/**
 * A SYNTHETIC county around a fictional town: polling-district seed points (projected metres,
 * EPSG:25832-like), wards, census covariates and two elections with a planted swing for "Red".
 * The districts were redrawn between the elections (2019 has its own layout, whose codes are
 * reused for other areas in 2024), postal votes are counted in postal districts per ward, and
 * the census is published per ward. No real places or people. Plain data only: geometry
 * (Voronoi cells of the seeds) is made in gis/.
 */
struct DemoData {
    std::string crs = "EPSG:25832";
    uint64_t seed = 0;             ///< the seed it was made from (makeDemoStreets uses it too)
    BBox extent;                   ///< the county's square
    std::vector<double> xy;        ///< seed point per 2024 district (interleaved x,y)
    std::vector<std::string> code; ///< "D001".."D400"
    std::vector<std::string> name; ///< "<Ward> 1", ...
    std::vector<int> ward;         ///< index into wardNames
    std::vector<std::string> wardNames;
    // the 2019 layout (Voronoi cells of these seeds)
    std::vector<double> xy2019;
    std::vector<std::string> code2019; ///< "D001".., numbered like 2024's: codes are reused
    std::vector<int> ward2019;         ///< the ward of the 2019 seed
    DemoRedraw redraw;
    // census truth (one value per 2024 district; percentages in points; never published)
    std::vector<double> households, pctAge60to74, pctStudents, pctDegree, unemploymentRate,
        pctRenters;
    DemoWardCensus wardCensus;           ///< what the census publishes (sums over wards)
    std::vector<std::string> parties;    ///< "Red", "Blue", "Green", "Orange", "Other"
    std::vector<DemoElection> elections; ///< "2019", "2024": the truth per 2024 district
    std::vector<DemoElection> published; ///< "2019" (2019 layout), "2024": rows as counted
    std::string party = "Red";           ///< the party with the planted swing
    DemoTruth truth;
    std::vector<double> smoothNoise;   ///< the spatially smooth part of the planted change
    std::vector<double> plantedChange; ///< planted share change before counting votes

    [[nodiscard]] std::size_t size() const { return code.size(); }
};

/// Deterministic for a seed on every platform (own uniform/normal transforms on mt19937_64).
DemoData makeDemoData(uint64_t seed = 2024);

} // namespace swingmap
