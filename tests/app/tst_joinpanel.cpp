// SPDX-License-Identifier: GPL-3.0-or-later
// The Join panel: a report with known problems shows every list with its count, and Copy puts
// the selected entries (or a whole list, or everything) on the clipboard as text.
#include "app/gui/joinpanel.h"
#include "app/gui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace swingmap;

namespace {

JoinReport problemReport() {
    JoinReport r;
    r.boundaryFeatures = 5;
    r.geometry = {2, 1, 3};
    SourceJoin s;
    s.role = std::string("election 2025");
    s.path = std::string("/data/results.csv");
    s.rows = 7;
    s.matched = 4;
    s.areasWithoutRow = 1;
    s.unmatchedKeys = {"X1", "X2"};
    s.duplicateKeys = {"A3"};
    s.missingKeys = {"A5"};
    s.encoding = std::string("UTF-8");
    s.separator = std::string(";");
    s.decimal = std::string(",");
    s.totalRows = 1;
    r.sources.push_back(s);
    r.paddingHints.push_back({"election 2025", 2, "7", "007", "\"pad\": 3"});
    r.totalRows.push_back({"election 2025", "999", "Insgesamt", "named like a total"});
    r.rowChecks.push_back({"election 2025", "valid > voters", 6, {"A1: 10 > 9", "A2: 8 > 7"}});
    r.nameMismatchCount = 1;
    r.nameMismatches.push_back({"election 2025", "A4", "Goslar", "Northeim"});
    return r;
}

QTreeWidgetItem* findItem(QTreeWidget* tree, const QString& prefix) {
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0).startsWith(prefix)) return *it;
    return nullptr;
}

QStringList childTexts(const QTreeWidgetItem* item) {
    QStringList out;
    for (int i = 0; i < item->childCount(); ++i)
        out << item->child(i)->text(0);
    return out;
}

} // namespace

class TestJoinPanel : public QObject {
    Q_OBJECT
private slots:
    void lists_data() {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QStringList>("entries");
        QTest::newRow("unmatched")
            << "Unmatched keys (no boundary feature) (2)" << QStringList{"X1", "X2"};
        QTest::newRow("missing") << "Missing keys (boundary features without a row) (1)"
                                 << QStringList{"A5"};
        QTest::newRow("duplicates") << "Duplicate keys (1)" << QStringList{"A3"};
        QTest::newRow("totals") << "Total rows (left out) (1)"
                                << QStringList{"999 Insgesamt: named like a total"};
        QTest::newRow("row check") << "valid > voters (6)"
                                   << QStringList{"A1: 10 > 9", "A2: 8 > 7", "… 4 more not listed"};
        QTest::newRow("names") << "Name mismatches (1)"
                               << QStringList{"A4: boundaries \"Goslar\", table \"Northeim\""};
    }
    void lists() {
        QFETCH(QString, heading);
        QFETCH(QStringList, entries);
        JoinPanel panel;
        panel.setReport(problemReport());
        QTreeWidgetItem* item = findItem(panel.tree(), heading);
        QVERIFY2(item, qPrintable(heading));
        QCOMPARE(item->text(0), heading);
        QCOMPARE(childTexts(item), entries);
        // Copying the heading copies its list, one entry a line.
        panel.tree()->clearSelection();
        item->setSelected(true);
        panel.copy();
        QCOMPARE(QApplication::clipboard()->text(), entries.join('\n') + '\n');
    }

    void countsAndHint() {
        JoinPanel panel;
        panel.setReport(problemReport());
        QVERIFY(findItem(panel.tree(), "election 2025: 4 of 7 rows matched"));
        QVERIFY(findItem(panel.tree(), "Boundaries: 5 features"));
        QVERIFY(findItem(panel.tree(), "Invalid polygons repaired: 2"));
        QVERIFY(findItem(panel.tree(), "Without geometry (NULL or empty): 1"));
        QVERIFY(findItem(panel.tree(), "Islands (touch no other area): 3"));
        QVERIFY(findItem(panel.tree(), "Row-check violations (6)"));
        QTreeWidgetItem* pad = findItem(panel.tree(), "Padding:");
        QVERIFY(pad);
        QVERIFY(pad->text(0).contains("\"pad\": 3"));
        QVERIFY(pad->text(0).contains("\"7\" → \"007\""));
    }

    /// Ctrl+C with two entries selected copies those two; with nothing selected, everything.
    void copyShortcut() {
        JoinPanel panel;
        panel.setReport(problemReport());
        panel.resize(500, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTreeWidgetItem* head = findItem(panel.tree(), "Unmatched keys");
        head->setExpanded(true);
        panel.tree()->clearSelection();
        head->child(0)->setSelected(true);
        head->child(1)->setSelected(true);
        panel.tree()->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(panel.tree(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("X1\nX2\n"));
        panel.tree()->clearSelection();
        QTest::keyClick(panel.tree(), Qt::Key_C, Qt::ControlModifier);
        const QString all = QApplication::clipboard()->text();
        for (const char* s : {"X1", "A5", "A3", "999 Insgesamt", "A1: 10 > 9", "Goslar",
                              "\"pad\": 3", "Islands (touch no other area): 3"})
            QVERIFY2(all.contains(QString::fromUtf8(s)), s);
    }

    /// The dock exists in the main window; a screenshot of the panel for the docs.
    void dockAndScreenshot() {
        MainWindow w;
        QVERIFY(w.findChild<QDockWidget*>("joinDock"));
        JoinPanel panel;
        panel.setReport(problemReport());
        panel.resize(460, 600);
        for (QTreeWidgetItemIterator it(panel.tree()); *it; ++it)
            (*it)->setExpanded(true);
        QVERIFY(panel.grab()
                    .toImage()
                    .convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither)
                    .save(QStringLiteral(SCREENSHOT_DIR "/join-panel.png")));
    }
};

QTEST_MAIN(TestJoinPanel)
#include "tst_joinpanel.moc"
