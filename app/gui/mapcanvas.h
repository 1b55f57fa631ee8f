// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/jobrunner.h"
#include "app/gui/streetindex.h"
#include "app/render/arealabels.h"
#include "app/render/legend.h"
#include "app/render/maprenderer.h"
#include "app/render/overlaydraw.h"
#include "app/render/streetsdraw.h"
#include "app/render/thematic.h"

#include <QPainterPath>
#include <QPixmap>
#include <QPoint>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

namespace swingmap {

/// `a` and `b` hold the same geometry (a preview and its project's boundaries).
bool samePreview(const PolygonLayer& a, const PolygonLayer& b);

/**
 * The thematic map of any variable (share change by default): drag or arrow keys to pan, wheel or
 * +/- to zoom, Home for the whole layer; hovering shows an area's figures. Draws with the shared
 * MapRenderer and legend. With a streets layer (project "streets") the streets are drawn over the
 * paled map (app/render/streetsdraw.h), ranked by the analysis shown, and hovering a street shows
 * its listed figures. The map (areas and streets) is cached and redrawn only when the view, the
 * size or what is shown changes; the legend and scale bar are drawn over it.
 */
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);

    /// Show an analysis of loaded data (both kept alive by the canvas), keeping the variable
    /// shown when the new analysis has it, else falling back to the share change.
    void setData(LoadedPtr loaded, AnalysisPtr analysis);
    /// Draw boundaries read ahead of their project (JobRunner::boundariesRead) in one neutral
    /// colour until setData() brings the project (mapcanvas_preview.cpp). Pan and zoom work;
    /// nothing can be identified or selected meanwhile. Drops any project shown.
    void setPreview(GeometryPtr geometry, bool geographic);
    /// Boundaries are shown ahead of their project (setPreview()).
    [[nodiscard]] bool showsPreview() const { return m_preview != nullptr; }
    /// Back to "no project open" (a load whose preview was shown failed).
    void clearPreview();
    /// Show variable `id` (see availableMaps()); false when the analysis does not have it.
    bool setMapId(const QString& id);
    [[nodiscard]] QString mapId() const { return m_mapId; }
    /// Classify and colour continuous maps in `style` (the Style panel; default: automatic).
    void setClassStyle(const ClassStyle& style);
    [[nodiscard]] const ClassStyle& classStyle() const { return m_style; }
    /// The map drawn now (values with suppressed areas as NaN, classes, legend), if any.
    [[nodiscard]] const std::optional<ThematicMap>& thematicMap() const { return m_map; }
    /// Hatch areas whose change is within sampling noise ("too small a base to tell").
    void setNoiseHatch(bool on);
    [[nodiscard]] bool noiseHatch() const { return m_noiseHatch; }
    [[nodiscard]] const Legend& legend() const { return m_legend; }
    void zoomToFull();
    /// Zoom by `factor` (> 1 = in) keeping the world point under `device` in place.
    void zoomBy(double factor, QPointF device);
    void panBy(QPointF deviceDelta);
    [[nodiscard]] BBox view() const { return m_view; }
    /// The tooltip text for a widget position ("" outside every area).
    [[nodiscard]] QString tooltipAt(QPointF device) const;
    /// The world-to-widget mapping in use (the map sits right of the legend when there is room).
    [[nodiscard]] ViewTransform transform() const;
    /// Where the map is drawn (the widget less the legend's column when there is room).
    [[nodiscard]] QRectF mapArea() const { return mapRect(); }

    /// The loaded project has a streets layer.
    [[nodiscard]] bool hasStreets() const;
    /// Draw the streets (when there are any) and list them in the legend.
    void setStreetsShown(bool on);
    [[nodiscard]] bool streetsShown() const { return m_streetsShown; }
    /// The streets as drawn now (ranked by the analysis shown), or null when hidden or none.
    [[nodiscard]] const StreetsOverlay* streetsOverlay() const;
    /// The streets ranked by the analysis shown (null without streets), shown or not.
    [[nodiscard]] const StreetRanking* streetRanking() const;
    /// The street (StreetLayer::names index) drawn within a few pixels of `device`, if any.
    [[nodiscard]] std::optional<std::size_t> streetAt(QPointF device) const;
    /// The tooltip of street `street`: its listed figures, or "not listed".
    [[nodiscard]] QString streetTooltip(std::size_t street) const;

    // Selection (mapcanvas_selection.cpp): a click selects an area (Ctrl+click toggles it),
    // Shift+drag selects the areas in a rubber band (Ctrl+Shift+drag adds them), Esc clears.
    // Selected areas are outlined over the cached map.
    /// Per area 1 = selected (resized to the areas; empty = none).
    void setSelection(std::vector<uint8_t> selected);
    [[nodiscard]] const std::vector<uint8_t>& selection() const { return m_selection; }
    [[nodiscard]] std::size_t selectedCount() const;
    void clearSelection();
    /// Zoom to the selected areas (nothing selected: nothing happens).
    void zoomToSelection();
    /// Show world box `box` with a margin (the view keeps the widget's aspect).
    void zoomToBox(const BBox& box);
    /// Outline street `street` (StreetLayer::names index) for a few seconds.
    void flashStreet(std::size_t street);
    /// The area under widget position `device`, if any.
    [[nodiscard]] std::optional<std::size_t> areaAt(QPointF device) const;
    /// The rubber band being dragged (widget coordinates), empty when none.
    [[nodiscard]] QRectF rubberBand() const;
    /// The colour selected areas are outlined in (over a dark halo).
    static QColor selectionColour();

    // Layers (mapcanvas_layers.cpp): the Layers panel's order, visibility and opacity. Each layer
    // is cached in its own pixmap and the map composed from them, so a change of order,
    // visibility or opacity composes again without drawing the choropleth anew. The streets
    // layer's visibility is setStreetsShown (its entry's `visible` is not used).
    /// The layers, the first on top (empty: the default, streets over areas).
    void setLayerStack(MapLayerStack layers);
    [[nodiscard]] const MapLayerStack& layerStack() const { return m_layers; }
    /// How many times the areas were drawn into their cache (tests: opacity does not redraw).
    [[nodiscard]] quint64 areasRenderCount() const { return m_areasRenders; }
    // Labels and north arrow (mapcanvas_labels.cpp): the area names placed clear of each other
    // and of the legend, scale bar and arrow (app/render/arealabels.h), drawn into the cached map,
    // so they move with it during a drag and are placed anew when the view settles.
    /// View › Area labels.
    void setLabelsShown(bool on);
    [[nodiscard]] bool labelsShown() const { return m_labelsShown; }
    /// View › North arrow (top right of the map).
    void setNorthArrowShown(bool on);
    [[nodiscard]] bool northArrowShown() const { return m_northArrowShown; }
    /// Where the north arrow goes for `t`: the top right of the drawn map.
    [[nodiscard]] QRectF northArrowRect(const ViewTransform& t) const;
    /// The labels of the map drawn last (empty when they are off).
    [[nodiscard]] const std::vector<PlacedLabel>& placedLabels() const { return m_placed; }

signals:
    /// The selection changed through the mouse, the keyboard or setSelection().
    void selectionChanged();
    /// A click (without drag) on area `area`: show its figures.
    void areaIdentified(std::size_t area);
signals:
    /// The map was rebuilt: another variable, classes, palette, hatch or data (thematicMap()).
    void mapChanged();
    /// The pointer moved over the map to `world` (project coordinates).
    void cursorMoved(QPointF world);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    [[nodiscard]] QRectF legendRect() const;
    [[nodiscard]] QRectF mapRect() const;
    void drawOverlay(QPainter& p, const ViewTransform& t) const;
    bool rebuild();
    void setStreetsData();
    void drawSelection(QPainter& p, const ViewTransform& t) const;
    /// Selection part of the mouse handlers: true when the event was used.
    bool selectionPress(QMouseEvent* event);
    bool selectionMove(QMouseEvent* event);
    bool selectionRelease(QMouseEvent* event);
    /// Place and draw the labels for `t` into the map cache (mapcanvas_labels.cpp).
    void drawLabelLayer(QPainter& p, const ViewTransform& t);
    void drawNorthArrowOverlay(QPainter& p, const ViewTransform& t) const;
    /// What labels keep clear of: legend, demo banner, scale bar, north arrow.
    [[nodiscard]] std::vector<QRectF> labelReserved(const ViewTransform& t) const;

    /// The coordinates are degrees (of the project shown, else of the preview).
    [[nodiscard]] bool geographic() const;

    LoadedPtr m_loaded;
    AnalysisPtr m_analysis;
    GeometryPtr m_preview; ///< boundaries shown ahead of their project
    bool m_previewGeographic = false;
    std::optional<MapRenderer> m_renderer;
    Legend m_legend;
    QString m_mapId = defaultMapId();
    bool m_noiseHatch = false;
    ClassStyle m_style;
    std::optional<ThematicMap> m_map; ///< what rebuild() drew from
    BBox m_view;
    std::optional<QPointF> m_dragFrom;
    bool m_streetsShown = true;
    const StreetLayer* m_streetLayer = nullptr; ///< in m_loaded (kept alive with it)
    std::optional<StreetRanking> m_ranking;     ///< of m_streetLayer by m_analysis
    std::vector<int> m_scoreOf; ///< per street: its index in m_ranking->listed, -1 = not listed
    StreetsOverlay m_overlay;
    StreetHitIndex m_hits;
    QPixmap m_cache; ///< the map without legend and scale bar
    struct CacheKey {
        BBox view;
        QSize size;
        qreal dpr = 0;
        quint64 generation = 0;
        quint64 layers = 0; ///< m_layersGeneration
    } m_cacheKey;
    quint64 m_generation = 1; ///< bumped by every change of what the map shows
    /// How long the last full map took; slower than a frame: while dragging or wheeling, the
    /// cached map is shown moved and scaled and drawn anew once the view settles.
    double m_lastRenderMs = 0;
    bool m_wheeling = false;
    QTimer m_settle; ///< the view stopped changing: draw the map for it
    std::vector<uint8_t> m_selection;
    std::optional<QPointF> m_pressAt;  ///< where the left button went down
    std::optional<QPointF> m_bandFrom; ///< Shift+drag: the rubber band's first corner
    QPointF m_bandTo;
    bool m_bandAdds = false;            ///< Ctrl+Shift: add to the selection
    std::optional<std::size_t> m_flash; ///< street being flashed
    quint64 m_selectionGeneration = 1;  ///< bumped by every change of the selection
    struct SelectionPath {              ///< the outlines, in widget coordinates, for one view
        QPainterPath path;
        BBox view;
        QRectF rect;
        quint64 generation = 0;
    };
    mutable SelectionPath m_selectionPath;

    // Layers (mapcanvas_layers.cpp)
    /// Compose m_cache for `t` from the layers' caches, drawing only the stale ones.
    void composeMap(const ViewTransform& t);
    /// The cache of `layer` for `t`, drawn anew when stale; null when it draws nothing.
    const QPixmap* layerPixmap(const MapLayer& layer, const ViewTransform& t);
    [[nodiscard]] bool cacheFresh(const CacheKey& key) const;
    struct LayerCache {
        QPixmap pixmap;
        CacheKey key;
        const DisplayLayer* overlay = nullptr; ///< Overlay layers: which one
        QRgb colour = 0;
        std::vector<QRectF> labels; ///< Streets: the boxes of the street names drawn
    };
    MapLayerStack m_layers;
    quint64 m_layersGeneration = 1; ///< bumped by every change of the stack
    LayerCache m_areasCache, m_streetsCache;
    std::vector<LayerCache> m_overlayCaches;
    quint64 m_areasRenders = 0;
    bool m_labelsShown = false;
    bool m_northArrowShown = false;
    AreaLabels m_areaLabels;                       ///< of m_labelsLoaded and m_labelsAnalysis
    std::weak_ptr<const JobResult> m_labelsLoaded; ///< weak: the canvas' own keep them alive
    std::weak_ptr<const Analysis> m_labelsAnalysis;
    std::vector<PlacedLabel> m_placed;
    std::vector<QRectF> m_streetLabels; ///< boxes of the street names drawn (drawStreets)
};

} // namespace swingmap
