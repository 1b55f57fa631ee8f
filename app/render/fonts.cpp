// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/fonts.h"

namespace swingmap {

QFont uiFont(double points, bool bold) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "ﬃ" glyphs make PDF text unsearchable ("Oﬃcer" does not match "Officer").
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace swingmap
