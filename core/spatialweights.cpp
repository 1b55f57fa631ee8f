// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spatialweights.h"

#include "core/knn.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace swingmap {

namespace {
uint64_t pairOf(std::size_t i, std::size_t j) {
    return uint64_t(i) << 32 | uint64_t(j);
}

/// The finite points and their original indices.
struct Points {
    std::vector<double> xy;
    std::vector<uint32_t> original;
    [[nodiscard]] double x(std::size_t i) const { return xy[2 * i]; }
    [[nodiscard]] double y(std::size_t i) const { return xy[2 * i + 1]; }
};

Points finitePoints(const std::vector<double>& xy) {
    Points p;
    for (std::size_t i = 0; i < xy.size() / 2; ++i) {
        if (!std::isfinite(xy[2 * i]) || !std::isfinite(xy[2 * i + 1])) continue;
        p.xy.push_back(xy[2 * i]);
        p.xy.push_back(xy[2 * i + 1]);
        p.original.push_back(static_cast<uint32_t>(i));
    }
    return p;
}
} // namespace

Neighbours neighboursFromPairs(std::size_t n, std::vector<uint64_t> pairs) {
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    Neighbours nb;
    nb.offset.assign(n + 1, 0);
    for (uint64_t p : pairs)
        ++nb.offset[(p >> 32) + 1];
    for (std::size_t i = 0; i < n; ++i)
        nb.offset[i + 1] += nb.offset[i];
    nb.index.resize(pairs.size());
    for (std::size_t k = 0; k < pairs.size(); ++k)
        nb.index[k] = static_cast<uint32_t>(pairs[k]);
    return nb;
}

Neighbours kNearestWeights(const std::vector<double>& xy, int k) {
    const Points p = finitePoints(xy);
    std::vector<uint64_t> pairs;
    if (k > 0 && p.original.size() > 1) {
        const PointGrid grid(p.xy);
        std::vector<Neighbour> found;
        const auto want = static_cast<std::size_t>(k) + 1; // the point itself comes first
        for (std::size_t i = 0; i < p.original.size(); ++i) {
            grid.nearest(p.xy[2 * i], p.xy[2 * i + 1], want, true, found);
            std::size_t taken = 0;
            for (const Neighbour& nbr : found) {
                if (nbr.index == i || taken == static_cast<std::size_t>(k)) continue;
                ++taken;
                pairs.push_back(pairOf(p.original[i], p.original[nbr.index]));
                pairs.push_back(pairOf(p.original[nbr.index], p.original[i]));
            }
        }
    }
    return neighboursFromPairs(xy.size() / 2, std::move(pairs));
}

Neighbours distanceBandWeights(const std::vector<double>& xy, double d) {
    const Points p = finitePoints(xy);
    std::vector<uint64_t> pairs;
    if (d > 0) {
        auto cellOf = [d](double v) { return static_cast<int64_t>(std::floor(v / d)); };
        std::unordered_map<int64_t, std::vector<uint32_t>> cells;
        auto key = [](int64_t cx, int64_t cy) { return cx * 73856093 ^ cy * 19349663; };
        for (uint32_t i = 0; i < p.original.size(); ++i)
            cells[key(cellOf(p.x(i)), cellOf(p.y(i)))].push_back(i);
        for (uint32_t i = 0; i < p.original.size(); ++i) {
            const double x = p.x(i), y = p.y(i);
            for (int64_t dx = -1; dx <= 1; ++dx)
                for (int64_t dy = -1; dy <= 1; ++dy) {
                    auto it = cells.find(key(cellOf(x) + dx, cellOf(y) + dy));
                    if (it == cells.end()) continue;
                    for (uint32_t j : it->second) {
                        const double dist = std::hypot(p.x(j) - x, p.y(j) - y);
                        if (j != i && dist > 0 && dist <= d)
                            pairs.push_back(pairOf(p.original[i], p.original[j]));
                    }
                }
        }
    }
    return neighboursFromPairs(xy.size() / 2, std::move(pairs));
}

std::size_t linkIslands(Neighbours& nb, const std::vector<double>& xy) {
    const Points p = finitePoints(xy);
    if (p.original.size() < 2) return 0;
    const PointGrid grid(p.xy);
    std::vector<uint64_t> pairs;
    for (std::size_t i = 0; i < nb.size(); ++i)
        for (uint32_t k = nb.offset[i]; k < nb.offset[i + 1]; ++k)
            pairs.push_back(pairOf(i, nb.index[k]));
    std::size_t linked = 0;
    std::vector<Neighbour> found;
    for (std::size_t s = 0; s < p.original.size(); ++s) {
        const uint32_t i = p.original[s];
        if (nb.degree(i) > 0) continue;
        grid.nearest(p.xy[2 * s], p.xy[2 * s + 1], 2, true, found);
        for (const Neighbour& nbr : found) {
            if (nbr.index == s) continue;
            pairs.push_back(pairOf(i, p.original[nbr.index]));
            pairs.push_back(pairOf(p.original[nbr.index], i));
            ++linked;
            break;
        }
    }
    nb = neighboursFromPairs(nb.size(), std::move(pairs));
    return linked;
}

} // namespace swingmap
