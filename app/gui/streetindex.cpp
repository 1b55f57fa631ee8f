// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/streetindex.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace swingmap {

namespace {

/// Distance from p to the segment a–b.
double segmentDistance(QPointF p, QPointF a, QPointF b) {
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double u = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0.0;
    u = std::clamp(u, 0.0, 1.0);
    return QLineF(p, a + u * ab).length();
}

} // namespace

int StreetHitIndex::cellX(double x) const {
    return std::clamp(int(std::floor((x - m_box.minX) / m_cellW)), 0, m_nx - 1);
}

int StreetHitIndex::cellY(double y) const {
    return std::clamp(int(std::floor((y - m_box.minY) / m_cellH)), 0, m_ny - 1);
}

void StreetHitIndex::build(const StreetLayer& s) {
    *this = StreetHitIndex();
    std::size_t segments = 0;
    for (std::size_t l = 0; l < s.lineCount(); ++l) {
        for (uint32_t i = s.linePoint[l]; i < s.linePoint[l + 1]; ++i)
            m_box.add(s.xy[2 * std::size_t(i)], s.xy[2 * std::size_t(i) + 1]);
        if (s.linePoint[l + 1] > s.linePoint[l] + 1)
            segments += s.linePoint[l + 1] - s.linePoint[l] - 1;
    }
    if (segments == 0 || m_box.empty()) return;
    // About four segments per cell, cells as square as the extent allows.
    const double w = std::max(m_box.width(), 1e-9), h = std::max(m_box.height(), 1e-9);
    const double cells = std::clamp(double(segments) / 4.0, 1.0, 1048576.0);
    m_nx = std::clamp(int(std::ceil(std::sqrt(cells * w / h))), 1, 4096);
    m_ny = std::clamp(int(std::ceil(cells / m_nx)), 1, 4096);
    m_cellW = w / m_nx;
    m_cellH = h / m_ny;
    // Two passes (count, then fill) into one flat array per cell.
    std::vector<uint32_t> count(std::size_t(m_nx) * std::size_t(m_ny) + 1, 0);
    const auto forCells = [&](std::size_t i, auto&& f) {
        const double x0 = s.xy[2 * i], y0 = s.xy[2 * i + 1];
        const double x1 = s.xy[2 * i + 2], y1 = s.xy[2 * i + 3];
        for (int cy = cellY(std::min(y0, y1)); cy <= cellY(std::max(y0, y1)); ++cy)
            for (int cx = cellX(std::min(x0, x1)); cx <= cellX(std::max(x0, x1)); ++cx)
                f(std::size_t(cy) * std::size_t(m_nx) + std::size_t(cx));
    };
    for (std::size_t l = 0; l < s.lineCount(); ++l)
        for (uint32_t i = s.linePoint[l]; i + 1 < s.linePoint[l + 1]; ++i)
            forCells(i, [&](std::size_t c) { ++count[c + 1]; });
    for (std::size_t c = 1; c < count.size(); ++c)
        count[c] += count[c - 1];
    m_cellStart = count;
    m_segments.resize(count.back());
    for (std::size_t l = 0; l < s.lineCount(); ++l)
        for (uint32_t i = s.linePoint[l]; i + 1 < s.linePoint[l + 1]; ++i)
            forCells(i, [&](std::size_t c) { m_segments[count[c]++] = {uint32_t(l), i}; });
}

std::optional<std::size_t> StreetHitIndex::lineAt(const StreetLayer& s, const ViewTransform& t,
                                                  QPointF device, double tolerance) const {
    if (m_segments.empty() || !t.valid()) return std::nullopt;
    const QPointF a = t.toWorld(device - QPointF(tolerance, tolerance));
    const QPointF b = t.toWorld(device + QPointF(tolerance, tolerance));
    const double minX = std::min(a.x(), b.x()), maxX = std::max(a.x(), b.x());
    const double minY = std::min(a.y(), b.y()), maxY = std::max(a.y(), b.y());
    if (maxX < m_box.minX || minX > m_box.maxX || maxY < m_box.minY || minY > m_box.maxY)
        return std::nullopt;
    std::optional<std::size_t> best;
    double bestDistance = tolerance;
    const auto at = [&](uint32_t i) {
        return t.toDevice(s.xy[2 * std::size_t(i)], s.xy[2 * std::size_t(i) + 1]);
    };
    for (int cy = cellY(minY); cy <= cellY(maxY); ++cy)
        for (int cx = cellX(minX); cx <= cellX(maxX); ++cx) {
            const std::size_t c = std::size_t(cy) * std::size_t(m_nx) + std::size_t(cx);
            for (uint32_t k = m_cellStart[c]; k < m_cellStart[c + 1]; ++k) {
                const Segment& seg = m_segments[k];
                const double d = segmentDistance(device, at(seg.point), at(seg.point + 1));
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = seg.line;
                }
            }
        }
    return best;
}

} // namespace swingmap
