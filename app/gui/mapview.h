// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/jobrunner.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QToolButton;
class QUndoStack;

namespace swingmap {

class MapCanvas;

/**
 * The map page: a slim bar with "Show" (which variable the map shows), the "Hatch changes
 * within sampling noise" toggle and, for a project with streets, the "Streets" toggle (the same
 * checkable action as View › Streets, Ctrl+Shift+T), above the map canvas.
 */
class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(QWidget* parent = nullptr);

    /// Show an analysis; the Show list is rebuilt and keeps the current variable when it can.
    void setData(LoadedPtr loaded, AnalysisPtr analysis);
    /// Select variable `id`; remembered until an analysis that has it arrives.
    bool setVariable(const QString& id);
    /// Push what the user changes here (Show, the noise hatch, Streets) as undoable commands.
    void setUndoStack(QUndoStack* undo) { m_undo = undo; }

    [[nodiscard]] MapCanvas* canvas() const { return m_canvas; }
    [[nodiscard]] QComboBox* showCombo() const { return m_show; }
    [[nodiscard]] QCheckBox* noiseToggle() const { return m_noise; }
    /// View › Streets: checkable, enabled when the project has streets.
    [[nodiscard]] QAction* streetsAction() const { return m_streetsAction; }
    [[nodiscard]] QToolButton* streetsToggle() const { return m_streetsButton; }
    /// View › Area labels (Ctrl+Shift+N) and View › North arrow: checkable, undoable.
    [[nodiscard]] QAction* labelsAction() const { return m_labelsAction; }
    [[nodiscard]] QAction* northArrowAction() const { return m_northArrowAction; }

private:
    void onShowChanged(int index);
    void buildDecorActions(); ///< labels and north arrow

    MapCanvas* m_canvas;
    QComboBox* m_show;
    QCheckBox* m_noise;
    QAction* m_streetsAction;
    QToolButton* m_streetsButton;
    QAction* m_labelsAction = nullptr;
    QAction* m_northArrowAction = nullptr;
    QString m_wanted;
    QUndoStack* m_undo = nullptr;
    QString m_previous; ///< the variable shown before the last change (the undo's "from")
};

} // namespace swingmap
