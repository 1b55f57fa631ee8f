// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/joinpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace swingmap {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QTreeWidgetItem* add(QTreeWidgetItem* parent, const QString& text) {
    auto* item = new QTreeWidgetItem(parent, QStringList{text});
    item->setToolTip(0, text);
    return item;
}

/// A heading "what (n)" with one child per entry; `more` notes entries left out of the list.
QTreeWidgetItem* addList(QTreeWidgetItem* parent, const QString& what,
                         const std::vector<QString>& entries, std::size_t total = 0) {
    const std::size_t n = std::max(total, entries.size());
    auto* head = add(parent, QStringLiteral("%1 (%2)").arg(what).arg(n));
    for (const QString& e : entries)
        add(head, e);
    if (n > entries.size())
        add(head, JoinPanel::tr("… %1 more not listed").arg(n - entries.size()));
    return head;
}

std::vector<QString> qs(const std::vector<std::string>& v) {
    std::vector<QString> out;
    out.reserve(v.size());
    for (const auto& s : v)
        out.push_back(s.empty() ? JoinPanel::tr("(empty key)") : q(s));
    return out;
}

void appendText(const QTreeWidgetItem* item, int depth, QStringList& lines) {
    lines << QString(static_cast<qsizetype>(depth) * 2, QLatin1Char(' ')) + item->text(0);
    for (int i = 0; i < item->childCount(); ++i)
        appendText(item->child(i), depth + 1, lines);
}

} // namespace

JoinPanel::JoinPanel(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel), m_tree(new QTreeWidget) {
    m_summary->setWordWrap(true);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto* copyAction = new QAction(tr("&Copy"), m_tree);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &JoinPanel::copy);
    m_tree->addAction(copyAction);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &JoinPanel::showMenu);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    clear();
}

void JoinPanel::clear() {
    m_tree->clear();
    m_summary->setText(tr("No project loaded."));
}

void JoinPanel::setReport(const JoinReport& r) {
    m_tree->clear();
    std::size_t problems = 0;
    for (const SourceJoin& s : r.sources)
        problems += s.unmatchedKeys.size() + s.missingKeys.size() + s.duplicateKeys.size();
    for (const RowCheck& c : r.rowChecks)
        problems += c.count;
    problems += r.nameMismatchCount + r.paddingHints.size();
    m_summary->setText(
        problems == 0
            ? tr("%1 boundary features; every table joined cleanly.").arg(r.boundaryFeatures)
            : tr("%1 boundary features; %2 join findings to check below.")
                  .arg(r.boundaryFeatures)
                  .arg(problems));

    auto* b = new QTreeWidgetItem(
        m_tree, QStringList{tr("Boundaries: %1 features").arg(r.boundaryFeatures)});
    add(b, tr("Invalid polygons repaired: %1").arg(r.geometry.repaired));
    add(b, tr("Without geometry (NULL or empty): %1").arg(r.geometry.empty));
    add(b, tr("Islands (touch no other area): %1").arg(r.geometry.islands));
    if (!r.duplicateBoundaryKeys.empty())
        addList(b, tr("Duplicate boundary keys"), qs(r.duplicateBoundaryKeys));
    b->setExpanded(true);

    for (const SourceJoin& s : r.sources) {
        const QString role = q(s.role);
        auto* top = new QTreeWidgetItem(
            m_tree,
            QStringList{tr("%1: %2 of %3 rows matched").arg(role).arg(s.matched).arg(s.rows)});
        top->setToolTip(0, q(s.path));
        add(top, tr("File: %1").arg(q(s.path)));
        if (!s.encoding.empty())
            add(top, tr("Read as %1, separator \"%2\", decimal \"%3\", %4 footnote lines dropped")
                         .arg(q(s.encoding), s.separator == "\t" ? tr("tab") : q(s.separator),
                              q(s.decimal))
                         .arg(s.footnoteLines));
        add(top, tr("Areas without a row: %1").arg(s.areasWithoutRow));
        for (const PaddingHint& h : r.paddingHints)
            if (h.source == s.role)
                add(top, tr("Padding: %1 keys match only after padding (\"%2\" → \"%3\"); fix: "
                            "add %4 to this source")
                             .arg(h.count)
                             .arg(q(h.sourceKey), q(h.boundaryKey), q(h.fix)));
        addList(top, tr("Unmatched keys (no boundary feature)"), qs(s.unmatchedKeys));
        addList(top, tr("Missing keys (boundary features without a row)"), qs(s.missingKeys),
                s.areasWithoutRow);
        addList(top, tr("Duplicate keys"), qs(s.duplicateKeys));
        std::vector<QString> totals;
        for (const TotalRow& t : r.totalRows)
            if (t.source == s.role)
                totals.push_back(t.name.empty()
                                     ? tr("%1: %2").arg(q(t.key), q(t.reason))
                                     : tr("%1 %2: %3").arg(q(t.key), q(t.name), q(t.reason)));
        addList(top, tr("Total rows (left out)"), totals, s.totalRows);
        std::size_t violations = 0;
        std::vector<const RowCheck*> checks;
        for (const RowCheck& c : r.rowChecks)
            if (c.source == s.role) {
                violations += c.count;
                checks.push_back(&c);
            }
        auto* rc = add(top, tr("Row-check violations (%1)").arg(violations));
        for (const RowCheck* c : checks) {
            std::vector<QString> ex;
            for (const auto& e : c->examples)
                ex.push_back(q(e));
            addList(rc, q(c->check), ex, c->count);
        }
        std::vector<QString> names;
        std::size_t mismatches = 0;
        for (const NameMismatch& m : r.nameMismatches)
            if (m.source == s.role) {
                ++mismatches;
                names.push_back(tr("%1: boundaries \"%2\", table \"%3\"")
                                    .arg(q(m.key), q(m.boundaryName), q(m.sourceName)));
            }
        addList(top, tr("Name mismatches"), names, mismatches);
        top->setExpanded(true);
    }
    if (r.nameMismatchCount > r.nameMismatches.size())
        new QTreeWidgetItem(m_tree, QStringList{tr("Name mismatches in all: %1 (first %2 listed)")
                                                    .arg(r.nameMismatchCount)
                                                    .arg(r.nameMismatches.size())});
}

QString JoinPanel::selectedText() const {
    const QList<QTreeWidgetItem*> selected = m_tree->selectedItems();
    if (selected.isEmpty()) return allText();
    QStringList lines;
    // In tree order, whatever the order of selection.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem* item = *it;
        if (!item->isSelected()) continue;
        if (item->childCount() == 0) {
            lines << item->text(0);
        } else { // a heading: its entries
            for (int i = 0; i < item->childCount(); ++i)
                if (!item->child(i)->isSelected()) lines << item->child(i)->text(0);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString JoinPanel::allText() const {
    QStringList lines;
    lines << m_summary->text();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        appendText(m_tree->topLevelItem(i), 0, lines);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void JoinPanel::copy() {
    QApplication::clipboard()->setText(selectedText());
}

void JoinPanel::showMenu(const QPoint& pos) {
    QMenu menu(this);
    menu.addAction(tr("Copy"), this, &JoinPanel::copy);
    menu.addAction(tr("Copy all"), this, [this] { QApplication::clipboard()->setText(allText()); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace swingmap
