// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace swingmap
