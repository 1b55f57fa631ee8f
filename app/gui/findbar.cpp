// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/findbar.h"

#include "app/gui/mapcanvas.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>

#include <algorithm>
#include <string_view>

namespace swingmap {

namespace {

constexpr std::size_t kSuggestions = 30;

char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

/// 0 = `hay` equals `needle` (lowered), 1 = begins with it, 2 = contains it, 3 = no match;
/// ASCII letters compared without case.
int matchKind(std::string_view hay, std::string_view needle) {
    if (needle.empty() || needle.size() > hay.size()) return 3;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && lowerAscii(hay[i + k]) == needle[k])
            ++k;
        if (k == needle.size()) return i > 0 ? 2 : needle.size() == hay.size() ? 0 : 1;
    }
    return 3;
}

} // namespace

FindBar::FindBar(MapCanvas* canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_edit(new QLineEdit), m_message(new QLabel),
      m_list(new QStringListModel(this)), m_completer(new QCompleter(m_list, this)) {
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Area name or code, or a street"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(320);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);
    auto* caption = new QLabel(tr("Fin&d:"));
    caption->setBuddy(m_edit);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(caption);
    layout->addWidget(m_edit);
    layout->addWidget(m_message, 1);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_message->clear();
        const std::vector<Target> found = matches(text, kSuggestions);
        QStringList labels;
        for (const Target& t : found)
            labels << label(t);
        m_shown = found;
        m_list->setStringList(labels);
        if (!labels.isEmpty()) m_completer->complete();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { find(m_edit->text()); });
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { find(text); });
}

void FindBar::setData(LoadedPtr loaded) {
    m_loaded = std::move(loaded);
    m_shown.clear();
    m_list->setStringList({});
    m_message->clear();
}

void FindBar::activate() {
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::keyPressEvent(QKeyEvent* e) {
    if (e->key() == Qt::Key_Escape) {
        emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(e);
}

std::vector<FindBar::Target> FindBar::matches(const QString& text, std::size_t max) const {
    std::vector<Target> buckets[3];
    if (!m_loaded) return {};
    const QByteArray lowered = text.trimmed().toLower().toUtf8();
    const std::string_view needle(lowered.constData(), std::size_t(lowered.size()));
    if (needle.empty()) return {};
    const Dataset& d = m_loaded->data;
    const auto consider = [&](int kind, bool street, std::size_t i) {
        if (kind < 3 && buckets[kind].size() < max) buckets[kind].push_back({street, i});
    };
    for (std::size_t i = 0; i < d.areaCount(); ++i) {
        const int byName = i < d.names.size() ? matchKind(d.names[i], needle) : 3;
        consider(std::min(byName, matchKind(d.keys[i], needle)), false, i);
    }
    if (m_loaded->streets)
        for (std::size_t s = 0; s < m_loaded->streets->names.size(); ++s)
            consider(matchKind(m_loaded->streets->names[s], needle), true, s);
    std::vector<Target> out;
    for (const auto& b : buckets)
        for (const Target& t : b)
            if (out.size() < max) out.push_back(t);
    return out;
}

QStringList FindBar::suggestions(const QString& text) const {
    QStringList out;
    for (const Target& t : matches(text, kSuggestions))
        out << label(t);
    return out;
}

QString FindBar::label(const Target& t) const {
    if (t.street)
        return tr("%1 (street)").arg(QString::fromStdString(m_loaded->streets->names[t.index]));
    const Dataset& d = m_loaded->data;
    const QString key = QString::fromStdString(d.keys[t.index]);
    const QString name =
        t.index < d.names.size() ? QString::fromStdString(d.names[t.index]) : QString();
    return name.isEmpty() || name == key ? key : QStringLiteral("%1 (%2)").arg(name, key);
}

bool FindBar::find(const QString& text) {
    if (!m_loaded || text.trimmed().isEmpty()) return false;
    // A suggestion picked from the list, else the best match of what was typed.
    for (const auto& shown : m_shown)
        if (label(shown) == text) {
            go(shown);
            return true;
        }
    const std::vector<Target> found = matches(text, 1);
    if (found.empty()) {
        m_message->setText(tr("Nothing called “%1”").arg(text.trimmed()));
        return false;
    }
    go(found.front());
    return true;
}

void FindBar::go(const Target& t) {
    m_message->clear();
    if (t.street) {
        const StreetLayer& s = *m_loaded->streets;
        BBox box;
        for (std::size_t l = 0; l < s.lineCount(); ++l)
            if (s.lineStreet[l] == t.index)
                for (uint32_t i = s.linePoint[l]; i < s.linePoint[l + 1]; ++i)
                    box.add(s.xy[2 * std::size_t(i)], s.xy[2 * std::size_t(i) + 1]);
        m_canvas->zoomToBox(box);
        m_canvas->flashStreet(t.index);
        m_message->setText(label(t));
        return;
    }
    const PolygonLayer& l = m_loaded->data.geometry;
    if (t.index < l.bbox.size() && l.hasGeometry(t.index)) m_canvas->zoomToBox(l.bbox[t.index]);
    std::vector<uint8_t> sel(m_loaded->data.areaCount(), 0);
    sel[t.index] = 1;
    m_canvas->setSelection(std::move(sel));
    emit areaFound(t.index);
}

} // namespace swingmap
