// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/classstyle.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QUndoStack;

namespace swingmap {

class HistogramChart;
class MapCanvas;

/**
 * The map's Style panel: how the figure shown is split into classes (automatic, quantiles, equal
 * intervals, natural breaks, round numbers, standard deviations or the user's own breaks), how
 * many, and the colours (ColorBrewer ramps, zero-centred diverging ramps for changes, or the
 * party's colour), above a histogram of the figure with the class breaks marked. Every change the
 * user makes is one undoable command on the window's undo stack. Categorical maps (area classes,
 * clusters) keep their fixed colour-blind-safe colours: the controls are disabled for them.
 */
class StylePanel : public QWidget {
    Q_OBJECT
public:
    StylePanel(MapCanvas* canvas, QUndoStack* undo, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* methodCombo() const { return m_method; }
    [[nodiscard]] QSpinBox* classesSpin() const { return m_classes; }
    [[nodiscard]] QComboBox* paletteCombo() const { return m_palette; }
    [[nodiscard]] QLineEdit* breaksEdit() const { return m_manual; }
    [[nodiscard]] HistogramChart* chart() const { return m_chart; }

    /// Select on the map the areas the chart's bar `bar` counts: what clicking a bar does.
    void selectBar(int bar);

private:
    void refresh();
    void request(const ClassStyle& style);
    [[nodiscard]] ClassStyle fromControls() const;

    MapCanvas* m_canvas;
    QUndoStack* m_undo;
    QComboBox* m_method;
    QSpinBox* m_classes;
    QComboBox* m_palette;
    QLineEdit* m_manual;
    QLabel* m_note;
    HistogramChart* m_chart;
};

} // namespace swingmap
