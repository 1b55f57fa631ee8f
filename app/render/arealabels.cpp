// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/arealabels.h"

#include "app/render/hittest.h"
#include "core/analysis.h"
#include "core/centroid.h"
#include "core/dataset.h"
#include "core/targets.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace swingmap {

AreaLabels::AreaLabels(const PolygonLayer& layer, std::vector<std::string> texts,
                       std::vector<uint8_t> targets)
    : m_layer(&layer), m_texts(std::move(texts)), m_targets(std::move(targets)) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    m_anchor.assign(layer.featureCount(), {nan, nan});
    m_area.assign(layer.featureCount(), -1.0);
}

std::array<double, 2> AreaLabels::anchor(std::size_t f) const {
    if (std::isnan(m_anchor[f][0])) {
        m_anchor[f] = featureInteriorPoint(*m_layer, f);
        if (std::isnan(m_anchor[f][0])) m_anchor[f][0] = std::numeric_limits<double>::infinity();
    }
    return m_anchor[f];
}

double AreaLabels::area(std::size_t f) const {
    if (m_area[f] < 0) m_area[f] = featureArea(*m_layer, f);
    return m_area[f];
}

std::vector<PlacedLabel> AreaLabels::place(const ViewTransform& t, const QFont& font,
                                           const QRectF& bounds,
                                           std::vector<QRectF> reserved) const {
    m_lastCandidates = 0;
    if (!m_layer || !t.valid() || bounds.isEmpty()) return {};
    const PolygonLayer& l = *m_layer;
    const QFontMetricsF fm(font);
    const double textH = fm.height(), sx = t.scale(), sy = t.scaleY();
    const double minH = std::max(kMinHeight, 1.2 * textH);
    const BBox visible = t.visibleWorld();
    std::vector<LabelCandidate> candidates;
    const std::size_t n = std::min(l.featureCount(), m_texts.size());
    for (std::size_t f = 0; f < n; ++f) {
        if (m_texts[f].empty() || !l.hasGeometry(f)) continue;
        const BBox& b = l.bbox[f];
        if (!b.intersects(visible)) continue;
        const double w = b.width() * sx, h = b.height() * sy;
        if (w < kMinWidth || h < minH) continue; // too small on screen: most areas at a glance
        QString text = QString::fromStdString(m_texts[f]);
        const double textW = fm.horizontalAdvance(text);
        if (textW > w) continue;
        // the area on screen must hold its label one and a half times
        const double onScreen = area(f) * sx * sy;
        if (onScreen < 1.5 * textW * textH) continue;
        const auto a = anchor(f);
        if (!std::isfinite(a[0])) continue;
        const QPointF at = t.toDevice(a[0], a[1]);
        if (!bounds.contains(at)) continue;
        const bool target = f < m_targets.size() && m_targets[f] != 0;
        candidates.push_back(
            {f, std::move(text), at, (target ? 1e15 : 0.0) + std::min(onScreen, 1e14)});
    }
    m_lastCandidates = candidates.size();
    LabelOptions o;
    o.bounds = bounds;
    o.reserved = std::move(reserved);
    o.padding = std::max(2.0, 0.25 * textH);
    o.inside = [&l, &t](std::size_t f, QPointF device) {
        const QPointF w = t.toWorld(device);
        return featureContains(l, f, w.x(), w.y());
    };
    return placeLabels(std::move(candidates), fm, o);
}

AreaLabels areaLabelsFor(const Dataset& data, const Analysis& analysis) {
    const bool named = std::any_of(data.names.begin(), data.names.end(),
                                   [](const std::string& s) { return !s.empty(); });
    std::vector<uint8_t> targets(data.areaCount(), 0);
    for (const Target& tg : rankTargets(data, analysis, 20))
        if (tg.area < targets.size()) targets[tg.area] = 1;
    return AreaLabels(data.geometry, named ? data.names : data.keys, std::move(targets));
}

QRectF drawnRect(const ViewTransform& t, const BBox& extent) {
    if (extent.empty()) return t.target();
    const QRectF drawn =
        QRectF(t.toDevice(extent.minX, extent.maxY), t.toDevice(extent.maxX, extent.minY))
            .normalized()
            .intersected(t.target());
    return drawn.width() > 60 && drawn.height() > 60 ? drawn : t.target();
}

QRectF northArrowBox(const QRectF& map, double mm) {
    return {map.right() - 11 * mm, map.top() + 3 * mm, 7 * mm, 11 * mm};
}

} // namespace swingmap
