// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <cstdint>
#include <vector>

namespace swingmap {

/// One neighbour of a query point: its index and its (planar, Euclidean) distance.
struct Neighbour {
    uint32_t index = 0;
    double distance = 0;
};

/**
 * Exact k-nearest-neighbour queries on planar points through a uniform grid (about two points a
 * cell). Build is O(n log n) (a sort by cell); a query visits rings of cells around the query
 * point until the k-th candidate is closer than any cell not yet visited, so it costs about
 * O(k log k) for clustered or uniform data. Ties in distance are broken by point index (lower
 * first), so results are deterministic. Points must be finite; xy is interleaved x, y and is
 * copied (in cell order), so the grid does not refer to it after construction.
 */
class PointGrid {
public:
    explicit PointGrid(const std::vector<double>& xy);

    [[nodiscard]] std::size_t size() const { return m_n; }

    /// The min(k, size()) points nearest to (x, y), including any point located at (x, y).
    /// sorted: in order of (distance, index); otherwise in no particular order (cheaper, the set
    /// is the same). `out` is overwritten.
    void nearest(double x, double y, std::size_t k, bool sorted, std::vector<Neighbour>& out) const;

private:
    struct Cand {
        double d2;
        uint32_t index;
        bool operator<(const Cand& o) const { return d2 < o.d2 || (d2 == o.d2 && index < o.index); }
    };
    [[nodiscard]] long cellX(double x) const;
    [[nodiscard]] long cellY(double y) const;
    void addCell(long cx, long cy, double x, double y, double maxD2, std::vector<Cand>& cand) const;
    void addRing(long cx, long cy, long r, double x, double y, double maxD2,
                 std::vector<Cand>& cand) const;
    [[nodiscard]] double coveredRadius(long cx, long cy, long r, double x, double y) const;

    std::size_t m_n = 0;
    double m_x0 = 0, m_y0 = 0, m_cell = 1;
    long m_nx = 1, m_ny = 1;
    std::vector<uint32_t> m_cellStart; ///< CSR: cell c holds m_order[m_cellStart[c] .. [c+1])
    std::vector<uint32_t> m_order;
    std::vector<double> m_pts; ///< x, y of m_order[s] at 2s, 2s + 1
};

/// k nearest neighbours of every point, row-major n x k, each row sorted by (distance, index).
struct KNearest {
    std::size_t k = 0;
    std::vector<uint32_t> index;
    std::vector<double> distance;
};

/**
 * The k nearest other points of each of the n points in xy (interleaved x, y). With includeSelf
 * the point itself counts (it comes first unless a lower-indexed point shares its location).
 * Fails when k is not in 1 .. n - 1 (1 .. n with includeSelf) or a coordinate is not finite.
 */
Result<KNearest> kNearestNeighbours(const std::vector<double>& xy, std::size_t k,
                                    bool includeSelf = false);

} // namespace swingmap
