// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layercommands.h"

#include "app/gui/mapcommands.h"

#include <QCoreApplication>
#include <QPointer>

#include <cmath>

namespace swingmap {

namespace {

QString titleOf(const LayersModel* model, int uid) {
    const LayerEntry* e = model->entry(uid);
    return e ? LayersModel::title(*e) : QString();
}

} // namespace

QUndoCommand* layerVisibleCommand(LayersModel* model, int uid, bool to) {
    QPointer<LayersModel> m(model);
    return new ApplyCommand((to ? QCoreApplication::translate("LayerCommands", "Show %1")
                                : QCoreApplication::translate("LayerCommands", "Hide %1"))
                                .arg(titleOf(model, uid)),
                            [m, uid, to] {
                                if (m) m->applyVisible(uid, to);
                            },
                            [m, uid, to] {
                                if (m) m->applyVisible(uid, !to);
                            });
}

QUndoCommand* layerOpacityCommand(LayersModel* model, int uid, double from, double to) {
    QPointer<LayersModel> m(model);
    return new ApplyCommand(
        QCoreApplication::translate("LayerCommands", "Set the opacity of %1 to %2 %")
            .arg(titleOf(model, uid))
            .arg(static_cast<int>(std::lround(to * 100))),
        [m, uid, to] {
            if (m) m->applyOpacity(uid, to);
        },
        [m, uid, from] {
            if (m) m->applyOpacity(uid, from);
        });
}

QUndoCommand* layerMoveCommand(LayersModel* model, int uid, int from, int to) {
    QPointer<LayersModel> m(model);
    return new ApplyCommand((to < from
                                 ? QCoreApplication::translate("LayerCommands", "Move %1 up")
                                 : QCoreApplication::translate("LayerCommands", "Move %1 down"))
                                .arg(titleOf(model, uid)),
                            [m, uid, to] {
                                if (m) m->applyMove(uid, to);
                            },
                            [m, uid, from] {
                                if (m) m->applyMove(uid, from);
                            });
}

QUndoCommand* addOverlayCommand(LayersModel* model, LayerEntry entry, int row) {
    QPointer<LayersModel> m(model);
    if (entry.uid == 0) entry.uid = model->nextUid();
    const int uid = entry.uid;
    return new ApplyCommand(
        QCoreApplication::translate("LayerCommands", "Add layer %1").arg(LayersModel::title(entry)),
        [m, entry, row] {
            if (m) m->applyInsert(entry, row);
        },
        [m, uid] {
            if (m) m->applyRemove(uid);
        });
}

QUndoCommand* removeOverlayCommand(LayersModel* model, int uid) {
    QPointer<LayersModel> m(model);
    const int row = model->rowOf(uid);
    const LayerEntry* e = model->entry(uid);
    const LayerEntry entry = e ? *e : LayerEntry{};
    return new ApplyCommand(
        QCoreApplication::translate("LayerCommands", "Remove layer %1")
            .arg(LayersModel::title(entry)),
        [m, uid] {
            if (m) m->applyRemove(uid);
        },
        [m, entry, row] {
            if (m && entry.uid) m->applyInsert(entry, row);
        });
}

} // namespace swingmap
