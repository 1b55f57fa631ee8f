// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/jobrunner.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <limits>
#include <vector>

namespace swingmap {

/**
 * One row per area of the analysis on screen: code, name, the party's share at both elections,
 * change, turnout change, swings (when the analysis has them), fitted and residual (when a model
 * was fitted), class, potential votes and households (when known). Cells are computed when asked
 * for from the analysis' vectors (no text is stored per row), so 450,000 areas cost a few index
 * vectors. Sorting and filtering are done here, through a permutation of the areas (no proxy):
 * sort() orders the rows by the column's numbers, unknown values after them and suppressed areas
 * always last; the filter keeps the rows whose code or name contains a text and whose figure in
 * one column lies within [min, max].
 *
 * Privacy: a suppressed area shows suppressedLabel() in every figure column under every role
 * (display, edit, user, sort), never a number; a figure filter never keeps it.
 */
class AreaTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// data(): the number behind a figure cell (a double; the class' position in kClassOrder).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit AreaTableModel(QObject* parent = nullptr);

    /// Show the areas of `analysis` (both kept alive by the model); the sort order and filter
    /// are applied again.
    void setData(LoadedPtr loaded, AnalysisPtr analysis);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Keep the rows whose code or name contains `text` (case-insensitive; "" = all).
    void setTextFilter(const QString& text);
    /// Keep the rows whose figure in `column` lies within [min, max] (NaN = open end); column -1
    /// = no figure filter. Suppressed areas and unknown figures are not kept.
    void setRangeFilter(int column, double min = std::numeric_limits<double>::quiet_NaN(),
                        double max = std::numeric_limits<double>::quiet_NaN());
    [[nodiscard]] QString textFilter() const { return m_text; }

    /// The columns holding numbers (range filters), in column order.
    [[nodiscard]] std::vector<int> figureColumns() const;
    /// Whether `column` holds a figure (hidden for suppressed areas).
    [[nodiscard]] bool isFigureColumn(int column) const;
    /// Areas in the analysis (rows before filtering).
    [[nodiscard]] std::size_t areaCount() const { return m_rowOf.size(); }
    /// The area shown in `row`, or SIZE_MAX.
    [[nodiscard]] std::size_t areaAt(int row) const;
    /// The row showing `area`, or -1 when filtered out or unknown.
    [[nodiscard]] int rowOf(std::size_t area) const;
    /// Whether `area` is suppressed (privacy rule).
    [[nodiscard]] bool suppressed(std::size_t area) const;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    enum class Kind : uint8_t { Code, Name, Number, Class };
    struct Column {
        QString title;
        Kind kind = Kind::Number;
        const std::vector<double>* values = nullptr;
        int decimals = 1;
        bool sign = false;
    };
    void buildColumns();
    /// The sort number of `area` in figure column `c` (NaN when unknown).
    [[nodiscard]] double number(const Column& c, std::size_t area) const;
    [[nodiscard]] QString text(const Column& c, std::size_t area) const;
    /// m_order sorted by the current sort column (stable; suppressed last).
    void orderAreas();
    /// m_rows and m_rowOf from m_order and the filters.
    void applyFilter();
    [[nodiscard]] bool kept(std::size_t area) const;

    LoadedPtr m_loaded;
    AnalysisPtr m_analysis;
    std::vector<Column> m_columns;
    std::vector<uint32_t> m_order; ///< every area, in sort order
    std::vector<uint32_t> m_rows;  ///< the areas shown, in sort order
    std::vector<int32_t> m_rowOf;  ///< per area its row, -1 = filtered out
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_text;
    QByteArray m_textLower; ///< m_text in UTF-8, ASCII letters lowered
    int m_rangeColumn = -1;
    double m_min = std::numeric_limits<double>::quiet_NaN();
    double m_max = std::numeric_limits<double>::quiet_NaN();
};

} // namespace swingmap
