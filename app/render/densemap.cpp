// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/densemap.h"

#include "app/render/hatch.h"
#include "app/render/palette.h"

#include <algorithm>
#include <cmath>

namespace swingmap {

namespace {
QRgb mix(QRgb a, QRgb b, int wb) { // wb of 256 from b
    const int wa = 256 - wb;
    return qRgb((qRed(a) * wa + qRed(b) * wb) >> 8, (qGreen(a) * wa + qGreen(b) * wb) >> 8,
                (qBlue(a) * wa + qBlue(b) * wb) >> 8);
}

int posMod(int v, int m) {
    const int r = v % m;
    return r < 0 ? r + m : r;
}
} // namespace

QImage shadeIds(const IdRaster& ids, const std::vector<QRgb>& colours,
                const std::vector<uint8_t>& flags, const DenseShading& shading) {
    QImage img(ids.width, ids.height,
               qAlpha(shading.background) == 255 ? QImage::Format_RGB32
                                                 : QImage::Format_ARGB32_Premultiplied);
    if (img.isNull()) return img;
    uchar* bits = img.bits();
    const auto stride = static_cast<std::size_t>(img.bytesPerLine());
    const QRgb hatchS = suppressedHatchColour().rgb(), hatchN = noiseHatchColour().rgb(),
               hatchE = estimatedHatchColour().rgb();
    const int gapS = std::max(3, shading.hatchSpacing);
    const int gapN = std::max(4, static_cast<int>(std::lround(gapS * 1.5)));
    const int gapE = std::max(4, static_cast<int>(std::lround(gapS * 1.4)));
    const int wS = std::max(1, static_cast<int>(std::lround(gapS / 6.0)));
    const auto W = static_cast<std::size_t>(ids.width);
    const auto flagOf = [&](uint32_t f) -> uint8_t {
        return f == kNoFeature || f >= flags.size() ? uint8_t(kDenseBordered) : flags[f];
    };
    forRowBands(ids.height, shading.threads, [&](int y0, int y1) {
        for (int y = y0; y < y1; ++y) {
            auto* line = reinterpret_cast<QRgb*>(bits + static_cast<std::size_t>(y) * stride);
            const uint32_t* row = &ids.id[static_cast<std::size_t>(y) * W];
            const uint32_t* below = y + 1 < ids.height ? row + W : nullptr;
            for (int x = 0; x < ids.width; ++x) {
                const uint32_t f = row[x];
                if (f == kNoFeature || f >= colours.size()) {
                    line[x] = shading.background;
                    continue;
                }
                QRgb c = colours[f];
                const uint8_t fl = f < flags.size() ? flags[f] : uint8_t(0);
                if (fl & kDenseSuppressed) {
                    if (posMod(x + y, gapS) < wS) c = hatchS;
                } else if ((fl & kDenseNoise) && posMod(x - y, gapN) == 0) {
                    c = mix(c, hatchN, 200);
                }
                if ((fl & kDenseEstimated) && posMod(y, gapE) == 0) c = mix(c, hatchE, 220);
                if ((fl & kDenseBordered) && qAlpha(shading.border) != 0) {
                    const uint32_t r = x + 1 < ids.width ? row[x + 1] : f;
                    const uint32_t b = below ? below[x] : f;
                    if ((r != f && (flagOf(r) & kDenseBordered)) ||
                        (b != f && (flagOf(b) & kDenseBordered)))
                        c = mix(c, shading.border, 190);
                }
                line[x] = c;
            }
        }
    });
    return img;
}

} // namespace swingmap
