// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/contiguity.h"

#include "core/spatialweights.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace swingmap::gis {

namespace {
struct Vertex {
    int64_t cx, cy; // grid cell
    uint32_t feature;
    uint32_t point;
};

std::vector<Vertex> gridVertices(const PolygonLayer& l, double snap) {
    std::vector<Vertex> v;
    v.reserve(l.pointCount());
    for (std::size_t f = 0; f < l.featureCount(); ++f) {
        const uint32_t r0 = l.partRing[l.featurePart[f]], r1 = l.partRing[l.featurePart[f + 1]];
        for (uint32_t p = l.ringPoint[r0]; p < l.ringPoint[r1]; ++p) {
            v.push_back({static_cast<int64_t>(std::floor(l.x(p) / snap)),
                         static_cast<int64_t>(std::floor(l.y(p) / snap)), static_cast<uint32_t>(f),
                         p});
        }
    }
    std::sort(v.begin(), v.end(), [](const Vertex& a, const Vertex& b) {
        return a.cx != b.cx ? a.cx < b.cx : a.cy != b.cy ? a.cy < b.cy : a.feature < b.feature;
    });
    // a feature's repeated coordinates (closing points, touching rings) count once
    v.erase(std::unique(v.begin(), v.end(),
                        [&l](const Vertex& a, const Vertex& b) {
                            return a.feature == b.feature && l.x(a.point) == l.x(b.point) &&
                                   l.y(a.point) == l.y(b.point);
                        }),
            v.end());
    return v;
}

/// Keep the pairs that occur at least `minCount` times (matching vertex pairs per feature pair).
Neighbours toCsr(std::size_t n, std::vector<uint64_t>& pairs, std::size_t minCount) {
    std::sort(pairs.begin(), pairs.end());
    std::size_t out = 0;
    for (std::size_t i = 0; i < pairs.size();) {
        std::size_t j = i;
        while (j < pairs.size() && pairs[j] == pairs[i])
            ++j;
        if (j - i >= minCount) pairs[out++] = pairs[i];
        i = j;
    }
    pairs.resize(out);
    return neighboursFromPairs(n, std::move(pairs));
}

Neighbours contiguity(const PolygonLayer& l, double snap, std::size_t minShared) {
    const std::vector<Vertex> v = gridVertices(l, snap);
    std::vector<uint64_t> pairs;
    const double snap2 = snap * snap;
    // every close pair of vertices of two features, counted once in each direction
    auto pairUp = [&](std::size_t a, std::size_t b) {
        if (v[a].feature == v[b].feature) return;
        const double dx = l.x(v[a].point) - l.x(v[b].point);
        const double dy = l.y(v[a].point) - l.y(v[b].point);
        if (dx * dx + dy * dy > snap2) return;
        pairs.push_back(uint64_t{v[a].feature} << 32 | v[b].feature);
        pairs.push_back(uint64_t{v[b].feature} << 32 | v[a].feature);
    };
    auto before = [](const Vertex& a, int64_t cx, int64_t cy) {
        return a.cx != cx ? a.cx < cx : a.cy < cy;
    };
    // v is sorted by cell: walk the runs of equal cells; a cell's neighbours are compared in
    // one direction only (same cell; (0, +1) right after its run; (+1, -1..+1) found by a
    // pointer that only moves forward), so the walk is linear with no hash of the cells
    std::size_t column = 0; // first vertex at or after cell (cx + 1, cy - 1)
    for (std::size_t s = 0; s < v.size();) {
        const int64_t cx = v[s].cx, cy = v[s].cy;
        std::size_t e = s;
        while (e < v.size() && v[e].cx == cx && v[e].cy == cy)
            ++e;
        for (std::size_t a = s; a < e; ++a)
            for (std::size_t b = a + 1; b < e; ++b)
                pairUp(a, b);
        for (std::size_t b = e; b < v.size() && v[b].cx == cx && v[b].cy == cy + 1; ++b)
            for (std::size_t a = s; a < e; ++a)
                pairUp(a, b);
        column = std::max(column, e);
        while (column < v.size() && before(v[column], cx + 1, cy - 1))
            ++column;
        for (std::size_t b = column; b < v.size() && v[b].cx == cx + 1 && v[b].cy <= cy + 1; ++b)
            for (std::size_t a = s; a < e; ++a)
                pairUp(a, b);
        s = e;
    }
    return toCsr(l.featureCount(), pairs, minShared);
}
} // namespace

Neighbours queenContiguity(const PolygonLayer& l, double snap) {
    return contiguity(l, snap, 1);
}

Neighbours rookContiguity(const PolygonLayer& l, double snap) {
    return contiguity(l, snap, 2);
}

} // namespace swingmap::gis
