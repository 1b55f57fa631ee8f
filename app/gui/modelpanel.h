// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/project.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace swingmap {

/**
 * The model dock: which party, which two elections, which covariates; a Fit button; and the
 * fitted coefficients (estimate, SE, HC3 SE, t, p) with R², adjusted R², and below them the
 * spatial diagnostics (Moran's I, LM tests and their reading, spatial models, GWR, LISA).
 * Fit keeps the project's other settings (models, LISA, GWR, classes, privacy).
 */
class ModelPanel : public QWidget {
    Q_OBJECT
public:
    explicit ModelPanel(QWidget* parent = nullptr);

    /// Offer the parties, elections and covariates of `data`, selected as in `settings`.
    void setChoices(const Dataset& data, const Project& project, const AnalysisSettings& settings);
    /// Show a fitted analysis.
    void setAnalysis(const Analysis& analysis, const Project& project);
    /// The settings the user chose (the rest as last given to setChoices).
    [[nodiscard]] AnalysisSettings settings() const;
    void setBusy(bool busy);

    [[nodiscard]] QPushButton* fitButton() const { return m_fit; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QPlainTextEdit* details() const { return m_details; }
    /// The choices, for undo (modelcommands.h) and tests.
    [[nodiscard]] QComboBox* partyCombo() const { return m_party; }
    [[nodiscard]] QComboBox* fromCombo() const { return m_from; }
    [[nodiscard]] QComboBox* toCombo() const { return m_to; }
    [[nodiscard]] QListWidget* covariateList() const { return m_covariates; }

signals:
    void fitRequested(const swingmap::AnalysisSettings& settings);
    /// setChoices filled the controls anew (not a user edit).
    void choicesSet();

private:
    void fillTable(const Analysis& analysis, const Project& project);
    void fitTableHeight();

    AnalysisSettings m_base;
    QComboBox* m_party;
    QComboBox* m_from;
    QComboBox* m_to;
    QListWidget* m_covariates;
    QPushButton* m_fit;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPlainTextEdit* m_details;
};

} // namespace swingmap
