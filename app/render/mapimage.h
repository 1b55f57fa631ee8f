// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/classstyle.h"
#include "app/render/overlaydraw.h"
#include "app/render/streetsdraw.h"
#include "core/analysis.h"
#include "core/dataset.h"
#include "core/project.h"
#include "core/result.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <string>

namespace swingmap {

/// What is drawn over an exported map besides its legend and scale bar (View menu, as on screen).
struct MapDecor {
    bool labels = false;     ///< area-name labels (app/render/arealabels.h)
    bool northArrow = false; ///< a north arrow, top right
};

/**
 * The share-change choropleth of the whole layer on white at `size` pixels; with `withLegend`, the
 * legend and a scale bar are drawn over it (PNG export), without, only the map (render tests).
 */
QImage renderMapImage(const Dataset& data, const Analysis& analysis, QSize size,
                      bool withLegend = false);

/// Render with legend and save as PNG; a user-facing error on failure.
Status writePng(const std::string& path, const Dataset& data, const Analysis& analysis, QSize size);

/// The map of any variable (app/render/thematic.h ids, e.g. "residual", "lisa") with its legend
/// and scale bar; falls back to the share change when the analysis has no such map. `layers`:
/// the Layers panel's order, visibility and opacity (null: streets over areas).
QImage renderThematicImage(const Dataset& data, const Analysis& analysis, const Project& project,
                           const QString& mapId, QSize size,
                           const StreetsOverlay* streets = nullptr, const ClassStyle& style = {},
                           const MapLayerStack* layers = nullptr, const MapDecor& decor = {});

/// renderThematicImage saved as PNG; a user-facing error on failure. `style`: as on screen.
/// With `streets`, the streets are drawn over the map (streetsdraw.h) and listed in the legend.
/// `decor`: labels and north arrow.
Status writeThematicPng(const std::string& path, const Dataset& data, const Analysis& analysis,
                        const Project& project, const QString& mapId, QSize size,
                        const StreetsOverlay* streets = nullptr, const ClassStyle& style = {},
                        const MapLayerStack* layers = nullptr, const MapDecor& decor = {});

/// The same map as SVG (vector: polygons, hatching, legend and scale bar; its only text is the
/// legend's, the scale bar's and, with `decor.labels`, the area names as <text> elements), `size`
/// in SVG pixels; a user-facing error on failure.
Status writeThematicSvg(const std::string& path, const Dataset& data, const Analysis& analysis,
                        const Project& project, const QString& mapId, QSize size,
                        const StreetsOverlay* streets = nullptr, const ClassStyle& style = {},
                        const MapLayerStack* layers = nullptr, const MapDecor& decor = {});

/// The size of exported maps (PNG pixels, SVG units): File › Export and swingmap-cli --png/--svg.
inline QSize exportMapSize() {
    return {1600, 1200};
}

} // namespace swingmap
