// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/datatabledock.h"

#include "app/gui/areatablemodel.h"
#include "app/gui/areatooltip.h"
#include "app/gui/mapcanvas.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace swingmap {

namespace {

/**
 * Each column as wide as its header and its first 1,000 rows' texts, but a suppressed area's
 * "too few households to show" does not widen the figure columns (it is elided there; its tooltip
 * says it in full): resizeColumnsToContents() alone made every figure column that wide.
 */
void fitColumns(QTableView* view, const AreaTableModel* model) {
    view->resizeColumnsToContents();
    const QFontMetrics fm(view->font());
    const int rows = std::min(model->rowCount(), 1000);
    const int pad = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 8;
    for (const int c : model->figureColumns()) {
        int width = view->horizontalHeader()->sectionSizeHint(c);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = model->index(r, c);
            if (model->data(i, Qt::ToolTipRole).isValid()) continue; // suppressed
            width = std::max(width, fm.horizontalAdvance(model->data(i).toString()) + pad);
        }
        view->setColumnWidth(c, std::min(width, view->columnWidth(c)));
    }
}

/// A number typed in the user's locale or with a decimal point; NaN when empty or not one.
double typedNumber(const QString& text) {
    const QString t = text.trimmed().replace(QChar(0x2212), QLatin1Char('-'));
    if (t.isEmpty()) return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    double x = QLocale().toDouble(t, &ok);
    if (!ok) x = QLocale::c().toDouble(t, &ok);
    return ok ? x : std::numeric_limits<double>::quiet_NaN();
}

/**
 * QItemSelectionModel works out what changed between the old and the new selection range by
 * range: replacing a selection of many scattered rows (45,000 ranges at 450,000 areas) costs
 * minutes. Cleared first, each step compares against nothing.
 */
class ScatteredSelectionModel : public QItemSelectionModel {
public:
    using QItemSelectionModel::QItemSelectionModel;
    void select(const QItemSelection& items, SelectionFlags command) override {
        if (command.testFlag(Clear) && selection().size() > 64) {
            QItemSelectionModel::select(QItemSelection(), Clear);
            command &= ~SelectionFlags(Clear);
        }
        QItemSelectionModel::select(items, command);
    }
    using QItemSelectionModel::select;
};

} // namespace

DataTableDock::DataTableDock(MapCanvas* canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_model(new AreaTableModel(this)), m_view(new QTableView),
      m_filter(new QLineEdit), m_column(new QComboBox), m_min(new QLineEdit), m_max(new QLineEdit),
      m_count(new QLabel), m_identify(new QLabel),
      m_zoom(new QPushButton(tr("&Zoom to selection"))) {
    m_filter->setPlaceholderText(tr("Filter by code or name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("tableFilter"));
    m_min->setPlaceholderText(tr("min"));
    m_max->setPlaceholderText(tr("max"));
    for (QLineEdit* e : {m_min, m_max}) {
        e->setMaximumWidth(80);
        e->setClearButtonEnabled(true);
    }
    m_column->setToolTip(tr("Keep the areas whose figure in this column lies between min and max"));
    auto* filterLabel = new QLabel(tr("Filte&r:"));
    filterLabel->setBuddy(m_filter);
    auto* columnLabel = new QLabel(tr("F&igure:"));
    columnLabel->setBuddy(m_column);
    auto* bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 2);
    bar->addWidget(columnLabel);
    bar->addWidget(m_column, 1);
    bar->addWidget(m_min);
    bar->addWidget(m_max);
    bar->addWidget(m_count);
    bar->addWidget(m_zoom);

    m_view->setModel(m_model);
    QItemSelectionModel* plain = m_view->selectionModel();
    m_view->setSelectionModel(new ScatteredSelectionModel(m_model, m_view));
    delete plain;
    // Before the view sorts (connected first, so called first): a scattered selection is let go
    // (the map keeps it and gives it back after the sort); Qt would carry each range through.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        if (m_view->selectionModel()->selection().size() <= 64) return;
        m_syncing = true;
        m_view->selectionModel()->clearSelection();
        m_syncing = false;
    });
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the areas' order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setObjectName(QStringLiteral("areaTable"));

    m_identify->setTextFormat(Qt::RichText);
    m_identify->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_identify->setWordWrap(true);
    m_identify->setMargin(6);
    m_identify->setText(tr("<i>Click an area on the map to see its figures.</i>"));
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_identify);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(280);
    auto* split = new QSplitter;
    split->addWidget(m_view);
    split->addWidget(scroll);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, m_model, &AreaTableModel::setTextFilter);
    connect(m_column, &QComboBox::currentIndexChanged, this, &DataTableDock::applyRangeFilter);
    connect(m_min, &QLineEdit::textChanged, this, &DataTableDock::applyRangeFilter);
    connect(m_max, &QLineEdit::textChanged, this, &DataTableDock::applyRangeFilter);
    connect(m_zoom, &QPushButton::clicked, m_canvas, &MapCanvas::zoomToSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataTableDock::tableSelectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_syncing || !current.isValid() || !m_loaded) return;
                const std::size_t area = m_model->areaAt(current.row());
                m_identify->setText(areaTooltip(m_loaded->data, *m_analysis, area));
            });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        const std::size_t area = m_model->areaAt(i.row());
        if (m_loaded && area < m_loaded->data.geometry.bbox.size())
            m_canvas->zoomToBox(m_loaded->data.geometry.bbox[area]);
    });
    // A reset (filter, new analysis) loses the table's selection: take the map's again.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        mapSelectionChanged(false);
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this,
            [this] { mapSelectionChanged(true); });
    connect(m_canvas, &MapCanvas::selectionChanged, this, [this] { mapSelectionChanged(true); });
    connect(m_canvas, &MapCanvas::areaIdentified, this, &DataTableDock::identify);
    updateCount();
}

void DataTableDock::setData(LoadedPtr loaded, AnalysisPtr analysis) {
    m_loaded = loaded;
    m_analysis = analysis;
    const QString column = m_column->currentText();
    m_model->setData(std::move(loaded), std::move(analysis));
    {
        const QSignalBlocker block(m_column);
        m_column->clear();
        m_column->addItem(tr("(any figure)"), -1);
        for (const int c : m_model->figureColumns())
            m_column->addItem(m_model->headerData(c, Qt::Horizontal).toString(), c);
        m_column->setCurrentIndex(std::max(0, m_column->findText(column)));
    }
    applyRangeFilter();
    fitColumns(m_view, m_model);
}

void DataTableDock::applyRangeFilter() {
    const int column = m_column->currentData().isValid() ? m_column->currentData().toInt() : -1;
    const double min = typedNumber(m_min->text()), max = typedNumber(m_max->text());
    const bool any = column >= 0 && (std::isfinite(min) || std::isfinite(max));
    m_model->setRangeFilter(any ? column : -1, min, max);
}

void DataTableDock::updateCount() {
    m_count->setText(tr("%1 of %2 areas, %3 selected")
                         .arg(m_model->rowCount())
                         .arg(m_model->areaCount())
                         .arg(m_canvas->selectedCount()));
}

void DataTableDock::tableSelectionChanged() {
    if (m_syncing || !m_loaded) return;
    // Areas the filter hides keep their selection; the visible ones take the table's.
    std::vector<uint8_t> sel = m_canvas->selection();
    sel.resize(m_model->areaCount(), 0);
    for (std::size_t a = 0; a < sel.size(); ++a)
        if (m_model->rowOf(a) >= 0) sel[a] = 0;
    for (const QItemSelectionRange& r : m_view->selectionModel()->selection())
        for (int row = r.top(); row <= r.bottom(); ++row)
            if (const std::size_t a = m_model->areaAt(row); a < sel.size()) sel[a] = 1;
    m_syncing = true;
    m_canvas->setSelection(std::move(sel));
    m_syncing = false;
    updateCount();
}

void DataTableDock::mapSelectionChanged(bool scroll) {
    if (m_syncing) return;
    const std::vector<uint8_t>& sel = m_canvas->selection();
    QItemSelection rows;
    int first = -1;
    const int n = m_model->rowCount(), last = m_model->columnCount() - 1;
    for (int row = 0; row < n && last >= 0;) {
        const std::size_t a = m_model->areaAt(row);
        if (a >= sel.size() || !sel[a]) {
            ++row;
            continue;
        }
        int end = row;
        while (end + 1 < n && m_model->areaAt(end + 1) < sel.size() &&
               sel[m_model->areaAt(end + 1)])
            ++end;
        rows.select(m_model->index(row, 0), m_model->index(end, last));
        if (first < 0) first = row;
        row = end + 1;
    }
    m_syncing = true;
    m_view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
    if (scroll && first >= 0) m_view->scrollTo(m_model->index(first, 0));
    updateCount();
}

void DataTableDock::identify(std::size_t area) {
    if (!m_loaded || area >= m_model->areaCount()) return;
    m_identify->setText(areaTooltip(m_loaded->data, *m_analysis, area));
    const int row = m_model->rowOf(area);
    if (row < 0) return;
    m_syncing = true;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::NoUpdate);
    m_syncing = false;
    m_view->scrollTo(m_model->index(row, 0));
}

} // namespace swingmap
