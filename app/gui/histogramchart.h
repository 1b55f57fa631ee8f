// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/palette.h"

#include <QWidget>

#include <vector>

namespace swingmap {

/**
 * The distribution of the mapped variable: a histogram of its values (suppressed areas are NaN
 * and never counted) with each bar in the colour of its class and the class breaks marked as
 * lines. Hovering a bar tells its range and count; clicking it emits barClicked.
 */
class HistogramChart : public QWidget {
    Q_OBJECT
public:
    explicit HistogramChart(QWidget* parent = nullptr);

    /// Show `values` (NaN ignored) classified by `cls` (continuous; categorical ones show their
    /// class counts as bars instead).
    void setData(const std::vector<double>& values, const Classification& cls);
    [[nodiscard]] int binCount() const { return static_cast<int>(m_counts.size()); }
    /// Count and value range of bar i.
    [[nodiscard]] int count(int i) const { return m_counts[static_cast<std::size_t>(i)]; }
    [[nodiscard]] std::pair<double, double> range(int i) const;
    /// The bar value v is counted in (-1 for NaN); categorical: its class.
    [[nodiscard]] int binOf(double v) const;
    /// The bar under a widget position, or -1.
    [[nodiscard]] int barAt(QPointF pos) const;
    /// Where break `value` is drawn (x in widget coordinates), for tests.
    [[nodiscard]] double xOf(double value) const;
    [[nodiscard]] QSize sizeHint() const override { return {280, 140}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {160, 90}; }

signals:
    /// Bar `bar` was clicked (binOf() tells which areas it counts).
    void barClicked(int bar);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    [[nodiscard]] QRectF plotRect() const;

    std::vector<int> m_counts;
    Classification m_cls; ///< categorical charts: what binOf() asks
    std::vector<QColor> m_colours;
    std::vector<QString> m_names; ///< categorical: the class names
    std::vector<double> m_breaks;
    double m_lo = 0, m_hi = 1;
    bool m_categorical = false;
    int m_total = 0;
};

} // namespace swingmap
