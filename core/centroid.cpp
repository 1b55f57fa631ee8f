// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/centroid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace swingmap {

namespace {

/// Running sums relative to a base point (the feature's first vertex) to limit cancellation.
struct Sums {
    double bx = 0, by = 0;
    double area = 0, ax = 0, ay = 0; ///< sum of A, sum of A * cx, sum of A * cy
    double len = 0, lx = 0, ly = 0;  ///< segment lengths and length-weighted midpoints
    double px = 0, py = 0, points = 0;
};

/// Adds one ring with sign +1 (shell) or -1 (hole), normalising its orientation.
void addRing(const double* p, std::size_t n, double sign, Sums& s) {
    double a2 = 0, cx = 0, cy = 0;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const double x0 = p[2 * i] - s.bx, y0 = p[2 * i + 1] - s.by;
        const double x1 = p[2 * i + 2] - s.bx, y1 = p[2 * i + 3] - s.by;
        const double cross = x0 * y1 - x1 * y0;
        a2 += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
        const double l = std::hypot(x1 - x0, y1 - y0);
        s.len += l;
        s.lx += l * (x0 + x1) / 2;
        s.ly += l * (y0 + y1) / 2;
        s.px += x0;
        s.py += y0;
        s.points += 1;
    }
    if (a2 == 0) return;
    // Ring centroid (cx, cy) / (3 a2); weight |A| = |a2| / 2 with the ring's role as sign.
    const double w = sign * (a2 < 0 ? -1.0 : 1.0);
    s.area += w * a2 / 2;
    s.ax += w * cx / 6;
    s.ay += w * cy / 6;
}

} // namespace

std::array<double, 2> featureCentroid(const PolygonLayer& l, std::size_t f) {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (!l.hasGeometry(f)) return {nan, nan};
    Sums s;
    const uint32_t first = l.ringPoint[l.partRing[l.featurePart[f]]];
    s.bx = l.x(first);
    s.by = l.y(first);
    for (uint32_t p = l.featurePart[f]; p < l.featurePart[f + 1]; ++p)
        for (uint32_t r = l.partRing[p]; r < l.partRing[p + 1]; ++r)
            addRing(l.point(l.ringPoint[r]), l.ringPoint[r + 1] - l.ringPoint[r],
                    r == l.partRing[p] ? 1.0 : -1.0, s);
    if (s.area != 0) return {s.bx + s.ax / s.area, s.by + s.ay / s.area};
    if (s.len > 0) return {s.bx + s.lx / s.len, s.by + s.ly / s.len};
    if (s.points > 0) return {s.bx + s.px / s.points, s.by + s.py / s.points};
    return {s.bx, s.by};
}

std::vector<double> featureCentroids(const PolygonLayer& layer) {
    std::vector<double> out(2 * layer.featureCount());
    for (std::size_t f = 0; f < layer.featureCount(); ++f) {
        const std::array<double, 2> c = featureCentroid(layer, f);
        out[2 * f] = c[0];
        out[2 * f + 1] = c[1];
    }
    return out;
}

namespace {

/// The scan line's y for part p: the middle of its extent, moved to halfway between the nearest
/// vertex y values above and below so that it crosses no vertex.
double scanY(const PolygonLayer& l, uint32_t p) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (uint32_t r = l.partRing[p]; r < l.partRing[p + 1]; ++r)
        for (uint32_t i = l.ringPoint[r]; i < l.ringPoint[r + 1]; ++i) {
            lo = std::min(lo, l.y(i));
            hi = std::max(hi, l.y(i));
        }
    const double mid = (lo + hi) / 2;
    double below = lo, above = hi;
    for (uint32_t r = l.partRing[p]; r < l.partRing[p + 1]; ++r)
        for (uint32_t i = l.ringPoint[r]; i < l.ringPoint[r + 1]; ++i) {
            const double y = l.y(i);
            if (y <= mid && y > below) below = y;
            if (y > mid && y < above) above = y;
        }
    return (below + above) / 2;
}

} // namespace

std::array<double, 2> featureInteriorPoint(const PolygonLayer& l, std::size_t f) {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (!l.hasGeometry(f)) return {nan, nan};
    double bestWidth = -1, bestX = nan, bestY = nan;
    std::vector<double> xs;
    for (uint32_t p = l.featurePart[f]; p < l.featurePart[f + 1]; ++p) {
        const double y = scanY(l, p);
        xs.clear();
        for (uint32_t r = l.partRing[p]; r < l.partRing[p + 1]; ++r)
            for (uint32_t i = l.ringPoint[r]; i + 1 < l.ringPoint[r + 1]; ++i) {
                const double x0 = l.x(i), y0 = l.y(i);
                const double x1 = l.xy[2 * i + 2], y1 = l.xy[2 * i + 3];
                if ((y0 > y) == (y1 > y)) continue; // half-open rule: no double counting
                xs.push_back(x0 + (y - y0) * (x1 - x0) / (y1 - y0));
            }
        std::sort(xs.begin(), xs.end());
        for (std::size_t k = 0; k + 1 < xs.size(); k += 2) // inside between pairs of crossings
            if (xs[k + 1] - xs[k] > bestWidth) {
                bestWidth = xs[k + 1] - xs[k];
                bestX = (xs[k] + xs[k + 1]) / 2;
                bestY = y;
            }
    }
    if (bestWidth > 0) return {bestX, bestY};
    return featureCentroid(l, f);
}

std::vector<double> featureInteriorPoints(const PolygonLayer& layer) {
    std::vector<double> xy(2 * layer.featureCount());
    for (std::size_t f = 0; f < layer.featureCount(); ++f) {
        const auto p = featureInteriorPoint(layer, f);
        xy[2 * f] = p[0];
        xy[2 * f + 1] = p[1];
    }
    return xy;
}

} // namespace swingmap
