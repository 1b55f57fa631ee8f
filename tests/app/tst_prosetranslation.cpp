// SPDX-License-Identifier: GPL-3.0-or-later
// The model panel's generated prose (spatialSentences, diagnosticsLines, the Moran summary) in the
// user's language with the German/Dutch/French translator loaded; English inside an EnglishScope
// (the PDF briefing); and the summary label never overlapping the diagnostics box below it.
#include "app/gui/modelpanel.h"
#include "app/render/diagnosticstext.h"
#include "app/render/spatialtext.h"
#include "app/render/uitext.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QTranslator>
#include <QtTest>

#include <cmath>

using namespace swingmap;

namespace {

LmTest lm(double p) {
    LmTest t;
    t.statistic = 12;
    t.df = 1;
    t.p = p;
    return t;
}

SpatialFit spatial(const char* kind, double coefficient, double p) {
    SpatialFit f;
    f.kind = kind;
    f.coefficient = coefficient;
    f.stdError = 0.05;
    f.p = p;
    f.lrP = p;
    f.aic = 1056.5;
    f.olsAic = 1163.4;
    f.terms = {{"(Intercept)", 1.1, 0.2, 5, 0.001}, {"pct_old", -1.2, 0.1, -12, 0.0001}};
    return f;
}

/// A fit with every part the prose speaks of: Moran, LM tests, both spatial models, GWR, LISA.
Analysis fullAnalysis() {
    Analysis a;
    a.settings.outcome = Outcome::ShareChange;
    a.model.fitted = true;
    a.model.n = 188;
    a.model.fit.rSquared = 0.686;
    a.model.fit.adjRSquared = 0.677;
    a.model.fit.terms = {{"(Intercept)", 1.0, 0.2, 0.2, 5, 0.001, 0},
                         {"pct_old", -0.8, 0.1, 0.1, -8, 0.0001, 1.2}};
    a.model.hasMoran = true;
    a.model.moran.i = 0.444;
    a.model.moran.z = 10.57;
    a.model.moran.p = 1e-9;
    a.model.hasLmTests = true;
    a.model.lmTests.rsErr = lm(0.0001);
    a.model.lmTests.rsLag = lm(0.2);
    a.model.lmTests.adjRsErr = lm(0.0001);
    a.model.lmTests.adjRsLag = lm(0.9);
    a.model.lmTests.sarma = lm(0.0001);
    a.model.lag = spatial("lag", 0.57, 0.0001);
    a.model.errorModel = spatial("error", 0.74, 0.0002);
    a.model.gwr = GwrResult{};
    a.model.gwr->bandwidth = 57;
    a.model.gwr->rSquared = 0.89;
    a.areas.gwrCoef = {{1, 1, 1, 1, 1}, {-1.6, -1.1, -0.9, -0.7, 0.1}};
    a.hasLisa = true;
    a.lisaCounts = {{LisaCluster::HighHigh, 21},
                    {LisaCluster::LowLow, 33},
                    {LisaCluster::HighLow, 2},
                    {LisaCluster::NotSignificant, 132}};
    return a;
}

QString prose(const Analysis& a) {
    return (spatialSentences(a, {}) + diagnosticsLines(a)).join(QLatin1Char('\n'));
}

/// English phrases, one from each kind of sentence and line.
const QStringList kEnglish{
    QStringLiteral("The tests point to"),  QStringLiteral("Allowing each area"),
    QStringLiteral("It fits the data"),    QStringLiteral("Neighbouring areas"),
    QStringLiteral("Allowing for it"),     QStringLiteral("The effects differ"),
    QStringLiteral("changes direction"),   QStringLiteral("areas sit in clusters"),
    QStringLiteral("differ sharply"),      QStringLiteral("Residual Moran"),
    QStringLiteral("LM tests (statistic"), QStringLiteral("The LM tests"),
    QStringLiteral("Spatial lag model"),   QStringLiteral("Spatial error model"),
    QStringLiteral("nearest areas"),       QStringLiteral("vote share"),
    QStringLiteral("not significant"),     QStringLiteral("surprises are alike")};

} // namespace

class TestProseTranslation : public QObject {
    Q_OBJECT
private slots:
    void cleanup() {
        for (QTranslator* t : m_translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        m_translators.clear();
        labels::setTranslated(false);
    }

    void translated_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("word"); // "areas" in that language
        QTest::newRow("de") << "de"
                            << "Gebiete";
        QTest::newRow("nl") << "nl"
                            << "gebieden";
        QTest::newRow("fr") << "fr"
                            << "zones";
    }
    void translated() {
        QFETCH(QString, lang);
        QFETCH(QString, word);
        const Analysis a = fullAnalysis();
        const QString english = prose(a);
        for (const QString& e : kEnglish.mid(0, kEnglish.size() - 1))
            QVERIFY2(english.contains(e),
                     qPrintable(e + QStringLiteral(" missing in: ") + english));

        auto* t = new QTranslator;
        m_translators << t;
        QVERIFY(t->load(QStringLiteral(":/i18n/swingmap_%1.qm").arg(lang)));
        QCoreApplication::installTranslator(t);
        labels::setTranslated(true);
        const QString local = prose(a);
        for (const QString& e : kEnglish)
            QVERIFY2(!local.contains(e), qPrintable(e + QStringLiteral(" in: ") + local));
        QVERIFY2(local.contains(word), qPrintable(local));
        // The numbers come through unchanged.
        for (const char* n : {"0.57", "0.74", "1056.5", "1163.4", "57", "0.89", "21", "33", "0.444",
                              "10.57", "p < 0.001"})
            QVERIFY2(local.contains(QLatin1String(n)), n);
        {
            const labels::EnglishScope briefing; // the PDF keeps its English prose
            QCOMPARE(prose(a), english);
        }
        QCOMPARE(prose(a), local);

        // The model panel: summary and details in the language, the summary clear of the box.
        QMainWindow window; // as in the app: the panel in a dock on the right
        auto* panel = new ModelPanel;
        auto* dock = new QDockWidget(QStringLiteral("Model"));
        dock->setWidget(panel);
        window.setCentralWidget(new QWidget);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        panel->setAnalysis(a, {}); // laid out at once: a grab right after shows no overlap
        QLabel* summary = nullptr;
        for (QLabel* l : panel->findChildren<QLabel*>())
            if (l->text().contains(QStringLiteral("Moran's I"))) summary = l;
        QVERIFY(summary);
        const auto* details = panel->findChild<QPlainTextEdit*>(QStringLiteral("diagnostics"));
        QVERIFY(details);
        QVERIFY2(summary->height() >= summary->heightForWidth(summary->width()) &&
                     summary->geometry().bottom() < details->geometry().top(),
                 qPrintable(QStringLiteral("%1 high, needs %2")
                                .arg(summary->height())
                                .arg(summary->heightForWidth(summary->width()))));
        QVERIFY2(!summary->text().contains(QStringLiteral("surprises are")),
                 qPrintable(summary->text()));
        QCOMPARE(details->toPlainText().contains(QStringLiteral("The LM tests")), false);
        // Narrow and short too: the dock squeezes the panel, the label must keep its lines.
        for (const QSize size : {QSize(1600, 1000), QSize(1200, 700), QSize(1000, 600)}) {
            const int width = size.width();
            window.resize(size);
            QTRY_VERIFY2(summary->height() >= summary->heightForWidth(summary->width()),
                         qPrintable(QStringLiteral("width %1: %2 < %3")
                                        .arg(width)
                                        .arg(summary->height())
                                        .arg(summary->heightForWidth(summary->width()))));
            QVERIFY(summary->geometry().bottom() < details->geometry().top());
        }
    }

private:
    QList<QTranslator*> m_translators;
};

QTEST_MAIN(TestProseTranslation)
#include "tst_prosetranslation.moc"
