// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The atlas' pages (internal to atlas.cpp and atlaspage.cpp).

#include "app/render/atlasdraw.h"
#include "app/render/atlasgroups.h"
#include "app/render/briefingtext.h"
#include "app/render/streetsdraw.h"
#include "app/render/thematic.h"
#include "core/project.h"

#include <QRectF>

#include <vector>

class QPainter;
class QPdfWriter;

namespace swingmap {

struct AtlasContext {
    QPdfWriter* writer = nullptr;
    const Dataset* data = nullptr;
    const Analysis* analysis = nullptr;
    const Project* project = nullptr;
    const StreetsOverlay* streets = nullptr; ///< null without a streets layer
    ThematicMap map;                         ///< the modelled quantity's map
    BriefingText text;
    std::vector<AtlasGroup> groups;
    QRectF page;           ///< inside the margins, device units
    double mm = 1;         ///< device units per millimetre
    double bodyTop = 0;    ///< below the running header
    double bodyBottom = 0; ///< above the footer
    std::size_t totalPages = 0;
    [[nodiscard]] bool landscape() const { return page.width() > page.height(); }
};

/// Running header (project title) and footer (privacy note, sources, date, "Page N of M").
void drawPageFrame(QPainter& p, const AtlasContext& c, std::size_t pageNo);
/// Height of the footer's text, to fix bodyBottom before any page is drawn.
double footerHeight(const AtlasContext& c);
/// A heading in large bold type with a grey line below at `top`; returns the y below it.
double drawHeading(QPainter& p, const AtlasContext& c, double top, const QString& title,
                   const QString& subtitle);

/// Pages group `g` needs (its first page and the continuations of its tables).
std::size_t groupPageCount(const AtlasContext& c, std::size_t g);
/// Draw group g's pages, the first numbered `firstPage`; starts each with writer->newPage().
void drawGroupPages(QPainter& p, const AtlasContext& c, std::size_t g, std::size_t firstPage);

/// The body below `top` as table frames: two columns when it is at least `twoColumnsFromMm` wide
/// (index, continuation pages), else one.
std::vector<QRectF> bodyColumns(const AtlasContext& c, double top, double twoColumnsFromMm);

/// "12.3", "+1.4", "–" for NaN
QString fixedOrDash(double v, int decimals, bool sign = false);

} // namespace swingmap
