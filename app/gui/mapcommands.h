// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/classstyle.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

class QAction;
class QAbstractButton;

namespace swingmap {

class MapCanvas;
class MapView;

/**
 * The undoable edits of the map (Edit › Undo, Ctrl+Z): each command holds the value before and
 * after and applies one or the other through the same setter the program uses. Commands are
 * pushed only for what the user did (QComboBox::activated, QAbstractButton::clicked,
 * QAction::triggered, the Style panel's controls); applying a value programmatically never pushes
 * another command, so undo and redo cannot loop.
 */
class ApplyCommand : public QUndoCommand {
public:
    ApplyCommand(const QString& text, std::function<void()> redo, std::function<void()> undo,
                 int mergeId = -1);
    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return m_mergeId; }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
    int m_mergeId;
};

/// "Show Turnout change" (the map's variable, by id).
QUndoCommand* showVariableCommand(MapView* view, const QString& from, const QString& to,
                                  const QString& name);
/// "Change classes" / "Change colours" (the Style panel).
QUndoCommand* classStyleCommand(MapCanvas* canvas, const ClassStyle& from, const ClassStyle& to);
/// "Hatch changes within sampling noise" on or off (a check box or a checkable action).
QUndoCommand* checkCommand(QAbstractButton* button, bool to, const QString& what);
QUndoCommand* checkCommand(QAction* action, bool to, const QString& what);

} // namespace swingmap
