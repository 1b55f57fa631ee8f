// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Internals of the synthetic demo (core/demo.cpp, core/demo_count.cpp); not a public API.

#include "core/demo.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace swingmap::demo_detail {

constexpr double kPi = 3.14159265358979323846;
constexpr double kTownX = 413500, kTownY = 5712500;   // Kellbridge (fictional)
constexpr double kSmallX = 423500, kSmallY = 5717500; // Ashby Cross (fictional)

/// Uniform and normal variates from mt19937_64 by fixed formulas, so that a seed gives the
/// same county with every standard library (std::normal_distribution does not).
class Rng {
public:
    explicit Rng(uint64_t seed) : m_gen(seed) {}
    double uniform() { return static_cast<double>(m_gen() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    double normal(double mean = 0, double sd = 1) { // Box-Muller, one variate per call
        const double u1 = 1.0 - uniform();          // (0, 1]
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
    }
    std::size_t below(std::size_t n) {
        return std::min(n - 1, static_cast<std::size_t>(uniform() * static_cast<double>(n)));
    }

private:
    std::mt19937_64 m_gen;
};

inline double sq(double v) {
    return v * v;
}
inline double clamp(double v, double lo, double hi) {
    return std::min(hi, std::max(lo, v));
}

/// What each 2024 district's electors do in both elections (before any vote is counted).
struct DistrictPlan {
    std::vector<double> electorate19, electorate24; ///< before rounding (hamlets capped at 9)
    std::vector<double> turnout19, turnout24;
    std::vector<double> postal19, postal24;              ///< share of voters voting by post
    std::vector<std::vector<double>> shares19, shares24; ///< per district: party shares (sum 100)
};

/// Index of the seed nearest (x, y); ties to the lower index.
std::size_t nearestSeed(const std::vector<double>& xy, double x, double y);

/// Largest-remainder rounding: integers summing exactly to `total`, in proportion to `weights`.
std::vector<int64_t> allocate(int64_t total, const std::vector<double>& weights);

/// The 2019 layout: some 2024 districts were one 2019 district, some were two, some moved.
void redrawDistricts(DemoData& d, Rng& rng, const std::vector<double>& urbanness);

/// Counts both elections from the plan: the truth per 2024 district and the published tables
/// (2019 on its own layout; postal districts per ward in both years).
void countElections(DemoData& d, Rng& rng, const DistrictPlan& plan);

/// The census as published: counts per ward, from the districts' (unpublished) figures.
void censusPerWard(DemoData& d, Rng& rng);

} // namespace swingmap::demo_detail
