// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/jobrunner.h"

#include <QImage>
#include <QWidget>

#include <cstdint>
#include <vector>

namespace swingmap {

/**
 * Residuals against fitted values of the swing model: one point per area in the model (observed
 * minus fitted on y, fitted on x), a zero line and axes with round tick values. Areas suppressed
 * by the privacy rule are never plotted (they are not in the model, and the chart checks the flag
 * itself as well). The points are drawn into a cached image and found again through a grid of
 * cells, so 450,000 areas stay smooth. Hovering a point names its area; clicking it emits
 * areaClicked (Ctrl: add it to the selection or take it out). The selection is highlighted.
 */
class ResidualChart : public QWidget {
    Q_OBJECT
public:
    explicit ResidualChart(QWidget* parent = nullptr);

    /// Plot the fitted model of `analysis` (no model: an empty chart with a note).
    void setData(LoadedPtr loaded, AnalysisPtr analysis);
    /// Highlight the areas with selected[area] != 0.
    void setSelection(const std::vector<uint8_t>& selected);

    [[nodiscard]] int pointCount() const { return static_cast<int>(m_area.size()); }
    /// The area of point i (an index into the dataset's areas).
    [[nodiscard]] int areaOfPoint(int i) const { return m_area[static_cast<std::size_t>(i)]; }
    /// Where area `area` is drawn, in widget coordinates; (-1, -1) when it is not plotted.
    [[nodiscard]] QPointF positionOf(int area) const;
    /// The plotted area nearest to `pos` within a few pixels, or -1.
    [[nodiscard]] int areaAt(QPointF pos) const;
    /// The round numbers on the axes (for tests).
    [[nodiscard]] const std::vector<double>& xTicks() const { return m_xTicks; }
    [[nodiscard]] const std::vector<double>& yTicks() const { return m_yTicks; }
    [[nodiscard]] QSize sizeHint() const override { return {420, 320}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {220, 160}; }

signals:
    /// A click on `area` (-1: on no point); `add`: Ctrl was held.
    void areaClicked(int area, bool add);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// The axes' box (cached for the widget's size and ticks: px() and py() run per point).
    [[nodiscard]] const QRectF& plotRect() const;
    [[nodiscard]] double px(double x) const;
    [[nodiscard]] double py(double y) const;
    /// Redraw the point images and the hit grid for the current size.
    void rebuild() const;
    /// Stamp the points with mask[area] != 0 (all when mask is empty) into an image.
    [[nodiscard]] QImage stamp(const std::vector<uint8_t>& mask, QColor colour) const;

    LoadedPtr m_loaded;
    AnalysisPtr m_analysis;
    std::vector<int> m_area; ///< per point: its area
    std::vector<double> m_x, m_y;
    std::vector<int> m_pointOf; ///< per area: its point, or -1
    std::vector<uint8_t> m_selected;
    std::vector<double> m_xTicks, m_yTicks;
    double m_x0 = 0, m_x1 = 1, m_y0 = -1, m_y1 = 1;
    QString m_note; ///< why there is nothing to plot
    // caches, rebuilt on demand for a new size, data or selection (paint or hit test)
    mutable QImage m_points, m_highlight;
    mutable QRectF m_plot;
    mutable QSize m_plotFor;  ///< the widget size m_plot was computed for (empty: stale)
    mutable QSize m_builtFor; ///< the widget size the images and the grid were made for
    mutable bool m_dirty = true, m_highlightDirty = true;
    mutable int m_cols = 0, m_rows = 0;
    mutable std::vector<int> m_cellStart, m_cellPoints; ///< the grid: points per cell (CSR)
    static constexpr int m_cell = 8;                    ///< grid cell, pixels
};

} // namespace swingmap
