// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo.h"

#include "core/demo_detail.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>

namespace swingmap {

namespace {

using namespace demo_detail;

constexpr std::size_t kDistricts = 400;
constexpr std::size_t kWards = 16;
constexpr BBox kCounty{400000.0, 5700000.0, 430000.0, 5724000.0}; // 30 km x 24 km

/// Ward names, north to south (wards are numbered by their centre's northing).
const char* const kWardNames[kWards] = {
    "Northgate",     "Highcliffe", "Brackenridge", "Kingsmead",   "Millbrook", "Whitecross",
    "Oakley Vale",   "Riverside",  "Fenwick",      "Barrow Hill", "Westbury",  "Eastfield",
    "Ashford Green", "Hollins",    "Stanmoor",     "Southmere"};

double round1(double v) {
    return std::round(v * 10.0) / 10.0;
}
double gauss(double x, double y, double cx, double cy, double sd) {
    return std::exp(-(sq(x - cx) + sq(y - cy)) / (2 * sq(sd)));
}

/// 1 in the town centre, falling to 0 in the countryside.
double urbanness(double x, double y) {
    return std::max(gauss(x, y, kTownX, kTownY, 2500), 0.8 * gauss(x, y, kSmallX, kSmallY, 1600));
}

// ---- places ------------------------------------------------------------------------------

bool farEnough(const std::vector<double>& xy, double x, double y, double minDist) {
    for (std::size_t i = 0; i < xy.size(); i += 2)
        if (sq(xy[i] - x) + sq(xy[i + 1] - y) < sq(minDist)) return false;
    return true;
}

/// Seed points, denser in the two towns so that districts there are smaller.
std::vector<double> seedPoints(Rng& rng) {
    std::vector<double> xy;
    while (xy.size() < 2 * kDistricts) {
        const double r = rng.uniform();
        double x = rng.uniform(kCounty.minX, kCounty.maxX);
        double y = rng.uniform(kCounty.minY, kCounty.maxY);
        if (r < 0.45)
            x = rng.normal(kTownX, 2300), y = rng.normal(kTownY, 2300);
        else if (r < 0.62)
            x = rng.normal(kSmallX, 1300), y = rng.normal(kSmallY, 1300);
        const bool inside = x > kCounty.minX + 200 && x < kCounty.maxX - 200 &&
                            y > kCounty.minY + 200 && y < kCounty.maxY - 200;
        if (inside && farEnough(xy, x, y, 180)) xy.insert(xy.end(), {x, y});
    }
    return xy;
}

/// Ward centres with additive weights: a district belongs to the centre with the least
/// squared distance minus weight (a power diagram, so wards stay compact and contiguous).
struct Centres {
    std::vector<double> xy, weight;
    [[nodiscard]] std::size_t nearest(double x, double y) const {
        std::size_t best = 0;
        double bestCost = std::numeric_limits<double>::infinity();
        for (std::size_t k = 0; k < weight.size(); ++k) {
            const double cost = sq(xy[2 * k] - x) + sq(xy[2 * k + 1] - y) - weight[k];
            if (cost < bestCost) best = k, bestCost = cost;
        }
        return best;
    }
};

/// One Lloyd step that also raises the weight of wards with too few districts, so that wards
/// end up with similar district counts (smaller in the towns), like real wards.
void balanceStep(Centres& c, const std::vector<double>& xy) {
    std::vector<double> sum(2 * kWards, 0.0), n(kWards, 0.0);
    for (std::size_t i = 0; i < kDistricts; ++i) {
        const std::size_t k = c.nearest(xy[2 * i], xy[2 * i + 1]);
        sum[2 * k] += xy[2 * i], sum[2 * k + 1] += xy[2 * i + 1], n[k] += 1;
    }
    const double target = double(kDistricts) / double(kWards);
    for (std::size_t k = 0; k < kWards; ++k) {
        if (n[k] > 0) c.xy[2 * k] = sum[2 * k] / n[k], c.xy[2 * k + 1] = sum[2 * k + 1] / n[k];
        c.weight[k] += 1.5e5 * (target - n[k]);
    }
}

Centres wardCentres(const std::vector<double>& xy, Rng& rng) {
    Centres c{{}, std::vector<double>(kWards, 0.0)};
    while (c.xy.size() < 2 * kWards) {
        const std::size_t i = rng.below(kDistricts);
        if (farEnough(c.xy, xy[2 * i], xy[2 * i + 1], 1.0))
            c.xy.insert(c.xy.end(), {xy[2 * i], xy[2 * i + 1]});
    }
    for (int round = 0; round < 60; ++round)
        balanceStep(c, xy);
    std::vector<std::size_t> order(kWards);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](auto a, auto b) { return c.xy[2 * a + 1] > c.xy[2 * b + 1]; });
    Centres sorted;
    for (std::size_t k : order) {
        sorted.xy.insert(sorted.xy.end(), {c.xy[2 * k], c.xy[2 * k + 1]});
        sorted.weight.push_back(c.weight[k]);
    }
    return sorted;
}

/// Districts sorted by ward, then north to south, then west to east; codes follow that order.
void placeDistricts(DemoData& d, Rng& rng) {
    const std::vector<double> xy = seedPoints(rng);
    const Centres centres = wardCentres(xy, rng);
    std::vector<std::size_t> wardOf(kDistricts), order(kDistricts);
    for (std::size_t i = 0; i < kDistricts; ++i)
        wardOf[i] = centres.nearest(xy[2 * i], xy[2 * i + 1]);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](auto a, auto b) {
        if (wardOf[a] != wardOf[b]) return wardOf[a] < wardOf[b];
        return xy[2 * a + 1] != xy[2 * b + 1] ? xy[2 * a + 1] > xy[2 * b + 1]
                                              : xy[2 * a] < xy[2 * b];
    });
    d.wardNames.assign(std::begin(kWardNames), std::end(kWardNames));
    std::vector<int> perWard(kWards, 0);
    char code[16];
    for (std::size_t i : order) {
        const std::size_t w = wardOf[i];
        d.xy.insert(d.xy.end(), {std::round(xy[2 * i]), std::round(xy[2 * i + 1])});
        d.ward.push_back(static_cast<int>(w));
        std::snprintf(code, sizeof code, "D%03zu", d.code.size() + 1);
        d.code.emplace_back(code);
        d.name.push_back(d.wardNames[w] + " " + std::to_string(++perWard[w]));
    }
}

// ---- census ------------------------------------------------------------------------------

void addCensusRow(DemoData& d, Rng& rng, double x, double y) {
    const double u = urbanness(x, y);
    const double campus = gauss(x, y, kTownX + 600, kTownY + 900, 1200);
    const double estate = gauss(x, y, kTownX + 3200, kTownY - 2600, 1400); // deprived estate
    const double students =
        clamp(1.5 + 4 * u + 24 * campus + std::abs(rng.normal(0, 1.5)), 0.2, 45);
    d.pctStudents.push_back(round1(students));
    d.pctAge60to74.push_back(round1(clamp(19 - 7 * u - 6 * campus + rng.normal(0, 2.5), 5, 32)));
    d.pctDegree.push_back(
        round1(clamp(16 + 20 * u + 0.4 * students - 8 * estate + rng.normal(0, 5), 4, 75)));
    d.unemploymentRate.push_back(
        round1(clamp(3.5 + 3 * u + 5 * estate + rng.normal(0, 1.2), 0.8, 18)));
    d.pctRenters.push_back(round1(clamp(22 + 45 * u + 0.5 * students + rng.normal(0, 7), 4, 92)));
    d.households.push_back(std::round(400 + 900 * u + rng.uniform(-150, 250)));
}

/// Three hamlets with fewer than 6 households, so that privacy suppression is exercised.
void makeHamlets(DemoData& d, Rng& rng) {
    std::vector<std::size_t> byRural(d.size());
    std::iota(byRural.begin(), byRural.end(), std::size_t{0});
    auto u = [&](std::size_t i) { return urbanness(d.xy[2 * i], d.xy[2 * i + 1]); };
    std::sort(byRural.begin(), byRural.end(), [&](auto a, auto b) { return u(a) < u(b); });
    for (std::size_t rank : {0u, 9u, 23u})
        d.households[byRural[rank]] = 2 + static_cast<double>(rng.below(4)); // 2..5
}

// ---- elections ---------------------------------------------------------------------------

std::vector<double> shares2019(const DemoData& d, Rng& rng, std::size_t i) {
    const double age = d.pctAge60to74[i] - 17, un = d.unemploymentRate[i] - 6;
    const double deg = d.pctDegree[i] - 30, rent = d.pctRenters[i] - 40;
    std::vector<double> s{30 + 1.5 * un - 0.25 * age + 0.1 * rent + rng.normal(0, 3),
                          33 + 0.6 * age - 0.2 * deg - 0.15 * rent + rng.normal(0, 3),
                          9 + 0.25 * deg + 0.2 * d.pctStudents[i] + rng.normal(0, 1.5),
                          12 + 0.3 * un + rng.normal(0, 2.5), 5 + rng.normal(0, 1.2)};
    for (double& v : s)
        v = std::max(0.5, v);
    const double sum = std::accumulate(s.begin(), s.end(), 0.0);
    for (double& v : s)
        v *= 100 / sum;
    return s;
}

/// Red moves by the planted change; the other parties share the rest with small trends.
std::vector<double> shares2024(const std::vector<double>& s19, double change, Rng& rng) {
    std::vector<double> s = s19;
    s[0] = clamp(s19[0] + change, 0.5, 95);
    const double trend[] = {0, 0.94, 1.15, 1.05, 1.0};
    double others = 0;
    for (std::size_t p = 1; p < s.size(); ++p)
        others += (s[p] *= trend[p] * (1 + rng.normal(0, 0.04)));
    for (std::size_t p = 1; p < s.size(); ++p)
        s[p] *= (100 - s[0]) / others;
    return s;
}

/// A smooth surface over the county (random phases), centred to mean 0 over the districts.
std::vector<double> smoothSurface(const DemoData& d, Rng& rng) {
    const double phx = rng.uniform(0, 2 * kPi), phy = rng.uniform(0, 2 * kPi);
    const double bx = rng.uniform(kCounty.minX, kCounty.maxX),
                 by = rng.uniform(kCounty.minY, kCounty.maxY);
    std::vector<double> s(d.size());
    for (std::size_t i = 0; i < d.size(); ++i) {
        const double x = d.xy[2 * i], y = d.xy[2 * i + 1];
        s[i] = 1.8 * std::sin(2 * kPi * (x - kCounty.minX) / 17000 + phx) *
                   std::cos(2 * kPi * (y - kCounty.minY) / 13000 + phy) +
               2.0 * gauss(x, y, bx, by, 4000);
    }
    const double mean = std::accumulate(s.begin(), s.end(), 0.0) / static_cast<double>(s.size());
    for (double& v : s)
        v -= mean;
    return s;
}

void plantChange(DemoData& d, Rng& rng) {
    d.truth = DemoTruth{-3.0, -0.30, 0.90, 0.10, 1.0};
    d.smoothNoise = smoothSurface(d, rng);
    for (std::size_t i = 0; i < d.size(); ++i)
        d.plantedChange.push_back(d.truth.intercept + d.truth.age60to74 * d.pctAge60to74[i] +
                                  d.truth.unemployment * d.unemploymentRate[i] +
                                  d.truth.degree * d.pctDegree[i] + d.smoothNoise[i] +
                                  rng.normal(0, d.truth.noiseSd));
}

/// Electorate, turnout, postal voting and party shares per district in both years.
DistrictPlan planElections(DemoData& d, Rng& rng) {
    d.parties = {"Red", "Blue", "Green", "Orange", "Other"};
    DistrictPlan plan;
    for (std::size_t i = 0; i < d.size(); ++i) {
        const double age = d.pctAge60to74[i] - 17, un = d.unemploymentRate[i] - 6;
        const double t19 = clamp(0.62 + 0.012 * age - 0.015 * un + 0.002 * (d.pctDegree[i] - 30) +
                                     rng.normal(0, 0.03),
                                 0.3, 0.9);
        const double e19 = d.households[i] * rng.uniform(1.62, 1.95);
        const double e24 = std::max(1.0, e19 * (1 + rng.normal(0, 0.025)));
        const bool hamlet = d.households[i] < 6;
        plan.electorate19.push_back(hamlet ? std::min(e19, 9.0) : e19);
        plan.electorate24.push_back(hamlet ? std::min(e24, 9.0) : e24);
        plan.turnout19.push_back(t19);
        plan.turnout24.push_back(clamp(t19 + rng.normal(-0.02, 0.02), 0.3, 0.9));
        // postal voting: more common among the old and the graduates, and up since 2019
        const double p19 = clamp(
            0.24 + 0.008 * age + 0.002 * (d.pctDegree[i] - 30) + rng.normal(0, 0.03), 0.08, 0.45);
        plan.postal19.push_back(p19);
        plan.postal24.push_back(clamp(p19 + 0.14 + rng.normal(0, 0.03), 0.15, 0.6));
        plan.shares19.push_back(shares2019(d, rng, i));
        plan.shares24.push_back(shares2024(plan.shares19.back(), d.plantedChange[i], rng));
    }
    return plan;
}

} // namespace

DemoData makeDemoData(uint64_t seed) {
    Rng rng(seed);
    DemoData d;
    d.seed = seed;
    d.extent = kCounty;
    placeDistricts(d, rng);
    for (std::size_t i = 0; i < d.size(); ++i)
        addCensusRow(d, rng, d.xy[2 * i], d.xy[2 * i + 1]);
    makeHamlets(d, rng);
    std::vector<double> urban(d.size());
    for (std::size_t i = 0; i < d.size(); ++i)
        urban[i] = urbanness(d.xy[2 * i], d.xy[2 * i + 1]);
    redrawDistricts(d, rng, urban);
    plantChange(d, rng);
    const DistrictPlan plan = planElections(d, rng);
    countElections(d, rng, plan);
    censusPerWard(d, rng);
    return d;
}

} // namespace swingmap
