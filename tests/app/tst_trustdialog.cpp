// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app asks before it reads files outside a project's folder (issue 10): the dialog
// lists them, "Cancel" reads nothing, "Open anyway" goes on and is remembered for that project
// file until the list changes; a project inside its folder opens without asking. The dialog is
// saved as a screenshot (SWINGMAP_SCREENSHOT_DIR, default the temporary folder).
#include "app/gui/mainwindow.h"
#include "app/gui/trustdialog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace swingmap;

namespace {
bool writeProject(const QString& file, const QString& boundaries, const QString& census = {}) {
    QJsonObject p{{"boundaries", QJsonObject{{"path", boundaries}, {"key", "CODE"}}},
                  {"analysis", QJsonObject{{"outcome", "x1"}}}};
    if (!census.isEmpty()) p["census"] = QJsonArray{QJsonObject{{"path", census}, {"key", "CODE"}}};
    QFile f(file);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(QJsonDocument(p).toJson()) > 0;
}

TrustDialog* openDialog(QWidget& parent) {
    for (auto* d : parent.findChildren<TrustDialog*>())
        if (d->isVisible()) return d;
    return nullptr;
}
} // namespace

class TestTrustDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_config;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid() && m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // remembered answers stay here
        QCoreApplication::setOrganizationName(QStringLiteral("SwingMapTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_trustdialog"));
        QDir().mkpath(m_dir.path() + "/proj");
        forgetTrustedProjects();
    }

    void insideOpensAtOnce() {
        const QString project = m_dir.path() + "/proj/inside.json";
        QVERIFY(writeProject(project, "areas.geojson"));
        QWidget parent;
        int proceeded = 0;
        confirmProjectInputs(&parent, project, [&] { ++proceeded; });
        QCOMPARE(proceeded, 1);
        QVERIFY(!openDialog(parent));
    }

    void outsideAsksAndRemembers() {
        const QString project = m_dir.path() + "/proj/outside.json";
        QVERIFY(writeProject(project, "../shared/areas.geojson"));
        QWidget parent;
        parent.show();
        int proceeded = 0;
        confirmProjectInputs(&parent, project, [&] { ++proceeded; });
        TrustDialog* d = openDialog(parent);
        QVERIFY(d);
        QCOMPARE(proceeded, 0); // nothing read while the question is open
        auto* list = d->findChild<QListWidget*>(QStringLiteral("trustList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), "boundaries: " + m_dir.path() + "/shared/areas.geojson");
        QVERIFY(d->cancelButton()->isDefault());
        const QString shots = qEnvironmentVariable("SWINGMAP_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(d->grab().save(shots + "/trustdialog.png"));
        d->cancelButton()->click();
        QTRY_VERIFY(!openDialog(parent));
        QCOMPARE(proceeded, 0);

        // asked again after "Cancel"; "Open anyway" goes on
        confirmProjectInputs(&parent, project, [&] { ++proceeded; });
        d = openDialog(parent);
        QVERIFY(d);
        d->openButton()->click();
        QCOMPARE(proceeded, 1);

        // remembered for this file and this list
        confirmProjectInputs(&parent, project, [&] { ++proceeded; });
        QCOMPARE(proceeded, 2);
        QVERIFY(!openDialog(parent));

        // the project now reads one more file outside: asked again
        QVERIFY(writeProject(project, "../shared/areas.geojson", "/etc/hostname"));
        confirmProjectInputs(&parent, project, [&] { ++proceeded; });
        d = openDialog(parent);
        QVERIFY(d);
        QCOMPARE(d->findChild<QListWidget*>(QStringLiteral("trustList"))->count(), 2);
        d->cancelButton()->click();
        QCOMPARE(proceeded, 2);
    }

    /// A project the import wizard just wrote from files the user picked is trusted as it is.
    void wizardProjectTrusted() {
        const QString project = m_dir.path() + "/proj/wizard.json";
        QVERIFY(writeProject(project, "../picked/areas.geojson"));
        trustProjectInputs(project);
        QWidget parent;
        int proceeded = 0;
        confirmProjectInputs(&parent, project, [&] { ++proceeded; });
        QCOMPARE(proceeded, 1);
        QVERIFY(!openDialog(parent));
    }

    /// The main window asks before its job runner reads anything.
    void mainWindowAsksFirst() {
        const QString project = m_dir.path() + "/proj/window.json";
        QVERIFY(writeProject(project, "../shared/window.geojson"));
        MainWindow w;
        w.show();
        w.openProjectFile(project);
        TrustDialog* d = openDialog(w);
        QVERIFY(d);
        QVERIFY(!w.isBusy());
        d->cancelButton()->click();
        QVERIFY(!w.isBusy());
    }
};

QTEST_MAIN(TestTrustDialog)
#include "tst_trustdialog.moc"
