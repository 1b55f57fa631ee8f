// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/atlas.h"

#include "app/render/atlaspage.h"
#include "app/render/fonts.h"
#include "app/render/maprenderer.h"
#include "app/render/scalebar.h"
#include "core/targets.h"

#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace swingmap {

namespace {

constexpr int kDpi = 300;
constexpr double kMargin = 10; // mm

/// The cover's title (wrapped, large) with the demo banner; returns the y below it.
double drawCoverTitle(QPainter& p, const AtlasContext& c, double top) {
    const double mm = c.mm;
    const QRectF& pg = c.page;
    if (!c.text.banner.isEmpty()) {
        p.setFont(uiFont(11, true));
        const QRectF banner(pg.left(), top, pg.width(), 8 * mm);
        p.fillRect(banner, QColor(0xb2182b));
        p.setPen(Qt::white);
        p.drawText(banner, Qt::AlignCenter, c.text.banner);
        top += 10 * mm;
    }
    p.setPen(Qt::black);
    p.setFont(uiFont(c.project->atlas.a3 ? 24 : 19, true));
    const QRectF t =
        p.boundingRect(QRectF(pg.left(), top, pg.width(), 60 * mm), Qt::TextWordWrap, c.text.title);
    p.drawText(QRectF(pg.left(), top, pg.width(), t.height()), Qt::TextWordWrap, c.text.title);
    double y = top + t.height() + 1.5 * mm;
    const QString sub =
        c.text.subtitle +
        QStringLiteral("\nCanvass atlas: one page per %1 (%2 pages of groups), printed %3.")
            .arg(QString::fromStdString(c.data->groupColumn))
            .arg(c.groups.size())
            .arg(c.text.date);
    p.setFont(uiFont(10.5));
    p.setPen(QColor(50, 50, 50));
    const QRectF s =
        p.boundingRect(QRectF(pg.left(), y, pg.width(), 40 * mm), Qt::TextWordWrap, sub);
    p.drawText(QRectF(pg.left(), y, pg.width(), s.height()), Qt::TextWordWrap, sub);
    p.setPen(Qt::black);
    return y + s.height() + 4 * mm;
}

/// "What the model says" in a shaded box; the font shrinks until the sentences fit.
void drawModelBox(QPainter& p, const AtlasContext& c, const QRectF& area) {
    const double mm = c.mm, pad = 3 * mm;
    const QString text = c.text.model.join(QStringLiteral("\n\n"));
    double size = 9.5;
    QRectF need;
    do {
        p.setFont(uiFont(size));
        need = p.boundingRect(QRectF(0, 0, area.width() - 2 * pad, 1e6), Qt::TextWordWrap, text);
        size -= 0.5;
    } while (need.height() > area.height() - 2 * pad - 8 * mm && size > 6);
    const double h = std::min(area.height(), need.height() + 2 * pad + 8 * mm);
    const QRectF box(area.left(), area.top(), area.width(), h);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(240, 240, 236));
    p.drawRoundedRect(box, 1.5 * mm, 1.5 * mm);
    p.setPen(Qt::black);
    p.setFont(uiFont(11, true));
    p.drawText(QRectF(box.left() + pad, box.top() + pad, box.width(), 6 * mm),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("What the model says"));
    p.setFont(uiFont(size + 0.5));
    p.drawText(QRectF(box.left() + pad, box.top() + pad + 8 * mm, box.width() - 2 * pad,
                      box.height() - 2 * pad - 8 * mm),
               Qt::TextWordWrap, text);
}

/// The overview map: every area, the groups' borders bold and labelled.
void drawOverview(QPainter& p, const AtlasContext& c, const QRectF& frame) {
    const double mm = c.mm;
    const Dataset& d = *c.data;
    const QRectF inner = frame.adjusted(2 * mm, 2 * mm, -2 * mm, -2 * mm);
    const ViewTransform t(d.geometry.extent, inner, xStretchFor(d.geometry.extent, d.geographic));
    const double tol = 0.2 * mm / t.scaleY();
    const PolygonLayer gen = generaliseLayer(d.geometry, tol);
    MapStyle style;
    style.borderWidth = 0.06 * mm;
    MapRenderer r(gen, c.map.values, c.analysis->areas.suppressed, c.map.classification, style);
    r.setEstimated(d.estimated);
    r.render(p, t);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(25, 25, 25), 0.45 * mm, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const AtlasGroup& g : c.groups)
        drawWorldLines(p, t, g.outline, tol);
    const QFont font = uiFont(c.groups.size() > 40 ? 5.5 : 7, true);
    const QFontMetricsF fm(font, p.device());
    std::vector<QRectF> placed;
    for (const AtlasGroup& g : c.groups) {
        if (g.extent.empty()) continue;
        const QString name = QString::fromStdString(g.name);
        const QPointF at = t.toDevice(g.labelAt[0], g.labelAt[1]);
        QRectF box = fm.boundingRect(name);
        box.moveCenter(at);
        if (std::any_of(placed.begin(), placed.end(),
                        [&](const QRectF& b) { return b.intersects(box); }))
            continue;
        placed.push_back(box);
        drawHaloText(p, at, name, font, 0.6 * mm);
    }
    p.restore();
    p.setPen(QPen(QColor(150, 150, 150), 0.2 * mm));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    drawNorthArrow(p, QRectF(frame.left() + 3 * mm, frame.top() + 3 * mm, 7 * mm, 11 * mm));
    const ScaleBar bar = chooseScaleBar(t, d.geographic, frame.width() / 4);
    drawScaleBar(p, QPointF(frame.left() + 4 * mm, frame.bottom() - 3 * mm), bar, uiFont(8));
}

void drawCover(QPainter& p, const AtlasContext& c) {
    drawPageFrame(p, c, 1);
    const double mm = c.mm, gap = 5 * mm;
    const double top = drawCoverTitle(p, c, c.bodyTop);
    const QRectF& pg = c.page;
    Legend legend = c.map.legend;
    addEstimatedEntry(legend, c.data->estimated, c.analysis->areas.suppressed);
    if (c.streets && c.streets->streets) addStreetEntries(legend, *c.streets);
    const QFont lf = uiFont(8);
    if (c.landscape()) {
        const QRectF map(pg.left(), top, pg.width() * 0.6, c.bodyBottom - top);
        drawOverview(p, c, map);
        const double x = map.right() + gap;
        const double lb =
            drawLegend(p, QRectF(x, top, pg.right() - x, c.bodyBottom - top), legend, lf);
        drawModelBox(p, c, QRectF(x, lb + gap, pg.right() - x, c.bodyBottom - lb - gap));
    } else {
        const double lh = legendHeight(legend, lf, c.writer);
        const double mapH = std::max(60 * mm, (c.bodyBottom - top) - std::max(lh, 70 * mm) - gap);
        const QRectF map(pg.left(), top, pg.width(), mapH);
        drawOverview(p, c, map);
        const double y = map.bottom() + gap;
        const double lw = std::min(pg.width() * 0.42, legendWidth(legend, lf, c.writer) + gap);
        drawLegend(p, QRectF(pg.left(), y, lw, c.bodyBottom - y), legend, lf);
        drawModelBox(p, c,
                     QRectF(pg.left() + lw + gap, y, pg.width() - lw - gap, c.bodyBottom - y));
    }
}

AtlasTable indexTable(const AtlasContext& c, const std::vector<std::size_t>& firstPages) {
    AtlasTable t;
    t.title = QStringLiteral("Pages by %1").arg(QString::fromStdString(c.data->groupColumn));
    const bool streets = c.streets && c.streets->streets;
    QString column = QString::fromStdString(c.data->groupColumn);
    if (!column.isEmpty()) column[0] = column[0].toUpper();
    t.headers = {column, QStringLiteral("Areas"), QStringLiteral("Target areas"),
                 streets ? QStringLiteral("Listed streets") : QStringLiteral("Streets"),
                 QStringLiteral("Page")};
    t.widths = {0.46, 0.12, 0.16, 0.16, 0.1};
    t.rightAligned = {false, true, true, true, true};
    for (std::size_t g = 0; g < c.groups.size(); ++g) {
        const AtlasGroup& gr = c.groups[g];
        t.rows.push_back(
            {QString::fromStdString(gr.name), QString::number(gr.areas.size()),
             QString::number(gr.targets.size()),
             streets ? QString::number(gr.streetsInGroup) : QStringLiteral("–"),
             g < firstPages.size() ? QString::number(firstPages[g]) : QStringLiteral("000")});
    }
    return t;
}

std::vector<QRectF> indexFrames(const AtlasContext& c, double top) {
    return bodyColumns(c, top, 230);
}

/// Index pages (drawn when `p` is given, from page 2); returns how many.
std::size_t indexPages(QPainter* p, const AtlasContext& c, const std::vector<AtlasTable>& t) {
    const double top = c.bodyTop + 14 * c.mm;
    TableCursor cur;
    std::size_t pages = 0;
    while (!cur.done(t)) {
        const TableCursor before = cur;
        ++pages;
        if (p) {
            c.writer->newPage();
            drawPageFrame(*p, c, 1 + pages);
            drawHeading(*p, c, c.bodyTop,
                        pages == 1 ? QStringLiteral("Index") : QStringLiteral("Index … continued"),
                        QString());
        }
        for (const QRectF& f : indexFrames(c, top))
            flowTables(p, c.writer, f, t, cur, c.mm, 9);
        if (before.table == cur.table && before.row == cur.row) break;
    }
    return std::max<std::size_t>(pages, 1);
}

} // namespace

namespace Atlas {

Result<AtlasSummary> writePdf(const std::string& path, const Dataset& data,
                              const Analysis& analysis, const Project& project,
                              const StreetsOverlay* streets) {
    if (!qGuiApp)
        return fail("Cannot print the atlas without a QGuiApplication (needed for fonts).");
    if (data.groups.size() != data.areaCount())
        return fail("The atlas needs a group column (atlas.group in the project, or --atlas).");
    const QString file = QString::fromStdString(path);
    {
        QFile probe(file);
        if (!probe.open(QIODevice::WriteOnly))
            return fail("Could not write the atlas " + path + ": " +
                        probe.errorString().toStdString() + ".");
    }
    auto map = makeThematicMap(analysis, project, primaryMapId(analysis));
    if (!map) return fail("The atlas has no map to draw for this analysis.");
    QPdfWriter writer(file);
    writer.setResolution(kDpi);
    writer.setPageLayout(
        QPageLayout(QPageSize(project.atlas.a3 ? QPageSize::A3 : QPageSize::A4),
                    project.atlas.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                    QMarginsF(kMargin, kMargin, kMargin, kMargin), QPageLayout::Millimeter));
    writer.setTitle(QString::fromStdString(project.title) + QStringLiteral(" – canvass atlas"));
    writer.setCreator(QStringLiteral("SwingMap"));
    AtlasContext c;
    c.writer = &writer;
    c.data = &data;
    c.analysis = &analysis;
    c.project = &project;
    c.streets = streets && streets->streets && streets->ranking ? streets : nullptr;
    c.map = std::move(*map);
    c.text = briefingText(data, analysis, project);
    c.groups = buildAtlasGroups(data, rankTargets(data, analysis),
                                c.streets ? c.streets->ranking : nullptr, project.atlas.walkList);
    c.page = QRectF(0, 0, writer.width(), writer.height());
    c.mm = kDpi / 25.4;
    c.bodyTop = c.page.top() + 7 * c.mm;
    c.totalPages = 999;
    c.bodyBottom = c.page.bottom() - footerHeight(c) - 3 * c.mm;
    // plan: index pages, then each group's first page
    const std::vector<AtlasTable> probeIndex{indexTable(c, {})};
    const std::size_t nIndex = indexPages(nullptr, c, probeIndex);
    std::vector<std::size_t> first;
    std::size_t next = 2 + nIndex;
    for (std::size_t g = 0; g < c.groups.size(); ++g) {
        first.push_back(next);
        next += groupPageCount(c, g);
    }
    c.totalPages = next - 1;
    QPainter p;
    if (!p.begin(&writer)) return fail("Could not start the PDF " + path + ".");
    drawCover(p, c);
    indexPages(&p, c, {indexTable(c, first)});
    for (std::size_t g = 0; g < c.groups.size(); ++g)
        drawGroupPages(p, c, g, first[g]);
    if (!p.end()) return fail("Could not finish the PDF " + path + ".");
    return AtlasSummary{c.totalPages, c.groups.size()};
}

} // namespace Atlas

} // namespace swingmap
