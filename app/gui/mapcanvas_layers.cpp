// SPDX-License-Identifier: GPL-3.0-or-later
// MapCanvas: the map composed from its layers (the Layers panel), each cached on its own.
#include "app/gui/mapcanvas.h"

#include <QPainter>

#include <algorithm>

namespace swingmap {

void MapCanvas::setLayerStack(MapLayerStack layers) {
    if (layers == m_layers) return;
    m_layers = std::move(layers);
    // forget the caches of overlays no longer listed (their data may be freed)
    std::erase_if(m_overlayCaches, [this](const LayerCache& c) {
        return std::none_of(m_layers.begin(), m_layers.end(), [&](const MapLayer& l) {
            return l.overlay.get() == c.overlay && l.colour.rgb() == c.colour;
        });
    });
    ++m_layersGeneration;
    update();
}

bool MapCanvas::cacheFresh(const CacheKey& key) const {
    const BBox& a = key.view;
    const BBox& b = m_view;
    return a.minX == b.minX && a.minY == b.minY && a.maxX == b.maxX && a.maxY == b.maxY &&
           key.size == size() && key.dpr == devicePixelRatioF() && key.generation == m_generation;
}

const QPixmap* MapCanvas::layerPixmap(const MapLayer& layer, const ViewTransform& t) {
    LayerCache* cache = nullptr;
    switch (layer.kind) {
    case MapLayer::Kind::Areas:
        cache = &m_areasCache;
        break;
    case MapLayer::Kind::Streets:
        if (!streetsOverlay()) return nullptr;
        cache = &m_streetsCache;
        break;
    case MapLayer::Kind::Overlay: {
        if (!layer.overlay) return nullptr;
        const auto it =
            std::find_if(m_overlayCaches.begin(), m_overlayCaches.end(), [&](const LayerCache& c) {
                return c.overlay == layer.overlay.get() && c.colour == layer.colour.rgb();
            });
        if (it != m_overlayCaches.end()) {
            cache = &*it;
        } else {
            cache = &m_overlayCaches.emplace_back();
            cache->overlay = layer.overlay.get();
            cache->colour = layer.colour.rgb();
        }
        break;
    }
    }
    if (!cache->pixmap.isNull() && cacheFresh(cache->key)) return &cache->pixmap;
    const qreal dpr = devicePixelRatioF();
    cache->pixmap = QPixmap((QSizeF(size()) * dpr).toSize());
    cache->pixmap.setDevicePixelRatio(dpr);
    const bool areas = layer.kind == MapLayer::Kind::Areas;
    cache->pixmap.fill(areas ? QColor(Qt::white) : QColor(Qt::transparent));
    QPainter p(&cache->pixmap);
    const double mm = logicalDpiX() / 25.4;
    switch (layer.kind) {
    case MapLayer::Kind::Areas:
        m_renderer->render(p, t);
        ++m_areasRenders;
        break;
    case MapLayer::Kind::Streets:
        cache->labels.clear();
        drawStreets(p, t, mapRect(), *streetsOverlay(), *m_analysis, mm, &cache->labels);
        break;
    case MapLayer::Kind::Overlay:
        drawDisplayLayer(p, t, *layer.overlay, layer.colour, mm);
        break;
    }
    cache->key = CacheKey{m_view, size(), dpr, m_generation, 0};
    return &cache->pixmap;
}

void MapCanvas::composeMap(const ViewTransform& t) {
    const MapLayerStack& stack = m_layers.empty() ? defaultLayerStack() : m_layers;
    const qreal dpr = devicePixelRatioF();
    m_cache = QPixmap((QSizeF(size()) * dpr).toSize());
    m_cache.setDevicePixelRatio(dpr);
    m_cache.fill(Qt::white);
    QPainter p(&m_cache);
    m_streetLabels.clear(); // the area labels keep clear of the street names drawn
    for (std::size_t i = stack.size(); i-- > 0;) { // bottom to top
        const MapLayer& layer = stack[i];
        const bool streets = layer.kind == MapLayer::Kind::Streets; // setStreetsShown decides
        if ((!streets && !layer.visible) || layer.opacity <= 0) continue;
        const QPixmap* pixmap = layerPixmap(layer, t);
        if (!pixmap) continue;
        p.setOpacity(std::min(1.0, layer.opacity));
        p.drawPixmap(0, 0, *pixmap);
        if (streets) m_streetLabels = m_streetsCache.labels;
    }
}

} // namespace swingmap
