// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/palette.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <vector>

class QPainter;

namespace swingmap {

/// One legend line. The map widget and the PDF draw the same entries.
struct LegendEntry {
    enum class Swatch : uint8_t { Fill, Hatched, NoData, NoiseHatched, EstimatedHatched };
    QString label; ///< without the count
    QColor colour;
    std::size_t count = 0;
    Swatch swatch = Swatch::Fill;

    /// "label (count)"
    [[nodiscard]] QString text() const;
};

struct Legend {
    QString title;
    std::vector<LegendEntry> entries; ///< top to bottom
};

/**
 * Entries for a classification, highest class first, each with the number of areas in it; then
 * "no data (N)" and, when any area is suppressed, the hatched "too few households to show (N)".
 * Suppressed areas are counted only there, never in the class of their value.
 */
Legend makeLegend(const QString& title, const Classification& cls,
                  const std::vector<double>& values, const std::vector<uint8_t>& suppressed);

/// "too small a base to tell": the label of the sampling-noise hatch.
QString withinNoiseLabel();

/**
 * Append the lighter "too small a base to tell (N)" hatch entry: N counts the shown
 * (not suppressed) areas flagged in `withinNoise`. These areas also count in their class above.
 */
void addNoiseEntry(Legend& legend, const std::vector<uint8_t>& withinNoise,
                   const std::vector<uint8_t>& suppressed);

/// "figures estimated from other areas": the label of the reconcile hatch.
QString estimatedLabel();

/**
 * Append the "figures estimated from other areas (N)" hatch entry when any shown (not
 * suppressed) area is flagged in `estimated` (Dataset::estimated). These areas also count in
 * their class above.
 */
void addEstimatedEntry(Legend& legend, const std::vector<uint8_t>& estimated,
                       const std::vector<uint8_t>& suppressed);

/// Height in device units that drawLegend() needs with this font.
double legendHeight(const Legend& legend, const QFont& font, const QPaintDevice* device);

/// Width in device units that drawLegend() needs with this font (swatch, gap and longest text).
double legendWidth(const Legend& legend, const QFont& font, const QPaintDevice* device);

/// Draw the legend's title and entries at the top left of `rect`; returns the bottom used.
double drawLegend(QPainter& p, const QRectF& rect, const Legend& legend, const QFont& font);

} // namespace swingmap
