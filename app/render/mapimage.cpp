// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/mapimage.h"

#include "app/render/choropleth.h"
#include "app/render/fonts.h"
#include "app/render/scalebar.h"

#include <QPainter>

namespace swingmap {

QImage renderMapImage(const Dataset& data, const Analysis& analysis, QSize size, bool withLegend) {
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    const Classification cls = shareChangeClassification(analysis);
    const MapRenderer r = shareChangeRenderer(data, analysis, cls);
    QPainter p(&img);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    const double pad = withLegend ? 12.0 : 0.0;
    const ViewTransform t = r.render(p, data.geometry.extent, target.adjusted(pad, pad, -pad, -pad),
                                     xStretchFor(data.geometry.extent, data.geographic));
    if (withLegend) {
        const QFont font = uiFont(9);
        const Legend legend = shareChangeLegend(analysis, cls);
        const double h = legendHeight(legend, font, &img);
        const QRectF box(pad, pad, 250, h + 12);
        p.fillRect(box, QColor(255, 255, 255, 220));
        drawLegend(p, box.adjusted(6, 6, -6, -6), legend, font);
        const ScaleBar bar = chooseScaleBar(t, data.geographic, size.width() / 5.0);
        drawScaleBar(p, QPointF(pad + 6, size.height() - pad - 6), bar, font);
    }
    return img;
}

Status writePng(const std::string& path, const Dataset& data, const Analysis& analysis,
                QSize size) {
    const QImage img = renderMapImage(data, analysis, size, true);
    if (!img.save(QString::fromStdString(path), "PNG"))
        return fail("Could not write the PNG file " + path +
                    ": check that the folder exists and is writable.");
    return Ok{};
}

} // namespace swingmap
