// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven page by page offscreen on the German returning officer's raw files:
// boundaries → kerg2.csv twice (2021 and 2025 figures) → Strukturdaten → SPD 2021 → 2025; the
// saved project loads and fits 299 areas. Each page is grabbed as a screenshot.
#include "app/gui/importwizard.h"
#include "app/gui/joinpanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/startpage.h"
#include "app/shared/job.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace swingmap;

namespace {

const QString kDe = QStringLiteral(SHARED_DATA_DIR "/de_bundestag_wahlkreise_2021_2025");

void shoot(ImportWizard& w, const QString& name) {
    QCoreApplication::processEvents();
    // A palette image keeps the committed screenshots small.
    const QImage img = w.grab().toImage().convertToFormat(QImage::Format_Indexed8,
                                                          Qt::ThresholdDither | Qt::AvoidDither);
    QVERIFY(img.save(QStringLiteral(SCREENSHOT_DIR "/") + name));
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT
private slots:
    void startPageOffersWizard() {
        MainWindow w;
        QVERIFY(w.startPage()->importButton());
        QCOMPARE(w.startPage()->importButton()->text(), QStringLiteral("New project from files…"));
    }

    /// A wide table: the roles and parties are guessed; unticking a party removes it.
    void wideTable() {
        ImportWizard w;
        QVERIFY(w.setBoundaryFile(kDe + "/boundaries/wkr2025.shp"));
        w.next();
        QVERIFY(w.addElectionFile(kDe + "/elections/de_bundestag_2025_zweitstimmen_wkr2025.csv",
                                  "2025"));
        const builder::ElectionInput& e = w.input().elections.at(0);
        QVERIFY(!e.longFormat);
        QCOMPARE(e.key, std::string("wkr_nr"));
        QCOMPARE(e.valid, std::string("valid"));
        QCOMPARE(e.electorate, std::string("electorate"));
        QCOMPARE(e.voters, std::string("voters"));
        QCOMPARE(e.parties.size(), std::size_t(10)); // CDU … SONSTIGE, not "invalid"
        auto* list = w.findChild<QListWidget*>();
        QListWidget* parties = nullptr;
        for (QListWidget* l : w.findChildren<QListWidget*>())
            for (int i = 0; i < l->count(); ++i)
                if (l->item(i)->text() == QStringLiteral("SONSTIGE")) parties = l;
        Q_UNUSED(list);
        QVERIFY(parties);
        parties->findItems(QStringLiteral("SONSTIGE"), Qt::MatchExactly)
            .at(0)
            ->setCheckState(Qt::Unchecked);
        QCOMPARE(w.input().elections.at(0).parties.size(), std::size_t(9));
        QTreeWidget* tree = w.electionJoinPanel()->tree();
        QVERIFY(tree->topLevelItem(1)->text(0).contains(QStringLiteral("299 of 299 rows")));
    }

    void germanRawFiles() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bundestag.swingmap.json"));
        ImportWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.setBoundaryFile(kDe + "/boundaries/wkr2025.shp"), qPrintable(w.lastError()));
        QCOMPARE(w.input().boundaryKey, std::string("wkr_id"));
        shoot(w, "wizard-1-boundaries.png");

        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::ElectionPageId));
        const QString kerg = kDe + "/raw/btw25_kerg2.csv";
        QVERIFY2(w.addElectionFile(kerg, "2021", "VorpAnzahl"), qPrintable(w.lastError()));
        QVERIFY2(w.addElectionFile(kerg, "2025", "Anzahl"), qPrintable(w.lastError()));
        QCOMPARE(w.input().elections.size(), std::size_t(2));
        QVERIFY(w.input().elections[1].longFormat);
        QCOMPARE(w.input().elections[1].key, std::string("Gebietsnummer"));
        // The join report of the selected table, before anything is fitted.
        QTreeWidget* tree = w.electionJoinPanel()->tree();
        QVERIFY(tree->topLevelItemCount() >= 2);
        QVERIFY2(tree->topLevelItem(1)->text(0).contains(QStringLiteral("299 of 299 rows")),
                 qPrintable(tree->topLevelItem(1)->text(0)));
        shoot(w, "wizard-2-elections.png");

        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::CensusPageId));
        QVERIFY2(w.addCensusFile(kDe + "/raw/btw25_strukturdaten.csv"), qPrintable(w.lastError()));
        QCOMPARE(w.input().census.at(0).key, std::string("Wahlkreis-Nr."));
        // The Strukturdaten's Land and Bund rows (keys 901-999) are named as total rows.
        QTreeWidget* ctree = w.censusJoinPanel()->tree();
        QTreeWidgetItem* totals = nullptr;
        for (QTreeWidgetItemIterator it(ctree); *it; ++it)
            if ((*it)->text(0).startsWith(QStringLiteral("Total rows"))) totals = *it;
        QVERIFY(totals);
        QVERIFY2(totals->childCount() >= 17, qPrintable(totals->text(0)));
        QVERIFY(totals->child(totals->childCount() - 1)->text(0).startsWith(QStringLiteral("999")));
        w.setCovariates({QStringLiteral("Alter von ... bis ... Jahren am 31.12.2023 - 60-74 (%)"),
                         QStringLiteral("Arbeitslosenquote November 2024 - insgesamt"),
                         QStringLiteral("Bevölkerung am 31.12.2023 - Ausländer/-innen (%)")});
        shoot(w, "wizard-3-census.png");

        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::AnalysisPageId));
        w.setAnalysis("SPD", "2021", "2025");
        w.setProjectFile(file);
        shoot(w, "wizard-4-analysis.png");

        QSignalSpy saved(&w, &ImportWizard::projectSaved);
        w.button(QWizard::FinishButton)->click();
        QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toString(), QFileInfo(file).absoluteFilePath());

        auto project = loadProject(file.toStdString());
        QVERIFY2(project.ok(), project.ok() ? "" : project.error().c_str());
        QCOMPARE(project->analysis.covariates.size(), std::size_t(3));
        Feedback fb;
        auto job = runJob(*project, fb);
        QVERIFY2(job.ok(), job.ok() ? "" : job.error().c_str());
        QCOMPARE(job->analysis.model.n, 299);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
