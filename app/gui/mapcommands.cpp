// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mapcommands.h"

#include "app/gui/mapcanvas.h"
#include "app/gui/mapview.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QPointer>

#include <utility>

namespace swingmap {

ApplyCommand::ApplyCommand(const QString& text, std::function<void()> redo,
                           std::function<void()> undo, int mergeId)
    : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)), m_mergeId(mergeId) {}

void ApplyCommand::redo() {
    m_redo();
}

void ApplyCommand::undo() {
    m_undo();
}

QUndoCommand* showVariableCommand(MapView* view, const QString& from, const QString& to,
                                  const QString& name) {
    QPointer<MapView> v(view);
    return new ApplyCommand(
        QCoreApplication::translate("MapCommands", "Show %1").arg(name),
        [v, to] {
            if (v) v->setVariable(to);
        },
        [v, from] {
            if (v) v->setVariable(from);
        });
}

QUndoCommand* classStyleCommand(MapCanvas* canvas, const ClassStyle& from, const ClassStyle& to) {
    QPointer<MapCanvas> c(canvas);
    const QString text = from.palette != to.palette && from.method == to.method &&
                                 from.classes == to.classes && from.manual == to.manual
                             ? QCoreApplication::translate("MapCommands", "Change colours")
                             : QCoreApplication::translate("MapCommands", "Change classes");
    return new ApplyCommand(
        text,
        [c, to] {
            if (c) c->setClassStyle(to);
        },
        [c, from] {
            if (c) c->setClassStyle(from);
        });
}

namespace {

/// Check or uncheck anything with setChecked (a check box, a checkable action).
template <class Checkable>
QUndoCommand* makeCheckCommand(Checkable* target, bool to, const QString& what) {
    QPointer<Checkable> t(target);
    return new ApplyCommand(
        to ? QCoreApplication::translate("MapCommands", "Turn on %1").arg(what)
           : QCoreApplication::translate("MapCommands", "Turn off %1").arg(what),
        [t, to] {
            if (t) t->setChecked(to);
        },
        [t, to] {
            if (t) t->setChecked(!to);
        });
}

} // namespace

QUndoCommand* checkCommand(QAbstractButton* button, bool to, const QString& what) {
    return makeCheckCommand(button, to, what);
}

QUndoCommand* checkCommand(QAction* action, bool to, const QString& what) {
    return makeCheckCommand(action, to, what);
}

} // namespace swingmap
