// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lisa.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace swingmap {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double normalUpper(double z) {
    return 0.5 * std::erfc(z / std::sqrt(2.0));
}

struct Moments {
    std::vector<double> z; ///< deviations from the mean
    double m2 = 0;         ///< sum z² / n (mlvar = TRUE)
};

Moments moments(const std::vector<double>& x) {
    Moments m;
    const auto n = static_cast<double>(x.size());
    const double mean = std::accumulate(x.begin(), x.end(), 0.0) / n;
    m.z.resize(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        m.z[i] = x[i] - mean;
        m.m2 += m.z[i] * m.z[i];
    }
    m.m2 /= n;
    return m;
}

/// Analytic moments of I_i (spdep::localmoran, conditional = TRUE) for row-standardised W:
/// Wi = 1 and Wi2 = 1 / degree for every area with neighbours.
void analytic(const Moments& m, const Neighbours& nb, std::size_t i, Lisa& out) {
    const auto n = static_cast<double>(m.z.size());
    const auto deg = static_cast<double>(nb.degree(i));
    double lag = 0;
    for (uint32_t k = nb.offset[i]; k < nb.offset[i + 1]; ++k)
        lag += m.z[nb.index[k]];
    lag = deg > 0 ? lag / deg : 0;
    const double zi = m.z[i], wi = deg > 0 ? 1.0 : 0.0, wi2 = deg > 0 ? 1.0 / deg : 0.0;
    out.i[i] = zi / m.m2 * lag;
    out.expectation[i] = -(zi * zi * wi) / ((n - 1) * m.m2);
    out.variance[i] = (zi / m.m2) * (zi / m.m2) * (n / (n - 2)) * (wi2 - wi * wi / (n - 1)) *
                      (m.m2 - zi * zi / (n - 1));
    out.z[i] = (out.i[i] - out.expectation[i]) / std::sqrt(out.variance[i]);
    out.p[i] = deg > 0 ? 2 * normalUpper(std::fabs(out.z[i])) : kNaN;
}

/// Folded pseudo p-value of area i from conditional permutations of the other values.
double permutationP(const Moments& m, const Neighbours& nb, std::size_t i, double observed,
                    const LisaSettings& s) {
    const std::size_t deg = nb.degree(i), n = m.z.size();
    if (deg == 0 || n < deg + 2) return kNaN;
    std::mt19937_64 rng(s.seed ^ (0x9E3779B97F4A7C15ULL * (i + 1)));
    std::vector<uint32_t> pick(deg);
    std::size_t above = 0, below = 0;
    for (int r = 0; r < s.permutations; ++r) {
        // deg distinct indices among the n - 1 others (Floyd's algorithm), skipping i
        std::size_t got = 0;
        for (std::size_t j = n - 1 - deg; j < n - 1; ++j) {
            auto t = static_cast<uint32_t>(std::uniform_int_distribution<std::size_t>(0, j)(rng));
            const bool seen = std::find(pick.begin(), pick.begin() + static_cast<long>(got), t) !=
                              pick.begin() + static_cast<long>(got);
            pick[got++] = seen ? static_cast<uint32_t>(j) : t;
        }
        double lag = 0;
        for (uint32_t t : pick)
            lag += m.z[t >= i ? t + 1 : t];
        const double ii = m.z[i] / m.m2 * lag / static_cast<double>(deg);
        above += ii >= observed;
        below += ii <= observed;
    }
    return static_cast<double>(std::min(above, below) + 1) / (s.permutations + 1);
}

LisaCluster quadrant(double zi, double lag) {
    if (zi > 0) return lag > 0 ? LisaCluster::HighHigh : LisaCluster::HighLow;
    return lag > 0 ? LisaCluster::LowHigh : LisaCluster::LowLow;
}
} // namespace

const char* lisaClusterId(LisaCluster c) {
    switch (c) {
    case LisaCluster::HighHigh:
        return "HH";
    case LisaCluster::LowLow:
        return "LL";
    case LisaCluster::HighLow:
        return "HL";
    case LisaCluster::LowHigh:
        return "LH";
    case LisaCluster::NotSignificant:
        break;
    }
    return "ns";
}

std::vector<double> adjustBh(const std::vector<double>& p) {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (!std::isnan(p[i])) order.push_back(i);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return p[a] > p[b]; });
    std::vector<double> out(p.size(), kNaN);
    const auto m = static_cast<double>(order.size());
    double running = 1.0;
    for (std::size_t r = 0; r < order.size(); ++r) {
        const double rank = m - static_cast<double>(r); // rank from the smallest
        running = std::min(running, p[order[r]] * m / rank);
        out[order[r]] = running;
    }
    return out;
}

Result<Lisa> localMoran(const std::vector<double>& x, const Neighbours& nb, const LisaSettings& s) {
    const std::size_t n = x.size();
    if (nb.size() != n) return fail("local Moran: the neighbour lists do not match the areas");
    if (n < 3) return fail("local Moran needs at least three areas");
    for (double v : x)
        if (!std::isfinite(v)) return fail("local Moran needs a value for every area");
    const Moments m = moments(x);
    if (!(m.m2 > 0)) return fail("local Moran: every area has the same value");
    Lisa out;
    for (auto* v : {&out.i, &out.expectation, &out.variance, &out.z, &out.p, &out.pSim})
        v->assign(n, kNaN);
    for (std::size_t i = 0; i < n; ++i) {
        analytic(m, nb, i, out);
        out.pSim[i] = permutationP(m, nb, i, out.i[i], s);
    }
    out.pSimFdr = adjustBh(out.pSim);
    out.cluster.assign(n, LisaCluster::NotSignificant);
    for (std::size_t i = 0; i < n; ++i) {
        if (!(out.pSimFdr[i] < s.fdr)) continue;
        double lag = 0;
        for (uint32_t k = nb.offset[i]; k < nb.offset[i + 1]; ++k)
            lag += m.z[nb.index[k]];
        out.cluster[i] = quadrant(m.z[i], lag);
    }
    return out;
}

} // namespace swingmap
