// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/palette.h"
#include "app/render/viewtransform.h"
#include "core/geometry.h"

#include <QColor>
#include <QPainterPath>

#include <cstdint>
#include <optional>
#include <vector>

class QPainter;

namespace swingmap {

struct MapStyle {
    QColor border{96, 96, 96};
    double borderWidth = -1; ///< device units; < 0: about 0.1 mm on the target device
    QColor background = Qt::white;
    bool fillBackground = true;
};

/**
 * Draws a choropleth of one value per feature into any QPainter (widget, QImage, PDF): the map
 * widget, PNG export, the PDF briefing and the render tests all use this class.
 * Areas flagged suppressed are hatched over grey and never coloured by their value; NaN values are
 * drawn in noDataColour(); features without geometry are skipped. The renderer keeps pointers to
 * the layer and vectors: they must outlive it.
 */
class MapRenderer {
public:
    MapRenderer(const PolygonLayer& layer, const std::vector<double>& values,
                const std::vector<uint8_t>& suppressed, Classification classification,
                MapStyle style = {});

    /// Draw the features intersecting `view` scaled into `target` (aspect kept, centred).
    ViewTransform render(QPainter& p, const BBox& view, const QRectF& target,
                         double xStretch = 1.0) const;
    /// Draw with an existing transform (the widget keeps its own).
    void render(QPainter& p, const ViewTransform& t) const;

    [[nodiscard]] const Classification& classification() const { return m_cls; }
    [[nodiscard]] bool isSuppressed(std::size_t f) const;
    /// The fill colour of feature f (suppressedColour() for suppressed ones).
    [[nodiscard]] QColor fillColour(std::size_t f) const;
    /// Feature f as a device-space path with Qt::OddEvenFill (holes stay empty).
    [[nodiscard]] QPainterPath devicePath(std::size_t f, const ViewTransform& t) const;
    /// The feature under a device point, for tooltips.
    [[nodiscard]] std::optional<std::size_t> featureAtDevice(QPointF device,
                                                             const ViewTransform& t) const;

private:
    void drawFeature(QPainter& p, std::size_t f, const ViewTransform& t, double hatch) const;

    const PolygonLayer* m_layer;
    const std::vector<double>* m_values;
    const std::vector<uint8_t>* m_suppressed;
    Classification m_cls;
    MapStyle m_style;
};

} // namespace swingmap
