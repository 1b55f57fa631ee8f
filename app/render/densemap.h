// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/rasterfill.h"

#include <QImage>
#include <QRgb>

#include <cstdint>
#include <vector>

namespace swingmap {

/// Per-feature flags for shadeIds.
enum DenseFlag : uint8_t {
    kDenseBordered = 1,   ///< big enough on screen for its borders to be drawn
    kDenseSuppressed = 2, ///< suppressed hatch (only with kDenseBordered: big enough)
    kDenseNoise = 4,      ///< "too small a base to tell" hatch
    kDenseEstimated = 8,  ///< "estimated from other areas" hatch
};

struct DenseShading {
    QRgb background = 0; ///< pixels no feature covers (0: transparent)
    QRgb border = qRgb(96, 96, 96);
    int hatchSpacing = 6; ///< pixels between suppressed hatch lines
    int threads = 2;
};

/**
 * The dense-map image of an id raster: each pixel in its feature's colour; where two features
 * flagged kDenseBordered meet (or one meets the background), the shared border is drawn once, one
 * pixel wide; features flagged for a hatch get it as a pixel pattern anchored to the image (the
 * same diagonals as app/render/hatch.h). The raster's size, Format_RGB32 with an opaque background
 * (else Format_ARGB32_Premultiplied); the
 * result does not depend on the thread count.
 */
QImage shadeIds(const IdRaster& ids, const std::vector<QRgb>& colours,
                const std::vector<uint8_t>& flags, const DenseShading& shading);

} // namespace swingmap
