// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/palette.h"
#include "core/lisa.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <vector>

namespace swingmap {

/// How a mapped variable is classified and coloured.
enum class ScaleKind : uint8_t {
    Diverging,   ///< zero-centred RdBu, 9 classes: changes, swings, residuals, local coefficients
    Sequential,  ///< YlGnBu, up to 7 quantile classes on pretty breaks: shares, votes, local R²
    AreaClasses, ///< categorical, Okabe–Ito (classColour)
    LisaClusters ///< categorical, HH / LL / HL / LH / not significant
};

/// ColorBrewer YlGnBu with 7 classes, light to dark.
std::vector<QColor> sequentialPalette();

/**
 * Up to `classes` classes with breaks at the quantiles of the finite values, each rounded to a
 * "nice" step (so 23.417 shows as 23.5) and de-duplicated: skewed data keep roughly equal counts,
 * constant data give one class. Colours spread over the YlGnBu ramp.
 */
Classification sequentialClassification(const std::vector<double>& values, int classes = 7);

/// The LISA colour of a cluster: HH #d7191c, LL #2c7bb6, HL #fdae61, LH #abd9e9, ns light grey.
QColor lisaColour(LisaCluster c);
/// Categorical classes indexed by the LisaCluster value, legend order HH, LL, HL, LH, ns.
Classification lisaClassification();

/// The classification of `values` for a kind; `middle` names the zero class of diverging ones.
Classification classificationFor(ScaleKind kind, const std::vector<double>& values,
                                 const QString& middle = QStringLiteral("little change"));

/// "12.5", "1,234" (no sign): compact numbers for sequential legends.
QString formatPlain(double v);

} // namespace swingmap
