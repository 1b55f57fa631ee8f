// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/modelcommands.h"

#include "app/gui/mapcommands.h"
#include "app/gui/modelpanel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QListWidget>
#include <QPointer>
#include <QUndoStack>

#include <array>
#include <map>

namespace swingmap {

namespace {

/// What the panel showed before the user's edit, and the guard that keeps applying quiet.
class ModelUndo : public QObject {
public:
    ModelUndo(ModelPanel* panel, QUndoStack* undo) : QObject(panel), m_panel(panel), m_undo(undo) {
        remember();
        connect(panel, &ModelPanel::choicesSet, this, &ModelUndo::remember);
        const std::array<QComboBox*, 3> combos{panel->partyCombo(), panel->fromCombo(),
                                               panel->toCombo()};
        for (std::size_t k = 0; k < combos.size(); ++k)
            connect(combos[k], &QComboBox::activated, this, [this, k] { comboEdited(k); });
        connect(panel->covariateList(), &QListWidget::itemChanged, this, &ModelUndo::ticked);
    }

private:
    [[nodiscard]] QComboBox* combo(std::size_t k) const {
        return k == 0 ? m_panel->partyCombo() : k == 1 ? m_panel->fromCombo() : m_panel->toCombo();
    }

    void remember() {
        for (std::size_t k = 0; k < m_last.size(); ++k)
            m_last[k] = combo(k)->currentText();
        m_checked.clear();
        const QListWidget* list = m_panel->covariateList();
        for (int i = 0; i < list->count(); ++i)
            m_checked[list->item(i)->data(Qt::UserRole).toString()] =
                list->item(i)->checkState() == Qt::Checked;
    }

    void setCombo(std::size_t k, const QString& value) {
        m_applying = true;
        combo(k)->setCurrentText(value);
        m_last[k] = combo(k)->currentText();
        m_applying = false;
    }

    void setTicked(const QString& name, bool on) {
        QListWidget* list = m_panel->covariateList();
        m_applying = true;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == name)
                list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        m_checked[name] = on;
        m_applying = false;
    }

    void comboEdited(std::size_t k) {
        const QString before = m_last[k], after = combo(k)->currentText();
        if (m_applying || before == after) return;
        static const char* const what[] = {QT_TRANSLATE_NOOP("ModelCommands", "Choose party %1"),
                                           QT_TRANSLATE_NOOP("ModelCommands", "Compare from %1"),
                                           QT_TRANSLATE_NOOP("ModelCommands", "Compare to %1")};
        QPointer<ModelUndo> self(this);
        m_undo->push(new ApplyCommand(
            QCoreApplication::translate("ModelCommands", what[k]).arg(after),
            [self, k, after] {
                if (self) self->setCombo(k, after);
            },
            [self, k, before] {
                if (self) self->setCombo(k, before);
            }));
    }

    void ticked(QListWidgetItem* item) {
        const QString name = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        const auto known = m_checked.find(name);
        if (m_applying || known == m_checked.end() || known->second == on) return;
        QPointer<ModelUndo> self(this);
        m_undo->push(new ApplyCommand(
            on ? QCoreApplication::translate("ModelCommands", "Include %1").arg(item->text())
               : QCoreApplication::translate("ModelCommands", "Leave out %1").arg(item->text()),
            [self, name, on] {
                if (self) self->setTicked(name, on);
            },
            [self, name, on] {
                if (self) self->setTicked(name, !on);
            }));
    }

    ModelPanel* m_panel;
    QUndoStack* m_undo;
    std::array<QString, 3> m_last;
    std::map<QString, bool> m_checked; ///< covariate column -> ticked
    bool m_applying = false;
};

} // namespace

void installModelUndo(ModelPanel* panel, QUndoStack* undo) {
    new ModelUndo(panel, undo); // owned by the panel
}

} // namespace swingmap
