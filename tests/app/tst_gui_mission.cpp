// SPDX-License-Identifier: GPL-3.0-or-later
// The whole mission in the desktop app, offscreen, through the real widgets only and without a
// project file written by hand (issue 8's Done-when). From an empty main window and the plain
// NRW input files read in place (boundaries GeoJSON, the two result tables; the census table is
// copied at test time with one row more whose key is no constituency, so that the join has
// something to report):
//   1. import: Ctrl+N opens File › New project from files…; the boundary file, both election
//      tables and the census table are picked in the wizard's own (Qt) file dialogs, the labels
//      typed, three covariates ticked with the Space key, the party chosen with the arrow keys,
//      the title and the project file typed, Finish clicked; the project opens;
//   2. join: the Join dock counts what the input files hold (rows matched, the unmatched key);
//   3. fit: in the Model dock one covariate is unticked, Fit clicked; the coefficients follow;
//   4. explore: the map's Show box and the Style dock's method and number of classes chosen
//      with the keyboard; View › Data table (Ctrl+Shift+D), a row clicked selects that area on
//      the map; Edit › Find (Ctrl+F), an area's name typed + Enter selects it;
//   5. export: the briefing PDF (Ctrl+P), the map PNG and the lists (areas.gpkg, targets.csv)
//      through the File menu opened with Alt+F and the items' accelerators, each file named in
//      the Qt file dialog; Save As (Ctrl+Shift+S). The outputs are checked: the PDF's text names
//      the party, the elections, the covariates kept (not the one dropped), n and the input files
//      (pdftotext); areas.gpkg has the docs/schema.md fields and 64 features (ogrinfo);
//      targets.csv names its areas as the boundary file does; the PNG is an image;
//   6. reopen: a new window opens the saved project (Ctrl+O; the trust dialog's "Open anyway",
//      since it reads files outside its folder) with the same fit and view (residuals, quantiles).
// SWINGMAP_KEEP_OUTPUT=DIR keeps the exported files in DIR.
#include "app/gui/areatablemodel.h"
#include "app/gui/datatabledock.h"
#include "app/gui/findbar.h"
#include "app/gui/importwizard.h"
#include "app/gui/joinpanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/mapview.h"
#include "app/gui/modelpanel.h"
#include "app/gui/stylepanel.h"
#include "app/gui/trustdialog.h"
#include "tests/common/process_run.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace swingmap;

namespace {

const QString kNrw = QStringLiteral(SHARED_DATA_DIR "/de_nrw_demo");

/// The lines of a text file (a CSV's rows with its header).
QStringList readLines(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    QStringList out = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

/**
 * When the next Qt file dialog is shown (a nested event loop: the action that opened it does not
 * return before it closes), answer it as a person would: type `path` (absolute) into its file
 * name box and click its accept button. `answered` is set when that happened.
 */
void answerFileDialog(const QString& path, bool* answered, int attempts = 200) {
    QTimer::singleShot(25, qApp, [path, answered, attempts] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (attempts > 0) answerFileDialog(path, answered, attempts - 1);
            return;
        }
        *answered = true;
        // Active, with the focus in the file name box: the dialog leaves the typed text alone.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QVERIFY(edit && buttons);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, path);
        if (QWidget* popup = QApplication::activePopupWidget()) // the completer's suggestions
            QTest::keyClick(popup, Qt::Key_Escape);
        QCOMPARE(edit->text(), path);
        for (QAbstractButton* b : buttons->buttons())
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole) {
                QVERIFY2(b->isEnabled(), qPrintable(path));
                QTest::mouseClick(b, Qt::LeftButton);
            }
    });
}

/// Type `text` into `edit`, replacing what it held.
void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

/// Move a (non-editable) combo box to item `index` with the arrow keys.
void chooseWithKeys(QComboBox* box, int index) {
    box->setFocus();
    while (box->currentIndex() < index)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > index)
        QTest::keyClick(box, Qt::Key_Up);
}

/// Tick or untick the item of `list` whose text contains `what`, with the Space key.
bool toggleItem(QListWidget* list, const QString& what) {
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(what)) {
            list->setFocus();
            list->setCurrentRow(i);
            QTest::keyClick(list->viewport(), Qt::Key_Space);
            return true;
        }
    return false;
}

/// The top-level entries of a tree, each with its children, one text a line.
QString treeText(const QTreeWidget* tree) {
    QStringList lines;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(tree)); *it; ++it)
        lines << (*it)->text(0);
    return lines.join(QLatin1Char('\n'));
}

/// The model table's terms.
QStringList terms(const ModelPanel* panel) {
    QStringList out;
    for (int r = 0; r < panel->table()->rowCount(); ++r)
        if (panel->table()->item(r, 0)) out << panel->table()->item(r, 0)->text();
    return out;
}

bool waitShown(QSignalSpy& shown, QSignalSpy& failed, int ms = 180000) {
    return QTest::qWaitFor([&] { return !shown.isEmpty() || !failed.isEmpty(); }, ms) &&
           failed.isEmpty();
}

/// Open the File menu with Alt+F and pick the entry whose mnemonic is `key`.
void fileMenuKey(MainWindow& w, Qt::Key key) {
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    QTest::keyClick(QApplication::activePopupWidget(), key);
}

} // namespace

class TestGuiMission : public QObject {
    Q_OBJECT
    QTemporaryDir m_home, m_work;
    std::unique_ptr<MainWindow> m_w;
    QString m_census; ///< the census table copied with an extra row
    QString m_project;

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid() && m_work.isValid());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + "/config").toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + "/data").toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SwingMapTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_mission"));
        // The census table as published, plus one row whose key is no constituency.
        QStringList census = readLines(kNrw + "/nrw_strukturdaten_2025.csv");
        QVERIFY(census.size() > 2);
        QStringList extra = census.last().split(QLatin1Char(','));
        extra[0] = QStringLiteral("999");
        extra[1] = QStringLiteral("Nirgendwo");
        census << extra.join(QLatin1Char(','));
        m_census = m_work.filePath(QStringLiteral("strukturdaten.csv"));
        QFile f(m_census);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((census.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        f.close();
        m_project = m_work.filePath(QStringLiteral("nrw.swingmap.json"));

        m_w = std::make_unique<MainWindow>();
        m_w->resize(1400, 950);
        m_w->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
        m_w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
        QVERIFY(!m_w->loaded()); // empty: the start page, no project
    }
    void cleanupTestCase() { m_w.reset(); }

    void import();
    void join();
    void fit();
    void explore();
    void exportAll();
    void reopen();
};

void TestGuiMission::import() {
    MainWindow& w = *m_w;
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier); // File › New project from files…
    ImportWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = w.findChild<ImportWizard*>()) && wizard->isVisible());
    auto next = [&] { QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton); };
    auto button = [&](const QString& text) -> QPushButton* {
        for (QPushButton* b : wizard->currentPage()->findChildren<QPushButton*>())
            if (b->isVisible() && b->text() == text) return b;
        return nullptr;
    };

    // 1. Boundaries: Browse…, the file dialog.
    QPushButton* browse = button(QStringLiteral("Browse…"));
    QVERIFY(browse);
    bool answered = false;
    answerFileDialog(kNrw + "/wkr2025_nrw.geojson", &answered);
    QTest::mouseClick(browse, Qt::LeftButton);
    QTRY_VERIFY(answered);
    QTRY_COMPARE(wizard->input().boundaries,
                 QFileInfo(kNrw + "/wkr2025_nrw.geojson").absoluteFilePath().toStdString());
    QCOMPARE(wizard->input().boundaryKey, std::string("wkr_id"));
    next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ElectionPageId));

    // 2. Both elections, each through Add table… and labelled by typing.
    QLineEdit* label = nullptr;
    for (QLineEdit* e : wizard->currentPage()->findChildren<QLineEdit*>())
        if (e->isVisible()) label = e;
    QVERIFY(label);
    for (const char* year : {"2021", "2025"}) {
        QPushButton* add = button(QStringLiteral("Add table…"));
        QVERIFY(add);
        answered = false;
        answerFileDialog(kNrw + "/nrw_bundestag_" + year + "_zweitstimmen.csv", &answered);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(answered);
        QTRY_COMPARE(int(wizard->input().elections.size()), year[3] == '1' ? 1 : 2);
        typeInto(label, QString::fromLatin1(year));
        QCOMPARE(wizard->input().elections.back().label, std::string(year));
        QCOMPARE(wizard->input().elections.back().key, std::string("wkr_nr"));
    }
    next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::CensusPageId));

    // 3. The census table and three covariates ticked with Space.
    QPushButton* add = button(QStringLiteral("Add table…"));
    QVERIFY(add);
    answered = false;
    answerFileDialog(m_census, &answered);
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(answered);
    QTRY_COMPARE(int(wizard->input().census.size()), 1);
    QListWidget* covariates = nullptr;
    for (QListWidget* l : wizard->currentPage()->findChildren<QListWidget*>())
        if (!l->findItems(QStringLiteral("unemployment_rate"), Qt::MatchExactly).isEmpty())
            covariates = l;
    QVERIFY(covariates);
    for (const char* c : {"pct_age_60_74", "unemployment_rate", "pct_school_leavers_abitur"})
        QVERIFY2(toggleItem(covariates, QLatin1String(c)), c);
    next();
    if (wizard->currentId() == int(ImportWizard::ReconcilePageId)) next(); // nothing to reconcile
    QCOMPARE(wizard->currentId(), int(ImportWizard::AnalysisPageId));
    QCOMPARE(int(wizard->input().covariates.size()), 3);

    // 4. The party (arrow keys), the two elections as guessed, the project file typed.
    QComboBox* party = nullptr;
    for (QComboBox* b : wizard->currentPage()->findChildren<QComboBox*>())
        if (b->findText(QStringLiteral("AfD")) >= 0) party = b;
    QVERIFY(party);
    chooseWithKeys(party, party->findText(QStringLiteral("AfD")));
    QLineEdit *file = nullptr, *title = nullptr;
    for (QLineEdit* e : wizard->currentPage()->findChildren<QLineEdit*>()) {
        if (e->text().endsWith(QStringLiteral(".swingmap.json"))) file = e;
        if (e->text() == QStringLiteral("wkr2025_nrw")) title = e; // the boundary file's name
    }
    QVERIFY(file && title);
    typeInto(file, m_project);
    typeInto(title, QStringLiteral("Bundestag NRW: AfD 2021 to 2025"));
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QSignalSpy failed(&w, &MainWindow::jobFailed);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY2(QFileInfo::exists(m_project), qPrintable(wizard->lastError()));
    QVERIFY2(
        waitShown(shown, failed),
        qPrintable(failed.isEmpty() ? QStringLiteral("timeout") : failed.at(0).at(0).toString()));
    QCOMPARE(w.analysis()->settings.party, std::string("AfD"));
    QCOMPARE(w.loaded()->data.areaCount(), std::size_t(64));
    QVERIFY2(w.windowTitle().startsWith(QStringLiteral("Bundestag NRW: AfD 2021 to 2025")),
             qPrintable(w.windowTitle()));
}

void TestGuiMission::join() {
    MainWindow& w = *m_w;
    QVERIFY(w.loaded());
    auto* dock = w.findChild<QDockWidget*>(QStringLiteral("joinDock"));
    QVERIFY(dock);
    // The Join dock through the View menu's toggle (tabbed behind the Model dock).
    dock->toggleViewAction()->trigger();
    if (!dock->isVisible()) dock->toggleViewAction()->trigger();
    QTRY_VERIFY(dock->isVisible());
    const QString text = treeText(w.joinPanel()->tree());
    // The numbers of the input files: 64 features; election rows; census rows + the extra one.
    const int features = 64;
    const int rows2021 = int(readLines(kNrw + "/nrw_bundestag_2021_zweitstimmen.csv").size()) - 1;
    const int rows2025 = int(readLines(kNrw + "/nrw_bundestag_2025_zweitstimmen.csv").size()) - 1;
    const int censusRows = int(readLines(m_census).size()) - 1;
    QVERIFY2(text.contains(QStringLiteral("Boundaries: %1 features").arg(features)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 of %1 rows matched").arg(rows2021)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 of %1 rows matched").arg(rows2025)),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("%1 of %2 rows matched").arg(censusRows - 1).arg(censusRows)),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Unmatched keys (no boundary feature) (1)\n999")),
             qPrintable(text));
}

void TestGuiMission::fit() {
    MainWindow& w = *m_w;
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    ModelPanel* panel = w.modelPanel();
    auto* dock = w.findChild<QDockWidget*>(QStringLiteral("modelDock"));
    dock->show();
    dock->raise();
    QTRY_VERIFY(panel->isVisible());
    QStringList before = terms(panel);
    QVERIFY2(before.filter(QStringLiteral("nemploy"), Qt::CaseInsensitive).size() == 1 ||
                 before.filter(QStringLiteral("rbeitslos"), Qt::CaseInsensitive).size() == 1,
             qPrintable(before.join(QStringLiteral(" | "))));
    QCOMPARE(before.size(), 4); // intercept and the three covariates
    // Every census column is offered; the three ticked in the wizard are ticked.
    QListWidget* covariates = panel->findChild<QListWidget*>();
    QVERIFY(covariates);
    const int columns = int(readLines(m_census).value(0).split(QLatin1Char(',')).size()) - 3;
    QCOMPARE(covariates->count(), columns); // all but wkr_nr, wkr_name, land_name
    int ticked = 0, unemployment = -1;
    for (int i = 0; i < covariates->count(); ++i) {
        ticked += covariates->item(i)->checkState() == Qt::Checked ? 1 : 0;
        if (covariates->item(i)->data(Qt::UserRole).toString() ==
            QLatin1String("unemployment_rate"))
            unemployment = i;
    }
    QCOMPARE(ticked, 3);
    QVERIFY(unemployment >= 0);
    // Untick the unemployment rate with the Space key.
    covariates->setFocus();
    covariates->setCurrentRow(unemployment);
    const QString dropped = covariates->item(unemployment)->text();
    QTest::keyClick(covariates->viewport(), Qt::Key_Space);
    QCOMPARE(covariates->item(unemployment)->checkState(), Qt::Unchecked);
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QSignalSpy failed(&w, &MainWindow::jobFailed);
    QTest::mouseClick(panel->fitButton(), Qt::LeftButton);
    QVERIFY(waitShown(shown, failed));
    const QStringList after = terms(panel);
    QCOMPARE(after.size(), 3);
    QVERIFY2(!after.contains(dropped), qPrintable(after.join(QStringLiteral(" | "))));
    QCOMPARE(w.analysis()->model.n, std::size_t(64));
    QCOMPARE(w.analysis()->settings.covariates.size(), std::size_t(2));
}

void TestGuiMission::explore() {
    MainWindow& w = *m_w;
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    // The map shows the residuals: the Show box, with the arrow keys.
    QComboBox* show = w.mapView()->showCombo();
    const int residual = show->findData(QStringLiteral("residual"));
    QVERIFY(residual >= 0);
    chooseWithKeys(show, residual);
    QTRY_COMPARE(w.canvas()->mapId(), QStringLiteral("residual"));

    // The Style dock: quantiles, one class more.
    auto* styleDock = w.findChild<QDockWidget*>(QStringLiteral("styleDock"));
    styleDock->show();
    styleDock->raise();
    StylePanel* style = w.stylePanel();
    chooseWithKeys(style->methodCombo(),
                   style->methodCombo()->findData(QStringLiteral("quantile")));
    QTRY_COMPARE(w.canvas()->classStyle().method, QStringLiteral("quantile"));
    const int classes = style->classesSpin()->value();
    style->classesSpin()->setFocus();
    QTest::keyClick(style->classesSpin(), Qt::Key_Down);
    QTRY_COMPARE(w.canvas()->classStyle().classes, classes - 1);

    // View › Data table (Ctrl+Shift+D); a row clicked selects its area on the map.
    w.canvas()->setFocus();
    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto* tableDock = w.findChild<QDockWidget*>(QStringLiteral("tableDock"));
    QTRY_VERIFY(tableDock->isVisible());
    QTableView* view = w.dataTable()->view();
    QCOMPARE(view->model()->rowCount(), 64);
    const int row = 5;
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    QVERIFY(!cell.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    const std::size_t area = w.dataTable()->model()->areaAt(
        view->selectionModel()->selectedRows().value(0, view->model()->index(row, 0)).row());
    QTRY_VERIFY(area < w.canvas()->selection().size() && w.canvas()->selection()[area]);
    std::size_t selected = 0;
    for (char s : w.canvas()->selection())
        selected += s ? 1 : 0;
    QCOMPARE(selected, std::size_t(1));

    // Edit › Find (Ctrl+F): an area's name + Enter selects that area.
    const std::vector<std::string>& names = w.loaded()->data.names;
    const auto it = std::find(names.begin(), names.end(), std::string("Bonn"));
    QVERIFY(it != names.end());
    const auto bonn = std::size_t(it - names.begin());
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.findBar()->edit()));
    QTest::keyClicks(w.findBar()->edit(), QStringLiteral("Bonn"));
    QTest::keyClick(w.findBar()->edit(), Qt::Key_Return);
    QTRY_VERIFY(w.canvas()->selection()[bonn]);
}

void TestGuiMission::exportAll() {
    MainWindow& w = *m_w;
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const QString out = qEnvironmentVariableIsSet("SWINGMAP_KEEP_OUTPUT")
                            ? qEnvironmentVariable("SWINGMAP_KEEP_OUTPUT")
                            : m_work.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const QString pdf = out + "/briefing.pdf", png = out + "/map.png";

    // The briefing: Ctrl+P.
    bool answered = false;
    answerFileDialog(pdf, &answered);
    w.canvas()->setFocus();
    QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(answered);
    QTRY_VERIFY(QFileInfo(pdf).size() > 0);
    // The map as PNG: File (Alt+F) › Export map as PN&G…
    answered = false;
    answerFileDialog(png, &answered);
    fileMenuKey(w, Qt::Key_G);
    QTRY_VERIFY(answered);
    QTRY_VERIFY(QFileInfo(png).size() > 0);
    QImage image(png);
    QVERIFY(!image.isNull() && image.width() > 400);
    // The lists: File › Export target &lists…: areas.gpkg and targets.csv in a folder.
    answered = false;
    answerFileDialog(out, &answered);
    fileMenuKey(w, Qt::Key_L);
    QTRY_VERIFY(answered);
    QTRY_VERIFY(QFileInfo::exists(out + "/targets.csv"));
    QTRY_VERIFY(QFileInfo::exists(out + "/areas.gpkg"));
    // Save As (Ctrl+Shift+S) next to the first project file.
    const QString saved = m_work.filePath(QStringLiteral("saved.swingmap.json"));
    answered = false;
    answerFileDialog(saved, &answered);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(answered);
    QTRY_VERIFY(QFileInfo::exists(saved));

    // What was written. The PDF names the party and the area found.
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        const test::Run text = test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QCOMPARE(text.code, 0);
        // The title typed, the party, the two elections, the covariates kept and not the one
        // dropped, n, the input files.
        for (const char* t : {"Bundestag NRW: AfD 2021 to 2025", "AfD: 2021 → 2025",
                              "pct age 60 74", "pct school leavers abitur", "n = 64 areas",
                              "nrw_bundestag_2025_zweitstimmen.csv", "strukturdaten.csv"})
            QVERIFY2(text.out.contains(QString::fromUtf8(t)), t);
        QVERIFY(!text.out.contains(QStringLiteral("unemployment")));
    } else {
        QWARN("pdftotext did not run: the PDF's text is not checked");
    }
    // areas.gpkg: the fields of docs/schema.md.
    if (!QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty()) {
        const test::Run info =
            test::run(QStringLiteral("ogrinfo"),
                      {QStringLiteral("-so"), out + "/areas.gpkg", QStringLiteral("areas")});
        QCOMPARE(info.code, 0);
        for (const char* field :
             {"key", "name", "suppressed", "share_from", "share_to", "share_change",
              "turnout_change", "sampling_se", "within_noise", "outcome", "fitted", "residual",
              "std_residual", "potential_votes", "class", "in_model", "drop_reason"})
            QVERIFY2(info.out.contains(QLatin1String(field) + QLatin1Char(':')),
                     qPrintable(info.out));
        QVERIFY2(info.out.contains(QStringLiteral("Feature Count: 64")), qPrintable(info.out));
    } else {
        QWARN("ogrinfo did not run: areas.gpkg's fields are not checked");
    }
    // targets.csv: a header and one row per area at most, named as in the boundary file.
    const QStringList targets = readLines(out + "/targets.csv");
    QVERIFY(targets.size() > 1 && targets.size() <= 65);
    QVERIFY(targets[0].startsWith(QStringLiteral("rank,key,name,")));
    const QStringList first = targets[1].split(QLatin1Char(','));
    const auto& keys = w.loaded()->data.keys;
    const auto at = std::find(keys.begin(), keys.end(), first.value(1).toStdString());
    QVERIFY2(at != keys.end(), qPrintable(targets[1]));
    QCOMPARE(first.value(2).toStdString(), w.loaded()->data.names[std::size_t(at - keys.begin())]);
}

void TestGuiMission::reopen() {
    const QString saved = m_work.filePath(QStringLiteral("saved.swingmap.json"));
    QVERIFY(QFileInfo::exists(saved));
    const AnalysisSettings settings = m_w->analysis()->settings;
    m_w->close();
    m_w.reset();
    MainWindow again;
    again.resize(1200, 800);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QSignalSpy shown(&again, &MainWindow::analysisShown);
    QSignalSpy failed(&again, &MainWindow::jobFailed);
    // File › Open project… (Ctrl+O), the file dialog.
    again.activateWindow();
    bool answered = false;
    answerFileDialog(saved, &answered);
    QTest::keyClick(&again, Qt::Key_O, Qt::ControlModifier);
    QTRY_VERIFY(answered);
    // It reads the input files from outside its folder: the app lists them and asks first.
    TrustDialog* trust = nullptr;
    QTRY_VERIFY((trust = again.findChild<TrustDialog*>()) && trust->isVisible());
    QTest::mouseClick(trust->openButton(), Qt::LeftButton);
    QVERIFY(waitShown(shown, failed));
    QCOMPARE(again.analysis()->settings.party, std::string("AfD"));
    QCOMPARE(again.analysis()->settings.covariates, settings.covariates);
    QCOMPARE(again.analysis()->model.n, std::size_t(64));
    // The view as it was saved: the residuals, in quantiles.
    QCOMPARE(again.canvas()->mapId(), QStringLiteral("residual"));
    QCOMPARE(again.canvas()->classStyle().method, QStringLiteral("quantile"));
}

QTEST_MAIN(TestGuiMission)
#include "tst_gui_mission.moc"
