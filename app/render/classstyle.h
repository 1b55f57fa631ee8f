// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/classification.h"
#include "core/breaks.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <vector>

namespace swingmap {

/**
 * How the user wants a continuous map classified and coloured (the map's Style panel). The
 * default ("auto" method and palette) keeps each variable's own scale: zero-centred pretty
 * classes for changes, pretty quantiles for levels (classificationFor()). Categorical maps (area
 * classes, LISA clusters) ignore the style: their colours are fixed and colour-blind safe.
 */
struct ClassStyle {
    QString method = QStringLiteral("auto");  ///< "auto" or a breakMethodName()
    int classes = 0;                          ///< 0: 7 (levels) or 9 (changes)
    QString palette = QStringLiteral("auto"); ///< "auto" or a paletteIds() entry
    std::vector<double> manual;               ///< inner breaks of the "manual" method

    [[nodiscard]] bool automatic() const {
        return method == QLatin1String("auto") && palette == QLatin1String("auto");
    }
    bool operator==(const ClassStyle& o) const = default;
};

/// Palette ids: sequential ColorBrewer ramps, then the party's own colour, then diverging ones.
QStringList sequentialPaletteIds();
QStringList divergingPaletteIds();
/// "Yellow–green–blue", "Red–blue (diverging)", "Party colour"... in the user's language.
QString paletteName(const QString& id);
/// The 9 (sequential) or 11 (diverging) ColorBrewer colours of a palette, light to dark /
/// negative to positive; "party" ramps from near white to partyColour(party).
std::vector<QColor> paletteRamp(const QString& id, const QString& party = {});
/// A known colour for common party names (SPD, CDU, Labour, Conservative, VVD...), else a
/// neutral dark grey-blue; `known` tells which.
QColor partyColour(const QString& party, bool* known = nullptr);

/// The project file's "view.classes" (docs/schema.md): null for the automatic style.
nlohmann::ordered_json classStyleToJson(const ClassStyle& style);
/// Read it back; anything unknown or malformed reads as automatic.
ClassStyle classStyleFromJson(const nlohmann::ordered_json& json);

/// Methods offered in the UI, in order: "auto", then quantile, equal, fisher, pretty, sd, manual.
QStringList methodIds();
/// "Automatic", "Quantiles (equal counts)", "Natural breaks (Jenks)"... in the user's language.
QString methodName(const QString& id);

/// Parse "−5; 0; 2.5" (also commas as decimal points are not accepted: ';' or spaces separate)
/// into breaks; false on a token that is not a number.
bool parseManualBreaks(const QString& text, std::vector<double>& out);
QString formatManualBreaks(const std::vector<double>& breaks);

/**
 * The classification of `values` (NaN = no value, e.g. suppressed) for a map of `kind` in
 * `style`. Diverging kinds stay zero-centred whatever the breaks: each class is coloured by where
 * its middle lies between −max|v| and +max|v| on the diverging ramp, so a class around zero is
 * near white. Categorical kinds and the automatic style return classificationFor().
 */
Classification styledClassification(ScaleKind kind, const std::vector<double>& values,
                                    const ClassStyle& style, const QString& party = {},
                                    const QString& middle = QStringLiteral("little change"));

} // namespace swingmap
