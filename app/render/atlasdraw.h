// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/atlasgroups.h"
#include "app/render/viewtransform.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;
class QPaintDevice;

namespace swingmap {

/// A table of one-line rows; rows never split, long cells are elided.
struct AtlasTable {
    QString title;
    QStringList headers;
    std::vector<double> widths;     ///< fractions of the frame width (sum 1)
    std::vector<bool> rightAligned; ///< per column
    std::vector<QStringList> rows;
    QString empty; ///< a line printed instead of rows when there are none
};

/// Where the tables of a page group stand: table `table`, row `row` (0 = not started).
struct TableCursor {
    std::size_t table = 0, row = 0;
    [[nodiscard]] bool done(const std::vector<AtlasTable>& tables) const {
        return table >= tables.size();
    }
};

/**
 * Flow the tables from `cursor` into `frame` (one after the other, a gap between them): title
 * (" … continued" when the table started on an earlier page), header and as many whole rows as
 * fit; advances the cursor. With `p` null only measures (to count pages). `device` gives the
 * font metrics; `mm` = device units per millimetre.
 */
void flowTables(QPainter* p, const QPaintDevice* device, const QRectF& frame,
                const std::vector<AtlasTable>& tables, TableCursor& cursor, double mm,
                double points);

/// A north arrow ("N" over a black and white arrow head) in `box`.
void drawNorthArrow(QPainter& p, const QRectF& box);

/// Polylines (world interleaved x, y) through `t`, with the pen already set.
void drawWorldLines(QPainter& p, const ViewTransform& t,
                    const std::vector<std::vector<double>>& lines, double tolerance);

/// The inset locator: all areas pale, the group's in dark red, the groups' borders thin, in a
/// white framed box.
void drawLocator(QPainter& p, const QRectF& box, const PolygonLayer& layer,
                 const std::vector<AtlasGroup>& groups, std::size_t current, bool geographic,
                 double mm);

/// Text with a white halo, centred on `at`.
void drawHaloText(QPainter& p, QPointF at, const QString& text, const QFont& font, double halo);

} // namespace swingmap
