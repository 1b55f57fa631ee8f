// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's logic: reading the chosen files, guessing and refreshing each page, the
// join preview and saving the project. The pages themselves: importwizardpages.h.
#include "app/gui/importwizard.h"

#include "app/gui/importwizardpages.h"
#include "app/gui/reconcilepage.h"

namespace swingmap {

ImportWizard::ImportWizard(QWidget* parent)
    : QWizard(parent), m_boundaryPath(new QLineEdit), m_boundaryLayer(new QComboBox),
      m_boundaryInfo(new QLabel), m_fields(newPreview()), m_key(new QComboBox),
      m_name(new QComboBox), m_elections(new QListWidget), m_label(new QLineEdit),
      m_elKey(new QComboBox), m_elName(new QComboBox), m_elFix(new QLabel), m_format(new QLabel),
      m_partyColumn(new QComboBox), m_value(new QComboBox), m_electorate(new QComboBox),
      m_voters(new QComboBox), m_valid(new QComboBox), m_parties(new QLabel),
      m_partyList(new QListWidget), m_elPreview(newPreview()), m_electionJoin(new JoinPanel),
      m_censusFiles(new QListWidget), m_censusInfo(new QLabel), m_censusJoin(new JoinPanel),
      m_censusPreview(newPreview()), m_covariates(new QListWidget), m_party(new QComboBox),
      m_from(new QComboBox), m_to(new QComboBox), m_outcome(new QComboBox), m_file(new QLineEdit),
      m_summary(new QLabel), m_title(new QLineEdit) {
    setWindowTitle(tr("New project from files"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_boundaryPath->setPlaceholderText(tr("Drop a Shapefile, GeoPackage, GeoJSON … here"));
    m_boundaryInfo->setWordWrap(true);
    m_parties->setWordWrap(true);
    m_elFix->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_censusInfo->setWordWrap(true);
    m_elections->setMaximumHeight(110);
    m_partyList->setMaximumHeight(90);
    m_partyList->setFlow(QListView::LeftToRight);
    m_partyList->setWrapping(true);
    m_censusFiles->setMaximumHeight(70);
    for (const char* o :
         {"share_change", "turnout_change", "log_odds_change", "butler_swing", "electorate_change"})
        m_outcome->addItem(QString::fromLatin1(o));
    m_fields->setColumnCount(2);
    setPage(BoundaryPageId, new BoundaryPage(this));
    setPage(ElectionPageId, new ElectionPage(this));
    setPage(CensusPageId, new CensusPage(this));
    setPage(ReconcilePageId, new ReconcilePage(this));
    setPage(AnalysisPageId, new AnalysisPage(this));
    resize(960, 720);
}

ImportWizard::~ImportWizard() = default;

ReconcilePage* ImportWizard::reconcilePage() const {
    return static_cast<ReconcilePage*>(page(ReconcilePageId));
}

void ImportWizard::showError(const QString& message) {
    m_error = message;
    if (!isVisible()) return;
    auto* box =
        new QMessageBox(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

const Table* ImportWizard::table(const std::string& path) {
    auto it = m_tables.find(path);
    if (it != m_tables.end()) return it->second.get();
    if (path == m_in.boundaries) return nullptr;
    auto t = builder::readTablePreview(path);
    if (!t) {
        showError(q(t.error()));
        return nullptr;
    }
    return (m_tables[path] = std::make_unique<Table>(std::move(*t))).get();
}

bool ImportWizard::setBoundaryFile(const QString& path, const QString& layer) {
    auto p = builder::previewBoundaries(s(QFileInfo(path).absoluteFilePath()), s(layer));
    if (!p) {
        showError(q(p.error()));
        return false;
    }
    m_in.boundaries = p->path;
    m_in.boundaryLayer = p->layer;
    m_boundaryPath->setText(q(p->path));
    {
        const QSignalBlocker block(m_boundaryLayer);
        m_boundaryLayer->clear();
        for (const auto& l : p->layers)
            m_boundaryLayer->addItem(q(l));
        m_boundaryLayer->setCurrentText(q(p->layer));
        m_boundaryLayer->setEnabled(p->layers.size() > 1);
    }
    m_boundaryInfo->setText(tr("<b>%1</b> areas, CRS <b>%2</b>, %3 fields:")
                                .arg(p->features)
                                .arg(q(p->crs).toHtmlEscaped())
                                .arg(p->fields.size()));
    m_fields->clear();
    m_fields->setColumnCount(2);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("First values")});
    m_fields->setRowCount(static_cast<int>(p->fields.size()));
    m_key->clear();
    m_name->clear();
    m_name->addItem(tr("(none)"), QString());
    for (std::size_t i = 0; i < p->fields.size(); ++i) {
        m_fields->setItem(int(i), 0, new QTableWidgetItem(q(p->fields[i])));
        m_fields->setItem(int(i), 1, new QTableWidgetItem(q(p->samples[i])));
        m_key->addItem(q(p->fields[i]));
        m_name->addItem(q(p->fields[i]), q(p->fields[i]));
    }
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->resizeColumnToContents(0);
    m_key->setCurrentText(q(p->keyGuess));
    m_name->setCurrentIndex(std::max(0, m_name->findData(q(p->nameGuess))));
    m_in.boundaryKey = p->keyGuess;
    m_in.boundaryName = p->nameGuess;
    m_tables[p->path] = std::make_unique<Table>(std::move(p->attributes));
    m_areaKeys.clear();
    const Table& t = *m_tables[m_in.boundaries];
    for (const auto& k : t.cells[std::size_t(t.columnIndex(p->keyGuess))])
        m_areaKeys.push_back(normaliseKey(k));
    if (m_file->text().isEmpty())
        m_file->setText(QFileInfo(path).absolutePath() + QStringLiteral("/") +
                        QFileInfo(path).completeBaseName() + QStringLiteral(".swingmap.json"));
    if (m_in.title.empty()) m_in.title = s(QFileInfo(path).completeBaseName());
    if (m_title->text().isEmpty()) m_title->setText(q(m_in.title));
    if (auto* pg = page(BoundaryPageId)) emit pg->completeChanged();
    return true;
}

bool ImportWizard::addElectionFile(const QString& path, const QString& label,
                                   const QString& valueColumn) {
    const std::string file = s(QFileInfo(path).absoluteFilePath());
    const Table* t = table(file);
    if (!t) return false;
    builder::ElectionInput e = builder::guessElection(m_areaKeys, *t, file, s(valueColumn));
    if (!label.isEmpty()) e.label = s(label);
    m_in.elections.push_back(e);
    refreshElectionList();
    m_elections->setCurrentRow(m_elections->count() - 1);
    emit static_cast<ElectionPage*>(page(ElectionPageId))->completeChanged();
    return true;
}

void ImportWizard::selectElection(int row) {
    m_elections->setCurrentRow(row);
}

void ImportWizard::refreshElectionList() {
    const int current = m_elections->currentRow();
    m_filling = true;
    m_elections->clear();
    for (const auto& e : m_in.elections)
        m_elections->addItem(q(e.label) + QStringLiteral(" — ") + QFileInfo(q(e.path)).fileName());
    m_filling = false;
    m_elections->setCurrentRow(std::min(std::max(current, 0), m_elections->count() - 1));
    refreshElection();
}

void ImportWizard::refreshElection() {
    if (m_filling) return;
    const int r = m_elections->currentRow();
    if (r < 0 || r >= int(m_in.elections.size())) {
        m_elPreview->clear();
        m_electionJoin->clear();
        return;
    }
    const builder::ElectionInput& e = m_in.elections[std::size_t(r)];
    const Table* t = table(e.path);
    if (!t) return;
    m_filling = true;
    m_label->setText(q(e.label));
    m_elKey->clear();
    for (const auto& c : builder::rankKeyColumns(m_areaKeys, *t, e.rows))
        m_elKey->addItem(
            tr("%1 (%2 of %3 areas match)").arg(q(c.column)).arg(c.matched).arg(m_areaKeys.size()),
            q(c.column));
    m_elKey->setCurrentIndex(std::max(0, m_elKey->findData(q(e.key))));
    m_elFix->setText(tr("Suggested: the column whose keys overlap most with the boundaries; %1; "
                        "rows: %2.")
                         .arg(fixText(e.pad, e.unpad), filterText(e.rows)));
    m_format->setText(e.longFormat ? tr("long (one row per area and party or figure)")
                                   : tr("wide (one row per area)"));
    fillColumns(m_elName, *t, e.name, true);
    fillColumns(m_partyColumn, *t, e.partyColumn, true);
    fillColumns(m_value, *t, e.value, true);
    if (e.longFormat) {
        m_electorate->clear();
        m_voters->clear();
        m_valid->clear();
        m_electorate->addItem(filterText(e.electorateRows));
        m_voters->addItem(filterText(e.votersRows));
        m_valid->addItem(filterText(e.validRows));
    } else {
        fillColumns(m_electorate, *t, e.electorate, true);
        fillColumns(m_voters, *t, e.voters, true);
        fillColumns(m_valid, *t, e.valid, false);
    }
    for (QComboBox* b : {m_partyColumn, m_value})
        b->setEnabled(e.longFormat);
    for (QComboBox* b : {m_electorate, m_voters, m_valid})
        b->setEnabled(!e.longFormat);
    const auto parties = builder::partiesOf(e, *t);
    QStringList names;
    for (const auto& p : parties)
        names << q(p);
    m_parties->setText(tr("%1: %2")
                           .arg(parties.size())
                           .arg(names.mid(0, 14).join(QStringLiteral(", ")) +
                                (names.size() > 14 ? QStringLiteral(", …") : QString())));
    m_partyList->clear();
    m_partyList->setVisible(!e.longFormat);
    if (!e.longFormat) {
        NumberFormat fmt;
        fmt.decimal = detectDecimal(*t);
        for (std::size_t c = 0; c < t->columns.size(); ++c) {
            const std::string& col = t->columns[c];
            if (col == e.key || col == e.electorate || col == e.voters || col == e.valid ||
                !isNumericColumn(*t, c, fmt))
                continue;
            auto* item = new QListWidgetItem(q(col), m_partyList);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool on = std::find(e.parties.begin(), e.parties.end(), col) != e.parties.end();
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    fillPreview(m_elPreview, *t, 12, e.rows);
    m_filling = false;
    updateJoinPreview();
}

void ImportWizard::updateJoinPreview() {
    const int r = m_elections->currentRow();
    if (r < 0 || m_in.boundaries.empty()) return;
    builder::ProjectInput one = m_in;
    one.elections = {m_in.elections[std::size_t(r)]};
    if (one.elections[0].label.empty()) one.elections[0].label = "preview";
    one.census.clear();
    auto join = builder::previewJoin(
        one, s(m_file->text().isEmpty() ? QStringLiteral("/tmp/x.json") : m_file->text()));
    if (!join) {
        JoinReport empty;
        m_electionJoin->setReport(empty);
        m_electionJoin->clear();
        m_error = q(join.error());
        m_electionJoin->findChild<QLabel*>()->setText(
            tr("<b>This table does not join yet:</b> %1").arg(m_error.toHtmlEscaped()));
        return;
    }
    m_electionJoin->setReport(*join);
}

void ImportWizard::onElectionKeyChosen() {
    const int r = m_elections->currentRow();
    if (r < 0 || m_filling) return;
    builder::ElectionInput& e = m_in.elections[std::size_t(r)];
    const Table* t = table(e.path);
    e.key = s(m_elKey->currentData().toString());
    for (const auto& c : builder::rankKeyColumns(m_areaKeys, *t))
        if (c.column == e.key) {
            e.pad = c.pad;
            e.unpad = c.unpad;
            e.rows = builder::guessLevelFilter(m_areaKeys, *t, c);
        }
    refreshElection();
}

void ImportWizard::onValueChosen() {
    const int r = m_elections->currentRow();
    if (r < 0 || m_filling) return;
    m_in.elections[std::size_t(r)].value = s(m_value->currentData().toString());
    refreshElection();
}

void ImportWizard::onRoleChosen() {
    const int r = m_elections->currentRow();
    if (r < 0 || m_filling) return;
    builder::ElectionInput& e = m_in.elections[std::size_t(r)];
    if (e.longFormat) {
        e.partyColumn = s(m_partyColumn->currentData().toString());
    } else {
        e.electorate = s(m_electorate->currentData().toString());
        e.voters = s(m_voters->currentData().toString());
        e.valid = s(m_valid->currentData().toString());
    }
    refreshElection();
}

bool ImportWizard::addCensusFile(const QString& path) {
    const std::string file = s(QFileInfo(path).absoluteFilePath());
    const Table* t = table(file);
    if (!t) return false;
    m_in.census.push_back(builder::guessCensus(m_areaKeys, *t, file));
    m_censusFiles->addItem(QFileInfo(path).fileName());
    for (const auto& c : builder::numericColumns(*t, m_in.census.back().key)) {
        auto* item = new QListWidgetItem(q(c), m_covariates);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_censusFiles->setCurrentRow(m_censusFiles->count() - 1);
    return true;
}

void ImportWizard::refreshCensus() {
    const int r = m_censusFiles->currentRow();
    if (r < 0) return;
    const builder::CensusInput& c = m_in.census[std::size_t(r)];
    const Table* t = table(c.path);
    if (!t) return;
    const auto ranked = builder::rankKeyColumns(m_areaKeys, *t);
    std::size_t matched = 0;
    for (const auto& k : ranked)
        if (k.column == c.key) matched = k.matched;
    m_censusInfo->setText(tr("Key column <b>%1</b> (suggested: %2 of %3 areas match; %4), "
                             "name <b>%5</b>. %6 rows; rows that look like totals are left out "
                             "and listed below.")
                              .arg(q(c.key).toHtmlEscaped())
                              .arg(matched)
                              .arg(m_areaKeys.size())
                              .arg(fixText(c.pad, c.unpad))
                              .arg(q(c.name).toHtmlEscaped())
                              .arg(t->rowCount()) +
                          (matched * 2 < m_areaKeys.size()
                               ? tr(" <b>Few keys are boundary areas:</b> if the figures are "
                                    "given for other areas (neighbourhoods, older districts), "
                                    "say so on the next page.")
                               : QString()));
    fillPreview(m_censusPreview, *t, 6);
    builder::ProjectInput one = m_in;
    one.elections.clear();
    one.census = {c};
    auto join = builder::previewJoin(one, s(QFileInfo(m_file->text()).absoluteFilePath()));
    if (join)
        m_censusJoin->setReport(*join);
    else
        m_censusJoin->clear();
}

void ImportWizard::setCovariates(const QStringList& names) {
    for (int i = 0; i < m_covariates->count(); ++i)
        m_covariates->item(i)->setCheckState(
            names.contains(m_covariates->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    m_in.covariates.clear();
    for (const QString& n : names)
        m_in.covariates.push_back(s(n));
}

void ImportWizard::refreshAnalysis() {
    // Parties found in every election, in the first election's order.
    std::vector<std::string> common;
    for (std::size_t i = 0; i < m_in.elections.size(); ++i) {
        const Table* t = table(m_in.elections[i].path);
        if (!t) continue;
        const auto ps = builder::partiesOf(m_in.elections[i], *t);
        if (i == 0) {
            common = ps;
        } else {
            std::erase_if(common, [&](const std::string& p) {
                return std::find(ps.begin(), ps.end(), p) == ps.end();
            });
        }
    }
    const QString party = m_party->currentText(), from = m_from->currentText(),
                  to = m_to->currentText();
    m_party->clear();
    for (const auto& p : common)
        m_party->addItem(q(p));
    m_from->clear();
    m_to->clear();
    for (const auto& e : m_in.elections) {
        m_from->addItem(q(e.label));
        m_to->addItem(q(e.label));
    }
    if (!party.isEmpty()) m_party->setCurrentText(party);
    m_from->setCurrentIndex(from.isEmpty() ? 0 : m_from->findText(from));
    m_to->setCurrentIndex(to.isEmpty() ? m_to->count() - 1 : m_to->findText(to));
    QStringList lines;
    lines << tr("<b>Boundaries:</b> %1 (key %2)")
                 .arg(q(m_in.boundaries).toHtmlEscaped(), q(m_in.boundaryKey).toHtmlEscaped());
    for (const auto& e : m_in.elections)
        lines << tr("<b>Election %1:</b> %2, key %3 (%4)")
                     .arg(q(e.label).toHtmlEscaped(), QFileInfo(q(e.path)).fileName(),
                          q(e.key).toHtmlEscaped(), fixText(e.pad, e.unpad));
    for (const auto& c : m_in.census)
        lines << tr("<b>Census:</b> %1, key %2")
                     .arg(QFileInfo(q(c.path)).fileName(), q(c.key).toHtmlEscaped());
    QStringList cov;
    for (const auto& c : m_in.covariates)
        cov << q(c).toHtmlEscaped();
    lines << tr("<b>Covariates:</b> %1")
                 .arg(cov.isEmpty() ? tr("none") : cov.join(QStringLiteral("; ")));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

void ImportWizard::setAnalysis(const QString& party, const QString& from, const QString& to) {
    refreshAnalysis();
    m_party->setCurrentText(party);
    m_from->setCurrentText(from);
    m_to->setCurrentText(to);
}

void ImportWizard::setProjectFile(const QString& file) {
    m_file->setText(file);
}

QString ImportWizard::projectFile() const {
    return m_file->text();
}

QString ImportWizard::save() {
    m_in.party = s(m_party->currentText());
    m_in.from = s(m_from->currentText());
    m_in.to = s(m_to->currentText());
    m_in.outcome = s(m_outcome->currentText());
    if (!m_title->text().trimmed().isEmpty()) m_in.title = s(m_title->text().trimmed());
    const QString file = QFileInfo(m_file->text()).absoluteFilePath();
    auto text = builder::buildProject(m_in, s(file));
    if (!text) return m_error = q(text.error());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return m_error = tr("%1: cannot write the project (%2). Choose another folder.")
                             .arg(file, out.errorString());
    out.write(text->data(), static_cast<qint64>(text->size()));
    if (!out.commit())
        return m_error = tr("%1: writing the project failed (%2). Check the free space.")
                             .arg(file, out.errorString());
    m_error.clear();
    emit projectSaved(file);
    return {};
}

} // namespace swingmap
