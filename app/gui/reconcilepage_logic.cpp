// SPDX-License-Identifier: GPL-3.0-or-later
// The reconcile page's logic: guesses once per table, widgets filled from and written to the
// wizard's builder::ReconcileInput, and the plain-words preview. The widgets: reconcilepage.cpp.
#include "app/gui/importwizard.h"
#include "app/gui/reconcilepage.h"
#include "app/gui/reconcilepage_p.h"
#include "core/keys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>

#include <algorithm>
#include <map>
#include <set>

namespace swingmap {

using reconcile_p::q;
using reconcile_p::s;
using reconcile_p::sourceAt;
using reconcile_p::Src;
using From = builder::ReconcileInput::From;

builder::ReconcileInput* ReconcilePage::current() {
    return sourceAt(m_w->m_in, m_sources->currentRow()).r;
}

bool ReconcilePage::currentIsElection() const {
    return sourceAt(m_w->m_in, m_sources->currentRow()).election;
}

const ReconcilePage::Layer* ReconcilePage::layer(const std::string& path,
                                                 const std::string& layerName) {
    const std::string id = path + "\n" + layerName;
    if (auto it = m_layers.find(id); it != m_layers.end()) return &it->second;
    auto p = builder::previewBoundaries(path, layerName);
    if (!p) {
        m_w->showError(q(p.error()));
        return nullptr;
    }
    return &(m_layers[id] = Layer{p->fields, std::move(p->attributes)});
}

std::vector<std::string> ReconcilePage::fromKeys() {
    const builder::ReconcileInput* r = current();
    if (!r || r->from == builder::ReconcileInput::From::Same) return m_w->m_areaKeys;
    if (r->from == builder::ReconcileInput::From::Dissolve) {
        const Table* b = m_w->m_tables.count(m_w->m_in.boundaries)
                             ? m_w->m_tables[m_w->m_in.boundaries].get()
                             : nullptr;
        return b ? builder::dissolvedKeys(*b, r->dissolve, r->prefix) : std::vector<std::string>{};
    }
    const Layer* l = r->fromPath.empty() ? nullptr : layer(r->fromPath, r->fromLayer);
    const int c = l ? l->attributes.columnIndex(r->fromKey) : -1;
    std::vector<std::string> keys;
    if (c >= 0)
        for (const auto& k : l->attributes.cells[std::size_t(c)])
            keys.push_back(normaliseKey(k));
    return keys;
}

void ReconcilePage::initializePage() {
    const int row = std::max(0, m_sources->currentRow());
    m_filling = true;
    m_sources->clear();
    for (const auto& e : m_w->m_in.elections)
        m_sources->addItem(tr("Election %1 — %2").arg(q(e.label), QFileInfo(q(e.path)).fileName()));
    for (const auto& c : m_w->m_in.census)
        m_sources->addItem(tr("Figures — %1").arg(QFileInfo(q(c.path)).fileName()));
    m_filling = false;
    applyGuesses();
    m_sources->setCurrentRow(std::min(row, m_sources->count() - 1));
    load();
}

void ReconcilePage::selectSource(int row) {
    m_sources->setCurrentRow(row);
}

void ReconcilePage::applyGuesses() {
    builder::ProjectInput& in = m_w->m_in;
    for (int row = 0; row < m_sources->count(); ++row) {
        Src x = sourceAt(in, row);
        const std::string id = (x.election ? "e:" + x.label + "|" : "c:") + x.path;
        if (!m_guessed.insert(id).second || x.r->any()) continue;
        const Table* t = m_w->table(x.path);
        if (!t) continue;
        if (x.election) {
            const builder::PostalGuess g =
                builder::guessPostal(*t, in.elections[x.index], m_w->m_areaKeys);
            if (!g.found) continue;
            x.r->postal = true;
            x.r->typeColumn = g.typeColumn;
            x.r->postalValue = g.postalValue;
            x.r->parent = g.parent;
            x.r->by = g.by;
            // A row filter that drops the postal rows (district_type = urne) is not needed now.
            const builder::ReconcileInput all = *x.r;
            std::erase_if(*x.rows, [&](const Condition& c) {
                if (c.column == g.typeColumn) return true;
                builder::ReconcilePreview p = builder::previewReconcile(
                    *t, *x.key, *x.pad, *x.unpad, {c}, x.electorate, all, m_w->m_areaKeys);
                return p.postalRows == 0;
            });
            continue;
        }
        // A census table whose keys are no boundary keys but groups of them: dissolve.
        const auto ranked = builder::rankKeyColumns(m_w->m_areaKeys, *t, *x.rows);
        if (!ranked.empty() && ranked[0].matched * 2 >= ranked[0].distinct) continue;
        const Table* b =
            m_w->m_tables.count(in.boundaries) ? m_w->m_tables[in.boundaries].get() : nullptr;
        if (!b) continue;
        const builder::DissolveGuess d = builder::guessDissolve(*b, in.boundaryKey, *t);
        if (d.field.empty()) continue;
        x.r->from = builder::ReconcileInput::From::Dissolve;
        x.r->dissolve = d.field;
        x.r->prefix = d.prefix;
        *x.key = d.key.column;
        *x.pad = d.key.pad;
        *x.unpad = d.key.unpad;
        // Figures of larger areas move down best with the people: the latest electorate.
        for (std::size_t k = in.elections.size(); k-- > 0;)
            if (const auto& e = in.elections[k]; !e.longFormat && !e.electorate.empty()) {
                x.r->method = "weights";
                x.r->weightsElection = e.label;
                x.r->weightsFigure = "electorate";
                break;
            }
        // Move what the chosen covariates need: counts as they are, rates from two counts.
        const auto counts = builder::countColumns(*t, *x.key);
        std::vector<std::string> covs;
        for (const auto& c : in.covariates)
            if (t->columnIndex(c) >= 0) covs.push_back(c);
        x.r->rates = builder::guessRates(*t, covs, counts);
        std::set<std::string> need;
        for (const auto& c : covs)
            if (std::find(counts.begin(), counts.end(), c) != counts.end() &&
                std::none_of(x.r->rates.begin(), x.r->rates.end(),
                             [&](const auto& rate) { return rate.first == c; }))
                need.insert(c);
        for (const auto& [name, pair] : x.r->rates) {
            need.insert(pair.first);
            need.insert(pair.second);
        }
        for (const auto& c : t->columns)
            if (need.count(c)) x.r->counts.push_back(c);
    }
}

/// Rank the table's columns against the areas the keys now refer to and take the best.
void ReconcilePage::rankTableKey() {
    Src x = sourceAt(m_w->m_in, m_sources->currentRow());
    const Table* t = x.r ? m_w->table(x.path) : nullptr;
    if (!t) return;
    const auto ranked = builder::rankKeyColumns(fromKeys(), *t, *x.rows);
    if (ranked.empty() || ranked[0].matched == 0) return;
    *x.key = ranked[0].column;
    *x.pad = ranked[0].pad;
    *x.unpad = ranked[0].unpad;
}

std::optional<std::pair<std::string, std::string>>
ReconcilePage::pickLayer(const QString& path, const QString& layerName) {
    const std::string file = s(QFileInfo(path).absoluteFilePath());
    auto layers = builder::layerNames(file);
    if (!layers) {
        m_w->showError(q(layers.error()));
        return std::nullopt;
    }
    std::string chosen =
        layerName.isEmpty() ? (layers->size() > 1 ? layers->front() : std::string()) : s(layerName);
    return std::pair{file, std::move(chosen)};
}

bool ReconcilePage::setFromFile(const QString& path, const QString& layerName) {
    builder::ReconcileInput* r = current();
    if (!r) return false;
    auto picked = pickLayer(path, layerName);
    if (!picked) return false;
    r->from = builder::ReconcileInput::From::Layer;
    r->fromPath = picked->first;
    r->fromLayer = picked->second;
    r->fromKey.clear();
    refreshFromWidgets();
    return true;
}

/// After the file or layer of `from` changed: guess its key field, then the table's key.
void ReconcilePage::refreshFromWidgets() {
    builder::ReconcileInput* r = current();
    Src x = sourceAt(m_w->m_in, m_sources->currentRow());
    const Layer* l = r && !r->fromPath.empty() ? layer(r->fromPath, r->fromLayer) : nullptr;
    const Table* t = x.r ? m_w->table(x.path) : nullptr;
    if (l && t && (r->fromKey.empty() || l->attributes.columnIndex(r->fromKey) < 0)) {
        // The layer field whose values are most of the table's keys.
        std::vector<std::string> tableKeys;
        if (const int kc = t->columnIndex(*x.key); kc >= 0)
            for (const auto& k : t->cells[std::size_t(kc)])
                tableKeys.push_back(normaliseKey(k));
        const auto ranked = builder::rankKeyColumns(tableKeys, l->attributes);
        r->fromKey = ranked.empty() ? std::string() : ranked[0].column;
    }
    rankTableKey();
    load();
}

bool ReconcilePage::setWeightsFile(const QString& path, const QString& layerName) {
    builder::ReconcileInput* r = current();
    if (!r) return false;
    auto picked = pickLayer(path, layerName);
    if (!picked) return false;
    r->method = "weights";
    r->weightsElection.clear();
    r->weightsFigure.clear();
    r->weightsPath = picked->first;
    r->weightsLayer = picked->second;
    r->weightsCount.clear();
    if (const Layer* l = layer(r->weightsPath, r->weightsLayer)) {
        // a count named like people or dwellings, else the first count
        const auto counts = builder::countColumns(l->attributes, {});
        for (const auto& f : counts) {
            const QString n = q(f).toLower();
            for (const char* word : {"pop", "resident", "einwohner", "inhabitant", "household",
                                     "haushalt", "address", "adress", "dwelling", "wohnung"})
                if (r->weightsCount.empty() && n.contains(QLatin1String(word))) r->weightsCount = f;
        }
        if (r->weightsCount.empty() && !counts.empty()) r->weightsCount = counts.front();
    }
    load();
    return true;
}

void ReconcilePage::setCounts(const QStringList& columns) {
    builder::ReconcileInput* r = current();
    Src x = sourceAt(m_w->m_in, m_sources->currentRow());
    const Table* t = r ? m_w->table(x.path) : nullptr;
    if (!t) return;
    r->counts.clear();
    for (const auto& c : t->columns)
        if (columns.contains(q(c))) r->counts.push_back(c);
    load();
}

void ReconcilePage::addRate(const QString& name, const QString& numerator,
                            const QString& denominator) {
    builder::ReconcileInput* r = current();
    if (!r || name.trimmed().isEmpty() || numerator.isEmpty() || denominator.isEmpty()) return;
    std::erase_if(r->rates, [&](const auto& x) { return x.first == s(name.trimmed()); });
    r->rates.push_back({s(name.trimmed()), {s(numerator), s(denominator)}});
    for (const QString& c : {numerator, denominator})
        if (std::find(r->counts.begin(), r->counts.end(), s(c)) == r->counts.end())
            r->counts.push_back(s(c));
    // A new figure is what the organiser wants to explain the swing with: a ticked covariate.
    Src x = sourceAt(m_w->m_in, m_sources->currentRow());
    const Table* t = m_w->table(x.path);
    const std::string added = s(name.trimmed());
    auto& covs = m_w->m_in.covariates;
    if (t && t->columnIndex(added) < 0 &&
        std::find(covs.begin(), covs.end(), added) == covs.end()) {
        auto* item = new QListWidgetItem(name.trimmed(), m_w->m_covariates);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        covs.push_back(added);
    }
    load();
}

bool ReconcilePage::validatePage() {
    for (int row = 0; row < m_sources->count(); ++row) {
        const Src x = sourceAt(m_w->m_in, row);
        const builder::ReconcileInput& r = *x.r;
        if (r.moves() && r.method == "weights" && r.weightsElection.empty() &&
            (r.weightsPath.empty() || r.weightsCount.empty())) {
            m_w->showError(tr("%1: choose the file and the count to share the figures out by, "
                              "or share them out by overlap area.")
                               .arg(QFileInfo(q(x.path)).fileName()));
            return false;
        }
        if (r.from == From::Dissolve && r.dissolve.empty()) {
            m_w->showError(tr("%1: choose the boundary field that groups the areas.")
                               .arg(QFileInfo(q(x.path)).fileName()));
            return false;
        }
    }
    // A moved census table can only give counts and rates: say which covariate is neither.
    for (const auto& c : m_w->m_in.census) {
        if (!c.reconcile.moves()) continue;
        const Table* t = m_w->table(c.path);
        if (!t) return false;
        if (c.reconcile.counts.empty()) {
            m_w->showError(tr("%1: tick the counts to move onto the boundaries (households, "
                              "residents, …).")
                               .arg(QFileInfo(q(c.path)).fileName()));
            return false;
        }
        for (const auto& cov : m_w->m_in.covariates) {
            if (t->columnIndex(cov) < 0) continue;
            const auto& r = c.reconcile;
            const bool ok = std::find(r.counts.begin(), r.counts.end(), cov) != r.counts.end() ||
                            std::any_of(r.rates.begin(), r.rates.end(),
                                        [&](const auto& x) { return x.first == cov; });
            if (!ok) {
                m_w->showError(
                    tr("%1: the covariate \"%2\" is neither a count nor a rate recomputed from "
                       "counts, so it cannot be moved to other areas. Tick it as a count, add "
                       "it as a rate (numerator ÷ denominator), or untick it on the previous "
                       "page.")
                        .arg(QFileInfo(q(c.path)).fileName(), q(cov)));
                return false;
            }
        }
    }
    if (m_w->m_in.elections.empty()) return true;
    for (const auto& e : m_w->m_in.elections) {
        const auto& r = e.reconcile;
        if (r.from == builder::ReconcileInput::From::Layer &&
            (r.fromPath.empty() || r.fromKey.empty())) {
            m_w->showError(tr("Election %1: choose the file and the field with the area codes "
                              "its results are counted on.")
                               .arg(q(e.label)));
            return false;
        }
    }
    return true;
}

void ReconcilePage::connectAll() {
    connect(m_sources, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling) load();
    });
    auto fromChosen = [this](From f) {
        builder::ReconcileInput* r = current();
        if (m_filling || !r || r->from == f) return;
        r->from = f;
        if (f == From::Layer && r->fromPath.empty()) {
            // Another layer of the boundary file is the likeliest (an earlier election's areas).
            auto layers = builder::layerNames(m_w->m_in.boundaries);
            std::string other;
            if (layers)
                for (const auto& l : *layers)
                    if (other.empty() && l != m_w->m_in.boundaryLayer) other = l;
            if (!other.empty()) {
                setFromFile(q(m_w->m_in.boundaries), q(other));
                return;
            }
        }
        if (f == From::Dissolve && r->dissolve.empty()) {
            const Table* t = m_w->table(sourceAt(m_w->m_in, m_sources->currentRow()).path);
            const Table* b = m_w->m_tables.count(m_w->m_in.boundaries)
                                 ? m_w->m_tables[m_w->m_in.boundaries].get()
                                 : nullptr;
            if (t && b) {
                const auto g = builder::guessDissolve(*b, m_w->m_in.boundaryKey, *t);
                r->dissolve = g.field;
                r->prefix = g.prefix;
            }
            if (r->dissolve.empty() && b && b->columns.size() > 1)
                r->dissolve = b->columns[b->columns[0] == m_w->m_in.boundaryKey ? 1 : 0];
        }
        if (f == From::Same) rankTableKey();
        refreshFromWidgets();
    };
    connect(m_same, &QRadioButton::toggled, this, [fromChosen](bool on) {
        if (on) fromChosen(From::Same);
    });
    connect(m_layer, &QRadioButton::toggled, this, [fromChosen](bool on) {
        if (on) fromChosen(From::Layer);
    });
    connect(m_dissolve, &QRadioButton::toggled, this, [fromChosen](bool on) {
        if (on) fromChosen(From::Dissolve);
    });
    connect(m_fromPath, &QLineEdit::editingFinished, this, [this] {
        builder::ReconcileInput* r = current();
        if (!m_filling && r && !m_fromPath->text().isEmpty() &&
            s(QFileInfo(m_fromPath->text()).absoluteFilePath()) != r->fromPath)
            setFromFile(m_fromPath->text());
    });
    connect(m_fromLayer, &QComboBox::currentIndexChanged, this, [this] {
        builder::ReconcileInput* r = current();
        if (m_filling || !r) return;
        r->fromLayer = s(m_fromLayer->currentData().toString());
        r->fromKey.clear();
        refreshFromWidgets();
    });
    connect(m_fromKey, &QComboBox::currentIndexChanged, this, [this] {
        builder::ReconcileInput* r = current();
        if (m_filling || !r) return;
        r->fromKey = s(m_fromKey->currentData().toString());
        refreshFromWidgets();
    });
    connect(m_dissolveField, &QComboBox::currentIndexChanged, this, [this] {
        builder::ReconcileInput* r = current();
        if (m_filling || !r) return;
        r->dissolve = s(m_dissolveField->currentData().toString());
        refreshFromWidgets();
    });
    connect(m_prefix, &QSpinBox::valueChanged, this, [this](int v) {
        builder::ReconcileInput* r = current();
        if (m_filling || !r) return;
        r->prefix = v;
        refreshFromWidgets();
    });
    connect(m_tableKey, &QComboBox::currentIndexChanged, this, [this] {
        Src x = sourceAt(m_w->m_in, m_sources->currentRow());
        const Table* t = x.r ? m_w->table(x.path) : nullptr;
        if (m_filling || !t) return;
        for (const auto& c : builder::rankKeyColumns(fromKeys(), *t, *x.rows))
            if (q(c.column) == m_tableKey->currentData().toString()) {
                *x.key = c.column;
                *x.pad = c.pad;
                *x.unpad = c.unpad;
            }
        load();
    });
    auto weightsChosen = [this] {
        builder::ReconcileInput* r = current();
        if (m_filling || !r) return;
        r->method = m_byWeights->isChecked() ? "weights" : "area";
        const QStringList w = m_weights->currentData().toString().split(QLatin1Char('\n'));
        if (w.size() == 3) {
            r->weightsElection = s(w[1]);
            r->weightsFigure = s(w[2]);
        } else {
            r->weightsElection.clear();
            r->weightsFigure.clear();
        }
        load();
    };
    connect(m_byArea, &QRadioButton::toggled, this, weightsChosen);
    connect(m_weights, &QComboBox::currentIndexChanged, this, weightsChosen);
    connect(m_weightsPath, &QLineEdit::editingFinished, this, [this] {
        builder::ReconcileInput* r = current();
        if (!m_filling && r && !m_weightsPath->text().isEmpty() &&
            s(QFileInfo(m_weightsPath->text()).absoluteFilePath()) != r->weightsPath)
            setWeightsFile(m_weightsPath->text());
    });
    connect(m_weightsLayer, &QComboBox::currentIndexChanged, this, [this] {
        builder::ReconcileInput* r = current();
        if (!m_filling && r) setWeightsFile(q(r->weightsPath), m_weightsLayer->currentText());
    });
    connect(m_weightsCount, &QComboBox::currentIndexChanged, this, [this] {
        builder::ReconcileInput* r = current();
        if (m_filling || !r) return;
        r->weightsCount = s(m_weightsCount->currentData().toString());
        load();
    });
    connect(m_postal, &QCheckBox::toggled, this, [this](bool on) {
        Src x = sourceAt(m_w->m_in, m_sources->currentRow());
        const Table* t = x.r ? m_w->table(x.path) : nullptr;
        if (m_filling || !t || !x.election) return;
        x.r->postal = on;
        if (on && x.r->typeColumn.empty() && x.r->parent.empty()) {
            const auto g = builder::guessPostal(*t, m_w->m_in.elections[x.index], m_w->m_areaKeys);
            x.r->typeColumn = g.typeColumn;
            x.r->postalValue = g.postalValue;
            x.r->parent = g.parent;
            x.r->by = g.by;
        }
        load();
    });
    connect(m_typeColumn, &QComboBox::currentIndexChanged, this, [this] {
        Src x = sourceAt(m_w->m_in, m_sources->currentRow());
        const Table* t = x.r ? m_w->table(x.path) : nullptr;
        if (m_filling || !t) return;
        x.r->typeColumn = s(m_typeColumn->currentData().toString());
        x.r->postalValue.clear();
        if (const int c = t->columnIndex(x.r->typeColumn); c >= 0) {
            // The least frequent value: postal districts are the fewer rows.
            std::map<std::string, std::size_t> n;
            for (const auto& v : t->cells[std::size_t(c)])
                ++n[v];
            std::size_t best = t->rowCount() + 1;
            for (const auto& [v, k] : n)
                if (k < best) {
                    best = k;
                    x.r->postalValue = v;
                }
        }
        load();
    });
    for (QComboBox* b : {m_postalValue, m_parent, m_by})
        connect(b, &QComboBox::currentIndexChanged, this, [this] {
            builder::ReconcileInput* r = current();
            if (m_filling || !r) return;
            r->postalValue = s(m_postalValue->currentData().toString());
            r->parent = s(m_parent->currentData().toString());
            r->by = s(m_by->currentData().toString());
            load();
        });
    connect(m_counts, &QListWidget::itemChanged, this, [this] {
        builder::ReconcileInput* r = current();
        if (m_filling || !r) return;
        QStringList ticked;
        for (int i = 0; i < m_counts->count(); ++i)
            if (m_counts->item(i)->checkState() == Qt::Checked) ticked << m_counts->item(i)->text();
        setCounts(ticked);
    });
}

QString ReconcilePage::previewText() const {
    return m_preview->text();
}

} // namespace swingmap
