// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/knn.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace swingmap {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}

PointGrid::PointGrid(const std::vector<double>& xy) : m_n(xy.size() / 2) {
    double x1 = -kInf, y1 = -kInf;
    m_x0 = kInf;
    m_y0 = kInf;
    for (std::size_t i = 0; i < m_n; ++i) {
        m_x0 = std::min(m_x0, xy[2 * i]);
        m_y0 = std::min(m_y0, xy[2 * i + 1]);
        x1 = std::max(x1, xy[2 * i]);
        y1 = std::max(y1, xy[2 * i + 1]);
    }
    if (m_n == 0) m_x0 = m_y0 = x1 = y1 = 0;
    const double w = x1 - m_x0, h = y1 - m_y0, side = std::max(w, h);
    // About two points a cell; a degenerate (line-like) extent gets cells along its long side.
    const double area = (w > 0 && h > 0) ? w * h : side * side / static_cast<double>(m_n + 1);
    m_cell = std::sqrt(2.0 * area / static_cast<double>(std::max<std::size_t>(m_n, 1)));
    if (!(m_cell > 0)) m_cell = 1;
    m_nx = std::max(1L, static_cast<long>(std::floor(w / m_cell)) + 1);
    m_ny = std::max(1L, static_cast<long>(std::floor(h / m_cell)) + 1);
    const std::size_t cells = static_cast<std::size_t>(m_nx) * static_cast<std::size_t>(m_ny);
    std::vector<uint32_t> cellOf(m_n);
    m_cellStart.assign(cells + 1, 0);
    for (std::size_t i = 0; i < m_n; ++i) {
        cellOf[i] = static_cast<uint32_t>(cellY(xy[2 * i + 1]) * m_nx + cellX(xy[2 * i]));
        ++m_cellStart[cellOf[i] + 1];
    }
    std::partial_sum(m_cellStart.begin(), m_cellStart.end(), m_cellStart.begin());
    m_order.resize(m_n);
    std::vector<uint32_t> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (std::size_t i = 0; i < m_n; ++i)
        m_order[fill[cellOf[i]]++] = static_cast<uint32_t>(i);
    m_pts.resize(2 * m_n); // coordinates in cell order: a query reads them contiguously
    for (std::size_t s = 0; s < m_n; ++s) {
        const std::size_t o = m_order[s];
        m_pts[2 * s] = xy[2 * o];
        m_pts[2 * s + 1] = xy[2 * o + 1];
    }
}

long PointGrid::cellX(double x) const {
    return std::clamp(static_cast<long>(std::floor((x - m_x0) / m_cell)), 0L, m_nx - 1);
}

long PointGrid::cellY(double y) const {
    return std::clamp(static_cast<long>(std::floor((y - m_y0) / m_cell)), 0L, m_ny - 1);
}

void PointGrid::addCell(long cx, long cy, double x, double y, double maxD2,
                        std::vector<Cand>& cand) const {
    if (cx < 0 || cy < 0 || cx >= m_nx || cy >= m_ny) return;
    const auto c = static_cast<std::size_t>(cy * m_nx + cx);
    for (std::size_t s = m_cellStart[c]; s < m_cellStart[c + 1]; ++s) {
        const double dx = m_pts[2 * s] - x, dy = m_pts[2 * s + 1] - y;
        const double d2 = dx * dx + dy * dy;
        if (d2 <= maxD2) cand.push_back({d2, m_order[s]});
    }
}

void PointGrid::addRing(long cx, long cy, long r, double x, double y, double maxD2,
                        std::vector<Cand>& cand) const {
    if (r == 0) return addCell(cx, cy, x, y, maxD2, cand);
    for (long dx = -r; dx <= r; ++dx) {
        addCell(cx + dx, cy - r, x, y, maxD2, cand);
        addCell(cx + dx, cy + r, x, y, maxD2, cand);
    }
    for (long dy = -r + 1; dy <= r - 1; ++dy) {
        addCell(cx - r, cy + dy, x, y, maxD2, cand);
        addCell(cx + r, cy + dy, x, y, maxD2, cand);
    }
}

/// Distance from (x, y) to the nearest point not in the (2r+1)^2 block of cells around (cx, cy):
/// infinite once the block covers the whole grid.
double PointGrid::coveredRadius(long cx, long cy, long r, double x, double y) const {
    double d = kInf;
    if (cx - r > 0) d = std::min(d, x - (m_x0 + static_cast<double>(cx - r) * m_cell));
    if (cy - r > 0) d = std::min(d, y - (m_y0 + static_cast<double>(cy - r) * m_cell));
    if (cx + r < m_nx - 1) d = std::min(d, m_x0 + static_cast<double>(cx + r + 1) * m_cell - x);
    if (cy + r < m_ny - 1) d = std::min(d, m_y0 + static_cast<double>(cy + r + 1) * m_cell - y);
    return std::max(d, 0.0);
}

void PointGrid::nearest(double x, double y, std::size_t k, bool sorted,
                        std::vector<Neighbour>& out) const {
    out.clear();
    k = std::min(k, m_n);
    if (k == 0) return;
    thread_local std::vector<Cand> cand;
    cand.clear();
    const long cx = cellX(x), cy = cellY(y);
    auto kth = [&] {
        std::nth_element(cand.begin(), cand.begin() + static_cast<long>(k - 1), cand.end());
        return std::sqrt(cand[k - 1].d2);
    };
    long r = 0;
    double covered = 0;
    for (;; ++r) { // grow rings until there are k candidates (or no cells left)
        addRing(cx, cy, r, x, y, kInf, cand);
        covered = coveredRadius(cx, cy, r, x, y);
        if (cand.size() >= k || covered == kInf) break;
    }
    // The k-th candidate bounds the k-th distance from above: take in every ring that can hold a
    // point at most that far, then select once more. Strictly inside the covered disc, an
    // unvisited point can neither be nearer nor tie.
    const double bound = kth(), bound2 = cand[k - 1].d2;
    // Only candidates no farther than the bound can be among the k nearest.
    cand.erase(std::remove_if(cand.begin() + static_cast<long>(k), cand.end(),
                              [&](const Cand& c) { return c.d2 > bound2; }),
               cand.end());
    while (!(covered == kInf || bound < covered - 1e-9 * m_cell)) {
        addRing(cx, cy, ++r, x, y, bound2, cand);
        covered = coveredRadius(cx, cy, r, x, y);
    }
    if (cand.size() > k) kth();
    if (sorted) std::sort(cand.begin(), cand.begin() + static_cast<long>(k));
    out.resize(k);
    for (std::size_t i = 0; i < k; ++i)
        out[i] = {cand[i].index, std::sqrt(cand[i].d2)};
}

Result<KNearest> kNearestNeighbours(const std::vector<double>& xy, std::size_t k,
                                    bool includeSelf) {
    const std::size_t n = xy.size() / 2;
    const std::size_t maxK = includeSelf ? n : (n == 0 ? 0 : n - 1);
    if (k < 1 || k > maxK)
        return fail("The number of nearest neighbours must be between 1 and " +
                    std::to_string(maxK) + " for " + std::to_string(n) + " points.");
    for (double v : xy)
        if (!std::isfinite(v)) return fail("A point has a missing or infinite coordinate.");
    const PointGrid grid(xy);
    KNearest out;
    out.k = k;
    out.index.resize(n * k);
    out.distance.resize(n * k);
    std::vector<Neighbour> nb;
    for (std::size_t i = 0; i < n; ++i) {
        grid.nearest(xy[2 * i], xy[2 * i + 1], includeSelf ? k : k + 1, true, nb);
        std::size_t c = 0;
        for (const Neighbour& b : nb) {
            if ((!includeSelf && b.index == i) || c == k) continue;
            out.index[i * k + c] = b.index;
            out.distance[i * k + c] = b.distance;
            ++c;
        }
    }
    return out;
}

} // namespace swingmap
