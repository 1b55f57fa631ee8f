// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the main window's screenshots for docs/screenshots/ (not a test: built, never run by
// CTest). For German and Dutch, as the app starts in that language (its translators installed
// before the window is built): the demo open, the Style dock and the data table shown, the ten
// areas that lost most selected through the table (outlined on the map), the first identified.
//
//   QT_QPA_PLATFORM=offscreen build/release/tests/app/gui_screenshots docs/screenshots
//
// writes main_de.png and main_nl.png there (settings and the demo go to a temporary folder).
#include "app/gui/areatablemodel.h"
#include "app/gui/datatabledock.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/preferencesdialog.h"
#include "app/render/uitext.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <cstdio>

using namespace swingmap;

namespace {

/// Replaces the installed translators by those of `lang`.
QString useLanguage(const QString& lang) {
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    labels::setTranslated(false);
    return installTranslators(lang);
}

/// The share change's column ("Change (pts)" in the language installed), or -1.
int changeColumn(const AreaTableModel& m) {
    const QString title = QCoreApplication::translate("swingmap::AreaTableModel", "Change (pts)");
    for (const int c : m.figureColumns())
        if (m.headerData(c, Qt::Horizontal).toString() == title) return c;
    return -1;
}

bool shoot(const QString& lang, const QString& demoDir, const QString& file) {
    if (useLanguage(lang) != lang) {
        std::fprintf(stderr, "no translation for %s\n", qPrintable(lang));
        return false;
    }
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) return false;
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QSignalSpy failed(&w, &MainWindow::jobFailed);
    w.setDemoDirectory(demoDir);
    w.openDemo();
    if (!QTest::qWaitFor([&] { return !shown.isEmpty() || !failed.isEmpty(); }, 180000) ||
        !failed.isEmpty()) {
        std::fprintf(stderr, "the demo did not open\n");
        return false;
    }
    auto* style = w.findChild<QDockWidget*>(QStringLiteral("styleDock"));
    style->show();
    style->raise();
    w.findChild<QAction*>(QStringLiteral("tableAction"))->trigger();
    DataTableDock* t = w.dataTable();
    const int change = changeColumn(*t->model());
    if (change >= 0) {
        t->view()->sortByColumn(change, Qt::AscendingOrder);
        t->view()->selectionModel()->select(
            QItemSelection(t->model()->index(0, 0),
                           t->model()->index(9, t->model()->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
        t->identify(t->model()->areaAt(0));
    }
    QTest::qWait(100);
    if (!w.grab().save(file)) {
        std::fprintf(stderr, "%s: cannot be written\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + "/config").toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + "/data").toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SwingMapScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("gui_screenshots"));
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("."));
    const QString demo = home.filePath(QStringLiteral("demo"));
    bool ok = true;
    for (const char* lang : {"de", "nl"})
        ok = shoot(QString::fromLatin1(lang), demo,
                   out.filePath(QStringLiteral("main_%1.png").arg(QLatin1String(lang)))) &&
             ok;
    return ok ? 0 : 1;
}
