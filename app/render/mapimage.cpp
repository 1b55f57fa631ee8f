// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/mapimage.h"

#include "app/render/arealabels.h"
#include "app/render/atlasdraw.h"
#include "app/render/choropleth.h"
#include "app/render/fonts.h"
#include "app/render/overlaydraw.h"
#include "app/render/scalebar.h"
#include "app/render/thematic.h"

#include <QFileInfo>
#include <QPainter>
#include <QSvgGenerator>
#include <algorithm>

namespace swingmap {

namespace {
/// The north arrow and the area labels over a finished map (`reserved`: the legend, the scale
/// bar), as the map widget draws them.
void paintDecor(QPainter& p, const QPaintDevice* device, const Dataset& data,
                const Analysis* analysis, const ViewTransform& t, const MapDecor& decor,
                std::vector<QRectF> reserved) {
    const double mm = device->logicalDpiX() / 25.4;
    if (decor.northArrow) {
        const QRectF arrow = northArrowBox(drawnRect(t, data.geometry.extent), mm);
        drawNorthArrow(p, arrow);
        reserved.push_back(arrow);
    }
    if (decor.labels && analysis) {
        const QFont font = labelFont(8, device);
        const AreaLabels labels = areaLabelsFor(data, *analysis);
        drawPlacedLabels(p, labels.place(t, font, t.target(), std::move(reserved)), font,
                         0.45 * mm);
    }
}

/// Draw `r` over the whole device (`size` units, white); with a legend, add it and a scale bar,
/// then what `decor` asks for. The layers are drawn in `layers`' order and opacity (null or
/// empty: streets over areas).
void paintMap(QPainter& p, const QPaintDevice* device, const Dataset& data, const MapRenderer& r,
              const Legend* legend, QSize size, const Analysis* analysis = nullptr,
              const StreetsOverlay* streets = nullptr, const MapLayerStack* layers = nullptr,
              const MapDecor& decor = {}) {
    const QRectF target(QPointF(0, 0), QSizeF(size));
    p.fillRect(target, Qt::white);
    const double pad = legend ? 12.0 : 0.0;
    const ViewTransform t(data.geometry.extent, target.adjusted(pad, pad, -pad, -pad),
                          xStretchFor(data.geometry.extent, data.geographic));
    const double mm = device->logicalDpiX() / 25.4;
    std::vector<QRectF> streetLabels; // area labels keep clear of them
    drawLayerStack(p, layers && !layers->empty() ? *layers : defaultLayerStack(),
                   [&](QPainter& lp, const MapLayer& layer) {
                       switch (layer.kind) {
                       case MapLayer::Kind::Areas:
                           r.render(lp, t);
                           break;
                       case MapLayer::Kind::Streets:
                           if (streets && analysis)
                               drawStreets(lp, t, target, *streets, *analysis, mm, &streetLabels);
                           break;
                       case MapLayer::Kind::Overlay:
                           if (layer.overlay)
                               drawDisplayLayer(lp, t, *layer.overlay, layer.colour, mm);
                           break;
                       }
                   });
    if (legend) {
        const QFont font = uiFont(9);
        const double h = legendHeight(*legend, font, device);
        // as wide as its longest entry (a fixed 250 cut "figures estimated from other areas")
        const double w = std::max(250.0, legendWidth(*legend, font, device) + 12);
        const QRectF box(pad, pad, w, h + 12);
        p.fillRect(box, QColor(255, 255, 255, 220));
        drawLegend(p, box.adjusted(6, 6, -6, -6), *legend, font);
        const ScaleBar bar = chooseScaleBar(t, data.geographic, size.width() / 5.0);
        const QPointF at(pad + 6, size.height() - pad - 6);
        drawScaleBar(p, at, bar, font);
        streetLabels.push_back(box);
        streetLabels.push_back(scaleBarRect(at, bar, font, device));
        paintDecor(p, device, data, analysis, t, decor, std::move(streetLabels));
    }
}

QImage drawMap(const Dataset& data, const MapRenderer& r, const Legend* legend, QSize size,
               const Analysis* analysis = nullptr, const StreetsOverlay* streets = nullptr,
               const MapLayerStack* layers = nullptr, const MapDecor& decor = {}) {
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    paintMap(p, &img, data, r, legend, size, analysis, streets, layers, decor);
    return img;
}

Status save(const QImage& img, const std::string& path) {
    if (!img.save(QString::fromStdString(path), "PNG"))
        return fail("Could not write the PNG file " + path +
                    ": check that the folder exists and is writable.");
    return Ok{};
}
} // namespace

QImage renderThematicImage(const Dataset& data, const Analysis& analysis, const Project& project,
                           const QString& mapId, QSize size, const StreetsOverlay* streets,
                           const ClassStyle& style, const MapLayerStack* layers,
                           const MapDecor& decor) {
    auto map = makeThematicMap(analysis, project, mapId, false, style);
    if (!map) return renderMapImage(data, analysis, size, true);
    addEstimatedEntry(*map, data, analysis);
    if (streets) addStreetEntries(map->legend, *streets);
    const MapRenderer r = thematicRenderer(data, analysis, *map);
    return drawMap(data, r, &map->legend, size, &analysis, streets, layers, decor);
}

Status writeThematicSvg(const std::string& path, const Dataset& data, const Analysis& analysis,
                        const Project& project, const QString& mapId, QSize size,
                        const StreetsOverlay* streets, const ClassStyle& style,
                        const MapLayerStack* layers, const MapDecor& decor) {
    QSvgGenerator svg;
    const QString file = QString::fromStdString(path);
    svg.setFileName(file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(QString::fromStdString(project.title.empty() ? data.title : project.title));
    svg.setDescription(QStringLiteral("Map drawn by SwingMap"));
    QPainter p;
    if (!p.begin(&svg))
        return fail("Could not write the SVG file " + path +
                    ": check that the folder exists and is writable.");
    if (auto map = makeThematicMap(analysis, project, mapId, false, style)) {
        addEstimatedEntry(*map, data, analysis);
        if (streets) addStreetEntries(map->legend, *streets);
        paintMap(p, &svg, data, thematicRenderer(data, analysis, *map), &map->legend, size,
                 &analysis, streets, layers, decor);
    } else {
        const Classification cls = shareChangeClassification(analysis);
        const Legend legend = shareChangeLegend(analysis, cls);
        paintMap(p, &svg, data, shareChangeRenderer(data, analysis, cls), &legend, size, &analysis,
                 nullptr, layers, decor);
    }
    if (!p.end() || !QFileInfo(file).size())
        return fail("Could not finish the SVG file " + path +
                    ": check that the folder exists and is writable.");
    return Ok{};
}

Status writeThematicPng(const std::string& path, const Dataset& data, const Analysis& analysis,
                        const Project& project, const QString& mapId, QSize size,
                        const StreetsOverlay* streets, const ClassStyle& style,
                        const MapLayerStack* layers, const MapDecor& decor) {
    return save(
        renderThematicImage(data, analysis, project, mapId, size, streets, style, layers, decor),
        path);
}

QImage renderMapImage(const Dataset& data, const Analysis& analysis, QSize size, bool withLegend) {
    const Classification cls = shareChangeClassification(analysis);
    const MapRenderer r = shareChangeRenderer(data, analysis, cls);
    const Legend legend = shareChangeLegend(analysis, cls);
    return drawMap(data, r, withLegend ? &legend : nullptr, size);
}

Status writePng(const std::string& path, const Dataset& data, const Analysis& analysis,
                QSize size) {
    return save(renderMapImage(data, analysis, size, true), path);
}

} // namespace swingmap
