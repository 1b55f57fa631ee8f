// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/jobrunner.h"
#include "app/render/legend.h"
#include "app/render/maprenderer.h"
#include "app/render/thematic.h"

#include <QPoint>
#include <QWidget>

#include <optional>

namespace swingmap {

/**
 * The thematic map of any variable (share change by default): drag or arrow keys to pan, wheel or
 * +/- to zoom, Home for the whole layer; hovering shows an area's figures. Draws with the shared
 * MapRenderer and legend.
 */
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);

    /// Show an analysis of loaded data (both kept alive by the canvas), keeping the variable
    /// shown when the new analysis has it, else falling back to the share change.
    void setData(LoadedPtr loaded, AnalysisPtr analysis);
    /// Show variable `id` (see availableMaps()); false when the analysis does not have it.
    bool setMapId(const QString& id);
    [[nodiscard]] QString mapId() const { return m_mapId; }
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

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    [[nodiscard]] QRectF legendRect() const;
    [[nodiscard]] QRectF mapRect() const;
    void drawOverlay(QPainter& p, const ViewTransform& t) const;
    bool rebuild();

    LoadedPtr m_loaded;
    AnalysisPtr m_analysis;
    std::optional<MapRenderer> m_renderer;
    Legend m_legend;
    QString m_mapId = defaultMapId();
    bool m_noiseHatch = false;
    BBox m_view;
    std::optional<QPointF> m_dragFrom;
};

} // namespace swingmap
