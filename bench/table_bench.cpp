// SPDX-License-Identifier: GPL-3.0-or-later
// Data table benchmark (bench/README.md): load a project (e.g. the 450,000-area synthetic one),
// fill the table model, and time sorting every figure column both ways, a text filter, a figure
// filter, and, for comparison, the same sort through a QSortFilterProxyModel on the sort role.
//   table_bench PROJECT.json
#include "app/gui/areatablemodel.h"
#include "app/gui/datatabledock.h"
#include "app/gui/mapcanvas.h"
#include "app/shared/job.h"
#include "core/project.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <cstdio>
#include <memory>

using namespace swingmap;

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: table_bench PROJECT.json\n");
        return 2;
    }
    auto project = loadProject(argv[1]);
    if (!project) {
        std::fprintf(stderr, "%s\n", project.error().c_str());
        return 1;
    }
    Feedback quiet;
    auto job = runJob(*project, quiet);
    if (!job) {
        std::fprintf(stderr, "%s\n", job.error().c_str());
        return 1;
    }
    auto loaded = std::make_shared<const JobResult>(std::move(*job));
    auto analysis = std::make_shared<const Analysis>(loaded->analysis);
    QElapsedTimer t;
    AreaTableModel model;
    t.start();
    model.setData(loaded, analysis);
    std::printf("areas %zu, columns %d\nsetData: %lld ms\n", model.areaCount(), model.columnCount(),
                t.elapsed());
    for (int c = 0; c < model.columnCount(); ++c)
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            t.restart();
            model.sort(c, order);
            std::printf("sort %-36s %s: %lld ms\n",
                        qPrintable(model.headerData(c, Qt::Horizontal).toString()),
                        order == Qt::AscendingOrder ? "asc " : "desc", t.elapsed());
        }
    t.restart();
    model.setTextFilter(QStringLiteral("12"));
    std::printf("text filter \"12\": %lld ms, %d rows\n", t.elapsed(), model.rowCount());
    model.setTextFilter({});
    const int change = model.figureColumns().size() > 2 ? model.figureColumns()[2] : 0;
    t.restart();
    model.setRangeFilter(change, -5, 0);
    std::printf("figure filter -5..0: %lld ms, %d rows\n", t.elapsed(), model.rowCount());
    model.setRangeFilter(-1);
    model.sort(-1);
    QSortFilterProxyModel proxy;
    proxy.setSortRole(AreaTableModel::SortRole);
    t.restart();
    proxy.setSourceModel(&model);
    std::printf("proxy setSourceModel: %lld ms\n", t.elapsed());
    t.restart();
    proxy.sort(change, Qt::AscendingOrder);
    std::printf("proxy sort %s asc: %lld ms\n",
                qPrintable(model.headerData(change, Qt::Horizontal).toString()), t.elapsed());
    // The dock on a canvas: the map's selection into the table's rows and back.
    MapCanvas canvas;
    canvas.setData(loaded, analysis);
    DataTableDock dock(&canvas);
    dock.setData(loaded, analysis);
    dock.view()->sortByColumn(change, Qt::AscendingOrder);
    std::vector<uint8_t> sel(model.areaCount(), 0);
    for (std::size_t a = 0; a < sel.size(); a += 10)
        sel[a] = 1;
    t.restart();
    canvas.setSelection(sel);
    std::printf("map selection of %zu scattered areas -> %lld selected row ranges: %lld ms\n",
                canvas.selectedCount(), qint64(dock.view()->selectionModel()->selection().size()),
                t.elapsed());
    canvas.clearSelection();
    t.restart();
    dock.view()->selectAll();
    std::printf("table: select all rows -> %zu selected areas: %lld ms\n", canvas.selectedCount(),
                t.elapsed());
    t.restart();
    canvas.clearSelection();
    std::printf("clear: %lld ms\n", t.elapsed());
    canvas.setSelection(sel);
    t.restart();
    dock.view()->selectAll();
    std::printf("table: select all rows over the scattered selection: %lld ms\n", t.elapsed());
    canvas.setSelection(sel);
    t.restart();
    dock.view()->sortByColumn(change, Qt::DescendingOrder);
    std::printf("sort with %zu scattered areas selected: %lld ms\n", canvas.selectedCount(),
                t.elapsed());
    t.restart();
    dock.filterEdit()->setText(QStringLiteral("1"));
    std::printf("text filter with them selected: %lld ms, %d rows\n", t.elapsed(),
                model.rowCount());
    return 0;
}
