// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/shared/projectbuilder.h"

#include <QWizard>

#include <map>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace swingmap {

class JoinPanel;
class ReconcilePage;

/**
 * File › New project from files…: boundaries → election tables → census tables → analysis →
 * save. The guessing (roles, key overlap, long-table pivot) is builder::; this is the widgets.
 * Every step can also be driven programmatically (tests, screenshots).
 */
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { BoundaryPageId, ElectionPageId, CensusPageId, ReconcilePageId, AnalysisPageId };

    explicit ImportWizard(QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Read and preview the boundary file (`layer` "" = the only or first layer); false (with
    /// the message shown) when it cannot.
    bool setBoundaryFile(const QString& path, const QString& layer = {});
    /// Add an election table (guessed mapping). `valueColumn` picks a long table's figures.
    bool addElectionFile(const QString& path, const QString& label = {},
                         const QString& valueColumn = {});
    bool addCensusFile(const QString& path);
    void setCovariates(const QStringList& names);
    void setAnalysis(const QString& party, const QString& from, const QString& to);
    void setProjectFile(const QString& file);
    /// Build, validate (parseProject) and write the project atomically; the error or "".
    QString save();

    [[nodiscard]] const builder::ProjectInput& input() const { return m_in; }
    [[nodiscard]] QString projectFile() const;
    [[nodiscard]] QString lastError() const { return m_error; }
    [[nodiscard]] JoinPanel* electionJoinPanel() const { return m_electionJoin; }
    [[nodiscard]] JoinPanel* censusJoinPanel() const { return m_censusJoin; }
    void selectElection(int row);
    /// The "When areas don't line up" page (reconcile).
    [[nodiscard]] ReconcilePage* reconcilePage() const;

signals:
    /// The project was written: open it.
    void projectSaved(const QString& file);

private:
    friend class BoundaryPage;
    friend class ElectionPage;
    friend class CensusPage;
    friend class AnalysisPage;
    friend class ReconcilePage;

    const Table* table(const std::string& path);
    void showError(const QString& message);
    void refreshElection();
    void refreshElectionList();
    void refreshCensus();
    void refreshAnalysis();
    void updateJoinPreview();
    void onElectionKeyChosen();
    void onValueChosen();
    void onRoleChosen();

    builder::ProjectInput m_in;
    std::vector<std::string> m_areaKeys;
    std::map<std::string, std::unique_ptr<Table>> m_tables;
    QString m_error;
    bool m_filling = false;

    // Boundaries
    QLineEdit* m_boundaryPath;
    QComboBox* m_boundaryLayer;
    QLabel* m_boundaryInfo;
    QTableWidget* m_fields;
    QComboBox* m_key;
    QComboBox* m_name;
    // Elections
    QListWidget* m_elections;
    QLineEdit* m_label;
    QComboBox* m_elKey;
    QComboBox* m_elName;
    QLabel* m_elFix;
    QLabel* m_format;
    QComboBox* m_partyColumn;
    QComboBox* m_value;
    QComboBox* m_electorate;
    QComboBox* m_voters;
    QComboBox* m_valid;
    QLabel* m_parties;
    QListWidget* m_partyList; ///< wide tables: tick the party columns
    QTableWidget* m_elPreview;
    JoinPanel* m_electionJoin;
    // Census
    QListWidget* m_censusFiles;
    QLabel* m_censusInfo;
    JoinPanel* m_censusJoin;
    QTableWidget* m_censusPreview;
    QListWidget* m_covariates;
    // Analysis
    QComboBox* m_party;
    QComboBox* m_from;
    QComboBox* m_to;
    QComboBox* m_outcome;
    QLineEdit* m_file;
    QLabel* m_summary;
    QLineEdit* m_title; ///< the title of every output (default: the boundary file's name)
};

} // namespace swingmap
