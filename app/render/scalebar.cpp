// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/scalebar.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <numbers>

namespace swingmap {

double metresPerUnit(bool geographic, double latitudeDeg) {
    if (!geographic) return 1.0;
    return std::cos(latitudeDeg * std::numbers::pi / 180.0) * 111320.0;
}

QString formatDistance(double metres) {
    if (metres < 1000) return QStringLiteral("%1 m").arg(metres, 0, 'g', 4);
    return QStringLiteral("%1 km").arg(metres / 1000, 0, 'g', 4);
}

ScaleBar chooseScaleBar(const ViewTransform& t, bool geographic, double maxDeviceLength) {
    ScaleBar bar;
    if (!t.valid() || maxDeviceLength <= 0) return bar;
    const BBox v = t.visibleWorld();
    const double mPerUnit = metresPerUnit(geographic, (v.minY + v.maxY) / 2);
    const double mPerDevice = mPerUnit / t.scale();
    if (!(mPerDevice > 0) || !std::isfinite(mPerDevice)) return bar;
    const double maxMetres = maxDeviceLength * mPerDevice;
    const double p = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double m : {5.0, 2.0, 1.0}) {
        if (m * p <= maxMetres) {
            bar.metres = m * p;
            break;
        }
    }
    if (bar.metres <= 0) bar.metres = p;
    bar.deviceLength = bar.metres / mPerDevice;
    bar.label = formatDistance(bar.metres);
    return bar;
}

void drawScaleBar(QPainter& p, QPointF bottomLeft, const ScaleBar& bar, const QFont& font) {
    if (!bar.valid()) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF fm(font, p.device());
    const double h = fm.height() * 0.35, half = bar.deviceLength / 2;
    const QRectF left(bottomLeft.x(), bottomLeft.y() - h, half, h);
    const QRectF right(left.right(), left.top(), half, h);
    p.setPen(QPen(Qt::black, std::max(1.0, h / 6)));
    p.setBrush(Qt::black);
    p.drawRect(left);
    p.setBrush(Qt::white);
    p.drawRect(right);
    p.setFont(font);
    const QRectF text(bottomLeft.x(), left.top() - fm.height() * 1.1, bar.deviceLength * 3,
                      fm.height());
    p.drawText(text, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("0"));
    const double w = fm.horizontalAdvance(bar.label);
    p.drawText(QRectF(right.right() - w / 2, text.top(), w + 2, text.height()),
               Qt::AlignLeft | Qt::AlignBottom, bar.label);
    p.restore();
}

QRectF scaleBarRect(QPointF bottomLeft, const ScaleBar& bar, const QFont& font,
                    const QPaintDevice* device) {
    if (!bar.valid()) return {};
    const QFontMetricsF fm(font, device);
    const double top = bottomLeft.y() - fm.height() * 0.35 - fm.height() * 1.1;
    const double right = bottomLeft.x() + bar.deviceLength + fm.horizontalAdvance(bar.label) / 2;
    return QRectF(QPointF(bottomLeft.x(), top), QPointF(right, bottomLeft.y()))
        .adjusted(-2, -2, 4, 2);
}

} // namespace swingmap
