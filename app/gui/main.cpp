// SPDX-License-Identifier: GPL-3.0-or-later
// swingmap [PROJECT.json] [--demo DIR] [--screenshot FILE.png] [--show VARIABLE]
//          [--language en|de|nl|fr] | --version
#include "app/gui/demolocator.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/mapview.h"
#include "app/gui/preferencesdialog.h"
#include "app/gui/projectsession.h"
#include "app/gui/trustdialog.h"
#include "app/shared/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace swingmap;

namespace {

/// --screenshot: once the analysis is on screen, grab the window to `file` and quit.
void arrangeScreenshot(MainWindow& w, const QString& file) {
    QObject::connect(&w, &MainWindow::analysisShown, &w, [&w, file] {
        QTimer::singleShot(300, &w, [&w, file] {
            const bool ok = w.grab().save(file);
            if (!ok) std::fprintf(stderr, "swingmap: could not write %s\n", qPrintable(file));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    });
    QObject::connect(&w, &MainWindow::jobFailed, &w, [](const QString& message) {
        std::fprintf(stderr, "swingmap: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(10 * 60 * 1000, &w, [] {
        std::fprintf(stderr, "swingmap: gave up waiting for the analysis\n");
        QCoreApplication::exit(2);
    });
}

/// --show: pick the map once the analysis is there (over the map the project saved); say so
/// when it has no such variable.
void arrangeShow(MainWindow& w, const QString& id) {
    w.mapView()->setVariable(id);
    QObject::connect(
        &w, &MainWindow::analysisShown, &w,
        [&w, id] {
            w.mapView()->setVariable(id);
            if (w.canvas()->mapId() != id)
                std::fprintf(stderr, "swingmap: this analysis has no map \"%s\"; showing %s\n",
                             qPrintable(id), qPrintable(w.canvas()->mapId()));
        },
        Qt::SingleShotConnection);
}

/// -v/--version anywhere among the options (not as the value of --demo, --screenshot or --show).
/// Answered before QApplication exists, so it needs no display.
bool wantsVersion(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--") == 0) return false;
        if (std::strcmp(a, "-v") == 0 || std::strcmp(a, "--version") == 0) return true;
        for (const char* takesValue : {"--demo", "--screenshot", "--show", "--language", "-demo",
                                       "-screenshot", "-show", "-language"})
            if (std::strcmp(a, takesValue) == 0) ++i;
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    if (wantsVersion(argc, argv)) {
        std::puts(programVersionText("swingmap", SWINGMAP_VERSION).c_str());
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SwingMap"));
    QApplication::setApplicationVersion(QStringLiteral(SWINGMAP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("swingmap"));

    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("Where support moved between two elections, and why."));
    cli.addHelpOption();
    // Listed for --help; wantsVersion() answers it before the application starts.
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QStringLiteral("Print the SwingMap, GDAL, PROJ, GEOS, Qt and Eigen versions and exit."));
    cli.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file to open."),
                              QStringLiteral("[PROJECT.json]"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Open the demo in DIR (written there if missing)."),
        QStringLiteral("DIR"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QStringLiteral("Load, fit, save a screenshot to FILE, exit."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption show(
        QStringLiteral("show"),
        QStringLiteral("Map VARIABLE first: share_change, share_from, share_to, turnout_change, "
                       "butler_swing, steed_swing, electorate_change, fitted, residual, "
                       "std_residual, potential_votes, class, lisa, gwr_<term>, gwr_local_r2."),
        QStringLiteral("VARIABLE"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("Use LANG (en, de, nl, fr) for this run instead of the Preferences choice."),
        QStringLiteral("LANG"));
    cli.addOptions({version, demo, shot, show, language});
    cli.process(app);
    installTranslators(cli.isSet(language) ? cli.value(language) : languageSetting());

    MainWindow w;
    w.setDemoDirectory(demoDirectory(cli.value(demo)));
    if (cli.isSet(shot)) w.session()->setInteractive(false); // no questions, no autosave
    if (cli.isSet(show)) arrangeShow(w, cli.value(show));
    const QStringList args = cli.positionalArguments();
    if (cli.isSet(shot)) {
        if (args.isEmpty() && !cli.isSet(demo)) {
            std::fprintf(stderr, "swingmap: --screenshot needs a project file or --demo DIR\n");
            return 1;
        }
        arrangeScreenshot(w, cli.value(shot));
        setTrustBatchMode(true); // nobody to ask: files outside the folder are listed on stderr
    }
    w.show();
    // After a crash: offer the autosaves (opening a named project offers only its own).
    if (args.isEmpty() && !cli.isSet(demo) && !cli.isSet(shot) &&
        w.session()->offerRecoveryAtStart())
        return QApplication::exec();
    if (!args.isEmpty())
        w.openProjectFile(args.first());
    else if (cli.isSet(demo))
        w.openDemo();
    return QApplication::exec();
}
