// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/viewtransform.h"
#include "core/geometry.h"

#include <QImage>
#include <QRgb>

#include <algorithm>
#include <cstdint>
#include <thread>
#include <vector>

namespace swingmap {

/// "No feature here" in a feature-id raster.
inline constexpr uint32_t kNoFeature = 0xffffffffu;

/**
 * A raster of feature ids (row-major, width * height): which feature covers each pixel centre.
 * Built by rasterFillIds, coloured by colourIds (or both at once by rasterFill).
 */
struct IdRaster {
    int width = 0;
    int height = 0;
    std::vector<uint32_t> id; ///< kNoFeature where no feature covers the pixel centre
    [[nodiscard]] uint32_t at(int x, int y) const {
        return id[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                  static_cast<std::size_t>(x)];
    }
};

struct RasterFillOptions {
    int threads = 2; ///< row bands filled in parallel; the output does not depend on it
    /// Only features with draw[f] != 0 (empty: all with geometry).
    const std::vector<uint8_t>* draw = nullptr;
};

/**
 * Scanline even-odd fill of every feature of `layer` into an id raster of `size` pixels, with
 * `t` mapping world coordinates to raster pixels. Pixel-centre sampling: a pixel belongs to the
 * last feature (in layer order) whose rings contain its centre. Device coordinates are snapped to
 * 1/64 pixel (QPainter's grid: the fill agrees with its aliased one) and consecutive vertices
 * that snap to the same point are merged, so neighbours' shared borders stay identical and tile
 * without gaps. Level of detail per zoom: features whose box covers no pixel centre are not
 * scanned at all but set the pixel under their centre (no background speckle at national zoom),
 * and vertices closer than 1/64 pixel become one. Rows are
 * split into bands filled by `threads` threads; the raster is the same for any thread count.
 */
IdRaster rasterFillIds(const PolygonLayer& layer, const ViewTransform& t, QSize size,
                       const RasterFillOptions& options = {});

/**
 * Colour an id raster into `image` (same size, 32-bit format): colours[id] for covered pixels
 * (colours with alpha 0 leave the pixel as it is), background pixels untouched.
 */
void colourIds(QImage& image, const IdRaster& ids, const std::vector<QRgb>& colours,
               int threads = 2);

/// rasterFillIds + colourIds into `image` (its size), one colour per feature.
void rasterFill(QImage& image, const PolygonLayer& layer, const ViewTransform& t,
                const std::vector<QRgb>& colours, const RasterFillOptions& options = {});

/**
 * The ids of `src` (drawn through srcT) seen through dstT at `size`: each pixel centre takes the
 * id of the source pixel under it (nearest). A zoom band's cached layer: a raster filled once at
 * a finer resolution serves every view whose pixels are no smaller than its own.
 */
IdRaster resampleIds(const IdRaster& src, const ViewTransform& srcT, const ViewTransform& dstT,
                     QSize size, int threads = 2);

/// Run fn(y0, y1) over [0, rows) split into `threads` contiguous bands (on as many threads).
template <class Fn> void forRowBands(int rows, int threads, Fn&& fn);

/// Device-space bounding box of feature f under t (from the layer's world box).
QRectF deviceBox(const PolygonLayer& layer, std::size_t f, const ViewTransform& t);

template <class Fn> void forRowBands(int rows, int threads, Fn&& fn) {
    threads = std::max(1, std::min(threads, rows / 16 + 1));
    if (threads == 1) {
        fn(0, rows);
        return;
    }
    std::vector<std::thread> pool;
    const int per = (rows + threads - 1) / threads;
    for (int i = 1; i < threads; ++i) {
        const int y0 = std::min(rows, i * per), y1 = std::min(rows, (i + 1) * per);
        pool.emplace_back([&fn, y0, y1] { fn(y0, y1); });
    }
    fn(0, std::min(rows, per));
    for (auto& th : pool)
        th.join();
}
} // namespace swingmap
