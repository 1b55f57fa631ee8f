// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/contiguity.h"

#include "core/spatialweights.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace swingmap::gis {

namespace {
struct Vertex {
    int64_t cx, cy; // grid cell
    uint32_t feature;
    uint32_t point;
};

struct Cell {
    int64_t cx, cy;
    bool operator==(const Cell& o) const { return cx == o.cx && cy == o.cy; }
};
struct CellHash {
    std::size_t operator()(const Cell& c) const {
        return static_cast<std::size_t>(static_cast<uint64_t>(c.cx) * 0x9E3779B97F4A7C15ULL ^
                                        static_cast<uint64_t>(c.cy));
    }
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
    // start of each cell's run in v
    std::unordered_map<Cell, std::size_t, CellHash> cellStart;
    cellStart.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        if (i == 0 || v[i].cx != v[i - 1].cx || v[i].cy != v[i - 1].cy)
            cellStart.emplace(Cell{v[i].cx, v[i].cy}, i);
    std::vector<uint64_t> pairs;
    const double snap2 = snap * snap;
    auto close = [&](const Vertex& a, const Vertex& b) {
        const double dx = l.x(a.point) - l.x(b.point);
        const double dy = l.y(a.point) - l.y(b.point);
        return dx * dx + dy * dy <= snap2;
    };
    for (std::size_t i = 0; i < v.size(); ++i) {
        for (int64_t dx = -1; dx <= 1; ++dx) {
            for (int64_t dy = -1; dy <= 1; ++dy) {
                const int64_t cx = v[i].cx + dx, cy = v[i].cy + dy;
                auto it = cellStart.find(Cell{cx, cy});
                if (it == cellStart.end()) continue;
                for (std::size_t j = it->second; j < v.size() && v[j].cx == cx && v[j].cy == cy;
                     ++j) {
                    if (v[j].feature == v[i].feature || !close(v[i], v[j])) continue;
                    pairs.push_back(uint64_t{v[i].feature} << 32 | v[j].feature);
                }
            }
        }
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
