// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/project.h"

#include <QWidget>

#include <utility>
#include <vector>

namespace swingmap {

/**
 * The fitted coefficients of the swing model, one row per covariate in the order of the model
 * table (the intercept left out): the estimate as a dot and its robust 95 % interval as a bar,
 * estimate ± t(0.975, residual df) × HC3 SE (the normal's 1.96 when the model reports no df), as
 * the briefing's sentences say it. Intervals that cross zero are drawn muted. Hovering a row
 * gives the estimate, robust SE, interval and robust p. The numbers are the core's (Term); the
 * chart only multiplies the SE by the quantile.
 */
class CoefChart : public QWidget {
    Q_OBJECT
public:
    explicit CoefChart(QWidget* parent = nullptr);

    /// Show the terms of `analysis` (no model: an empty chart with a note); names as the project
    /// labels them.
    void setData(const Analysis& analysis, const Project& project);
    /// Show `terms` with `df` residual degrees of freedom (0 = normal quantile).
    void setTerms(const std::vector<Term>& terms, double df, const std::vector<QString>& labels);
    void clear(const QString& note);

    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] const Term& term(int row) const { return m_rows[std::size_t(row)].term; }
    [[nodiscard]] QString label(int row) const { return m_rows[std::size_t(row)].label; }
    /// The drawn interval of a row: its two ends.
    [[nodiscard]] std::pair<double, double> interval(int row) const;
    /// The quantile the SE is multiplied by, and the df it is taken at (0 = normal).
    [[nodiscard]] double quantile() const { return m_q; }
    [[nodiscard]] double df() const { return m_df; }
    /// Does the row's interval cross zero (drawn muted)?
    [[nodiscard]] bool crossesZero(int row) const;
    /// Where a value is drawn (x in widget coordinates) and the row at a position (-1: none).
    [[nodiscard]] double xOf(double value) const;
    [[nodiscard]] double yOf(int row) const;
    [[nodiscard]] int rowAt(QPointF pos) const;
    [[nodiscard]] const std::vector<double>& ticks() const { return m_ticks; }
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return {240, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Row {
        Term term;
        QString label;
        double lo = 0, hi = 0;
    };
    [[nodiscard]] QRectF plotRect() const;
    [[nodiscard]] double labelWidth() const;
    [[nodiscard]] double rowHeight() const;

    std::vector<Row> m_rows;
    std::vector<double> m_ticks;
    double m_q = 0, m_df = 0, m_lo = -1, m_hi = 1;
    QString m_note;
};

} // namespace swingmap
