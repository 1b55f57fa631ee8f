// SPDX-License-Identifier: GPL-3.0-or-later
// fitGwr against GWR4 4.0.90 and mgwr on the Georgia data (read in place from the shared data
// folder) and against tests/data/reference/gwr/gwr_reference.R on synthetic data.
#include "core/gwr.h"

#include <QtTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

using namespace swingmap;
using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

namespace {

const std::string kGeorgia = TEST_DATA_DIR "/../../../shared/data/us_georgia_gwr_fbc2002";
const std::string kRef = TEST_DATA_DIR "/reference/gwr";

/// A CSV of numbers (non-numeric cells read as NaN), columns by trimmed header name.
struct Csv {
    std::map<std::string, std::vector<double>> col;
    std::vector<std::string> text; ///< first column as text
    std::size_t rows = 0;
    [[nodiscard]] VectorXd vec(const std::string& name) const {
        const std::vector<double>& v = col.at(name);
        return Eigen::Map<const VectorXd>(v.data(), static_cast<Index>(v.size()));
    }
};

std::string trim(const std::string& s) {
    const auto a = s.find_first_not_of(" \t\r"), b = s.find_last_not_of(" \t\r");
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> out;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');)
        out.push_back(trim(cell));
    return out;
}

Csv readCsv(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    const std::vector<std::string> head = split(line);
    Csv csv;
    while (std::getline(in, line)) {
        if (trim(line).empty()) continue;
        const std::vector<std::string> cells = split(line);
        csv.text.push_back(cells.at(0));
        for (std::size_t c = 0; c < head.size(); ++c) {
            char* end = nullptr;
            const double v = std::strtod(cells.at(c).c_str(), &end);
            csv.col[head[c]].push_back(*end == '\0' ? v : std::nan(""));
        }
        ++csv.rows;
    }
    return csv;
}

VectorXd zscore(const VectorXd& v) { // population SD, as numpy's std in mgwr's notebook
    const double m = v.mean();
    return (v.array() - m) / std::sqrt((v.array() - m).square().mean());
}

struct Data {
    MatrixXd X;
    VectorXd y;
    std::vector<double> xy;
};

Data georgia(const std::vector<std::string>& covariates, bool standardise) {
    const Csv g = readCsv(kGeorgia + "/GData_utm.csv");
    Data d;
    d.X.resize(static_cast<Index>(g.rows), static_cast<Index>(covariates.size() + 1));
    d.X.col(0).setOnes();
    for (std::size_t c = 0; c < covariates.size(); ++c) {
        const VectorXd v = g.vec(covariates[c]);
        d.X.col(static_cast<Index>(c + 1)) = standardise ? zscore(v) : v;
    }
    d.y = standardise ? zscore(g.vec("PctBach")) : g.vec("PctBach");
    for (std::size_t i = 0; i < g.rows; ++i) {
        d.xy.push_back(g.col.at("X")[i]);
        d.xy.push_back(g.col.at("Y")[i]);
    }
    return d;
}

bool haveGeorgia() {
    return std::filesystem::exists(kGeorgia + "/GData_utm.csv");
}

double maxAbs(const VectorXd& a, const VectorXd& b) {
    return (a - b).cwiseAbs().maxCoeff();
}

/// Relative-or-absolute deviation (absolute below magnitude 1).
double maxRel(const VectorXd& a, const VectorXd& b) {
    return ((a - b).array().abs() / b.array().abs().max(1.0)).maxCoeff();
}

GwrResult fit(const Data& d, GwrSettings s, const VectorXd* w = nullptr) {
    auto r = fitGwr(d.X, d.y, d.xy, s, w);
    if (!r.ok()) qFatal("fitGwr failed: %s", r.error().c_str());
    return *r;
}

Data synthetic(VectorXd* w) {
    const Csv c = readCsv(kRef + "/synthetic_input.csv");
    Data d;
    const Index n = static_cast<Index>(c.rows);
    d.X.resize(n, 3);
    d.X << VectorXd::Ones(n), c.vec("x1"), c.vec("x2");
    d.y = c.vec("yv");
    for (std::size_t i = 0; i < c.rows; ++i) {
        d.xy.push_back(c.col.at("x")[i]);
        d.xy.push_back(c.col.at("y")[i]);
    }
    if (w) *w = c.vec("w");
    return d;
}

void compareToR(const GwrResult& r, const std::string& file, const Csv& summary, std::size_t row) {
    const Csv ref = readCsv(kRef + "/" + file);
    double dev = 0;
    for (Index j = 0; j < r.coef.cols(); ++j) {
        dev = std::max(dev, maxRel(r.coef.col(j), ref.vec("coef" + std::to_string(j))));
        dev = std::max(dev, maxRel(r.se.col(j), ref.vec("se" + std::to_string(j))));
    }
    dev = std::max({dev, maxRel(r.localR2, ref.vec("localR2")), maxRel(r.fitted, ref.vec("fitted")),
                    maxRel(r.residual, ref.vec("residual"))});
    auto s = [&](const char* name) { return summary.col.at(name)[row]; };
    const std::pair<double, double> scalars[] = {
        {r.aicc, s("aicc")},   {r.aic, s("aic")},          {r.rss, s("rss")},
        {r.traceS, s("trS")},  {r.traceStS, s("trStS")},   {r.rSquared, s("r2")},
        {r.sigma, s("sigma")}, {r.adjRSquared, s("adjr2")}};
    for (const auto& [mine, want] : scalars)
        dev = std::max(dev, std::abs(mine - want) / std::max(1.0, std::abs(want)));
    qInfo("%s: max deviation from the R reference %.3g", file.c_str(), dev);
    QVERIFY(dev < 1e-6);
}

} // namespace

class TestGwr : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (!haveGeorgia()) QFAIL(("Georgia GWR data not found; looked in " + kGeorgia).c_str());
    }

    /// GWR4 4.0.90, PctBach ~ PctRural + PctPov + PctBlack, adaptive bisquare k = 90.
    void gwr4Georgia() {
        const Data d = georgia({"PctRural", "PctPov", "PctBlack"}, false);
        const GwrResult r = fit(d, {.bandwidth = 90});
        const Csv ref = readCsv(kGeorgia + "/source/georgia_BS_NN_listwise.csv");
        const char* names[] = {"Intercept", "PctRural", "PctPov", "PctBlack"};
        double devCoef = 0, devSe = 0, devT = 0;
        for (Index j = 0; j < 4; ++j) {
            devCoef =
                std::max(devCoef, maxAbs(r.coef.col(j), ref.vec(std::string("est_") + names[j])));
            devSe = std::max(devSe, maxAbs(r.se.col(j), ref.vec(std::string("se_") + names[j])));
            devT = std::max(devT, maxRel(r.tvalue.col(j), ref.vec(std::string("t_") + names[j])));
        }
        const double devR2 = maxAbs(r.localR2, ref.vec("localR2"));
        const double devFit =
            std::max(maxAbs(r.fitted, ref.vec("yhat")), maxAbs(r.residual, ref.vec("residual")));
        qInfo("GWR4: max |dev| coef %.2g se %.2g t(rel) %.2g localR2 %.2g fit %.2g AICc %.2g",
              devCoef, devSe, devT, devR2, devFit, std::abs(r.aicc - 896.462831));
        // Printed to 6 decimals: half a unit in the last place, plus rounding of the inputs.
        QVERIFY(devCoef < 6e-7 && devSe < 6e-7 && devR2 < 6e-7 && devFit < 6e-7 && devT < 1e-5);
        QVERIFY(std::abs(r.aicc - 896.462831) < 2e-6);
        QVERIFY(std::abs(r.aic - 892.668583) < 2e-6);
        QVERIFY(std::abs(r.rss - 2090.125305) < 2e-6);
        QVERIFY(std::abs(r.traceS - 14.925095) < 1e-6);
        QVERIFY(std::abs(r.traceStS - 10.193958) < 1e-6);
        QVERIFY(std::abs(r.sigma - 3.872954) < 1e-6);
        QVERIFY(std::abs(r.rSquared - 0.592415) < 1e-6);
        QVERIFY(std::abs(r.adjRSquared - 0.534505) < 1e-6);
    }

    /// GWR4's own golden section (unrounded section points, stop on interval width) kept 90.398
    /// and reported 90; mgwr's rule (round each section point, stop when the two AICc agree)
    /// walks on to 93, which is also the minimum over every k from 48 to 159.
    void gwr4Search() {
        const Data d = georgia({"PctRural", "PctPov", "PctBlack"}, false);
        const GwrResult g = fit(d, {});
        QString path;
        for (const auto& [k, a] : g.searchPath)
            path += QString(" %1:%2").arg(k).arg(a, 0, 'f', 3);
        qInfo("golden-section path (k:AICc):%s", qPrintable(path));
        QCOMPARE(g.bandwidth, 93);
        QVERIFY(!g.exhaustiveSearch);
        QCOMPARE(g.searchPath.front().first, 90); // 48 + 0.38197 * 111 = 90.4, as GWR4's p1
        QCOMPARE(g.searchPath[1].first, 117);     // 159 - 0.38197 * 111 = 116.6, as GWR4's p2
        QVERIFY(std::abs(g.searchPath.front().second - 896.462831) < 2e-6);
        const GwrResult e = fit(d, {.goldenSection = false});
        QCOMPARE(e.bandwidth, 93);
        QVERIFY(e.exhaustiveSearch);
        QCOMPARE(e.searchPath.size(), std::size_t{159 - 48 + 1});
        QVERIFY(std::abs(e.aicc - g.aicc) < 1e-12);
    }

    /// mgwr's Georgia example: PctBach ~ PctFB + PctBlack + PctRural, all z-scored.
    void mgwrGeorgia() {
        const Data d = georgia({"PctFB", "PctBlack", "PctRural"}, true);
        const GwrResult g = fit(d, {});
        qInfo("mgwr: k %d AICc %.4f R2 %.4f trS %.4f", g.bandwidth, g.aicc, g.rSquared, g.traceS);
        QCOMPARE(g.bandwidth, 117);
        QVERIFY(std::abs(g.aicc - 299.051) < 5e-4);
        QVERIFY(std::abs(g.rSquared - 0.678) < 5e-4);
        QVERIFY(std::abs(g.traceS - 11.805) < 5e-4);
        QCOMPARE(fit(d, {.goldenSection = false}).bandwidth, 116);
    }

    void rReference() {
        VectorXd w;
        const Data d = synthetic(&w);
        const Csv summary = readCsv(kRef + "/synthetic_summary.csv");
        compareToR(fit(d, {.bandwidth = 60}), "synthetic_k60.csv", summary, 0);
        compareToR(fit(d, {.bandwidth = 60}, &w), "synthetic_k60_weighted.csv", summary, 1);
        const GwrResult g = fit(d, {});
        QCOMPARE(g.bandwidth, static_cast<int>(summary.col.at("k")[2]));
        compareToR(g, "synthetic_golden.csv", summary, 2);
        QCOMPARE(fit(d, {.goldenSection = false}).bandwidth,
                 static_cast<int>(summary.col.at("k")[3]));
    }

    /// A slope that grows west to east is recovered from noisy data.
    void plantedTruth() {
        std::mt19937 rng(42);
        std::uniform_real_distribution<double> u(0, 1000);
        std::normal_distribution<double> z(0, 1);
        const Index n = 400;
        Data d;
        d.X.resize(n, 3);
        d.y.resize(n);
        VectorXd truth(n);
        for (Index i = 0; i < n; ++i) {
            const double x = u(rng), y = u(rng);
            d.xy.insert(d.xy.end(), {x, y});
            d.X.row(i) << 1, z(rng), z(rng);
            truth[i] = 1 + 2 * x / 1000;
            d.y[i] = 2 + truth[i] * d.X(i, 1) + 0.5 * d.X(i, 2) + 0.5 * z(rng);
        }
        const GwrResult r = fit(d, {});
        const VectorXd a = r.coef.col(1).array() - r.coef.col(1).mean();
        const VectorXd b = truth.array() - truth.mean();
        const double corr = a.dot(b) / std::sqrt(a.squaredNorm() * b.squaredNorm());
        qInfo("planted truth: k %d, correlation %.3f", r.bandwidth, corr);
        QVERIFY(corr > 0.9);
    }

    /// Rows are fitted in a spatial order internally; the caller's order must not matter.
    void rowOrderDoesNotChangeResults() {
        const Data d = georgia({"PctRural", "PctPov", "PctBlack"}, false);
        const Index n = d.y.size();
        Data rev;
        rev.X = d.X.colwise().reverse();
        rev.y = d.y.reverse();
        for (Index i = n - 1; i >= 0; --i)
            rev.xy.insert(rev.xy.end(), {d.xy[2 * static_cast<std::size_t>(i)],
                                         d.xy[2 * static_cast<std::size_t>(i) + 1]});
        const GwrResult a = fit(d, {.bandwidth = 70});
        const GwrResult b = fit(rev, {.bandwidth = 70});
        QVERIFY((a.coef - MatrixXd(b.coef.colwise().reverse())).cwiseAbs().maxCoeff() < 1e-10);
        QVERIFY((a.se - MatrixXd(b.se.colwise().reverse())).cwiseAbs().maxCoeff() < 1e-10);
        QVERIFY(maxAbs(a.localR2, b.localR2.reverse()) < 1e-12);
        QVERIFY(std::abs(a.aicc - b.aicc) < 1e-8);
    }

    /// Above searchSample areas the search scores AICc on a sample of focal points: it must land
    /// next to the exact search's k, deterministically, and the final fit must use every area.
    void sampledSearch() {
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> u(0, 1000);
        std::normal_distribution<double> z(0, 1);
        const Index n = 3000;
        Data d;
        d.X.resize(n, 3);
        d.y.resize(n);
        for (Index i = 0; i < n; ++i) {
            const double x = u(rng), y = u(rng);
            d.xy.insert(d.xy.end(), {x, y});
            d.X.row(i) << 1, z(rng), z(rng);
            d.y[i] =
                2 + (1 + 2 * x / 1000) * d.X(i, 1) + std::sin(y / 150) * d.X(i, 2) + 0.5 * z(rng);
        }
        const GwrResult exact = fit(d, {.searchSample = 0});
        const GwrResult sampled = fit(d, {.searchSample = 800, .searchTolerance = 0.02});
        qInfo("exact k %d (AICc %.4f, %zu evaluations); sampled k %d (AICc %.4f, %zu)",
              exact.bandwidth, exact.aicc, exact.searchPath.size(), sampled.bandwidth, sampled.aicc,
              sampled.searchPath.size());
        QCOMPARE(exact.searchPoints, static_cast<int>(n));
        QCOMPARE(sampled.searchPoints, 800);
        QVERIFY(std::abs(sampled.bandwidth - exact.bandwidth) <= 0.15 * exact.bandwidth);
        QVERIFY(sampled.aicc - exact.aicc < 2.0); // practically as good a bandwidth
        QVERIFY(sampled.searchPath.size() <= exact.searchPath.size());
        const GwrResult again = fit(d, {.searchSample = 800, .searchTolerance = 0.02});
        QCOMPARE(again.bandwidth, sampled.bandwidth);
        const GwrResult fixed = fit(d, {.bandwidth = sampled.bandwidth});
        QVERIFY(fixed.coef == sampled.coef && fixed.aicc == sampled.aicc);
    }

    void threadsDoNotChangeResults() {
        const Data d = georgia({"PctRural", "PctPov", "PctBlack"}, false);
        const GwrResult a = fit(d, {.bandwidth = 70, .threads = 1});
        const GwrResult b = fit(d, {.bandwidth = 70, .threads = 2});
        QVERIFY(a.coef == b.coef && a.se == b.se && a.localR2 == b.localR2);
        QCOMPARE(a.traceStS, b.traceStS);
    }

    void rejectsBadInput() {
        const Data d = georgia({"PctRural"}, false);
        const VectorXd zero = VectorXd::Zero(d.y.size());
        QVERIFY(!fitGwr(d.X, d.y, d.xy, {}, &zero).ok());
        QVERIFY(!fitGwr(d.X, d.y.head(10), d.xy, {}).ok());
        QVERIFY(!fitGwr(d.X, d.y, d.xy, {.bandwidth = 1000}).ok());
        QVERIFY(!fitGwr(d.X, d.y, d.xy, {.minK = 100, .maxK = 50}).ok());
        MatrixXd X = d.X;
        X.col(1).setConstant(3); // collinear with the intercept everywhere
        auto r = fitGwr(X, d.y, d.xy, {.bandwidth = 50});
        QVERIFY(!r.ok());
        qInfo("%s", r.error().c_str());
    }
};

QTEST_APPLESS_MAIN(TestGwr)
#include "tst_gwr.moc"
