// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's four pages (boundaries, elections, census, analysis) and the small widget
// helpers they share with the wizard. A private header: included by importwizard.cpp only.
#pragma once

#include "app/gui/importwizard.h"
#include "app/gui/joinpanel.h"
#include "core/keys.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <set>

namespace swingmap {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}
std::string s(const QString& q) {
    return q.toStdString();
}

const char* kTables =
    QT_TRANSLATE_NOOP("swingmap::ImportWizard",
                      "Tables (*.csv *.txt *.tsv *.xlsx *.ods *.dbf *.gpkg);;All files (*)");
const char* kBoundaries = QT_TRANSLATE_NOOP(
    "swingmap::ImportWizard", "Vector files (*.shp *.gpkg *.geojson *.json *.topojson "
                              "*.fgb *.kml *.gml *.tab *.zip);;All files (*)");

/// Show the first rows of a table.
void fillPreview(QTableWidget* w, const Table& t, int rows = 8, const RowFilter& filter = {}) {
    std::vector<std::size_t> shown;
    auto keep = filter.empty() ? Result<std::vector<char>>(std::vector<char>(t.rowCount(), 1))
                               : matchRows(t, filter, "rows");
    for (std::size_t r = 0; r < t.rowCount() && int(shown.size()) < rows; ++r)
        if (!keep || (*keep)[r]) shown.push_back(r);
    const int n = static_cast<int>(shown.size());
    w->clear();
    w->setColumnCount(static_cast<int>(t.columns.size()));
    w->setRowCount(n);
    QStringList headers;
    for (const auto& c : t.columns)
        headers << q(c);
    w->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < w->columnCount(); ++c)
        for (int r = 0; r < n; ++r)
            w->setItem(r, c,
                       new QTableWidgetItem(q(t.cells[std::size_t(c)][shown[std::size_t(r)]])));
    w->resizeColumnsToContents();
    for (int c = 0; c < w->columnCount(); ++c)
        w->setColumnWidth(c, std::min(w->columnWidth(c), 180));
}

void fillColumns(QComboBox* box, const Table& t, const std::string& current, bool optional) {
    box->clear();
    if (optional) box->addItem(ImportWizard::tr("(none)"), QString());
    for (const auto& c : t.columns)
        box->addItem(q(c), q(c));
    box->setCurrentIndex(std::max(0, box->findData(q(current))));
}

QString filterText(const RowFilter& f) {
    QStringList parts;
    for (const Condition& c : f) {
        QStringList v;
        for (const auto& x : c.values)
            v << (x.empty() ? ImportWizard::tr("(empty)") : q(x));
        parts << QStringLiteral("%1 %2 %3")
                     .arg(q(c.column),
                          c.negate ? ImportWizard::tr("is not") : ImportWizard::tr("is"),
                          v.join(QStringLiteral(" / ")));
    }
    return parts.isEmpty() ? ImportWizard::tr("every row") : parts.join(QStringLiteral(", "));
}

QString fixText(int pad, bool unpad) {
    if (pad > 0) return ImportWizard::tr("keys padded with zeros to %1 characters").arg(pad);
    if (unpad) return ImportWizard::tr("leading zeros stripped from the keys");
    return ImportWizard::tr("keys used as they are");
}

QTableWidget* newPreview() {
    auto* t = new QTableWidget;
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    return t;
}

} // namespace

/// Step 1: the boundary file (picked or dropped), its preview, key and name fields.
class BoundaryPage : public QWizardPage {
public:
    explicit BoundaryPage(ImportWizard* w) : m_w(w) {
        setTitle(ImportWizard::tr("Boundaries"));
        setSubTitle(ImportWizard::tr("Pick or drop the file with the areas' shapes, then choose "
                                     "the field holding each area's code."));
        setAcceptDrops(true);
        auto* browse = new QPushButton(ImportWizard::tr("Browse…"));
        auto* row = new QHBoxLayout;
        row->addWidget(w->m_boundaryPath, 1);
        row->addWidget(browse);
        auto* form = new QFormLayout;
        form->addRow(ImportWizard::tr("Layer:"), w->m_boundaryLayer);
        form->addRow(ImportWizard::tr("Key field:"), w->m_key);
        form->addRow(ImportWizard::tr("Name field:"), w->m_name);
        auto* l = new QVBoxLayout(this);
        l->addLayout(row);
        l->addWidget(w->m_boundaryInfo);
        l->addWidget(w->m_fields, 1);
        l->addLayout(form);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString f = QFileDialog::getOpenFileName(this, ImportWizard::tr("Boundaries"), {},
                                                           ImportWizard::tr(kBoundaries));
            if (!f.isEmpty()) m_w->setBoundaryFile(f);
        });
        connect(w->m_boundaryPath, &QLineEdit::editingFinished, this, [this] {
            const QString f = m_w->m_boundaryPath->text();
            if (!f.isEmpty() && s(f) != m_w->m_in.boundaries) m_w->setBoundaryFile(f);
        });
        connect(w->m_key, &QComboBox::currentTextChanged, this, [this] { emit completeChanged(); });
        connect(w->m_boundaryLayer, &QComboBox::activated, this, [this] {
            m_w->setBoundaryFile(q(m_w->m_in.boundaries), m_w->m_boundaryLayer->currentText());
        });
    }
    bool isComplete() const override {
        return !m_w->m_in.boundaries.empty() && m_w->m_key->currentIndex() >= 0;
    }
    bool validatePage() override {
        ImportWizard* w = m_w;
        w->m_in.boundaryKey = s(w->m_key->currentText());
        w->m_in.boundaryName = s(w->m_name->currentData().toString());
        const Table* t = w->table(w->m_in.boundaries);
        if (!t) return false;
        w->m_areaKeys.clear();
        for (const auto& k : t->cells[std::size_t(t->columnIndex(w->m_in.boundaryKey))])
            w->m_areaKeys.push_back(normaliseKey(k));
        return true;
    }

protected:
    void dragEnterEvent(QDragEnterEvent* e) override {
        if (e->mimeData()->hasUrls()) e->acceptProposedAction();
    }
    void dropEvent(QDropEvent* e) override {
        const auto urls = e->mimeData()->urls();
        if (!urls.isEmpty()) m_w->setBoundaryFile(urls.first().toLocalFile());
    }

private:
    ImportWizard* m_w;
};

/// Step 2: election tables, their mapping, the suggested key and the join report.
class ElectionPage : public QWizardPage {
public:
    explicit ElectionPage(ImportWizard* w) : m_w(w) {
        setTitle(ImportWizard::tr("Election results"));
        setSubTitle(ImportWizard::tr("Add one table per election (a long table with both years "
                                     "can be added twice, with a different figures column). "
                                     "Check the guessed columns and the join below."));
        auto* add = new QPushButton(ImportWizard::tr("Add table…"));
        auto* remove = new QPushButton(ImportWizard::tr("Remove"));
        auto* left = new QVBoxLayout;
        left->addWidget(w->m_elections, 1);
        left->addWidget(add);
        left->addWidget(remove);
        auto* form = new QFormLayout;
        form->addRow(ImportWizard::tr("Label:"), w->m_label);
        form->addRow(ImportWizard::tr("Key column:"), w->m_elKey);
        form->addRow(QString(), w->m_elFix);
        form->addRow(ImportWizard::tr("Name column:"), w->m_elName);
        form->addRow(ImportWizard::tr("Layout:"), w->m_format);
        form->addRow(ImportWizard::tr("Party column:"), w->m_partyColumn);
        form->addRow(ImportWizard::tr("Figures column:"), w->m_value);
        form->addRow(ImportWizard::tr("Electorate:"), w->m_electorate);
        form->addRow(ImportWizard::tr("Voters:"), w->m_voters);
        form->addRow(ImportWizard::tr("Valid votes:"), w->m_valid);
        form->addRow(ImportWizard::tr("Parties:"), w->m_parties);
        form->addRow(QString(), w->m_partyList);
        auto* top = new QHBoxLayout;
        top->addLayout(left, 1);
        top->addLayout(form, 3);
        auto* join = new QGroupBox(ImportWizard::tr("How this table joins (before any fit)"));
        auto* jl = new QVBoxLayout(join);
        jl->setContentsMargins(2, 2, 2, 2);
        jl->addWidget(w->m_electionJoin);
        auto* bottom = new QSplitter(Qt::Horizontal);
        bottom->addWidget(w->m_elPreview);
        bottom->addWidget(join);
        bottom->setStretchFactor(0, 3);
        bottom->setStretchFactor(1, 2);
        auto* l = new QVBoxLayout(this);
        l->addLayout(top);
        l->addWidget(bottom, 1);
        connect(add, &QPushButton::clicked, this, [this] {
            for (const QString& f : QFileDialog::getOpenFileNames(
                     this, ImportWizard::tr("Election tables"), {}, ImportWizard::tr(kTables)))
                m_w->addElectionFile(f);
        });
        connect(remove, &QPushButton::clicked, this, [this] {
            const int r = m_w->m_elections->currentRow();
            if (r < 0) return;
            m_w->m_in.elections.erase(m_w->m_in.elections.begin() + r);
            m_w->refreshElectionList();
            emit completeChanged();
        });
        connect(w->m_elections, &QListWidget::currentRowChanged, this,
                [this] { m_w->refreshElection(); });
        connect(w->m_label, &QLineEdit::textEdited, this, [this](const QString& t) {
            const int r = m_w->m_elections->currentRow();
            if (r < 0) return;
            m_w->m_in.elections[std::size_t(r)].label = s(t);
            m_w->m_elections->item(r)->setText(
                t + QStringLiteral(" — ") +
                QFileInfo(q(m_w->m_in.elections[std::size_t(r)].path)).fileName());
        });
        connect(w->m_elKey, &QComboBox::activated, this, [this] { m_w->onElectionKeyChosen(); });
        connect(w->m_elName, &QComboBox::activated, this, [this] {
            const int r = m_w->m_elections->currentRow();
            if (r < 0) return;
            m_w->m_in.elections[std::size_t(r)].name = s(m_w->m_elName->currentData().toString());
            m_w->updateJoinPreview();
        });
        connect(w->m_partyList, &QListWidget::itemChanged, this, [this] {
            const int r = m_w->m_elections->currentRow();
            if (r < 0 || m_w->m_filling) return;
            auto& parties = m_w->m_in.elections[std::size_t(r)].parties;
            parties.clear();
            for (int i = 0; i < m_w->m_partyList->count(); ++i)
                if (m_w->m_partyList->item(i)->checkState() == Qt::Checked)
                    parties.push_back(s(m_w->m_partyList->item(i)->text()));
        });
        connect(w->m_value, &QComboBox::activated, this, [this] { m_w->onValueChosen(); });
        for (QComboBox* b : {w->m_electorate, w->m_voters, w->m_valid, w->m_partyColumn})
            connect(b, &QComboBox::activated, this, [this] { m_w->onRoleChosen(); });
    }
    void initializePage() override { m_w->refreshElectionList(); }
    bool isComplete() const override { return !m_w->m_in.elections.empty(); }
    bool validatePage() override {
        std::set<std::string> labels;
        for (const auto& e : m_w->m_in.elections)
            if (e.label.empty() || !labels.insert(e.label).second) {
                m_w->showError(ImportWizard::tr("Give every election its own label (e.g. its "
                                                "year); \"%1\" is empty or used twice.")
                                   .arg(q(e.label)));
                return false;
            }
        return true;
    }
    using QWizardPage::completeChanged;

private:
    ImportWizard* m_w;
};

/// Step 3: census tables and the covariates.
class CensusPage : public QWizardPage {
public:
    explicit CensusPage(ImportWizard* w) : m_w(w) {
        setTitle(ImportWizard::tr("Census and other area figures"));
        setSubTitle(ImportWizard::tr("Optional: add tables of area figures and tick the ones "
                                     "that may explain the swing (covariates)."));
        auto* add = new QPushButton(ImportWizard::tr("Add table…"));
        auto* left = new QVBoxLayout;
        left->addWidget(w->m_censusFiles);
        left->addWidget(add);
        left->addWidget(w->m_censusInfo);
        left->addWidget(w->m_censusJoin, 1);
        auto* top = new QHBoxLayout;
        top->addLayout(left, 2);
        auto* cov = new QVBoxLayout;
        cov->addWidget(new QLabel(ImportWizard::tr("Covariates (numeric columns):")));
        cov->addWidget(w->m_covariates);
        top->addLayout(cov, 3);
        auto* l = new QVBoxLayout(this);
        l->addLayout(top, 2);
        l->addWidget(w->m_censusPreview, 1);
        connect(add, &QPushButton::clicked, this, [this] {
            for (const QString& f : QFileDialog::getOpenFileNames(
                     this, ImportWizard::tr("Census tables"), {}, ImportWizard::tr(kTables)))
                m_w->addCensusFile(f);
        });
        connect(w->m_censusFiles, &QListWidget::currentRowChanged, this,
                [this] { m_w->refreshCensus(); });
    }
    bool validatePage() override {
        m_w->m_in.covariates.clear();
        for (int i = 0; i < m_w->m_covariates->count(); ++i)
            if (m_w->m_covariates->item(i)->checkState() == Qt::Checked)
                m_w->m_in.covariates.push_back(s(m_w->m_covariates->item(i)->text()));
        return true;
    }

private:
    ImportWizard* m_w;
};

/// Step 4: what to analyse, and where to save the project.
class AnalysisPage : public QWizardPage {
public:
    explicit AnalysisPage(ImportWizard* w) : m_w(w) {
        setTitle(ImportWizard::tr("Analysis and project file"));
        setSubTitle(ImportWizard::tr("Which party, which two elections, and where to save the "
                                     "project. It is checked before it is written, then opened."));
        auto* browse = new QPushButton(ImportWizard::tr("Browse…"));
        auto* fileRow = new QHBoxLayout;
        fileRow->addWidget(w->m_file, 1);
        fileRow->addWidget(browse);
        auto* form = new QFormLayout;
        form->addRow(ImportWizard::tr("Title:"), w->m_title);
        form->addRow(ImportWizard::tr("Party:"), w->m_party);
        form->addRow(ImportWizard::tr("From election:"), w->m_from);
        form->addRow(ImportWizard::tr("To election:"), w->m_to);
        form->addRow(ImportWizard::tr("Outcome:"), w->m_outcome);
        form->addRow(ImportWizard::tr("Project file:"), fileRow);
        auto* l = new QVBoxLayout(this);
        l->addLayout(form);
        l->addWidget(w->m_summary, 1);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString f = QFileDialog::getSaveFileName(
                this, ImportWizard::tr("Save the project"), m_w->m_file->text(),
                ImportWizard::tr("SwingMap project (*.swingmap.json *.json)"));
            if (!f.isEmpty()) m_w->m_file->setText(f);
        });
        connect(w->m_file, &QLineEdit::textChanged, this, [this] { emit completeChanged(); });
    }
    void initializePage() override { m_w->refreshAnalysis(); }
    bool isComplete() const override { return !m_w->m_file->text().isEmpty(); }
    bool validatePage() override {
        const QString error = m_w->save();
        if (!error.isEmpty()) m_w->showError(error);
        return error.isEmpty();
    }

private:
    ImportWizard* m_w;
};

} // namespace swingmap
