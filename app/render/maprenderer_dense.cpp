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
constexpr double kCacheOversample = 3; ///< the cached layer's pixels per screen pixel
constexpr int kMaxCacheSide = 4096;
} // namespace

struct DenseIdCache {
    IdRaster ids;
    ViewTransform t;
};

bool MapRenderer::renderDense(QPainter& p, const ViewTransform& t, double hatch) const {
    const QTransform m = p.transform();
    const QPaintEngine* engine = p.paintEngine();
    if (!engine || !p.device() || m.type() > QTransform::TxScale || m.m11() <= 0 || m.m22() <= 0)
        return false;
    const bool raster = engine->type() == QPaintEngine::Raster;
    const double dpi = p.device()->logicalDpiX();
    // image pixels per device unit: the device pixel ratio on screen, 300 dpi on paper
    const double pxPerDevice =
        raster ? p.device()->devicePixelRatioF() * std::clamp(m_style.screenRasterScale, 0.1, 1.0)
               : kPrintDpi / dpi;
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
    const BBox visible = ti.visibleWorld();
    for (std::size_t f = 0; f < n; ++f) {
        if (!l.hasGeometry(f) || l.bbox[f].empty()) continue;
        const BBox& wb = l.bbox[f];
        const double w = wb.width() * ti.scale(), h = wb.height() * ti.scaleY();
        // the narrower side: jittered cells of 2-3 px would otherwise get random border dashes
        if (std::min(w, h) < borderMinPx || !wb.intersects(visible)) continue;
        const QRectF b(0, 0, w, h);
        uint8_t fl = kDenseBordered;
        if (isSuppressed(f))
            fl |= kDenseSuppressed;
        else if (isNoiseHatched(f))
            fl |= kDenseNoise;
        if (isEstimated(f)) fl |= kDenseEstimated;
        flags[f] = fl;
        if (!raster && std::max(b.width(), b.height()) >= vectorMinPx) vectorFeatures.push_back(f);
    }
    IdRaster ids;
    const double stretch = ti.scale() / ti.scaleY();
    if (raster && m_style.denseCache && !l.extent.empty()) {
        // Near full extent: resample the cached layer (filled once, finer than the screen).
        const double side =
            std::min<double>(kMaxCacheSide, kCacheOversample * std::max(px.width(), px.height()));
        const double ext = std::max(l.extent.width() * stretch, l.extent.height());
        const double s = side / std::max(ext, 1e-12); // cache pixels per world unit (y)
        const bool sameStretch =
            m_idCache && std::abs(m_idCache->t.scale() / m_idCache->t.scaleY() - stretch) < 1e-9;
        if (s >= ti.scaleY() && (!sameStretch || s > m_idCache->t.scaleY() * 1.5)) {
            const QSize cs(std::max(1, static_cast<int>(std::ceil(l.extent.width() * stretch * s))),
                           std::max(1, static_cast<int>(std::ceil(l.extent.height() * s))));
            auto c = std::make_shared<DenseIdCache>();
            c->t = ViewTransform(l.extent, QRectF(QPointF(0, 0), QSizeF(cs)), stretch);
            c->ids = rasterFillIds(l, c->t, cs);
            m_idCache = std::move(c);
        }
        if (m_idCache && m_idCache->t.scaleY() >= ti.scaleY() * 0.999 &&
            std::abs(m_idCache->t.scale() / m_idCache->t.scaleY() - stretch) < 1e-9)
            ids = resampleIds(m_idCache->ids, m_idCache->t, ti, px.size());
    }
    if (ids.id.empty()) ids = rasterFillIds(l, ti, px.size());
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
