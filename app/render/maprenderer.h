// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/palette.h"
#include "app/render/viewtransform.h"
#include "core/geometry.h"

#include <QColor>
#include <QPainterPath>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace swingmap {

struct DenseIdCache; // app/render/maprenderer_dense.cpp

struct MapStyle {
    QColor border{96, 96, 96};
    double borderWidth = -1; ///< device units; < 0: about 0.1 mm on the target device
    QColor background = Qt::white;
    bool fillBackground = true;
    /// From this many visible features on, the map is dense: filled through a raster
    /// (app/render/rasterfill.h), see MapRenderer::render.
    std::size_t denseFrom = 20000;
    /// Dense maps on screen keep the whole layer's ids, filled once finer than the screen, for
    /// fast pans and zooms; false fills only the view (a map shown briefly: quicker first paint).
    bool denseCache = true;
    /// Dense maps on screen: image pixels per device pixel (1: full resolution; 0.5: half, for a
    /// map shown briefly, where the fill's cost per area matters more than the finest detail).
    double screenRasterScale = 1.0;
};

/**
 * Draws a choropleth of one value per feature into any QPainter (widget, QImage, PDF): the map
 * widget, PNG export, the PDF briefing and the render tests all use this class.
 * Any per-area variable can be drawn: the renderer takes its values (one per feature) and the
 * Classification that turns them into colours (categorical ones for classes and clusters).
 * Areas flagged suppressed are hatched over grey and never coloured by their value; NaN values are
 * drawn in noDataColour(); features without geometry are skipped. With setWithinNoise(), flagged
 * areas get the lighter "too small a base to tell" hatch over their colour. The renderer keeps a
 * pointer to the layer (it must outlive the renderer) and its own copies of the vectors.
 *
 * Sparse maps are drawn feature by feature as antialiased paths. Dense ones (MapStyle::denseFrom
 * visible features or more) are filled through one feature-id raster: on raster devices at the
 * device pixel ratio, with shared borders drawn once and hatches as pixel patterns, both only for
 * features at least 4 px across; on PDF/SVG as one 300 dpi image, over which every feature at
 * least 1 mm across is drawn again as vector paths (fill, hatch, border). Suppressed areas are
 * grey in every path, and hatched wherever they are big enough to show it.
 */
class MapRenderer {
public:
    MapRenderer(const PolygonLayer& layer, std::vector<double> values,
                std::vector<uint8_t> suppressed, Classification classification,
                MapStyle style = {});

    /// Hatch areas flagged 1 with the noise hatch (empty: none). Suppressed areas keep theirs.
    void setWithinNoise(std::vector<uint8_t> withinNoise) {
        m_noise = std::move(withinNoise);
        m_rgb.clear();
    }
    /// Hatch areas flagged 1 "figures estimated from other areas" (Dataset::estimated; empty:
    /// none), over their colour and any noise hatch. Suppressed areas keep theirs.
    void setEstimated(std::vector<uint8_t> estimated) {
        m_estimated = std::move(estimated);
        m_rgb.clear();
    }

    /// Draw the features intersecting `view` scaled into `target` (aspect kept, centred).
    ViewTransform render(QPainter& p, const BBox& view, const QRectF& target,
                         double xStretch = 1.0) const;
    /// Draw with an existing transform (the widget keeps its own).
    void render(QPainter& p, const ViewTransform& t) const;

    [[nodiscard]] const Classification& classification() const { return m_cls; }
    [[nodiscard]] bool isSuppressed(std::size_t f) const;
    [[nodiscard]] bool isNoiseHatched(std::size_t f) const;
    [[nodiscard]] bool isEstimated(std::size_t f) const;
    /// The fill colour of feature f (suppressedColour() for suppressed ones).
    [[nodiscard]] QColor fillColour(std::size_t f) const;
    /// Feature f as a device-space path with Qt::OddEvenFill (holes stay empty).
    [[nodiscard]] QPainterPath devicePath(std::size_t f, const ViewTransform& t) const;
    /// The feature under a device point, for tooltips.
    [[nodiscard]] std::optional<std::size_t> featureAtDevice(QPointF device,
                                                             const ViewTransform& t) const;

private:
    void drawFeature(QPainter& p, std::size_t f, const ViewTransform& t, double hatch) const;
    /// The dense path (maprenderer_dense.cpp); false when it cannot draw on this painter.
    bool renderDense(QPainter& p, const ViewTransform& t, double hatch) const;

    const PolygonLayer* m_layer;
    std::vector<double> m_values;
    std::vector<uint8_t> m_suppressed;
    std::vector<uint8_t> m_noise;
    std::vector<uint8_t> m_estimated;
    Classification m_cls;
    MapStyle m_style;
    mutable std::vector<QRgb> m_rgb; ///< fillColour per feature, for the dense path
    /// The dense path's cached layer: the ids of the whole layer at about 3x the screen's
    /// resolution, resampled for every view at least as coarse (pan and zoom near full extent).
    mutable std::shared_ptr<const DenseIdCache> m_idCache;
};

} // namespace swingmap
