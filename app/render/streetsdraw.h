// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/legend.h"
#include "app/render/viewtransform.h"
#include "core/analysis.h"
#include "core/streets.h"

#include <QRectF>

#include <vector>

class QPainter;

namespace swingmap {

/// What the map exports need to draw the streets (both must outlive the drawing).
struct StreetsOverlay {
    const StreetLayer* streets = nullptr;
    const StreetRanking* ranking = nullptr;
    std::size_t labelled = 10; ///< the top streets labelled with their names
};

/**
 * The streets over a map drawn with `t`: the choropleth under them paled (white veil over
 * `mapRect`), each clipped piece coloured by the class of the area under it (grey for areas
 * without a class, suppressed areas and unlisted streets), width by the street's rank (top 10
 * widest, then top 50, the other listed streets, unlisted ones hairlines); the top streets
 * labelled with a white halo. `mm` = device units per millimetre. With `labelBoxes`, the boxes
 * of the street labels drawn are appended there (area labels keep clear of them).
 */
void drawStreets(QPainter& p, const ViewTransform& t, const QRectF& mapRect,
                 const StreetsOverlay& overlay, const Analysis& analysis, double mm,
                 std::vector<QRectF>* labelBoxes = nullptr);

/// Legend entries for the streets: per area class, "streets: battle-zone (N)" with N the listed
/// streets running mostly through areas of that class (in the order of kClassOrder).
void addStreetEntries(Legend& legend, const StreetsOverlay& overlay);

} // namespace swingmap
