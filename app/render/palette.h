// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"

#include <QColor>
#include <QString>

#include <vector>

namespace swingmap {

/// Colour of areas with no value (not suppressed, just unknown).
QColor noDataColour();
/// Background of privacy-suppressed areas; hatch lines are drawn over it in suppressedHatchColour.
QColor suppressedColour();
QColor suppressedHatchColour();
/// The label of privacy-suppressed areas in every legend, tooltip and table.
QString suppressedLabel();
/// classLabel(c) in the user's language on screen (app/render/uitext.h).
QString areaClassText(AreaClass c);

/**
 * Values mapped to colours through classes. Continuous classifications have breaks (class i is
 * [breaks[i-1], breaks[i]), the first and last open); categorical ones map value v to class int(v).
 */
struct Classification {
    std::vector<double> breaks; ///< inner thresholds, ascending; size = classes - 1 (continuous)
    std::vector<QColor> colours;
    std::vector<QString> labels;
    bool categorical = false;
    /// Legend order, top to bottom, as class indices; empty: highest class first.
    std::vector<int> legendOrder;

    [[nodiscard]] int classCount() const { return static_cast<int>(colours.size()); }
    /// Class index of a value, or -1 for NaN / unknown category.
    [[nodiscard]] int classOf(double v) const;
    /// Colour for a value; noDataColour() for NaN / unknown.
    [[nodiscard]] QColor colourOf(double v) const;
};

/// ColorBrewer RdBu with `classes` classes (7 or 9): red = loss, blue = gain; colour-blind safe.
std::vector<QColor> divergingPalette(int classes);

/// A "nice" number (1, 2, 2.5 or 5 times a power of ten) not above x (x > 0).
double niceStepBelow(double x);
/// The "nice" number (1, 2, 2.5 or 5 × 10^k) closest to x on a log scale.
double niceStepNearest(double x);

/**
 * Zero-centred classes for a change in points: breaks ±h, ±2h, ... with a pretty h chosen from the
 * 98th percentile of |value| so the outer (open) classes hold the extremes. The middle class
 * straddles zero ("little change"). `classes` is 7 or 9.
 */
Classification divergingClassification(const std::vector<double>& values, int classes = 7,
                                       const QString& middle = QStringLiteral("little change"));

/// Colour-blind-safe (Okabe–Ito) colours for the area classes, labelled with classLabel().
QColor classColour(AreaClass c);
Classification areaClassClassification();

/// "+2.5", "−5" (true minus sign), "0": compact numbers for legends.
QString formatSigned(double v);

} // namespace swingmap
