// SPDX-License-Identifier: GPL-3.0-or-later
// MapCanvas: boundaries shown ahead of their project. A national layer's tables, join and model
// take seconds after its boundaries are read; the map shows the areas as soon as they are
// (JobRunner::boundariesRead), in one neutral colour, and the choropleth replaces them when the
// project arrives (setData()), in the view the user chose meanwhile.
#include "app/gui/mapcanvas.h"

#include <cstring>

namespace swingmap {

namespace {

/// The fill of the areas while their figures load: the "no data" family, a shade warmer.
QColor previewColour() {
    return {226, 222, 212};
}

} // namespace

bool samePreview(const PolygonLayer& a, const PolygonLayer& b) {
    return a.featureCount() == b.featureCount() && a.pointCount() == b.pointCount() &&
           a.ringPoint == b.ringPoint && a.partRing == b.partRing &&
           a.featurePart == b.featurePart && a.xy == b.xy;
}

void MapCanvas::setPreview(GeometryPtr geometry, bool geographic) {
    if (!geometry || geometry->featureCount() == 0) return;
    const std::size_t n = geometry->featureCount();
    m_loaded.reset();
    m_analysis.reset();
    setStreetsData(); // none
    m_map.reset();
    m_selection.clear();
    ++m_selectionGeneration;
    ++m_generation;
    m_preview = std::move(geometry);
    m_previewGeographic = geographic;
    Classification one;
    one.categorical = true;
    one.colours = {previewColour()};
    one.labels = {tr("areas")};
    MapStyle style;
    // shown for a moment: the first paint matters, not the next pans nor the finest detail (at a
    // national layer's full extent most areas are smaller than a pixel anyway)
    style.denseCache = false;
    style.screenRasterScale = 0.5;
    m_renderer.emplace(*m_preview, std::vector<double>(n, 0.0), std::vector<uint8_t>{},
                       std::move(one), style);
    m_legend = {};
    m_legend.title = tr("Boundaries");
    LegendEntry entry;
    entry.label = tr("areas (reading their figures…)");
    entry.colour = previewColour();
    entry.count = n;
    m_legend.entries.push_back(entry);
    m_view = m_preview->extent;
    update();
}

void MapCanvas::clearPreview() {
    if (!m_preview) return;
    m_preview.reset();
    m_renderer.reset();
    m_legend = {};
    ++m_generation;
    update();
}

bool MapCanvas::geographic() const {
    return m_loaded ? m_loaded->data.geographic : m_preview && m_previewGeographic;
}

} // namespace swingmap
