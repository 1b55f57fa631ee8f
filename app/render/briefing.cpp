// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/briefing.h"
#include "app/render/uitext.h"

#include "app/render/briefingtext.h"
#include "app/render/choropleth.h"
#include "app/render/fonts.h"
#include "app/render/scalebar.h"
#include "app/render/streetsdraw.h"
#include "app/render/thematic.h"

#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <optional>

namespace swingmap {

namespace {

constexpr int kDpi = 300;
constexpr double kMargin = 12; // mm

double mm(double v) {
    return v * kDpi / 25.4;
}

/// Draws wrapped text at the top of `area`, returns its height.
double drawWrapped(QPainter& p, const QRectF& area, const QString& text, const QFont& font,
                   int flags = Qt::AlignLeft | Qt::AlignTop) {
    p.setFont(font);
    const QRectF r = p.boundingRect(area, flags | Qt::TextWordWrap, text);
    p.drawText(area, flags | Qt::TextWordWrap, text);
    return r.height();
}

/// The title row and banner; returns the y where the body starts.
double drawHeader(QPainter& p, const QRectF& page, const BriefingText& t) {
    double bannerW = 0;
    if (!t.banner.isEmpty()) {
        const QFont bf = uiFont(11, true);
        p.setFont(bf);
        bannerW = p.fontMetrics().horizontalAdvance(t.banner) + mm(8);
        const QRectF banner(page.right() - bannerW, page.top(), bannerW, mm(9));
        p.fillRect(banner, QColor(0xb2182b));
        p.setPen(Qt::white);
        p.drawText(banner, Qt::AlignCenter, t.banner);
        p.setPen(Qt::black);
    }
    const QRectF titleArea(page.left(), page.top(), page.width() - bannerW - mm(6), mm(30));
    double y = page.top() + drawWrapped(p, titleArea, t.title, uiFont(20, true));
    p.setPen(QColor(60, 60, 60));
    y += drawWrapped(p, QRectF(page.left(), y, page.width(), mm(15)), t.subtitle, uiFont(11));
    p.setPen(Qt::black);
    return y + mm(4);
}

/// Sources and date at the bottom; returns the y where the footer starts.
double drawFooter(QPainter& p, const QRectF& page, const BriefingText& t) {
    const QFont f = uiFont(7.5);
    const QString text = (t.privacy.isEmpty() ? QString() : t.privacy + QLatin1Char('\n')) +
                         t.sources + QStringLiteral("\nPrinted %1 with SwingMap.").arg(t.date) +
                         (t.units.isEmpty() ? QString() : QStringLiteral(" ") + t.units);
    p.setFont(f);
    const QRectF r =
        p.boundingRect(QRectF(page.left(), 0, page.width(), mm(30)), Qt::TextWordWrap, text);
    const QRectF area(page.left(), page.bottom() - r.height(), page.width(), r.height());
    p.setPen(QColor(70, 70, 70));
    p.drawText(area, Qt::AlignLeft | Qt::TextWordWrap, text);
    p.setPen(Qt::black);
    return area.top() - mm(3);
}

void drawFramedMap(QPainter& p, const QRectF& area, const Dataset& data, const MapRenderer& r,
                   const Analysis* a = nullptr, const StreetsOverlay* streets = nullptr);

/// Heading and one paragraph per sentence in a shaded box ("What the model says"); the font
/// shrinks (down to 6 pt) until the sentences fit `area`, the box is as tall as they need.
double drawTextBox(QPainter& p, const QRectF& area, const QString& heading,
                   const QStringList& lines) {
    const double pad = mm(3);
    QString text = lines.join(QStringLiteral("\n\n"));
    double size = 9.5;
    QRectF need;
    do { // shrink until the sentences fit the box
        p.setFont(uiFont(size));
        need = p.boundingRect(QRectF(0, 0, area.width() - 2 * pad, 1e6), Qt::TextWordWrap, text);
        size -= 0.5;
    } while (need.height() > area.height() - 2 * pad - mm(8) && size > 6);
    const double h = std::min(area.height(), need.height() + 2 * pad + mm(8));
    const QRectF box(area.left(), area.top(), area.width(), h);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(240, 240, 236));
    p.drawRoundedRect(box, mm(1.5), mm(1.5));
    p.setPen(Qt::black);
    p.setFont(uiFont(11, true));
    p.drawText(QRectF(box.left() + pad, box.top() + pad, box.width(), mm(6)),
               Qt::AlignLeft | Qt::AlignVCenter, heading);
    p.setFont(uiFont(size + 0.5));
    p.drawText(QRectF(box.left() + pad, box.top() + pad + mm(8), box.width() - 2 * pad,
                      box.height() - 2 * pad - mm(8)),
               Qt::TextWordWrap, text);
    return h;
}

void drawPage(QPainter& p, const QRectF& page, const Dataset& data, const Analysis& a,
              const Project& project, const StreetsOverlay* streets) {
    const BriefingText t = briefingText(data, a, project);
    const double top = drawHeader(p, page, t);
    const double bottom = drawFooter(p, page, t);
    const double mapW = page.width() * 0.6;
    const QRectF mapArea(page.left(), top, mapW, bottom - top);
    const double x = mapArea.right() + mm(7), w = page.right() - x;
    double legendBottom = top;
    // The map of what was modelled: the share change by default, else the outcome's own map.
    if (auto map = makeThematicMap(a, project, primaryMapId(a))) {
        addEstimatedEntry(*map, data, a);
        MapStyle style;
        style.borderWidth = mm(0.08);
        if (streets) addStreetEntries(map->legend, *streets);
        drawFramedMap(p, mapArea, data, thematicRenderer(data, a, *map, style), &a, streets);
        legendBottom = drawLegend(p, QRectF(x, top, w, bottom - top), map->legend, uiFont(9));
    }
    const double boxTop = legendBottom + mm(5);
    drawTextBox(p, QRectF(x, boxTop, w, bottom - boxTop), QStringLiteral("What the model says"),
                t.model);
}

/// Map with scale bar in a frame; the renderer draws whatever variable it was given.
void drawFramedMap(QPainter& p, const QRectF& area, const Dataset& data, const MapRenderer& r,
                   const Analysis* a, const StreetsOverlay* streets) {
    const ViewTransform t =
        r.render(p, data.geometry.extent, area.adjusted(mm(3), mm(3), -mm(3), -mm(9)),
                 xStretchFor(data.geometry.extent, data.geographic));
    if (a && streets) drawStreets(p, t, area, *streets, *a, mm(1));
    p.setPen(QPen(QColor(150, 150, 150), mm(0.2)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(area);
    const ScaleBar bar = chooseScaleBar(t, data.geographic, area.width() / 4);
    drawScaleBar(p, QPointF(area.left() + mm(4), area.bottom() - mm(3)), bar, uiFont(8));
}

/// One half of page 2: heading, map, and its legend with counts below (in `legendH`, the same
/// for both halves so that the two maps get the same size).
void drawMapPanel(QPainter& p, const QRectF& area, const QString& heading, const Dataset& data,
                  const Analysis& a, const ThematicMap& map, double legendH) {
    p.setPen(Qt::black);
    const double headH = mm(9);
    drawWrapped(p, area, heading, uiFont(12, true));
    const QFont legendFont = uiFont(8);
    const QRectF mapArea(area.left(), area.top() + headH, area.width(),
                         area.height() - headH - legendH - mm(4));
    MapStyle style;
    style.borderWidth = mm(0.08);
    drawFramedMap(p, mapArea, data, thematicRenderer(data, a, map, style));
    drawLegend(p, QRectF(area.left(), mapArea.bottom() + mm(4), area.width(), legendH), map.legend,
               legendFont);
}

/// The second map of page 2: LISA clusters, else the GWR effect of the first covariate.
std::optional<std::pair<QString, ThematicMap>> secondMap(const Analysis& a,
                                                         const Project& project) {
    if (auto lisa = makeThematicMap(a, project, QStringLiteral("lisa")))
        return std::pair{a.settings.outcome == Outcome::Column
                             ? QStringLiteral("Clusters (LISA)")
                             : QStringLiteral("Clusters of change (LISA)"),
                         std::move(*lisa)};
    const auto& terms = a.model.fit.terms;
    if (terms.size() < 2 || a.areas.gwrCoef.size() < 2) return std::nullopt;
    const QString id = QStringLiteral("gwr_") + QString::fromStdString(terms[1].name);
    auto gwr = makeThematicMap(a, project, id);
    if (!gwr) return std::nullopt;
    const QString title = gwr->title;
    return std::pair{title, std::move(*gwr)};
}

/// Page 2 (only with LISA or GWR): residual map and clusters or a local effect, side by side.
bool drawSecondPage(QPdfWriter& writer, QPainter& p, const QRectF& page, const Dataset& data,
                    const Analysis& a, const Project& project) {
    const auto residual = makeThematicMap(a, project, QStringLiteral("residual"));
    const auto second = secondMap(a, project);
    if (!residual || !second) return false;
    writer.newPage();
    const BriefingText t = briefingText(data, a, project);
    const double top = drawHeader(p, page, t), bottom = drawFooter(p, page, t);
    // Two maps side by side; the plain-words box takes the right-hand third when there is one.
    const double gap = mm(7);
    const double textW = t.spatial.isEmpty() ? 0 : page.width() * 0.3;
    const double mapsW = page.width() - (textW > 0 ? textW + gap : 0);
    const double w = (mapsW - gap) / 2;
    const double legendH = std::max(legendHeight(residual->legend, uiFont(8), &writer),
                                    legendHeight(second->second.legend, uiFont(8), &writer));
    drawMapPanel(p, QRectF(page.left(), top, w, bottom - top),
                 QStringLiteral("Over- and under-performance (residual)"), data, a, *residual,
                 legendH);
    drawMapPanel(p, QRectF(page.left() + w + gap, top, w, bottom - top), second->first, data, a,
                 second->second, legendH);
    if (textW > 0)
        drawTextBox(p, QRectF(page.right() - textW, top, textW, bottom - top),
                    QStringLiteral("Where the pattern holds"), t.spatial);
    return true;
}

} // namespace

namespace Briefing {

Status writePdf(const std::string& path, const Dataset& data, const Analysis& analysis,
                const Project& project, const StreetsOverlay* streets) {
    if (!qGuiApp)
        return fail("Cannot print the briefing without a QGuiApplication (needed for fonts).");
    const labels::EnglishScope english; // one language with the English prose
    const QString file = QString::fromStdString(path);
    {
        QFile probe(file);
        if (!probe.open(QIODevice::WriteOnly))
            return fail("Could not write the briefing " + path + ": " +
                        probe.errorString().toStdString() + ".");
    }
    QPdfWriter writer(file);
    writer.setResolution(kDpi);
    // the printed paper of the project (atlas "paper", --paper): A4 unless it says A3
    writer.setPageLayout(QPageLayout(
        QPageSize(project.atlas.a3 ? QPageSize::A3 : QPageSize::A4), QPageLayout::Landscape,
        QMarginsF(kMargin, kMargin, kMargin, kMargin), QPageLayout::Millimeter));
    writer.setTitle(QString::fromStdString(project.title));
    writer.setCreator(QStringLiteral("SwingMap"));
    QPainter p;
    if (!p.begin(&writer)) return fail("Could not start the PDF " + path + ".");
    const QRectF page(0, 0, writer.width(), writer.height()); // inside the margins
    drawPage(p, page, data, analysis, project, streets);
    drawSecondPage(writer, p, page, data, analysis, project);
    if (!p.end()) return fail("Could not finish the PDF " + path + ".");
    return Ok{};
}

} // namespace Briefing

} // namespace swingmap
