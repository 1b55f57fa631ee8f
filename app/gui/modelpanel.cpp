// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/modelpanel.h"

#include "app/render/briefingtext.h"
#include "app/render/diagnosticstext.h"
#include "app/render/spatialtext.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace swingmap {

namespace {

void fillCombo(QComboBox* box, const std::vector<std::string>& items, const std::string& current) {
    box->clear();
    for (const auto& s : items)
        box->addItem(QString::fromStdString(s));
    box->setCurrentText(QString::fromStdString(current));
}

QTableWidgetItem* number(double v, int decimals) {
    auto* item = new QTableWidgetItem(QString::number(v, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// As tall as its wrapped text needs at its width, so the lines below never overlap it.
void fitHeight(QLabel* label) {
    const int h = label->heightForWidth(label->width());
    if (h > 0 && h != label->minimumHeight()) label->setMinimumHeight(h);
}

/// Keeps a word-wrapped label's minimum height in step with its width (a dock gives it no
/// height-for-width otherwise).
class FitHeightOnResize : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Resize) fitHeight(static_cast<QLabel*>(watched));
        return QObject::eventFilter(watched, event);
    }
};

/// moranSentence() (app/render/briefingtext) in the user's language; the PDF keeps the English.
QString moranText(const MoranTest& m) {
    const QString p = formatP(m.p);
    const QString i = QString::number(m.i, 'f', 2);
    if (m.i > 0 && m.p < 0.05)
        return ModelPanel::tr("Neighbouring areas' surprises are alike (Moran's I %1, %2): "
                              "something local that these figures miss is at work.")
            .arg(i, p);
    return ModelPanel::tr("Neighbouring areas' surprises are not noticeably alike (Moran's I %1, "
                          "%2).")
        .arg(i, p);
}

} // namespace

ModelPanel::ModelPanel(QWidget* parent)
    : QWidget(parent), m_party(new QComboBox), m_from(new QComboBox), m_to(new QComboBox),
      m_covariates(new QListWidget), m_fit(new QPushButton(tr("Fit"))),
      m_table(new QTableWidget(0, 6)), m_summary(new QLabel), m_details(new QPlainTextEdit) {
    auto* form = new QFormLayout;
    form->addRow(tr("Party"), m_party);
    form->addRow(tr("From election"), m_from);
    form->addRow(tr("To election"), m_to);
    m_covariates->setMaximumHeight(130);
    setMinimumWidth(440);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setHorizontalHeaderLabels(
        {tr("Term"), tr("Estimate"), tr("SE"), tr("HC3 SE"), tr("t"), tr("p")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 6; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_summary->installEventFilter(new FitHeightOnResize(m_summary));
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("diagnostics"));
    m_details->setPlaceholderText(tr("Spatial diagnostics appear here after a fit."));
    m_fit->setToolTip(tr("Fit the swing model with these choices"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Explain the change with:")));
    layout->addWidget(m_covariates);
    layout->addWidget(m_fit);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
    connect(m_fit, &QPushButton::clicked, this, [this] { emit fitRequested(settings()); });
}

void ModelPanel::setChoices(const Dataset& dataset, const Project& project,
                            const AnalysisSettings& s) {
    m_base = s;
    std::vector<std::string> parties, elections;
    for (const auto& e : dataset.elections) {
        elections.push_back(e.label);
        for (const auto& p : e.parties)
            if (std::find(parties.begin(), parties.end(), p) == parties.end()) parties.push_back(p);
    }
    fillCombo(m_party, parties, s.party);
    fillCombo(m_from, elections, s.from);
    fillCombo(m_to, elections, s.to);
    const QSignalBlocker quiet(m_covariates); // filling the list is no user edit
    m_covariates->clear();
    for (const auto& name : dataset.covariateNames) {
        auto* item = new QListWidgetItem(covariateLabel(project, name), m_covariates);
        item->setData(Qt::UserRole, QString::fromStdString(name));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on =
            std::find(s.covariates.begin(), s.covariates.end(), name) != s.covariates.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    emit choicesSet();
}

AnalysisSettings ModelPanel::settings() const {
    AnalysisSettings s = m_base;
    s.party = m_party->currentText().toStdString();
    s.from = m_from->currentText().toStdString();
    s.to = m_to->currentText().toStdString();
    s.covariates.clear();
    for (int i = 0; i < m_covariates->count(); ++i) {
        const QListWidgetItem* item = m_covariates->item(i);
        if (item->checkState() == Qt::Checked)
            s.covariates.push_back(item->data(Qt::UserRole).toString().toStdString());
    }
    return s;
}

void ModelPanel::setBusy(bool busy) {
    m_fit->setEnabled(!busy);
}

void ModelPanel::setAnalysis(const Analysis& a, const Project& project) {
    fillTable(a, project);
    // Plain sentences first (a blank line between them), then the figures they rest on.
    QString details = spatialSentences(a, project).join(QStringLiteral("\n\n"));
    const QStringList figures = diagnosticsLines(a);
    if (!details.isEmpty() && !figures.isEmpty())
        details += QStringLiteral("\n\n") + tr("The figures:") + QLatin1Char('\n');
    details += figures.join(QLatin1Char('\n'));
    m_details->setPlainText(details);
    const ModelSummary& m = a.model;
    if (!m.fitted) {
        m_summary->setText(tr("No model: %1").arg(QString::fromStdString(m.error)));
        fitHeight(m_summary);
        layout()->activate(); // now, not at the next event: a grab right after is laid out
        return;
    }
    QString text = tr("n = %1 areas · R² %2 · adjusted R² %3")
                       .arg(m.n)
                       .arg(m.fit.rSquared, 0, 'f', 3)
                       .arg(m.fit.adjRSquared, 0, 'f', 3);
    if (m.hasMoran) text += QStringLiteral("\n") + moranText(m.moran);
    m_summary->setText(text);
    fitHeight(m_summary);
    layout()->activate();
}

void ModelPanel::fitTableHeight() {
    // As tall as its rows (at least three): the diagnostics below get the rest of the dock.
    const int rows = std::max(3, m_table->rowCount());
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              rows * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth() + 2);
}

void ModelPanel::fillTable(const Analysis& a, const Project& project) {
    const auto& terms = a.model.fit.terms;
    m_table->setRowCount(a.model.fitted ? static_cast<int>(terms.size()) : 0);
    fitTableHeight();
    if (!a.model.fitted) return;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const Term& t = terms[static_cast<std::size_t>(r)];
        auto* name = new QTableWidgetItem(
            t.name == "(Intercept)" ? tr("(intercept)") : covariateLabel(project, t.name));
        name->setToolTip(QString::fromStdString(t.name));
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, number(t.estimate, 3));
        m_table->setItem(r, 2, number(t.stdError, 3));
        m_table->setItem(r, 3, number(t.hc3StdError, 3));
        m_table->setItem(r, 4, number(t.t, 2));
        m_table->setItem(
            r, 5, t.p < 0.001 ? new QTableWidgetItem(QStringLiteral("< 0.001")) : number(t.p, 3));
    }
}

} // namespace swingmap
