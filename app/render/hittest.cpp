// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/hittest.h"

namespace swingmap {

namespace {

/// Crossings of a ray to +x with ring r: odd = inside that ring.
bool ringCrosses(const PolygonLayer& l, uint32_t r, double x, double y) {
    bool inside = false;
    const double* p = l.xy.data();
    const uint32_t a = l.ringPoint[r], b = l.ringPoint[r + 1];
    if (b <= a) return false;
    for (std::size_t i = a, j = b - 1; i < b; j = i++) {
        const double xi = p[2 * i], yi = p[2 * i + 1], xj = p[2 * j], yj = p[2 * j + 1];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
}

} // namespace

bool featureContains(const PolygonLayer& l, std::size_t f, double x, double y) {
    if (f >= l.featureCount() || !l.hasGeometry(f)) return false;
    const BBox& b = l.bbox[f];
    if (x < b.minX || x > b.maxX || y < b.minY || y > b.maxY) return false;
    for (uint32_t part = l.featurePart[f]; part < l.featurePart[f + 1]; ++part) {
        bool inside = false;
        for (uint32_t r = l.partRing[part]; r < l.partRing[part + 1]; ++r)
            if (ringCrosses(l, r, x, y)) inside = !inside;
        if (inside) return true;
    }
    return false;
}

std::optional<std::size_t> featureAt(const PolygonLayer& l, double x, double y) {
    for (std::size_t f = 0; f < l.featureCount(); ++f)
        if (featureContains(l, f, x, y)) return f;
    return std::nullopt;
}

} // namespace swingmap
