// SPDX-License-Identifier: GPL-3.0-or-later
// Change measures, classes, potential votes, drop reasons and privacy on a hand-made dataset.
#include "core/analysis.h"
#include "core/classify.h"
#include "core/jsonschema.h"
#include "core/report.h"
#include "core/targets.h"

#include <QtTest>
#include <cmath>
#include <nlohmann/json.hpp>

using namespace swingmap;

namespace {
struct AreaSpec {
    double pa, qa, ra; // votes at A (valid = sum)
    double pb, qb, rb; // votes at B
    double electorateB;
    double households;
    bool geometry;
    double c1;
};

// Eight areas in a row of unit squares (area 7 without geometry, area 6 tiny).
const AreaSpec kAreas[] = {
    {50, 30, 20, 60, 30, 10, 200, 50, true, 1.0},  // stronghold, +10
    {40, 40, 20, 40, 35, 25, 200, 50, true, 2.0},  // battle-zone (leads by 5)
    {20, 50, 30, 30, 45, 25, 200, 50, true, 3.5},  // second, 15 behind: gained ground (+10)
    {30, 40, 30, 30, 38, 22, 200, 50, true, 2.5},  // second, 8.9 behind: battle-zone
    {20, 40, 40, 10, 50, 40, 250, 50, true, 5.0},  // third: lost ground (-10)
    {22, 48, 30, 20, 50, 30, 250, 50, true, 4.0},  // nothing
    {30, 30, 40, 25, 35, 40, 200, 3, true, 1.5},   // 3 households: suppressed
    {30, 30, 40, 35, 30, 35, 200, 50, false, 3.0}, // no geometry
};

/// The areas, all but `skip` (-1: all); the others keep their places on the row.
Dataset makeData(int skip = -1) {
    Dataset d;
    ElectionData a, b;
    a.label = "A";
    b.label = "B";
    a.parties = b.parties = {"P", "Q", "R"};
    a.votes.resize(3);
    b.votes.resize(3);
    d.covariateNames = {"c1", "hh"};
    d.covariates.resize(2);
    double x = -1;
    for (const auto& s : kAreas) {
        x += 1;
        if (static_cast<int>(x) == skip) continue;
        d.keys.push_back("K" + std::to_string(static_cast<int>(x)));
        d.names.push_back(d.keys.back());
        if (s.geometry) {
            const double ring[] = {x, 0, x + 1, 0, x + 1, 1, x, 1, x, 0};
            d.geometry.beginPart();
            d.geometry.addRing(ring, 5);
            d.geometry.endPart();
        }
        d.geometry.endFeature();
        a.votes[0].push_back(s.pa), a.votes[1].push_back(s.qa), a.votes[2].push_back(s.ra);
        b.votes[0].push_back(s.pb), b.votes[1].push_back(s.qb), b.votes[2].push_back(s.rb);
        a.valid.push_back(s.pa + s.qa + s.ra);
        b.valid.push_back(s.pb + s.qb + s.rb);
        a.voters.push_back(std::nan(""));
        b.voters.push_back(std::nan(""));
        a.electorate.push_back(200);
        b.electorate.push_back(s.electorateB);
        d.covariates[0].push_back(s.c1);
        d.covariates[1].push_back(s.households);
        d.households.push_back(s.households);
    }
    d.elections = {a, b};
    return d;
}

/// Rook neighbours of the squares on the row (keys K<place>): places one apart, both with geometry.
Neighbours rowNeighbours(const Dataset& d) {
    Neighbours nb;
    for (std::size_t i = 0; i < d.areaCount(); ++i) {
        const int place = std::stoi(d.keys[i].substr(1));
        for (std::size_t j = 0; j < d.areaCount(); ++j)
            if (d.geometry.hasGeometry(i) && d.geometry.hasGeometry(j) &&
                std::abs(std::stoi(d.keys[j].substr(1)) - place) == 1)
                nb.index.push_back(static_cast<uint32_t>(j));
        nb.offset.push_back(static_cast<uint32_t>(nb.index.size()));
    }
    return nb;
}

AnalysisSettings settings() {
    AnalysisSettings s;
    s.party = "P";
    s.from = "A";
    s.to = "B";
    s.covariates = {"c1"};
    s.rules.underperformSd = 1e9; // classes without the residual rule, tested separately
    return s;
}
} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT
private slots:
    void shareAndTurnoutChange() {
        auto a = analyse(makeData(), {}, settings());
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().c_str());
        QCOMPARE(a->areas.shareFrom[0], 50.0);
        QCOMPARE(a->areas.shareTo[0], 60.0);
        QCOMPARE(a->areas.shareChange[4], -10.0);
        QCOMPARE(a->areas.turnoutTo[4], 40.0); // 100 valid of 250 (no voters column)
        QCOMPARE(a->areas.turnoutChange[4], -10.0);
    }

    void classes_data() {
        QTest::addColumn<int>("area");
        QTest::addColumn<int>("expected");
        QTest::newRow("stronghold") << 0 << int(AreaClass::Stronghold);
        QTest::newRow("battle (leading)") << 1 << int(AreaClass::BattleZone);
        QTest::newRow("gained (second, far)") << 2 << int(AreaClass::Gained);
        QTest::newRow("battle (second, close)") << 3 << int(AreaClass::BattleZone);
        QTest::newRow("lost") << 4 << int(AreaClass::Lost);
        QTest::newRow("none") << 5 << int(AreaClass::None);
        QTest::newRow("suppressed has no class") << 6 << int(AreaClass::None);
    }
    void classes() {
        QFETCH(int, area);
        QFETCH(int, expected);
        auto a = analyse(makeData(), {}, settings());
        QVERIFY(a.ok());
        QCOMPARE(int(a->areas.cls[std::size_t(area)]), expected);
    }

    void privacyBlanksEveryFigure() {
        auto a = analyse(makeData(), {}, settings());
        QVERIFY(a.ok());
        const auto& f = a->areas;
        QCOMPARE(a->suppressedCount, std::size_t(1));
        QCOMPARE(int(f.suppressed[6]), 1);
        for (const auto* v : {&f.shareFrom, &f.shareTo, &f.shareChange, &f.turnoutFrom,
                              &f.turnoutTo, &f.turnoutChange, &f.outcome, &f.fitted, &f.residual,
                              &f.stdResidual, &f.potentialVotes})
            QVERIFY(std::isnan((*v)[6]));
        // ...and it enters no statistic (docs/methods-notes.md, "Privacy and the model")
        QCOMPARE(int(f.inModel[6]), 0);
        QCOMPARE(f.dropReason[6], std::string(kSuppressedDropReason));
        QCOMPARE(a->model.n, std::size_t(6)); // 8 areas less K6 (suppressed), K7 (no geometry)
    }

    /// Suppressed is as good as absent for every statistic: the fit (with a standardised
    /// covariate), residual Moran's I, the LM tests, the lag and error models and LISA are those
    /// of the data without the area (K6 sits between K5 and K7; K7 has no geometry, so without K6
    /// K5 ends the row in both runs).
    void suppressedIsAsIfAbsent() {
        AnalysisSettings s = settings();
        s.lisa = true;
        s.models = {"ols", "lag", "error"};
        s.transforms["c1"] = "standardise";
        s.lisaSettings.permutations = 99;
        const Dataset all = makeData(), without = makeData(6);
        auto a = analyse(all, rowNeighbours(all), s),
             b = analyse(without, rowNeighbours(without), s);
        QVERIFY(a.ok() && b.ok());
        QVERIFY2(a->model.fitted, a->model.error.c_str());
        QCOMPARE(a->model.n, b->model.n);
        QCOMPARE(a->model.dropped, b->model.dropped + 1);
        QCOMPARE(a->model.dropReasons.at(kSuppressedDropReason), std::size_t(1));
        auto same = [](double x, double y) {
            return std::fabs(x - y) <= 1e-12 * std::max(1.0, std::fabs(y));
        };
        for (std::size_t t = 0; t < b->model.fit.terms.size(); ++t) {
            QVERIFY(same(a->model.fit.terms[t].estimate, b->model.fit.terms[t].estimate));
            QVERIFY(same(a->model.fit.terms[t].stdError, b->model.fit.terms[t].stdError));
        }
        QVERIFY(same(a->model.fit.sigma, b->model.fit.sigma));
        QVERIFY(a->model.hasMoran && b->model.hasMoran && a->model.hasLmTests);
        QVERIFY(same(a->model.moran.i, b->model.moran.i));
        QVERIFY(same(a->model.moran.z, b->model.moran.z));
        QCOMPARE(a->model.moran.islands, b->model.moran.islands);
        QVERIFY(same(a->model.lmTests.sarma.statistic, b->model.lmTests.sarma.statistic));
        QVERIFY(same(a->model.lmTests.rsErr.statistic, b->model.lmTests.rsErr.statistic));
        QCOMPARE(a->model.lag.has_value(), b->model.lag.has_value());
        QCOMPARE(a->model.lagError, b->model.lagError);
        if (a->model.lag) QVERIFY(same(a->model.lag->coefficient, b->model.lag->coefficient));
        QCOMPARE(a->model.errorModel.has_value(), b->model.errorModel.has_value());
        if (a->model.errorModel)
            QVERIFY(same(a->model.errorModel->logLik, b->model.errorModel->logLik));
        QVERIFY(a->hasLisa && b->hasLisa);
        QVERIFY(a->lisaCounts == b->lisaCounts);
        for (std::size_t j = 0; j < without.areaCount(); ++j) {
            const std::size_t i = j < 6 ? j : j + 1; // the same area in `all`
            QCOMPARE(all.keys[i], without.keys[j]);
            using Column = std::vector<double> AreaFigures::*;
            for (Column v :
                 {&AreaFigures::fitted, &AreaFigures::residual, &AreaFigures::stdResidual,
                  &AreaFigures::leverage, &AreaFigures::lisaI, &AreaFigures::lisaZ,
                  &AreaFigures::lisaPSim, &AreaFigures::potentialVotes}) {
                const double x = (a->areas.*v)[i], y = (b->areas.*v)[j];
                QVERIFY2(std::isnan(x) ? std::isnan(y) : same(x, y), without.keys[j].c_str());
            }
            QCOMPARE(a->areas.cls[i], b->areas.cls[j]);
        }
    }

    void votersRuleWhenHouseholdsUnknown() {
        Dataset d = makeData();
        d.households.clear();
        d.elections[1].electorate[2] = 9; // below min_voters 10
        auto a = analyse(d, {}, settings());
        QVERIFY(a.ok());
        QCOMPARE(a->suppressedCount, std::size_t(1));
        QCOMPARE(int(a->areas.suppressed[2]), 1);
    }

    void dropReasons() {
        Dataset d = makeData();
        d.covariates[0][5] = std::nan("");
        auto a = analyse(d, {}, settings());
        QVERIFY(a.ok());
        QCOMPARE(a->model.dropped, std::size_t(3));
        QCOMPARE(a->model.dropReasons.at(kSuppressedDropReason), std::size_t(1)); // K6
        QCOMPARE(a->model.dropReasons.at("no geometry"), std::size_t(1));
        QCOMPARE(a->model.dropReasons.at("missing c1"), std::size_t(1));
        QCOMPARE(a->areas.dropReason[7], std::string("no geometry"));
    }

    /// A row the join checks refused (its figures NaN, the check named) leaves with that reason.
    void rowCheckReasons() {
        Dataset d = makeData();
        ElectionData& a = d.elections[0];
        a.rowProblem.assign(d.areaCount(), "");
        a.rowProblem[3] = "valid > voters";
        a.valid[3] = std::nan("");
        for (auto& v : a.votes)
            v[3] = std::nan("");
        auto r = analyse(d, {}, settings());
        QVERIFY(r.ok());
        QCOMPARE(r->areas.dropReason[3], std::string("A: valid > voters"));
        QCOMPARE(r->model.dropReasons.at("A: valid > voters"), std::size_t(1));
    }

    void potentialVotesFollowMethods() {
        AnalysisSettings s = settings();
        auto a = analyse(makeData(), {}, s);
        QVERIFY(a.ok());
        const auto& f = a->areas;
        std::vector<double> turnout(f.turnoutTo);
        QCOMPARE(a->turnoutTarget, quantile7(turnout, 0.9));
        for (std::size_t i : {0u, 4u, 5u}) {
            const double e = 250.0 * (i >= 4) + 200.0 * (i < 4);
            const double expected =
                e * std::max(0.0, -f.residual[i]) / 100 +
                e * std::max(0.0, a->turnoutTarget - f.turnoutTo[i]) / 100 * f.shareTo[i] / 100;
            QVERIFY(std::fabs(f.potentialVotes[i] - expected) < 1e-9);
        }
    }

    void underPerformingComesBeforeStronghold() {
        AnalysisSettings s = settings();
        s.rules.underperformSd = 0.0; // every negative residual under-performs
        auto a = analyse(makeData(), {}, s);
        QVERIFY(a.ok());
        for (std::size_t i = 0; i < 6; ++i) {
            if (a->areas.cls[i] == AreaClass::BattleZone) continue;
            const bool under = a->areas.residual[i] <= 0;
            QCOMPARE(a->areas.cls[i] == AreaClass::UnderPerforming, under);
        }
    }

    void butlerAndSteedCanDisagree() {
        Dataset d = makeData();
        // A: P 60, Q 20, R 20; B: P 50, Q 15, R 35 (area 5)
        auto& A = d.elections[0];
        auto& B = d.elections[1];
        A.votes[0][5] = 60, A.votes[1][5] = 20, A.votes[2][5] = 20, A.valid[5] = 100;
        B.votes[0][5] = 50, B.votes[1][5] = 15, B.votes[2][5] = 35, B.valid[5] = 100;
        AnalysisSettings s = settings();
        s.versus = "Q";
        s.outcome = Outcome::ButlerSwing;
        auto butler = analyse(d, {}, s);
        s.outcome = Outcome::SteedSwing;
        auto steed = analyse(d, {}, s);
        QVERIFY(butler.ok() && steed.ok());
        QVERIFY(std::fabs(butler->areas.outcome[5] - (-2.5)) < 1e-12);
        QVERIFY(std::fabs(steed->areas.outcome[5] - (100.0 * 50 / 65 - 75.0)) < 1e-12);
        QVERIFY(butler->butlerSteedDisagree >= 1);
    }

    void samplingNoiseAndLogOdds() {
        auto a = analyse(makeData(), {}, settings());
        QVERIFY(a.ok());
        const auto& f = a->areas;
        // area 5: 22 of 100 -> 20 of 100 valid votes
        const double se = 100 * std::sqrt(0.22 * 0.78 / 100 + 0.20 * 0.80 / 100);
        QVERIFY(std::fabs(f.samplingSe[5] - se) < 1e-12);
        QCOMPARE(int(f.withinNoise[5]), 1); // -2 points on 100 votes: could be chance
        QCOMPARE(int(f.withinNoise[0]), 1); // +10 points on 100 votes: 1.96 SE = 13.7 points
        Dataset big = makeData();
        for (auto& e : big.elections) {
            for (auto& party : e.votes)
                party[0] *= 100;
            e.valid[0] *= 100;
            e.electorate[0] *= 100;
        }
        auto b = analyse(big, {}, settings());
        QVERIFY(b.ok());
        QCOMPARE(int(b->areas.withinNoise[0]), 0); // the same +10 on 10,000 votes is real
        QVERIFY(std::fabs(f.logOddsChange[0] - (std::log(0.6 / 0.4) - std::log(0.5 / 0.5))) <
                1e-12);
        QVERIFY(std::isnan(f.butlerSwing[0])); // no "versus" party
        QVERIFY(std::isnan(f.samplingSe[6]));  // suppressed
    }

    void electorateChangeSeparatesMobilisation() {
        auto a = analyse(makeData(), {}, settings());
        QVERIFY(a.ok());
        // area 4: 20 of 200 electors -> 10 of 250 electors
        QVERIFY(std::fabs(a->areas.electorateChange[4] - (100.0 * 10 / 250 - 100.0 * 20 / 200)) <
                1e-12);
    }

    void targetsRankedWithoutSuppressed() {
        const Dataset d = makeData();
        auto a = analyse(d, {}, settings());
        QVERIFY(a.ok());
        const auto targets = rankTargets(d, *a);
        QVERIFY(!targets.empty());
        for (std::size_t r = 0; r < targets.size(); ++r) {
            QCOMPARE(targets[r].rank, r + 1);
            QVERIFY(targets[r].area != 6); // suppressed
            if (r > 0) QVERIFY(targets[r - 1].potentialVotes >= targets[r].potentialVotes);
        }
        QCOMPARE(rankTargets(d, *a, 2).size(), std::size_t(2));
        const std::string csv = targetsCsv(d, *a, targets);
        QVERIFY(csv.rfind("rank,key,name,class,", 0) == 0);
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), long(targets.size() + 1));
        QVERIFY(csv.find("K6") == std::string::npos);
    }

    void plainWords_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("label");
        QTest::addColumn<double>("estimate");
        QTest::addColumn<double>("hc3");
        QTest::addColumn<double>("p");
        QTest::addColumn<QString>("expected");
        // the German SPD model (tests/data/reference/de_bundestag), n - k - 1 = 293
        QTest::newRow("percent, lost")
            << "pct_age_60_74"
            << "residents aged 60–74 (%)" << -0.8906974251609554 << 0.085264122006408108 << 3.5e-29
            << "areas with one point more residents aged 60–74 lost 0.89 points more "
               "(robust 95 % interval 0.72 to 1.06)";
        QTest::newRow("small unit, gained")
            << "disposable_income_eur_per_capita"
            << "disposable income (EUR per head)" << 0.00029105217856553414
            << 6.9482918405172452e-05 << 3.6e-06
            << "areas with 1000 units more disposable income (EUR per head) gained 0.29 points "
               "more (robust 95 % interval 0.15 to 0.43)";
        QTest::newRow("could be chance")
            << "pct_foreigners"
            << "foreign residents (%)" << -0.028631539858261865 << 0.038026677315824986 << 0.414
            << "areas with 10 points more foreign residents lost 0.29 points more (robust 95 % "
               "interval \u22121.03 to 0.46: could be chance, robust p = 0.452)";
        // R: 2 * pt(-abs(-0.028631539858261865 / 0.038026677315824986), 293) = 0.452 — the p
        // that goes with the robust interval, not the classical 0.414.
    }
    /// A census column as the outcome: the sentence names it instead of "points".
    void plainWordsForACensusColumn() {
        Term t;
        t.name = "PctPov";
        t.estimate = -0.345778;
        t.hc3StdError = 0.115;
        const std::string s = describeTerm(t, "population in poverty (%)", Outcome::Column, 155,
                                           "adults with a degree (%)");
        QCOMPARE(QString::fromStdString(s),
                 QString("areas with one point more population in poverty scored lower by 0.35 "
                         "on adults with a degree (%) (robust 95 % interval 0.12 to 0.57)"));
    }
    /// A reconciled census rate is a fraction (0 to 1): its coefficient is per 100 points, and the
    /// sentence must say it per point (the demo's page 1 once read "lost 89.30 points").
    void plainWordsForAFraction() {
        Term t;
        t.name = "share_age_60_74";
        t.estimate = -89.3;
        t.hc3StdError = 20;
        const std::string s =
            describeTerm(t, "residents aged 60-74", Outcome::ShareChange, 293, "", true);
        // -0.893 per point; t(0.975, 293) = 1.968: interval -0.893 -/+ 1.968 * 0.2
        QCOMPARE(QString::fromStdString(s),
                 QString("areas with one point more residents aged 60-74 lost 0.89 points more "
                         "(robust 95 % interval 0.50 to 1.29)"));
    }
    void plainWords() {
        QFETCH(QString, name);
        QFETCH(QString, label);
        QFETCH(double, estimate);
        QFETCH(double, hc3);
        QFETCH(double, p);
        QFETCH(QString, expected);
        Term t;
        t.name = name.toStdString();
        t.estimate = estimate;
        t.hc3StdError = hc3;
        t.p = p;
        const QString got =
            QString::fromStdString(describeTerm(t, label.toStdString(), Outcome::ShareChange, 293));
        QCOMPARE(got, expected.replace("\\u2212", QString(QChar(0x2212))));
    }

    void outcomeFromACensusColumn() {
        AnalysisSettings s = settings();
        s.outcome = Outcome::Column;
        s.outcomeColumn = "c1";
        s.covariates = {"hh"};
        Dataset d = makeData();
        d.elections[0].valid[2] = 0; // no share at A: still in a model of a census figure
        d.covariates[1][5] = 80;     // hh varies over the model's areas without the suppressed K6
        auto a = analyse(d, {}, s);
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().c_str());
        QVERIFY2(a->model.fitted, a->model.error.c_str());
        QCOMPARE(a->areas.outcome[3], 2.5);
        // all but the area without geometry (K7) and the suppressed one (K6: its census figure is
        // an outcome like any other and must not be recoverable from the fit)
        QCOMPARE(a->model.n, std::size_t(6));
        // the same fit directly
        Eigen::MatrixXd X(6, 2);
        Eigen::VectorXd y(6), w(6);
        int r = 0;
        for (std::size_t i = 0; i < 8; ++i) {
            if (i >= 6) continue;
            X(r, 0) = 1;
            X(r, 1) = d.covariates[1][i];
            y(r) = d.covariates[0][i];
            w(r) = d.elections[1].valid[i];
            ++r;
        }
        auto direct = fitWls(X, y, w, {"(Intercept)", "hh"});
        QVERIFY(direct.ok());
        QVERIFY(std::fabs(direct->terms[1].estimate - a->model.fit.terms[1].estimate) < 1e-12);
        s.outcomeColumn = "nope";
        auto bad = analyse(d, {}, s);
        QVERIFY(!bad.ok());
        QVERIFY(QString::fromStdString(bad.error()).contains("nor a numeric census column"));
    }

    void reportFollowsItsSchema() {
        const Dataset d = makeData();
        AnalysisSettings s = settings();
        s.lisa = true;
        auto a = analyse(d, {}, s);
        QVERIFY(a.ok());
        Project p;
        p.title = "t";
        p.analysis = s;
        const auto text = buildReport(
            p, d, *a,
            {{"boundaries", 0.1}, {"tables", 0.0}, {"join", 0.0}, {"model", 0.2}, {"total", 0.3}});
        const auto j = nlohmann::json::parse(text);
        const auto problem = validateJson(j, reportSchema());
        QVERIFY2(!problem, problem ? problem->c_str() : "");
        QCOMPARE(j["privacy"]["suppressed"].get<int>(), 1);
        // nothing of the suppressed area K6 appears anywhere in the report
        QVERIFY(text.find("\"K6\"") == std::string::npos);
    }

    void unknownNamesAreClearErrors_data() {
        QTest::addColumn<QString>("party");
        QTest::addColumn<QString>("covariate");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("party") << "Z"
                               << "c1"
                               << "the party \"Z\" is not in election";
        QTest::newRow("covariate") << "P"
                                   << "nope"
                                   << "the covariate \"nope\"";
    }
    void unknownNamesAreClearErrors() {
        QFETCH(QString, party);
        QFETCH(QString, covariate);
        QFETCH(QString, phrase);
        AnalysisSettings s = settings();
        s.party = party.toStdString();
        s.covariates = {covariate.toStdString()};
        auto a = analyse(makeData(), {}, s);
        QVERIFY(!a.ok());
        QVERIFY2(QString::fromStdString(a.error()).contains(phrase), a.error().c_str());
    }

    void tooFewAreasIsNotAFailure() {
        AnalysisSettings s = settings();
        s.covariates = {"c1", "hh"};
        Dataset d = makeData();
        for (auto& v : d.covariates[1])
            v = 7; // constant covariate: collinear with the intercept
        auto a = analyse(d, {}, s);
        QVERIFY(a.ok());
        QVERIFY(!a->model.fitted);
        QVERIFY(!a->model.error.empty());
        QCOMPARE(a->areas.shareChange[0], 10.0); // change figures are still there
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
