// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/jobrunner.h"

#include <QWidget>

#include <cstddef>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace swingmap {

class AreaTableModel;
class MapCanvas;

/**
 * The data table of the areas (AreaTableModel): a filter on code or name, a figure filter (a
 * column between a minimum and a maximum), a row count, "Zoom to selection", and the figures of
 * the area identified (clicked on the map, or the table's current row). Rows selected in the table
 * are the areas selected on the map, and back: the map's selection selects the rows and scrolls
 * to the first. Areas hidden by the filter keep their selection on the map.
 */
class DataTableDock : public QWidget {
    Q_OBJECT
public:
    explicit DataTableDock(MapCanvas* canvas, QWidget* parent = nullptr);

    /// Show the areas of an analysis (the sort, filter and map selection are kept).
    void setData(LoadedPtr loaded, AnalysisPtr analysis);
    /// Show the figures of `area` and make its row the current one (selection untouched).
    void identify(std::size_t area);

    [[nodiscard]] AreaTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] QComboBox* columnCombo() const { return m_column; }
    [[nodiscard]] QLineEdit* minEdit() const { return m_min; }
    [[nodiscard]] QLineEdit* maxEdit() const { return m_max; }
    [[nodiscard]] QLabel* countLabel() const { return m_count; }
    [[nodiscard]] QLabel* identifyLabel() const { return m_identify; }
    [[nodiscard]] QPushButton* zoomButton() const { return m_zoom; }

private:
    void applyRangeFilter();
    void tableSelectionChanged();
    /// The map's selection into the table's (and scroll to the first row when `scroll`).
    void mapSelectionChanged(bool scroll);
    void updateCount();

    MapCanvas* m_canvas;
    AreaTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_filter;
    QComboBox* m_column;
    QLineEdit* m_min;
    QLineEdit* m_max;
    QLabel* m_count;
    QLabel* m_identify;
    QPushButton* m_zoom;
    LoadedPtr m_loaded;
    AnalysisPtr m_analysis;
    bool m_syncing = false;
};

} // namespace swingmap
