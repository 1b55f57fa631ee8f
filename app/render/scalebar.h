// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/viewtransform.h"

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace swingmap {

struct ScaleBar {
    double metres = 0;       ///< ground length the bar stands for
    double deviceLength = 0; ///< its length on the device
    QString label;           ///< "500 m", "2 km"
    [[nodiscard]] bool valid() const { return deviceLength > 0; }
};

/// Metres per map unit: 1 for projected CRSs (assumed metric), cos(lat) * 111.32 km for degrees.
double metresPerUnit(bool geographic, double latitudeDeg);

/// "250 m", "1 km", "2.5 km"
QString formatDistance(double metres);

/**
 * The longest 1–2–5 ground length whose bar fits in `maxDeviceLength`. For geographic layers the
 * length is measured at the view's mid latitude.
 */
ScaleBar chooseScaleBar(const ViewTransform& t, bool geographic, double maxDeviceLength);

/// Draw the bar (black/white halves with end ticks) with its label above, from `bottomLeft`.
void drawScaleBar(QPainter& p, QPointF bottomLeft, const ScaleBar& bar, const QFont& font);

/// The box drawScaleBar covers on `device` (bar and labels), for keeping labels off it.
QRectF scaleBarRect(QPointF bottomLeft, const ScaleBar& bar, const QFont& font,
                    const QPaintDevice* device);

} // namespace swingmap
