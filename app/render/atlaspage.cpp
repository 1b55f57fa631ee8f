// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/atlaspage.h"

#include "app/render/fonts.h"
#include "app/render/maprenderer.h"
#include "app/render/palette.h"
#include "app/render/scalebar.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace swingmap {

namespace {

QString footerText(const AtlasContext& c, std::size_t pageNo) {
    const BriefingText& t = c.text;
    return (t.privacy.isEmpty() ? QString() : t.privacy + QLatin1Char('\n')) + t.sources +
           QStringLiteral("\nPrinted %1 with SwingMap. ").arg(t.date) +
           (t.units.isEmpty() ? QString() : t.units + QLatin1Char(' ')) +
           QStringLiteral("Page %1 of %2").arg(pageNo).arg(c.totalPages);
}

double tablePoints(const AtlasContext& c) {
    return c.project->atlas.a3 ? 9.0 : 7.5;
}

QString areaName(const Dataset& d, std::size_t i) {
    const std::string& n = i < d.names.size() && !d.names[i].empty() ? d.names[i] : d.keys[i];
    return QString::fromStdString(n);
}

QString classText(AreaClass cls) {
    return cls == AreaClass::None ? QStringLiteral("–") : QString::fromUtf8(classLabel(cls));
}

/// The group page's parts: the map, the legend and the first table frame.
struct GroupLayout {
    QRectF map, legend, tables;
};

GroupLayout groupLayout(const AtlasContext& c, double top) {
    const double mm = c.mm, gap = 5 * mm;
    const QRectF& pg = c.page;
    GroupLayout l;
    if (c.landscape()) {
        l.map = QRectF(pg.left(), top, pg.width() * 0.57, c.bodyBottom - top);
        const double x = l.map.right() + gap;
        l.legend = QRectF(x, top, pg.right() - x, c.bodyBottom - top);
        l.tables = l.legend; // below the legend, fixed once its height is known
    } else {
        l.map = QRectF(pg.left(), top, pg.width(), (c.bodyBottom - top) * 0.46);
        const double y = l.map.bottom() + gap;
        l.legend = QRectF(pg.left(), y, pg.width() * 0.3, c.bodyBottom - y);
        const double x = l.legend.right() + gap;
        l.tables = QRectF(x, y, pg.right() - x, c.bodyBottom - y);
    }
    return l;
}

/// The frames of a continuation page: two columns on a wide page, else one.
std::vector<QRectF> continuationFrames(const AtlasContext& c, double top) {
    return bodyColumns(c, top, 250);
}

Legend groupLegend(const AtlasContext& c, const AtlasGroup& g) {
    const Analysis& a = *c.analysis;
    std::vector<double> values;
    std::vector<uint8_t> suppressed, estimated;
    for (const std::size_t i : g.areas) {
        values.push_back(i < c.map.values.size() ? c.map.values[i] : std::nan(""));
        suppressed.push_back(i < a.areas.suppressed.size() ? a.areas.suppressed[i] : 0);
        estimated.push_back(i < c.data->estimated.size() ? c.data->estimated[i] : 0);
    }
    Legend l = makeLegend(c.map.title, c.map.classification, values, suppressed);
    addEstimatedEntry(l, estimated, suppressed);
    if (c.streets && c.streets->streets) { // the streets of this page: its walk list
        StreetRanking walk;
        walk.listed = g.walk;
        addStreetEntries(l, StreetsOverlay{c.streets->streets, &walk, 0});
    }
    l.entries.push_back({QStringLiteral("other areas (greyed)"), QColor(228, 228, 228), 0,
                         LegendEntry::Swatch::Fill});
    return l;
}

/// Legend text without the meaningless count of the "outside" entry.
void fixOutsideCount(Legend& l, std::size_t neighbours) {
    l.entries.back().count = neighbours;
}

std::vector<AtlasTable> groupTables(const AtlasContext& c, const AtlasGroup& g) {
    const Analysis& a = *c.analysis;
    const auto& f = a.areas;
    AtlasTable targets;
    targets.title = QStringLiteral("Target areas (%1)").arg(g.targets.size());
    targets.headers = {QStringLiteral("#"),      QStringLiteral("Area"),
                       QStringLiteral("Class"),  QStringLiteral("Share %"),
                       QStringLiteral("Change"), QStringLiteral("Pot. votes")};
    targets.widths = {0.08, 0.36, 0.2, 0.11, 0.11, 0.14};
    targets.rightAligned = {true, false, false, true, true, true};
    targets.empty = QStringLiteral("No target areas here (none with potential votes, or hidden "
                                   "by the privacy rule).");
    for (const Target& t : g.targets) {
        const std::size_t i = t.area;
        targets.rows.push_back({QString::number(t.rank), areaName(*c.data, i), classText(f.cls[i]),
                                fixedOrDash(f.shareTo[i], 1),
                                fixedOrDash(f.shareChange[i], 1, true),
                                fixedOrDash(t.potentialVotes, 0)});
    }
    std::vector<AtlasTable> out{targets};
    AtlasTable walk;
    walk.title = QStringLiteral("Walk list: streets by potential votes per km");
    walk.headers = {QStringLiteral("#"),  QStringLiteral("Street"), QStringLiteral("Class"),
                    QStringLiteral("km"), QStringLiteral("Votes"),  QStringLiteral("per km")};
    walk.widths = {0.07, 0.39, 0.2, 0.09, 0.12, 0.13};
    walk.rightAligned = {true, false, false, true, true, true};
    if (!c.streets || !c.streets->streets) {
        walk.empty = QStringLiteral("No street layer in this project.");
    } else {
        walk.empty = QStringLiteral("No listed street runs mostly through this group.");
        if (g.streetsInGroup > g.walk.size())
            walk.title +=
                QStringLiteral(" (top %1 of %2)").arg(g.walk.size()).arg(g.streetsInGroup);
        std::size_t r = 0;
        for (const StreetScore& s : g.walk)
            walk.rows.push_back({QString::number(++r),
                                 QString::fromStdString(c.streets->streets->names[s.street]),
                                 classText(s.cls), fixedOrDash(s.km, 2),
                                 fixedOrDash(s.potentialVotes, 0), fixedOrDash(s.perKm, 0)});
    }
    out.push_back(walk);
    return out;
}

/// The map of group g: zoomed, neighbours greyed, streets, bold outline, north arrow, scale bar,
/// locator. Returns the number of neighbours shown.
std::size_t drawGroupMap(QPainter& p, const AtlasContext& c, const AtlasGroup& g, std::size_t gi,
                         const QRectF& frame, const StreetsOverlay* overlay) {
    const double mm = c.mm;
    const Dataset& d = *c.data;
    const QRectF inner = frame.adjusted(mm, mm, -mm, -mm);
    BBox view = g.extent;
    const double mx = (view.maxX - view.minX) * 0.06, my = (view.maxY - view.minY) * 0.06;
    view.add(view.minX - mx, view.minY - my);
    view.add(view.maxX + mx, view.maxY + my);
    const ViewTransform t(view, inner, xStretchFor(view, d.geographic));
    const double tol = 0.2 * mm / t.scaleY();
    std::vector<uint8_t> inGroup(d.areaCount(), 0), neighbour(d.areaCount(), 0);
    for (const std::size_t a : g.areas)
        inGroup[a] = 1;
    // only the group's areas are coloured; the neighbours in view are drawn grey on top
    const BBox visible = t.visibleWorld();
    const PolygonLayer& l = d.geometry;
    for (std::size_t f = 0; f < l.featureCount() && f < neighbour.size(); ++f)
        neighbour[f] = !inGroup[f] && l.hasGeometry(f) && l.bbox[f].intersects(visible);
    const PolygonLayer gen = generaliseLayer(l, tol, &inGroup);
    const PolygonLayer around = generaliseLayer(l, tol, &neighbour);
    MapStyle style;
    style.borderWidth = 0.1 * mm;
    MapRenderer r(gen, c.map.values, c.analysis->areas.suppressed, c.map.classification, style);
    r.setEstimated(d.estimated);
    r.render(p, t);
    const MapRenderer greyed(around, {}, {}, c.map.classification, style);
    StreetLayer local;
    StreetRanking localRank;
    if (overlay) {
        local = streetsInAreas(*overlay->streets, inGroup, tol);
        std::size_t rank = 0;
        for (StreetScore s : g.walk) {
            s.rank = ++rank;
            localRank.listed.push_back(s);
        }
        const StreetsOverlay o{&local, &localRank, std::min<std::size_t>(10, rank)};
        drawStreets(p, t, inner, o, *c.analysis, mm);
    }
    // neighbours outside the group greyed
    p.save();
    p.setClipRect(inner);
    p.setRenderHint(QPainter::Antialiasing, true);
    std::size_t neighbours = 0;
    p.setPen(QPen(QColor(170, 170, 170), 0.1 * mm));
    p.setBrush(QColor(228, 228, 228));
    for (std::size_t f = 0; f < around.featureCount(); ++f) {
        if (!around.hasGeometry(f)) continue;
        ++neighbours;
        p.drawPath(greyed.devicePath(f, t));
    }
    p.setPen(QPen(QColor(30, 30, 30), 0.6 * mm, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    drawWorldLines(p, t, g.outline, tol);
    p.restore();
    p.setPen(QPen(QColor(150, 150, 150), 0.2 * mm));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    drawNorthArrow(p, QRectF(frame.left() + 3 * mm, frame.top() + 3 * mm, 7 * mm, 11 * mm));
    const ScaleBar bar = chooseScaleBar(t, d.geographic, frame.width() / 4);
    p.fillRect(QRectF(frame.left() + 2 * mm, frame.bottom() - 9 * mm, bar.deviceLength + 10 * mm,
                      7.5 * mm),
               QColor(255, 255, 255, 200));
    drawScaleBar(p, QPointF(frame.left() + 4 * mm, frame.bottom() - 3 * mm), bar, uiFont(8));
    // the locator inset, top right, with the city's aspect
    const BBox& e = d.geometry.extent;
    const double aspect =
        (e.maxX - e.minX) * xStretchFor(e, d.geographic) / std::max(1e-12, e.maxY - e.minY);
    const double lw = frame.width() * (c.landscape() ? 0.24 : 0.22);
    const double lh = std::clamp(lw / std::max(0.2, aspect), 10 * mm, frame.height() * 0.35);
    drawLocator(p, QRectF(frame.right() - lw - 2 * mm, frame.top() + 2 * mm, lw, lh), d.geometry,
                c.groups, gi, d.geographic, mm);
    return neighbours;
}

} // namespace

QString fixedOrDash(double v, int decimals, bool sign) {
    if (!std::isfinite(v)) return QStringLiteral("–");
    QString s = QString::number(v, 'f', decimals);
    if (sign && v > 0 && s != QString::number(0.0, 'f', decimals)) s.prepend(QLatin1Char('+'));
    return s;
}

double footerHeight(const AtlasContext& c) {
    const QFontMetricsF fm(uiFont(7), c.writer);
    return fm
        .boundingRect(QRectF(0, 0, c.page.width(), 1e6), Qt::TextWordWrap,
                      footerText(c, c.totalPages + 100))
        .height();
}

void drawPageFrame(QPainter& p, const AtlasContext& c, std::size_t pageNo) {
    const double mm = c.mm;
    p.setPen(QColor(110, 110, 110));
    p.setFont(uiFont(7.5));
    const QRectF head(c.page.left(), c.page.top(), c.page.width(), 5 * mm);
    p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(uiFont(7.5), c.writer)
                   .elidedText(c.text.title, Qt::ElideRight, c.page.width() * 0.7));
    p.drawText(head, Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("Canvass atlas · page %1").arg(pageNo));
    const double h = footerHeight(c);
    p.setFont(uiFont(7));
    p.setPen(QColor(70, 70, 70));
    p.drawText(QRectF(c.page.left(), c.page.bottom() - h, c.page.width(), h),
               Qt::AlignLeft | Qt::TextWordWrap, footerText(c, pageNo));
    p.setPen(QPen(QColor(190, 190, 190), 0.2 * mm));
    p.drawLine(QPointF(c.page.left(), c.page.bottom() - h - 1.5 * mm),
               QPointF(c.page.right(), c.page.bottom() - h - 1.5 * mm));
    p.setPen(Qt::black);
}

double drawHeading(QPainter& p, const AtlasContext& c, double top, const QString& title,
                   const QString& subtitle) {
    const double mm = c.mm;
    const QFont tf = uiFont(c.project->atlas.a3 ? 20 : 16, true);
    p.setFont(tf);
    p.setPen(Qt::black);
    const QFontMetricsF fm(tf, p.device());
    p.drawText(QRectF(c.page.left(), top, c.page.width(), fm.height()), Qt::AlignLeft,
               fm.elidedText(title, Qt::ElideRight, c.page.width()));
    double y = top + fm.height();
    if (!subtitle.isEmpty()) {
        p.setFont(uiFont(9));
        p.setPen(QColor(60, 60, 60));
        const double h = std::min(p.boundingRect(QRectF(c.page.left(), y, c.page.width(), 1e6),
                                                 Qt::TextWordWrap, subtitle)
                                      .height(),
                                  QFontMetricsF(uiFont(9), p.device()).height() * 2);
        p.drawText(QRectF(c.page.left(), y, c.page.width(), h), Qt::TextWordWrap, subtitle);
        y += h;
    }
    p.setPen(Qt::black);
    return y + 3 * mm;
}

namespace {
double headingHeight(const AtlasContext& c) {
    const QFontMetricsF tf(uiFont(c.project->atlas.a3 ? 20 : 16, true), c.writer);
    const QFontMetricsF sf(uiFont(9), c.writer);
    return tf.height() + sf.height() * 2 + 3 * c.mm;
}

double firstFrameTop(const AtlasContext& c, const AtlasGroup& g, const GroupLayout& l) {
    if (!c.landscape()) return l.tables.top();
    return l.legend.top() + legendHeight(groupLegend(c, g), uiFont(8), c.writer) + 5 * c.mm;
}

/// The overlay restricted to group g's walk list, or null without streets.
const StreetsOverlay* groupOverlay(const AtlasContext& c) {
    return c.streets && c.streets->streets && c.streets->ranking ? c.streets : nullptr;
}
} // namespace

std::size_t groupPageCount(const AtlasContext& c, std::size_t gi) {
    const AtlasGroup& g = c.groups[gi];
    const std::vector<AtlasTable> tables = groupTables(c, g);
    const double top = c.bodyTop + headingHeight(c);
    GroupLayout l = groupLayout(c, top);
    l.tables.setTop(firstFrameTop(c, g, l));
    TableCursor cur;
    flowTables(nullptr, c.writer, l.tables, tables, cur, c.mm, tablePoints(c));
    std::size_t pages = 1;
    while (!cur.done(tables)) {
        const TableCursor before = cur;
        for (const QRectF& f : continuationFrames(c, top))
            flowTables(nullptr, c.writer, f, tables, cur, c.mm, tablePoints(c));
        ++pages;
        if (before.table == cur.table && before.row == cur.row) break; // a frame too small
    }
    return pages;
}

void drawGroupPages(QPainter& p, const AtlasContext& c, std::size_t gi, std::size_t firstPage) {
    const AtlasGroup& g = c.groups[gi];
    const std::vector<AtlasTable> tables = groupTables(c, g);
    const QString name = QString::fromStdString(g.name);
    const QString subtitle =
        QStringLiteral("%1 areas · %2 target areas%3 · %4")
            .arg(g.areas.size())
            .arg(g.targets.size())
            .arg(groupOverlay(c) ? QStringLiteral(" · %1 listed streets").arg(g.streetsInGroup)
                                 : QString())
            .arg(c.text.subtitle);
    c.writer->newPage();
    drawPageFrame(p, c, firstPage);
    const double top = drawHeading(p, c, c.bodyTop, name, subtitle);
    GroupLayout l = groupLayout(c, c.bodyTop + headingHeight(c));
    l.map.setTop(top);
    // the streets overlay of this page only: the group's walk list
    const std::size_t neighbours = drawGroupMap(p, c, g, gi, l.map, groupOverlay(c));
    Legend legend = groupLegend(c, g);
    fixOutsideCount(legend, neighbours);
    drawLegend(p, l.legend, legend, uiFont(8));
    l.tables.setTop(firstFrameTop(c, g, l));
    TableCursor cur;
    flowTables(&p, c.writer, l.tables, tables, cur, c.mm, tablePoints(c));
    std::size_t page = firstPage;
    while (!cur.done(tables)) {
        const TableCursor before = cur;
        c.writer->newPage();
        drawPageFrame(p, c, ++page);
        drawHeading(p, c, c.bodyTop, name + QStringLiteral(" … continued"), QString());
        for (const QRectF& f : continuationFrames(c, c.bodyTop + headingHeight(c)))
            flowTables(&p, c.writer, f, tables, cur, c.mm, tablePoints(c));
        if (before.table == cur.table && before.row == cur.row) break;
    }
}

std::vector<QRectF> bodyColumns(const AtlasContext& c, double top, double twoColumnsFromMm) {
    const QRectF body(c.page.left(), top, c.page.width(), c.bodyBottom - top);
    if (body.width() < twoColumnsFromMm * c.mm) return {body};
    const double gap = 8 * c.mm, w = (body.width() - gap) / 2;
    return {QRectF(body.left(), top, w, body.height()),
            QRectF(body.left() + w + gap, top, w, body.height())};
}

} // namespace swingmap
