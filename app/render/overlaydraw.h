// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/viewtransform.h"
#include "core/displaylayer.h"

#include <QColor>
#include <QRectF>

#include <functional>
#include <memory>
#include <vector>

class QPainter;

namespace swingmap {

/// One layer of the map as the Layers panel orders it (docs/schema.md, view.layers).
struct MapLayer {
    enum class Kind { Areas, Streets, Overlay };
    Kind kind = Kind::Areas;
    bool visible = true;
    double opacity = 1.0;                        ///< 0–1
    QColor colour;                               ///< Overlay: its lines and point symbols
    std::shared_ptr<const DisplayLayer> overlay; ///< Overlay: what is drawn
    friend bool operator==(const MapLayer&, const MapLayer&) = default;
};

/// The map's layers, the first drawn on top (the Layers panel's order). Empty = the default:
/// the streets (when shown) over the areas.
using MapLayerStack = std::vector<MapLayer>;

/// The default stack: the streets over the areas.
MapLayerStack defaultLayerStack();

/// Whether `layer` draws anything (visible, not fully transparent).
inline bool drawsAnything(const MapLayer& layer) {
    return layer.visible && layer.opacity > 0;
}

/**
 * A display-only overlay over a map drawn with `t`: its lines and polygon outlines in `colour`
 * over a thin white casing, its points as dots of `colour` ringed in white. `mm` = device units
 * per millimetre. Only what intersects the visible world is drawn.
 */
void drawDisplayLayer(QPainter& p, const ViewTransform& t, const DisplayLayer& layer,
                      const QColor& colour, double mm);

/**
 * Draw the layers of `stack` that draw anything, bottom to top, each at its opacity: `draw`
 * draws one layer at full opacity. On an image (PNG) a layer below full opacity is drawn into a
 * transparent image of the device's size first and composited, so its own overlaps (a border
 * over a fill) do not add up; on vector devices (SVG, PDF) the painter's opacity is set.
 */
void drawLayerStack(QPainter& p, const MapLayerStack& stack,
                    const std::function<void(QPainter&, const MapLayer&)>& draw);

} // namespace swingmap
