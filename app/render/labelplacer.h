// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <cstddef>
#include <functional>
#include <vector>

class QPainter;
class QPaintDevice;

namespace swingmap {

/// One label that may be placed: its text at a device point inside its area.
struct LabelCandidate {
    std::size_t id = 0; ///< the caller's (an area index)
    QString text;
    QPointF anchor;      ///< device point inside the area (e.g. its interior point)
    double priority = 0; ///< higher is placed first; ties by id (ascending)
};

/// A label placed: draw `text` from `baseline` (QPainter::drawText); `box` is its text box.
struct PlacedLabel {
    std::size_t id = 0;
    QString text;
    QPointF anchor;
    QRectF box;
    QPointF baseline;
};

struct LabelOptions {
    QRectF bounds;                ///< every box stays inside (the map's rectangle)
    std::vector<QRectF> reserved; ///< no box may touch these (legend, scale bar, north arrow)
    double padding = 3;           ///< free space kept around every box, device units
    /// Whether a device point lies inside area `id`; null: boxes are not checked against areas.
    std::function<bool(std::size_t id, QPointF device)> inside;
    /// Of 9 points on a 3 x 3 grid over a box, how many may lie outside its area (the middle row
    /// never may): a label spills out of its area by little or not at all.
    int maxOutside = 2;
};

/**
 * Greedy label placement: candidates by priority (highest first, ties by id), each tried centred
 * on its anchor and then a little above, below, left and right of it; the first position whose
 * padded box lies inside `bounds`, touches no reserved rectangle and no label placed before, and
 * (with `inside`) stays within its area is kept, else the label is left out. Collisions are found
 * through a grid of buckets, so the time grows with the number of candidates, not its square.
 * The same input always gives the same placement.
 */
std::vector<PlacedLabel> placeLabels(std::vector<LabelCandidate> candidates,
                                     const QFontMetricsF& metrics, const LabelOptions& options);

/// The labels' font: DejaVu Sans at `points` sized in pixels for `device` (the same glyphs for
/// drawText and QPainterPath::addText, on screen, PNG and SVG).
QFont labelFont(double points, const QPaintDevice* device);

/// Draw placed labels: dark text over a white halo `halo` device units wide. On an SVG the text is
/// drawn as text (kept as <text> elements), elsewhere, like the halo, as glyph outlines.
void drawPlacedLabels(QPainter& p, const std::vector<PlacedLabel>& labels, const QFont& font,
                      double halo);

} // namespace swingmap
