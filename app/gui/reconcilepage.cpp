// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/reconcilepage.h"

#include "app/gui/importwizard.h"
#include "app/gui/reconcilepage_p.h"
#include "core/keys.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace swingmap {

using reconcile_p::q;
using reconcile_p::s;
using reconcile_p::sourceAt;
using reconcile_p::Src;
using From = builder::ReconcileInput::From;

namespace {

QString html(const std::string& t) {
    return q(t).toHtmlEscaped();
}

const char* kVectors = QT_TRANSLATE_NOOP("swingmap::ReconcilePage",
                                         "Vector files (*.shp *.gpkg *.geojson *.json *.fgb "
                                         "*.kml *.gml *.tab *.zip);;All files (*)");

QString figureWords(const std::string& figure) {
    if (figure == "electorate") return ReconcilePage::tr("registered voters");
    if (figure == "voters") return ReconcilePage::tr("voters");
    return ReconcilePage::tr("valid votes");
}

void fill(QComboBox* box, const std::vector<std::string>& items, const std::string& current,
          const QString& none = {}) {
    box->clear();
    if (!none.isNull()) box->addItem(none, QString());
    for (const auto& i : items)
        box->addItem(q(i), q(i));
    box->setCurrentIndex(std::max(0, box->findData(q(current))));
}

QComboBox* combo(const char* name) {
    auto* c = new QComboBox;
    c->setObjectName(QString::fromLatin1(name));
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(8);
    return c;
}

template <class W> W* named(W* w, const char* name) {
    w->setObjectName(QString::fromLatin1(name));
    return w;
}

} // namespace

ReconcilePage::ReconcilePage(ImportWizard* w)
    : m_w(w), m_sources(named(new QListWidget, "sources")),
      m_same(named(new QRadioButton(tr("On the boundary areas themselves")), "same")),
      m_layer(named(new QRadioButton(tr("On other areas, from a file (e.g. an earlier "
                                        "election's districts)")),
                    "layer")),
      m_dissolve(named(new QRadioButton(tr("On larger areas made of the boundary areas (e.g. "
                                           "neighbourhoods)")),
                       "dissolve")),
      m_fromPath(named(new QLineEdit, "fromPath")), m_fromLayer(combo("fromLayer")),
      m_fromKey(combo("fromKey")), m_dissolveField(combo("dissolveField")),
      m_prefix(named(new QSpinBox, "prefix")), m_tableKey(combo("tableKey")),
      m_byArea(named(new QRadioButton(tr("By how much of each area overlaps (people spread "
                                         "evenly)")),
                     "byArea")),
      m_byWeights(named(new QRadioButton(tr("In proportion to:")), "byWeights")),
      m_weights(combo("weights")), m_weightsPath(named(new QLineEdit, "weightsPath")),
      m_weightsLayer(combo("weightsLayer")), m_weightsCount(combo("weightsCount")),
      m_weightsFile(new QWidget), m_postalBox(new QGroupBox(tr("Postal votes"))),
      m_postal(named(new QCheckBox(tr("Share the postal-vote districts (they have no area of "
                                      "their own) out to the polling districts")),
                     "postal")),
      m_typeColumn(combo("typeColumn")), m_postalValue(combo("postalValue")),
      m_parent(combo("parent")), m_by(combo("by")),
      m_censusBox(new QGroupBox(tr("Figures to move"))), m_counts(named(new QListWidget, "counts")),
      m_rates(named(new QListWidget, "rates")), m_rateName(combo("rateName")),
      m_rateNum(combo("rateNum")), m_rateDen(combo("rateDen")),
      m_preview(named(new QLabel, "preview")) {
    setTitle(tr("When areas don't line up"));
    setSubTitle(tr("Say where each table's figures are counted if not on the boundary areas: "
                   "districts redrawn since, postal-vote districts, figures per neighbourhood. "
                   "They are moved onto the boundaries, totals kept, and the map marks the "
                   "areas whose figures are estimated."));
    // Where
    auto* where = new QGroupBox(tr("Where are these figures counted?"));
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : {m_same, m_layer, m_dissolve})
        group->addButton(b);
    auto* browse = new QPushButton(tr("Browse…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fromPath, 1);
    fileRow->addWidget(browse);
    auto* layerForm = new QFormLayout;
    layerForm->addRow(tr("File:"), fileRow);
    layerForm->addRow(tr("Layer:"), m_fromLayer);
    layerForm->addRow(tr("Field with the area codes:"), m_fromKey);
    auto* dissolveRow = new QHBoxLayout;
    dissolveRow->addWidget(new QLabel(tr("Group the boundary areas by")));
    dissolveRow->addWidget(m_dissolveField, 1);
    dissolveRow->addWidget(new QLabel(tr("using")));
    dissolveRow->addWidget(m_prefix);
    dissolveRow->addWidget(new QLabel(tr("characters")));
    m_prefix->setRange(0, 64);
    m_prefix->setSpecialValueText(tr("all"));
    m_prefix->setToolTip(tr("Group by the first characters of the field only, e.g. the first 4 "
                            "of a postcode; \"all\" = the whole value."));
    auto* wl = new QVBoxLayout(where);
    wl->addWidget(m_same);
    wl->addWidget(m_layer);
    wl->addLayout(layerForm);
    wl->addWidget(m_dissolve);
    wl->addLayout(dissolveRow);
    auto* keyForm = new QFormLayout;
    keyForm->addRow(tr("Column of this table with those areas' codes:"), m_tableKey);
    wl->addLayout(keyForm);
    // How
    auto* how = new QGroupBox(tr("How are they shared out onto the boundary areas?"));
    auto* hg = new QButtonGroup(this);
    hg->addButton(m_byArea);
    hg->addButton(m_byWeights);
    auto* wrow = new QHBoxLayout;
    wrow->addWidget(m_byWeights);
    wrow->addWidget(m_weights, 1);
    auto* wbrowse = new QPushButton(tr("Browse…"));
    auto* wfile = new QHBoxLayout(m_weightsFile);
    wfile->setContentsMargins(0, 0, 0, 0);
    wfile->addWidget(m_weightsPath, 1);
    wfile->addWidget(wbrowse);
    wfile->addWidget(m_weightsLayer);
    wfile->addWidget(new QLabel(tr("count:")));
    wfile->addWidget(m_weightsCount);
    auto* hl = new QVBoxLayout(how);
    hl->addWidget(m_byArea);
    hl->addLayout(wrow);
    hl->addWidget(m_weightsFile);
    // Postal
    auto* pf = new QFormLayout;
    auto* typeRow = new QHBoxLayout;
    typeRow->addWidget(m_typeColumn, 1);
    typeRow->addWidget(new QLabel(tr("is")));
    typeRow->addWidget(m_postalValue, 1);
    pf->addRow(tr("Postal rows are those whose"), typeRow);
    pf->addRow(tr("Share each out within the same"), m_parent);
    pf->addRow(tr("In proportion to"), m_by);
    auto* pl = new QVBoxLayout(m_postalBox);
    pl->addWidget(m_postal);
    pl->addLayout(pf);
    // Census
    auto* addRateButton = new QPushButton(tr("Add"));
    auto* removeRate = new QPushButton(tr("Remove"));
    auto* rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rateName, 1);
    rateRow->addWidget(new QLabel(QStringLiteral("=")));
    rateRow->addWidget(m_rateNum, 1);
    rateRow->addWidget(new QLabel(QStringLiteral("÷")));
    rateRow->addWidget(m_rateDen, 1);
    rateRow->addWidget(addRateButton);
    rateRow->addWidget(removeRate);
    m_rateName->setEditable(true);
    auto* cl = new QGridLayout(m_censusBox);
    cl->addWidget(new QLabel(tr("Counts (moved and added up):")), 0, 0);
    cl->addWidget(new QLabel(tr("Rates, recomputed from the moved counts:")), 0, 1);
    cl->addWidget(m_counts, 1, 0);
    cl->addWidget(m_rates, 1, 1);
    cl->addLayout(rateRow, 2, 0, 1, 2);
    m_counts->setFlow(QListView::LeftToRight);
    m_counts->setWrapping(true);
    m_counts->setMaximumHeight(90);
    m_rates->setMaximumHeight(90);
    // Layout
    auto* right = new QWidget;
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(where);
    rl->addWidget(how);
    rl->addWidget(m_postalBox);
    rl->addWidget(m_censusBox);
    rl->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(right);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_sources);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({190, 720});
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 5);
    auto* l = new QVBoxLayout(this);
    l->addWidget(split, 1);
    l->addWidget(m_preview);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Areas of the table"), {}, tr(kVectors));
        if (!f.isEmpty()) setFromFile(f);
    });
    connect(wbrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Weights"), {}, tr(kVectors));
        if (!f.isEmpty()) setWeightsFile(f);
    });
    connect(addRateButton, &QPushButton::clicked, this, [this] {
        addRate(m_rateName->currentText(), m_rateNum->currentText(), m_rateDen->currentText());
    });
    connect(removeRate, &QPushButton::clicked, this, [this] {
        builder::ReconcileInput* r = current();
        const int row = m_rates->currentRow();
        if (!r || row < 0 || row >= int(r->rates.size())) return;
        r->rates.erase(r->rates.begin() + row);
        load();
    });
    connectAll();
}

void ReconcilePage::load() {
    Src x = sourceAt(m_w->m_in, m_sources->currentRow());
    const Table* t = x.r ? m_w->table(x.path) : nullptr;
    if (!t) {
        m_preview->setText(tr("Add an election table first."));
        return;
    }
    const builder::ReconcileInput& r = *x.r;
    m_filling = true;
    m_same->setChecked(r.from == From::Same);
    m_layer->setChecked(r.from == From::Layer);
    m_dissolve->setChecked(r.from == From::Dissolve);
    // From a file
    m_fromPath->setText(q(r.fromPath));
    std::vector<std::string> layers;
    if (r.from == From::Layer && !r.fromPath.empty())
        if (auto l = builder::layerNames(r.fromPath)) layers = *l;
    fill(m_fromLayer, layers, r.fromLayer);
    const Layer* fl =
        r.from == From::Layer && !r.fromPath.empty() ? layer(r.fromPath, r.fromLayer) : nullptr;
    fill(m_fromKey, fl ? fl->fields : std::vector<std::string>{}, r.fromKey);
    for (QWidget* w : std::initializer_list<QWidget*>{m_fromPath, m_fromLayer, m_fromKey})
        w->setEnabled(r.from == From::Layer);
    m_fromLayer->setEnabled(r.from == From::Layer && layers.size() > 1);
    // Groups of the boundary areas
    std::vector<std::string> fields;
    if (m_w->m_tables.count(m_w->m_in.boundaries))
        for (const auto& f : m_w->m_tables[m_w->m_in.boundaries]->columns)
            if (f != m_w->m_in.boundaryKey || r.prefix > 0) fields.push_back(f);
    fill(m_dissolveField, fields, r.dissolve);
    m_prefix->setValue(r.prefix);
    m_dissolveField->setEnabled(r.from == From::Dissolve);
    m_prefix->setEnabled(r.from == From::Dissolve);
    // The table's key against the areas meant
    const auto keys = fromKeys();
    m_tableKey->clear();
    for (const auto& c : builder::rankKeyColumns(keys, *t, *x.rows))
        m_tableKey->addItem(
            tr("%1 (%2 of %3 areas found)").arg(q(c.column)).arg(c.matched).arg(keys.size()),
            q(c.column));
    m_tableKey->setCurrentIndex(std::max(0, m_tableKey->findData(q(*x.key))));
    // How
    m_byArea->setChecked(r.method != "weights");
    m_byWeights->setChecked(r.method == "weights");
    m_weights->clear();
    for (const auto& e : m_w->m_in.elections) {
        if (x.election && e.label == x.label) break; // an earlier election only
        for (const char* f : {"electorate", "voters", "valid"}) {
            const std::string figure = f;
            bool has = true; // valid votes are always mapped
            if (figure == "electorate")
                has = e.longFormat ? !e.electorateRows.empty() : !e.electorate.empty();
            else if (figure == "voters")
                has = e.longFormat ? !e.votersRows.empty() : !e.voters.empty();
            if (has)
                m_weights->addItem(tr("the %1 of election %2").arg(figureWords(f), q(e.label)),
                                   QStringLiteral("e\n%1\n%2").arg(q(e.label), QLatin1String(f)));
        }
    }
    m_weights->addItem(tr("a count in another file (addresses, residents, …)"),
                       QStringLiteral("file"));
    m_weights->setCurrentIndex(
        r.weightsElection.empty()
            ? m_weights->count() - 1
            : std::max(0, m_weights->findData(QStringLiteral("e\n%1\n%2")
                                                  .arg(q(r.weightsElection), q(r.weightsFigure)))));
    const bool byFile = r.method == "weights" && r.weightsElection.empty();
    m_weightsFile->setVisible(byFile);
    m_weightsPath->setText(q(r.weightsPath));
    std::vector<std::string> wlayers;
    if (byFile && !r.weightsPath.empty())
        if (auto l = builder::layerNames(r.weightsPath)) wlayers = *l;
    fill(m_weightsLayer, wlayers, r.weightsLayer);
    m_weightsLayer->setEnabled(wlayers.size() > 1);
    const Layer* wl =
        byFile && !r.weightsPath.empty() ? layer(r.weightsPath, r.weightsLayer) : nullptr;
    fill(m_weightsCount,
         wl ? builder::countColumns(wl->attributes, {}) : std::vector<std::string>{},
         r.weightsCount);
    for (QWidget* w : std::initializer_list<QWidget*>{m_byArea, m_byWeights, m_weights})
        w->setEnabled(r.moves());
    m_weights->setEnabled(r.moves() && r.method == "weights");
    // Postal votes
    m_postalBox->setVisible(x.election);
    m_postal->setChecked(r.postal);
    const auto groups = builder::groupingColumns(*t, *x.key);
    fill(m_typeColumn, groups, r.typeColumn,
         tr("(none: rows without an area and without registered voters)"));
    std::vector<std::string> values;
    if (const int c = t->columnIndex(r.typeColumn); c >= 0) {
        std::set<std::string> d(t->cells[std::size_t(c)].begin(), t->cells[std::size_t(c)].end());
        values.assign(d.begin(), d.end());
    }
    fill(m_postalValue, values, r.postalValue);
    std::vector<std::string> parents;
    for (const auto& g : groups)
        if (g != r.typeColumn) parents.push_back(g);
    fill(m_parent, parents, r.parent, tr("(nothing: leave the postal votes out)"));
    fill(m_by, builder::numericColumns(*t, *x.key), r.by, tr("their voters"));
    m_typeColumn->setEnabled(r.postal);
    m_postalValue->setEnabled(r.postal && !r.typeColumn.empty());
    m_parent->setEnabled(r.postal);
    m_by->setEnabled(r.postal && !r.parent.empty());
    // Census: counts and rates
    m_censusBox->setVisible(!x.election);
    m_censusBox->setEnabled(r.moves());
    m_counts->clear();
    std::vector<std::string> countable = builder::countColumns(*t, *x.key);
    for (const auto& c : r.counts) // a count ticked before stays offered
        if (std::find(countable.begin(), countable.end(), c) == countable.end())
            countable.push_back(c);
    for (const auto& c : countable) {
        auto* item = new QListWidgetItem(q(c), m_counts);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = std::find(r.counts.begin(), r.counts.end(), c) != r.counts.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_rates->clear();
    for (const auto& [name, pair] : r.rates)
        m_rates->addItem(
            QStringLiteral("%1 = %2 ÷ %3").arg(q(name), q(pair.first), q(pair.second)));
    std::vector<std::string> rateNames; // the table's other numeric columns
    for (const auto& c : builder::numericColumns(*t, *x.key))
        if (std::find(countable.begin(), countable.end(), c) == countable.end() &&
            builder::guessRole(c) != "key")
            rateNames.push_back(c);
    fill(m_rateName, rateNames, s(m_rateName->currentText()));
    fill(m_rateNum, countable, s(m_rateNum->currentText()));
    fill(m_rateDen, countable, s(m_rateDen->currentText()));
    m_filling = false;
    refreshPreview();
}

void ReconcilePage::refreshPreview() {
    Src x = sourceAt(m_w->m_in, m_sources->currentRow());
    const Table* t = x.r ? m_w->table(x.path) : nullptr;
    if (!t) return;
    const builder::ReconcileInput& r = *x.r;
    const auto keys = fromKeys();
    const builder::ReconcilePreview p =
        builder::previewReconcile(*t, *x.key, *x.pad, *x.unpad, *x.rows, x.electorate, r, keys);
    QStringList lines;
    lines << tr("<b>%1</b>: %2 rows.")
                 .arg(QFileInfo(q(x.path)).fileName().toHtmlEscaped())
                 .arg(p.rows);
    if (x.election && r.postal) {
        const QString which =
            r.typeColumn.empty()
                ? tr("no area and no registered voters")
                : QStringLiteral("%1 = %2").arg(html(r.typeColumn), html(r.postalValue));
        QString line = tr("<b>%1 postal-vote districts</b> (%2)").arg(p.postalRows).arg(which);
        if (p.postalRows == 0) {
            line += tr(": none found. Check the column and its value.");
        } else if (r.parent.empty()) {
            line += tr(": left out, their votes are not counted (choose the column that says "
                       "where they belong to share them out).");
        } else {
            line += tr(": shared out to the polling districts of the same %1 (%2 of them), in "
                       "proportion to %3.")
                        .arg(html(r.parent))
                        .arg(p.parents)
                        .arg(r.by.empty() ? tr("their voters")
                                          : tr("%1 (postal ballots issued)").arg(html(r.by)));
            if (p.parentsWithoutPolling > 0)
                line += tr(" <span style='color:#b00020'>%1 of them have no polling district: "
                           "their postal votes are lost.</span>")
                            .arg(p.parentsWithoutPolling);
        }
        lines << line;
    }
    const QString rowsWord = x.election && r.postal ? tr("polling districts") : tr("rows");
    if (r.moves()) {
        const QString where =
            r.from == From::Layer
                ? tr("areas of %1")
                      .arg(html(r.fromLayer.empty() ? s(QFileInfo(q(r.fromPath)).fileName())
                                                    : r.fromLayer))
                : (r.prefix > 0 ? tr("groups of the boundary areas by the first %1 characters "
                                     "of %2")
                                      .arg(r.prefix)
                                      .arg(html(r.dissolve))
                                : tr("groups of the boundary areas by %1").arg(html(r.dissolve)));
        lines << tr("<b>%1 area codes</b> in the %2: %3 of them are %4 (%5 areas).")
                     .arg(p.keys)
                     .arg(rowsWord)
                     .arg(p.keysFound)
                     .arg(where)
                     .arg(p.areas);
        QString how = tr("by how much of each area overlaps");
        if (r.method == "weights")
            how = r.weightsElection.empty()
                      ? tr("in proportion to %1 in %2")
                            .arg(html(r.weightsCount),
                                 QFileInfo(q(r.weightsPath)).fileName().toHtmlEscaped())
                      : tr("in proportion to the %1 of election %2")
                            .arg(figureWords(r.weightsFigure), html(r.weightsElection));
        lines << tr("Their figures are moved onto the %1 boundary areas %2. Totals are kept; "
                    "the map hatches the areas whose figures are mostly estimated.")
                     .arg(m_w->m_areaKeys.size())
                     .arg(how);
        if (!x.election) {
            QStringList rates;
            for (const auto& [name, pair] : r.rates)
                rates << html(name);
            lines << tr("%1 counts moved; %2 rates recomputed from them%3")
                         .arg(r.counts.size())
                         .arg(r.rates.size())
                         .arg(rates.isEmpty()
                                  ? QStringLiteral(".")
                                  : QStringLiteral(": ") + rates.join(QStringLiteral(", ")) +
                                        QStringLiteral("."));
        }
    } else {
        QString line = tr("<b>%1 area codes</b> in the %2: %3 of them are boundary areas.")
                           .arg(p.keys)
                           .arg(rowsWord)
                           .arg(p.keysFound);
        if (p.keysFound < p.keys)
            line += tr(" <span style='color:#b00020'>%1 are not: if the table is counted on "
                       "other areas (districts redrawn since, neighbourhoods), say so above."
                       "</span>")
                        .arg(p.keys - p.keysFound);
        lines << line;
    }
    m_preview->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace swingmap
