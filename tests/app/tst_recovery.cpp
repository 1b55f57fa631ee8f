// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave and recovery, offscreen, through the real widgets: open the demo, change the model
// (a covariate unticked with the keyboard, Fit clicked) and the map shown, let the autosave timer
// write, "crash" (the window is destroyed without closing), and a new window offers to recover:
// Recover brings the changes back, unsaved; Ctrl+S saves them and removes the autosave. Also:
// the save question on close (Cancel / Discard), Discard on recovery, and an autosave whose
// session is alive in another process (this binary with --hold-lock) is not offered until that
// process is killed. QStandardPaths test mode keeps settings and autosaves in ~/.qttest.
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/mapview.h"
#include "app/gui/modelpanel.h"
#include "app/gui/projectsession.h"
#include "app/gui/startpage.h"
#include "app/shared/demo.h"
#include "app/shared/projectfile.h"
#include "core/project.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QListWidget>
#include <QLockFile>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <cstring>
#include <functional>

#include <sys/types.h>

using namespace swingmap;
namespace pf = swingmap::projectfile;

namespace {

QByteArray readAll(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// What happened to a question the test answered.
struct Answer {
    QPointer<QTimer> timer; ///< polling for the dialog until it is seen
    bool seen = false;
    QString text;
    QImage shot;
};

/// Answer the next modal QMessageBox named `name` by clicking the button `pick` returns.
std::shared_ptr<Answer> answerDialog(const QString& name,
                                     std::function<QAbstractButton*(QMessageBox*)> pick) {
    auto answer = std::make_shared<Answer>();
    auto* timer = new QTimer;
    answer->timer = timer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, name, pick] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name || !box->isVisible()) return;
        answer->seen = true;
        answer->text = box->text() + QLatin1Char('\n') + box->informativeText();
        answer->shot = box->grab().toImage();
        timer->stop();
        timer->deleteLater();
        QAbstractButton* b = pick(box);
        if (b) QTest::mouseClick(b, Qt::LeftButton);
    });
    timer->start();
    return answer;
}

std::function<QAbstractButton*(QMessageBox*)> buttonNamed(const QString& text) {
    return [text](QMessageBox* box) -> QAbstractButton* {
        for (QAbstractButton* b : box->buttons())
            if (b->text().remove(QLatin1Char('&')) == text) return b;
        return nullptr;
    };
}

std::function<QAbstractButton*(QMessageBox*)> standardButton(QMessageBox::StandardButton which) {
    return [which](QMessageBox* box) -> QAbstractButton* { return box->button(which); };
}

void keepForInspection(const QImage& img, const QString& name) {
    img.save(QStringLiteral(SCREENSHOT_DIR "/") + name);
    const QString keep = qEnvironmentVariable("SWINGMAP_KEEP_OUTPUT");
    if (!keep.isEmpty()) img.save(QDir(keep).filePath(name));
}

/// --hold-lock FILE: hold the QLockFile FILE (as a live SwingMap holds its autosave's) until
/// killed; prints "locked".
int holdLock(const char* file) {
    QLockFile lock(QString::fromLocal8Bit(file));
    if (!lock.tryLock(1000)) return 2;
    std::printf("locked\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void autosaveThenRecover();
    void closeAsksToSave();
    void discardDeletesTheAutosave();
    void liveSessionIsNotACrash();
    void saveAsElsewhere();

private:
    /// A window showing the demo (opened through the start page).
    bool openDemo(MainWindow& w);
    /// Untick the first covariate with the keyboard, press Fit; returns the covariates now.
    std::vector<std::string> untickFirstCovariate(MainWindow& w);
    /// An autosave left behind by a window that was destroyed (not closed) while dirty.
    void crashWithAutosave();

    QTemporaryDir m_demo;
    QString m_project;
    QByteArray m_original;
};

void TestRecovery::initTestCase() {
    QVERIFY(QStandardPaths::isTestModeEnabled());
    QVERIFY(m_demo.isValid());
    const Status st = makeDemo(m_demo.path().toStdString());
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
    m_project = QDir(m_demo.path()).filePath(QStringLiteral("project.json"));
    m_original = readAll(m_project);
    QVERIFY(!m_original.isEmpty());
    ProjectSession::setAutosaveInterval(1);
    QCOMPARE(ProjectSession::autosaveInterval(), 1);
}

void TestRecovery::init() {
    QDir(ProjectSession::autosaveFolder()).removeRecursively(); // in ~/.qttest
    QFile::remove(m_project);
    QFile f(m_project);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(m_original), m_original.size());
}

bool TestRecovery::openDemo(MainWindow& w) {
    w.setDemoDirectory(m_demo.path());
    w.resize(1200, 800);
    w.show();
    QApplication::setActiveWindow(&w);
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QSignalSpy failed(&w, &MainWindow::jobFailed);
    QTest::mouseClick(w.startPage()->demoButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return shown.count() > 0 || failed.count() > 0; }, 120000))
        return false;
    return failed.isEmpty() && QTest::qWaitForWindowActive(&w);
}

std::vector<std::string> TestRecovery::untickFirstCovariate(MainWindow& w) {
    auto* list = w.modelPanel()->findChild<QListWidget*>();
    if (!list || list->count() == 0) return {};
    list->setFocus();
    list->setCurrentRow(0);
    const Qt::CheckState before = list->item(0)->checkState();
    QTest::keyClick(list, Qt::Key_Space);
    if (list->item(0)->checkState() == before) return {};
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QTest::mouseClick(w.modelPanel()->fitButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return shown.count() > 0; }, 60000)) return {};
    return w.modelPanel()->settings().covariates;
}

void TestRecovery::crashWithAutosave() {
    auto* w = new MainWindow;
    QVERIFY(openDemo(*w));
    QComboBox* show = w->mapView()->showCombo();
    show->setCurrentIndex(show->findData(QStringLiteral("residual")));
    QVERIFY(w->isWindowModified());
    QVERIFY(w->session()->autosaveNow());
    delete w; // no close event: as a crash
    QVERIFY(QFileInfo::exists(ProjectSession::autosaveFileFor(m_project)));
}

void TestRecovery::autosaveThenRecover() {
    auto* w = new MainWindow;
    QVERIFY(openDemo(*w));
    QVERIFY(!w->isWindowModified());
    QVERIFY(w->windowTitle().contains(QLatin1String("[*]")));
    const std::vector<std::string> before = w->modelPanel()->settings().covariates;
    const std::vector<std::string> changed = untickFirstCovariate(*w);
    QVERIFY(!changed.empty());
    QVERIFY(changed != before);
    QVERIFY(w->isWindowModified());
    QComboBox* show = w->mapView()->showCombo();
    QVERIFY(show->findData(QStringLiteral("residual")) >= 0);
    show->setCurrentIndex(show->findData(QStringLiteral("residual")));
    QCOMPARE(w->canvas()->mapId(), QStringLiteral("residual"));

    // The timer (1 s here) writes the autosave, with the original path and both changes.
    const QString autosave = ProjectSession::autosaveFileFor(m_project);
    QVERIFY(autosave.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QTRY_VERIFY_WITH_TIMEOUT(pf::mapShown(pf::readDocument(autosave).ok()
                                              ? (*pf::readDocument(autosave))["project"]
                                              : pf::Document()) == QStringLiteral("residual"),
                             10000);
    auto saved = pf::readDocument(autosave);
    QVERIFY(saved.ok());
    QCOMPARE(QString::fromStdString((*saved)["original"].get<std::string>()), m_project);
    QCOMPARE((*saved)["project"]["analysis"]["covariates"].get<std::vector<std::string>>(),
             changed);
    QCOMPARE(readAll(m_project), m_original); // the project itself is untouched
    // Only what was edited differs from the user's file: the covariates and the map.
    pf::Document edited = (*saved)["project"], original = *pf::parseDocument(m_original, m_project);
    edited["analysis"].erase("covariates");
    original["analysis"].erase("covariates");
    edited.erase("view");
    QCOMPARE(edited, original);

    delete w; // the crash: no close event, no clean-up
    QVERIFY(QFileInfo::exists(autosave));

    MainWindow w2;
    w2.setDemoDirectory(m_demo.path());
    w2.resize(1200, 800);
    w2.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w2));
    QSignalSpy shown(&w2, &MainWindow::analysisShown);
    QSignalSpy failed(&w2, &MainWindow::jobFailed);
    auto answer =
        answerDialog(QStringLiteral("recoveryDialog"), buttonNamed(QStringLiteral("Recover")));
    QVERIFY(w2.session()->offerRecoveryAtStart());
    QVERIFY(answer->seen);
    QVERIFY2(answer->text.contains(QLatin1String("SwingMap closed unexpectedly")),
             qPrintable(answer->text));
    const QString title = QString::fromStdString(
        (*pf::parseDocument(m_original, m_project))["title"].get<std::string>());
    QVERIFY2(answer->text.contains(QStringLiteral("“%1”").arg(title)), qPrintable(answer->text));
    QVERIFY2(answer->text.contains(m_project), qPrintable(answer->text));
    keepForInspection(answer->shot, QStringLiteral("recovery-dialog.png"));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 || failed.count() > 0, 120000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    // The changes are back, unsaved; the paths resolved against the original folder.
    QCOMPARE(w2.modelPanel()->settings().covariates, changed);
    QCOMPARE(w2.canvas()->mapId(), QStringLiteral("residual"));
    QVERIFY(w2.isWindowModified());
    QCOMPARE(w2.session()->filePath(), m_project);
    QVERIFY(QString::fromStdString(w2.loaded()->project.boundaries.path).startsWith(m_demo.path()));
    QCOMPARE(readAll(m_project), m_original);

    // Ctrl+S saves them; the autosave goes.
    QApplication::setActiveWindow(&w2);
    QVERIFY(QTest::qWaitForWindowActive(&w2));
    QTest::keyClick(&w2, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!w2.isWindowModified());
    QVERIFY(!QFileInfo::exists(autosave));
    auto p = loadProject(m_project.toStdString());
    QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
    QCOMPARE(p->analysis.covariates, changed);
    QCOMPARE(pf::mapShown(*pf::readDocument(m_project)), QStringLiteral("residual"));
    // The user's own keys are still there.
    for (const auto& [key, value] : original.items())
        QVERIFY2(pf::readDocument(m_project)->contains(key), key.c_str());
    QVERIFY(w2.close()); // clean: no question
}

void TestRecovery::closeAsksToSave() {
    MainWindow w;
    QVERIFY(openDemo(w));
    QComboBox* show = w.mapView()->showCombo();
    show->setCurrentIndex(show->findData(QStringLiteral("residual")));
    QVERIFY(w.isWindowModified());
    QVERIFY(w.session()->autosaveNow());
    const QString autosave = ProjectSession::autosaveFileFor(m_project);
    QVERIFY(QFileInfo::exists(autosave));

    auto cancel =
        answerDialog(QStringLiteral("saveChangesDialog"), standardButton(QMessageBox::Cancel));
    QVERIFY(!w.close());
    QVERIFY(cancel->seen);
    QVERIFY(w.isVisible());
    QVERIFY(QFileInfo::exists(autosave));

    auto discard =
        answerDialog(QStringLiteral("saveChangesDialog"), standardButton(QMessageBox::Discard));
    QVERIFY(w.close());
    QVERIFY(discard->seen);
    QVERIFY(!QFileInfo::exists(autosave));
    QCOMPARE(readAll(m_project), m_original);
}

void TestRecovery::discardDeletesTheAutosave() {
    crashWithAutosave();
    const QString autosave = ProjectSession::autosaveFileFor(m_project);
    MainWindow w;
    w.show();
    auto answer =
        answerDialog(QStringLiteral("recoveryDialog"), buttonNamed(QStringLiteral("Discard")));
    QVERIFY(!w.session()->offerRecoveryAtStart());
    QVERIFY(answer->seen);
    QVERIFY(!QFileInfo::exists(autosave));
    QVERIFY(!w.session()->offerRecoveryAtStart()); // nothing left to offer
    QCOMPARE(readAll(m_project), m_original);
}

void TestRecovery::liveSessionIsNotACrash() {
    crashWithAutosave();
    const QString autosave = ProjectSession::autosaveFileFor(m_project);
    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--hold-lock"), autosave.chopped(5) + QStringLiteral(".lock")});
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readAllStandardOutput(), QByteArray("locked\n"));

    MainWindow w;
    w.setDemoDirectory(m_demo.path());
    w.show();
    // Another SwingMap has the project open: its autosave is not offered, at start or on open.
    auto unexpected =
        answerDialog(QStringLiteral("recoveryDialog"), buttonNamed(QStringLiteral("Discard")));
    QVERIFY(!w.session()->offerRecoveryAtStart());
    QVERIFY(w.session()->prepareOpen(m_project));
    QTest::qWait(100);
    QVERIFY(!unexpected->seen);
    delete unexpected->timer;
    QVERIFY(QFileInfo::exists(autosave));

    // Killed, it is a crash: opening the project offers its autosave.
    ::kill(static_cast<pid_t>(holder.processId()), SIGKILL);
    QVERIFY(holder.waitForFinished(10000));
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    auto answer =
        answerDialog(QStringLiteral("recoveryDialog"), buttonNamed(QStringLiteral("Recover")));
    w.openProjectFile(m_project);
    QVERIFY(answer->seen);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 120000);
    QCOMPARE(w.canvas()->mapId(), QStringLiteral("residual"));
    QVERIFY(w.isWindowModified());
}

void TestRecovery::saveAsElsewhere() {
    MainWindow w;
    QVERIFY(openDemo(w));
    QComboBox* show = w.mapView()->showCombo();
    show->setCurrentIndex(show->findData(QStringLiteral("residual")));
    QVERIFY(w.isWindowModified());
    QTemporaryDir other;
    const QString copy = QDir(other.path()).filePath(QStringLiteral("sub/copy.json"));
    QVERIFY(w.session()->saveAs(copy));
    QVERIFY(!w.isWindowModified());
    QCOMPARE(w.session()->filePath(), copy);
    QCOMPARE(readAll(m_project), m_original); // the original is untouched
    // The copy reads the same data files from its new folder, and remembers the map.
    auto before = loadProject(m_project.toStdString());
    auto after = loadProject(copy.toStdString());
    QVERIFY2(after.ok(), after.ok() ? "" : after.error().c_str());
    QCOMPARE(after->boundaries.path, before->boundaries.path);
    QCOMPARE(after->census.front().path, before->census.front().path);
    QVERIFY(
        !pf::readDocument(copy)->at("boundaries").at("path").get<std::string>().starts_with("/"));
    QCOMPARE(pf::mapShown(*pf::readDocument(copy)), QStringLiteral("residual"));
    QVERIFY(w.close());
}

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--hold-lock") == 0) {
        QCoreApplication app(argc, argv);
        return holdLock(argv[2]);
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
