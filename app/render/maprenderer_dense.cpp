// SPDX-License-Identifier: GPL-3.0-or-later
// MapRenderer's dense path: one feature-id raster instead of one QPainterPath per feature.
#include "app/render/densemap.h"
#include "app/render/maprenderer.h"
#include "app/render/rasterfill.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace swingmap {

namespace {
constexpr double kPrintDpi = 300;  ///< the image under vector output
constexpr double kBorderMinPx = 4; ///< features narrower than this on screen: no border/hatch
constexpr double kVectorMinMm = 1; ///< on paper, features at least this wide stay vectors
constexpr int kMaxImageSide = 16000;
} // namespace

bool MapRenderer::renderDense(QPainter& p, const ViewTransform& t, double hatch) const {
    const QTransform m = p.transform();
    const QPaintEngine* engine = p.paintEngine();
    if (!engine || !p.device() || m.type() > QTransform::TxScale || m.m11() <= 0 || m.m22() <= 0)
        return false;
    const bool raster = engine->type() == QPaintEngine::Raster;
    const double dpi = p.device()->logicalDpiX();
    // image pixels per device unit: the device pixel ratio on screen, 300 dpi on paper
    const double pxPerDevice = raster ? p.device()->devicePixelRatioF() : kPrintDpi / dpi;
    const QRectF dev = m.mapRect(t.target());
    const QRectF pxExact(dev.topLeft() * pxPerDevice, dev.size() * pxPerDevice);
    const QRect px = pxExact.toAlignedRect();
    if (px.isEmpty() || px.width() > kMaxImageSide || px.height() > kMaxImageSide) return false;
    const ViewTransform ti(t.visibleWorld(), pxExact.translated(-px.topLeft()),
                           t.scale() / t.scaleY());
    if (!ti.valid()) return false;

    const PolygonLayer& l = *m_layer;
    const std::size_t n = l.featureCount();
    if (m_rgb.size() != n) {
        m_rgb.resize(n);
        for (std::size_t f = 0; f < n; ++f)
            m_rgb[f] = fillColour(f).rgb();
    }
    // Per feature: big enough for borders and hatches (raster), or for vectors (paper).
    const double vectorMinPx = kVectorMinMm * dpi / 25.4 * pxPerDevice;
    const double borderMinPx = kBorderMinPx * (raster ? pxPerDevice : 1.0); // paper: 0.34 mm
    std::vector<uint8_t> flags(n, 0);
    std::vector<std::size_t> vectorFeatures;
    const QRectF imageRect(QPointF(0, 0), QSizeF(px.size()));
    for (std::size_t f = 0; f < n; ++f) {
        if (!l.hasGeometry(f) || l.bbox[f].empty()) continue;
        const QRectF b = deviceBox(l, f, ti);
        if (!b.intersects(imageRect) && !imageRect.contains(b.center())) continue;
        // the narrower side: jittered cells of 2-3 px would otherwise get random border dashes
        if (std::min(b.width(), b.height()) < borderMinPx) continue;
        uint8_t fl = kDenseBordered;
        if (isSuppressed(f))
            fl |= kDenseSuppressed;
        else if (isNoiseHatched(f))
            fl |= kDenseNoise;
        if (isEstimated(f)) fl |= kDenseEstimated;
        flags[f] = fl;
        if (!raster && std::max(b.width(), b.height()) >= vectorMinPx) vectorFeatures.push_back(f);
    }
    const IdRaster ids = rasterFillIds(l, ti, px.size());
    DenseShading shading;
    shading.border = m_style.border.rgb();
    // an opaque background (render() filled it already) makes the image a plain copy to draw
    shading.background =
        m_style.fillBackground && m_style.background.alpha() == 255 ? m_style.background.rgb() : 0;
    shading.hatchSpacing = static_cast<int>(std::lround(hatch * pxPerDevice * m.m11()));
    const QImage img = shadeIds(ids, m_rgb, flags, shading);
    const QRectF logical = m.inverted().mapRect(
        QRectF(QPointF(px.topLeft()) / pxPerDevice, QSizeF(px.size()) / pxPerDevice));
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.setRenderHint(QPainter::LosslessImageRendering, true); // PDF: Flate, not JPEG
    p.drawImage(logical, img);
    p.restore();
    for (const std::size_t f : vectorFeatures) // on paper: the bigger features stay vectors
        drawFeature(p, f, t, hatch);
    return true;
}

} // namespace swingmap
