// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPainterPath>

class QPainter;
class QPaintDevice;

namespace swingmap {

/// Hatch spacing in device units: about 1.6 mm on paper, 6 px on screen.
double hatchSpacingFor(const QPaintDevice* device);

/**
 * Fill `path` (device coordinates) with backward-diagonal hatch lines, as Qt::BDiagPattern looks,
 * but drawn as real lines clipped to the path so that PDF output stays pure vector (Qt embeds
 * pattern brushes as bitmaps).
 */
void drawHatch(QPainter& p, const QPainterPath& path, double spacing);

/// The lighter "too small a base to tell" hatch: thin grey forward diagonals, wider apart, so it
/// reads differently from the suppressed hatch and keeps the class colour visible.
void drawNoiseHatch(QPainter& p, const QPainterPath& path, double spacing);
QColor noiseHatchColour();

/// The "figures estimated from other areas" hatch: dark blue horizontal lines, distinct from
/// both diagonal hatches, over the area's colour (reconcile, docs/schema.md).
void drawEstimatedHatch(QPainter& p, const QPainterPath& path, double spacing);
QColor estimatedHatchColour();

} // namespace swingmap
