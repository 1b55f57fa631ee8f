// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/areatablemodel.h"

#include "app/render/palette.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>

namespace swingmap {

namespace {

bool anyFinite(const std::vector<double>& v) {
    return std::any_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); });
}

QString formatted(double x, int decimals, bool sign) {
    if (!std::isfinite(x)) return QStringLiteral("–");
    QString s = QString::number(std::abs(x), 'f', decimals);
    if (x < 0 && s != QString::number(0.0, 'f', decimals)) // no "−0.0"
        s.prepend(QChar(0x2212));
    else if (sign && x > 0)
        s.prepend(QLatin1Char('+'));
    return s;
}

char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

/// Whether `hay` contains `needle` (already lowered), ASCII letters compared without case.
bool containsLower(std::string_view hay, std::string_view needle) {
    if (needle.empty()) return true;
    if (needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && lowerAscii(hay[i + k]) == needle[k])
            ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

int classRank(AreaClass c) {
    const auto* it = std::find(std::begin(kClassOrder), std::end(kClassOrder), c);
    return int(it - std::begin(kClassOrder));
}

} // namespace

AreaTableModel::AreaTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AreaTableModel::setData(LoadedPtr loaded, AnalysisPtr analysis) {
    beginResetModel();
    m_loaded = std::move(loaded);
    m_analysis = std::move(analysis);
    const int oldColumns = int(m_columns.size());
    const QString oldSort = m_sortColumn >= 0 && m_sortColumn < oldColumns
                                ? m_columns[std::size_t(m_sortColumn)].title
                                : QString();
    const QString oldRange = m_rangeColumn >= 0 && m_rangeColumn < oldColumns
                                 ? m_columns[std::size_t(m_rangeColumn)].title
                                 : QString();
    buildColumns();
    // The same columns by title after a refit (a model column may come or go).
    const auto find = [this](const QString& title) {
        for (std::size_t c = 0; c < m_columns.size(); ++c)
            if (!title.isEmpty() && m_columns[c].title == title) return int(c);
        return -1;
    };
    m_sortColumn = find(oldSort);
    m_rangeColumn = find(oldRange);
    const std::size_t n = m_loaded && m_analysis ? m_loaded->data.areaCount() : 0;
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0U);
    orderAreas();
    applyFilter();
    endResetModel();
}

void AreaTableModel::buildColumns() {
    m_columns.clear();
    if (!m_loaded || !m_analysis) return;
    const Analysis& a = *m_analysis;
    const AreaFigures& f = a.areas;
    const QString party = QString::fromStdString(a.settings.party);
    m_columns.push_back({tr("Code"), Kind::Code});
    m_columns.push_back({tr("Name"), Kind::Name});
    const auto add = [this](const QString& title, const std::vector<double>& v, int decimals,
                            bool sign) {
        m_columns.push_back({title, Kind::Number, &v, decimals, sign});
    };
    add(tr("%1 share %2 (%)").arg(party, QString::fromStdString(a.settings.from)), f.shareFrom, 1,
        false);
    add(tr("%1 share %2 (%)").arg(party, QString::fromStdString(a.settings.to)), f.shareTo, 1,
        false);
    add(tr("Change (pts)"), f.shareChange, 1, true);
    add(tr("Turnout change (pts)"), f.turnoutChange, 1, true);
    if (anyFinite(f.butlerSwing)) add(tr("Butler swing (pts)"), f.butlerSwing, 1, true);
    if (anyFinite(f.steedSwing)) add(tr("Steed swing (pts)"), f.steedSwing, 1, true);
    if (a.model.fitted) {
        add(tr("Expected (pts)"), f.fitted, 1, true);
        add(tr("Over/under-performance (pts)"), f.residual, 1, true);
    }
    if (!f.cls.empty()) m_columns.push_back({tr("Class"), Kind::Class});
    if (anyFinite(f.potentialVotes)) add(tr("Potential votes"), f.potentialVotes, 0, false);
    if (!m_loaded->data.households.empty())
        add(tr("Households"), m_loaded->data.households, 0, false);
}

int AreaTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AreaTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool AreaTableModel::isFigureColumn(int column) const {
    if (column < 0 || column >= int(m_columns.size())) return false;
    const Kind k = m_columns[std::size_t(column)].kind;
    return k == Kind::Number || k == Kind::Class;
}

std::vector<int> AreaTableModel::figureColumns() const {
    std::vector<int> out;
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].kind == Kind::Number) out.push_back(int(c));
    return out;
}

std::size_t AreaTableModel::areaAt(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)] : SIZE_MAX;
}

int AreaTableModel::rowOf(std::size_t area) const {
    return area < m_rowOf.size() ? m_rowOf[area] : -1;
}

bool AreaTableModel::suppressed(std::size_t area) const {
    if (!m_analysis) return false;
    const std::vector<uint8_t>& s = m_analysis->areas.suppressed; // a reference, not a copy
    return area < s.size() && s[area];
}

double AreaTableModel::number(const Column& c, std::size_t area) const {
    if (c.kind == Kind::Class) {
        const auto& cls = m_analysis->areas.cls;
        return area < cls.size() ? double(classRank(cls[area]))
                                 : std::numeric_limits<double>::quiet_NaN();
    }
    if (!c.values || area >= c.values->size()) return std::numeric_limits<double>::quiet_NaN();
    return (*c.values)[area];
}

QString AreaTableModel::text(const Column& c, std::size_t area) const {
    const Dataset& d = m_loaded->data;
    switch (c.kind) {
    case Kind::Code:
        return area < d.keys.size() ? QString::fromStdString(d.keys[area]) : QString();
    case Kind::Name:
        return area < d.names.size() ? QString::fromStdString(d.names[area]) : QString();
    case Kind::Class: {
        const auto& cls = m_analysis->areas.cls;
        return area < cls.size() ? areaClassText(cls[area]) : QString();
    }
    case Kind::Number:
        break;
    }
    return formatted(number(c, area), c.decimals, c.sign);
}

QVariant AreaTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::size_t area = m_rows[std::size_t(index.row())];
    const Column& c = m_columns[std::size_t(index.column())];
    const bool figure = c.kind == Kind::Number || c.kind == Kind::Class;
    const bool hidden = figure && suppressed(area);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::UserRole:
    case SortRole:
        if (hidden) return suppressedLabel(); // privacy: never a number, under any role
        if (role == Qt::DisplayRole || !figure) return text(c, area);
        if (const double x = number(c, area); std::isfinite(x)) return x;
        return {};
    case Qt::ToolTipRole:
        return hidden ? suppressedLabel() : QVariant();
    case Qt::TextAlignmentRole:
        return c.kind == Kind::Number && !hidden ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                 : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        return hidden ? QVariant(QBrush(QColor(120, 120, 120))) : QVariant();
    default:
        return {};
    }
}

QVariant AreaTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= int(m_columns.size())) return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_columns[std::size_t(section)].title;
    return {};
}

void AreaTableModel::orderAreas() {
    std::sort(m_order.begin(), m_order.end());
    if (m_sortColumn < 0 || m_sortColumn >= int(m_columns.size())) return;
    const Column& c = m_columns[std::size_t(m_sortColumn)];
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const bool figure = c.kind == Kind::Number || c.kind == Kind::Class;
    // Groups: known figures (or any text), unknown figures, suppressed areas; only the first is
    // ordered by the column, the others keep the areas' order.
    const auto group = [&](uint32_t a) {
        if (figure && suppressed(a)) return 2;
        if (figure && !std::isfinite(number(c, a))) return 1;
        return 0;
    };
    const auto mid = std::stable_partition(m_order.begin(), m_order.end(),
                                           [&](uint32_t a) { return !group(a); });
    std::stable_partition(mid, m_order.end(), [&](uint32_t a) { return group(a) == 1; });
    if (figure) {
        std::vector<double> key(m_order.size());
        for (std::size_t i = 0; i < key.size(); ++i)
            key[i] = number(c, i);
        std::stable_sort(m_order.begin(), mid, [&](uint32_t x, uint32_t y) {
            return descending ? key[x] > key[y] : key[x] < key[y];
        });
        return;
    }
    const std::vector<std::string>& s =
        c.kind == Kind::Code ? m_loaded->data.keys : m_loaded->data.names;
    static const std::string none;
    const auto at = [&](uint32_t a) -> const std::string& { return a < s.size() ? s[a] : none; };
    std::stable_sort(m_order.begin(), mid, [&](uint32_t x, uint32_t y) {
        return descending ? at(y) < at(x) : at(x) < at(y);
    });
}

void AreaTableModel::sort(int column, Qt::SortOrder order) {
    if (column >= int(m_columns.size())) return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::size_t> areas;
    areas.reserve(std::size_t(before.size()));
    for (const QModelIndex& i : before)
        areas.push_back(areaAt(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    orderAreas();
    applyFilter();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(areas[std::size_t(i)]);
        after.push_back(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool AreaTableModel::kept(std::size_t area) const {
    if (!m_textLower.isEmpty()) {
        const Dataset& d = m_loaded->data;
        const std::string_view needle(m_textLower.constData(), std::size_t(m_textLower.size()));
        const bool inKey = area < d.keys.size() && containsLower(d.keys[area], needle);
        if (!inKey && !(area < d.names.size() && containsLower(d.names[area], needle)))
            return false;
    }
    if (m_rangeColumn >= 0 && m_rangeColumn < int(m_columns.size())) {
        if (suppressed(area)) return false;
        const double x = number(m_columns[std::size_t(m_rangeColumn)], area);
        if (!std::isfinite(x)) return false;
        if (std::isfinite(m_min) && x < m_min) return false;
        if (std::isfinite(m_max) && x > m_max) return false;
    }
    return true;
}

void AreaTableModel::applyFilter() {
    m_rows.clear();
    m_rowOf.assign(m_order.size(), -1);
    for (const uint32_t a : m_order)
        if (kept(a)) {
            m_rowOf[a] = int32_t(m_rows.size());
            m_rows.push_back(a);
        }
}

void AreaTableModel::setTextFilter(const QString& text) {
    if (text == m_text) return;
    beginResetModel();
    m_text = text;
    m_textLower = text.trimmed().toUtf8();
    for (char& ch : m_textLower)
        ch = lowerAscii(ch);
    applyFilter();
    endResetModel();
}

void AreaTableModel::setRangeFilter(int column, double min, double max) {
    beginResetModel();
    m_rangeColumn = column >= 0 && column < int(m_columns.size()) &&
                            m_columns[std::size_t(column)].kind == Kind::Number
                        ? column
                        : -1;
    m_min = min;
    m_max = max;
    applyFilter();
    endResetModel();
}

} // namespace swingmap
