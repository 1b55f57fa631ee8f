// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/simple_ring.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace swingmap::gis {

namespace {

struct P {
    double x, y;
};

/// The sign of the orientation of (a, b, c) when certain (Shewchuk's orient2d filter,
/// ccwerrboundA), else 0: collinear or too close to tell.
int certainOrientation(P a, P b, P c) {
    constexpr double kEps = 1.1102230246251565e-16; // 2^-53
    constexpr double kBound = (3.0 + 16.0 * kEps) * kEps;
    const double left = (a.x - c.x) * (b.y - c.y);
    const double right = (a.y - c.y) * (b.x - c.x);
    const double det = left - right;
    const double sum = std::abs(left) + std::abs(right);
    if (!(sum > 1e-280)) return 0; // products near underflow: the bound no longer holds
    const double bound = kBound * sum;
    if (det > bound) return 1;
    if (-det > bound) return -1;
    return 0;
}

/// Segments (a, b) and (c, d) provably share no point.
bool disjoint(P a, P b, P c, P d) {
    if (std::max(a.x, b.x) < std::min(c.x, d.x) || std::max(c.x, d.x) < std::min(a.x, b.x) ||
        std::max(a.y, b.y) < std::min(c.y, d.y) || std::max(c.y, d.y) < std::min(a.y, b.y))
        return true;
    const int o1 = certainOrientation(a, b, c), o2 = certainOrientation(a, b, d);
    if (o1 != 0 && o1 == o2) return true;
    const int o3 = certainOrientation(c, d, a), o4 = certainOrientation(c, d, b);
    return o3 != 0 && o3 == o4;
}

} // namespace

bool provablySimpleRing(const double* xy, std::size_t n) {
    if (n < 4 || n > kSimpleRingMaxSegments + 1) return false;
    if (xy[0] != xy[2 * (n - 1)] || xy[1] != xy[2 * (n - 1) + 1]) return false; // not closed
    std::array<P, kSimpleRingMaxSegments + 1> v{};
    std::size_t m = 0; // distinct consecutive vertices, closing point left out
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const P p{xy[2 * i], xy[2 * i + 1]};
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || std::abs(p.x) > 1e150 ||
            std::abs(p.y) > 1e150)
            return false;
        if (m > 0 && p.x == v[m - 1].x && p.y == v[m - 1].y) continue; // repeated point
        v[m++] = p;
    }
    while (m > 0 && v[m - 1].x == v[0].x && v[m - 1].y == v[0].y)
        --m; // repeats of the first point before the closing one
    if (m < 3) return false;
    auto at = [&](std::size_t i) { return v[i % m]; };
    // consecutive segments (i-1, i) and (i, i+1) meet only at vertex i: a certain turn there
    for (std::size_t i = 0; i < m; ++i)
        if (certainOrientation(at(i + m - 1), at(i), at(i + 1)) == 0) return false;
    // every other pair of segments is disjoint
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = i + 2; j < m; ++j) {
            if (i == 0 && j == m - 1) continue; // the last segment meets the first at vertex 0
            if (!disjoint(at(i), at(i + 1), at(j), at(j + 1))) return false;
        }
    return true;
}

} // namespace swingmap::gis
