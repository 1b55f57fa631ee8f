// SPDX-License-Identifier: GPL-3.0-or-later
// The spatial diagnostics in plain words: the LM decision rule, the lag and error model sentences,
// GWR ranges (suppressed areas left out, small units scaled), LISA counts; and page 2 of the
// demo's briefing read back with pdftotext.
#include "app/render/briefing.h"
#include "app/render/spatialtext.h"
#include "app/shared/demo.h"
#include "app/shared/job.h"
#include "core/project.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace swingmap;

namespace {

LmTest lm(double p) {
    LmTest t;
    t.statistic = 5;
    t.df = 1;
    t.p = p;
    return t;
}

Analysis fittedAnalysis() {
    Analysis a;
    a.settings.outcome = Outcome::ShareChange;
    a.model.fitted = true;
    a.model.n = 6;
    a.model.fit.rSquared = 0.5;
    a.model.fit.terms = {{"(Intercept)", 1.0, 0.2, 0.2, 5, 0.001, 0},
                         {"pct_old", -0.8, 0.1, 0.1, -8, 0.0001, 1.2},
                         {"income", 0.0002, 0.001, 0.001, 0.2, 0.8, 1.1}};
    return a;
}

SpatialFit spatial(const char* kind, double coefficient, double p, double aic, double olsAic) {
    SpatialFit f;
    f.kind = kind;
    f.coefficient = coefficient;
    f.p = p;
    f.aic = aic;
    f.olsAic = olsAic;
    return f;
}

QString joined(const QStringList& l) {
    return l.join(QLatin1Char(' '));
}

} // namespace

class TestSpatialText : public QObject {
    Q_OBJECT
private slots:
    void lmRule_data() {
        QTest::addColumn<double>("err");
        QTest::addColumn<double>("lag");
        QTest::addColumn<double>("adjErr");
        QTest::addColumn<double>("adjLag");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("none") << 0.3 << 0.4 << 0.5 << 0.6 << "find nothing the plain model misses";
        QTest::newRow("error only") << 0.001 << 0.2 << 0.01 << 0.5 << "spatial error pattern";
        QTest::newRow("lag only") << 0.2 << 0.001 << 0.5 << 0.01 << "spatial lag pattern";
        QTest::newRow("both, robust error")
            << 0.001 << 0.001 << 0.004 << 0.3 << "spatial error pattern, LM test p = 0.004";
        QTest::newRow("both, robust lag")
            << 0.001 << 0.001 << 0.3 << 0.0001 << "spatial lag pattern, LM test p < 0.001";
        QTest::newRow("both, undecided")
            << 0.001 << 0.001 << 0.01 << 0.01 << "cannot tell whether neighbours";
    }
    void lmRule() {
        QFETCH(double, err);
        QFETCH(double, lag);
        QFETCH(double, adjErr);
        QFETCH(double, adjLag);
        QFETCH(QString, phrase);
        LmTests t;
        t.rsErr = lm(err);
        t.rsLag = lm(lag);
        t.adjRsErr = lm(adjErr);
        t.adjRsLag = lm(adjLag);
        const QString s = lmPlainSentence(t);
        QVERIFY2(s.contains(phrase), qPrintable(s));
    }

    void lagAndErrorModels() {
        Analysis a = fittedAnalysis();
        a.model.lag = spatial("lag", 0.57, 0.0001, 1056.5, 1163.4);
        SpatialFit e = spatial("error", 0.74, 0.0002, 1170.0, 1166.6);
        e.terms = {{"(Intercept)", 1.1, 0.2, 5, 0.001},
                   {"pct_old", -1.2, 0.1, -12, 0.0001},    // the clear effect: 50 % larger
                   {"income", -0.0005, 0.001, -0.5, 0.6}}; // flips, but was never clear
        a.model.errorModel = e;
        const QString s = joined(spatialSentences(a, {}));
        QVERIFY2(s.contains("for every point of change in its neighbours' average, an area's own "
                            "figure was 0.57 points higher") &&
                     s.contains("\u03c1 0.57, p < 0.001") &&
                     s.contains("fits the data better than the plain model (AIC 1056.5 "
                                "against 1163.4)"),
                 qPrintable(s));
        QVERIFY2(s.contains("\u03bb 0.74") &&
                     s.contains("keep their direction and change by "
                                "at most 50 %") &&
                     s.contains("fits the data worse than the plain model"),
                 qPrintable(s));
        a.model.errorModel->terms[1].estimate = 0.3; // now the clear effect flips
        QVERIFY(joined(spatialSentences(a, {}))
                    .contains("at least one clear effect changes "
                              "direction"));
        a.model.errorModel.reset();
        a.model.errorModelError = "the weights have no links";
        QVERIFY(joined(spatialSentences(a, {}))
                    .contains("spatial error model could not be fitted: the weights have no "
                              "links"));
    }

    void gwrRanges() {
        Analysis a = fittedAnalysis();
        a.model.gwr = GwrResult{};
        a.model.gwr->bandwidth = 57;
        a.model.gwr->rSquared = 0.89;
        const double nan = std::nan("");
        // Area 5 is suppressed: its figures are NaN in AreaFigures and must not set the range.
        a.areas.gwrCoef = {{1, 1, 1, 1, 1, nan},
                           {-1.6, -1.1, -0.9, -0.7, -0.1, nan},
                           {-0.0004, 0.0001, 0.0002, 0.0003, 0.0005, nan}};
        Project project;
        project.labels["pct_old"] = "older residents";
        const QString s = joined(spatialSentences(a, project));
        QVERIFY2(s.contains("local model on the 57 nearest areas, R\u00b2 0.89 against 0.50"),
                 qPrintable(s));
        QVERIFY2(s.contains("older residents \u22121.10 to \u22120.70;"), qPrintable(s));
        QVERIFY2(s.contains("income 0.10 to 0.30 per 1,000 (changes direction in places)"),
                 qPrintable(s));
        QVERIFY(!s.contains("older residents \u22121.10 to \u22120.70 (changes"));
    }

    void lisaCounts() {
        Analysis a = fittedAnalysis();
        a.hasLisa = true;
        a.lisaCounts = {{LisaCluster::HighHigh, 21},
                        {LisaCluster::LowLow, 33},
                        {LisaCluster::HighLow, 1},
                        {LisaCluster::NotSignificant, 244}};
        QString s = joined(spatialSentences(a, {}));
        QVERIFY2(s.contains("21 areas sit in clusters of high change in vote share and 33 in "
                            "clusters of low change in vote share; 1 area differs sharply from "
                            "its neighbours"),
                 qPrintable(s));
        a.lisaCounts = {{LisaCluster::NotSignificant, 299}};
        s = joined(spatialSentences(a, {}));
        QVERIFY2(s.contains("No area belongs to a significant cluster"), qPrintable(s));
    }

    /// The demo's own numbers, through the whole job, on page 2 of the briefing.
    void demoBriefingPageTwo() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("poppler-utils (pdftotext) is needed");
        QTemporaryDir dir;
        QVERIFY(makeDemo(dir.path().toStdString()).ok());
        auto project = loadProject(dir.filePath(QStringLiteral("project.json")).toStdString());
        QVERIFY2(project.ok(), project.ok() ? "" : project.error().c_str());
        Feedback fb;
        auto job = runJob(*project, fb);
        QVERIFY2(job.ok(), job.ok() ? "" : job.error().c_str());
        const QString pdf = dir.filePath(QStringLiteral("briefing.pdf"));
        QVERIFY(Briefing::writePdf(pdf.toStdString(), job->data, job->analysis, *project).ok());
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                 QStringLiteral("2"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QString text = QString::fromUtf8(p.readAllStandardOutput());
        text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        const ModelSummary& m = job->analysis.model;
        QVERIFY(m.lag && m.errorModel && m.gwr && job->analysis.hasLisa);
        const QStringList wanted = {
            QStringLiteral("Where the pattern holds"),
            QStringLiteral("spatial lag model"),
            QStringLiteral("\u03c1 %1").arg(m.lag->coefficient, 0, 'f', 2),
            QStringLiteral("\u03bb %1").arg(m.errorModel->coefficient, 0, 'f', 2),
            QStringLiteral("local model on the %1 nearest areas").arg(m.gwr->bandwidth),
            QStringLiteral("clusters of high change in vote share")};
        for (const QString& w : wanted)
            QVERIFY2(text.contains(w), qPrintable(w + QStringLiteral(" missing in: ") + text));
    }
};

QTEST_MAIN(TestSpatialText)
#include "tst_spatialtext.moc"
