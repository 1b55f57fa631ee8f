// SPDX-License-Identifier: GPL-3.0-or-later
// Planted truth: on a seeded synthetic Voronoi layer, the estimators recover what was planted
// (WLS with HC3 intervals, the ML spatial lag model, GWR's smoothly varying coefficient).
#include "core/centroid.h"
#include "core/gwr.h"
#include "core/spatialreg.h"
#include "core/wls.h"
#include "gis/contiguity.h"
#include "gis/voronoi.h"

#include <Eigen/Sparse>
#include <QtTest>
#include <cmath>
#include <numbers>
#include <random>

using namespace swingmap;

namespace {
constexpr std::size_t kAreas = 600;
constexpr double kSide = 1000;

/// Uniform and normal draws from mt19937_64 with our own transforms: the same on every standard
/// library (std::normal_distribution is not).
struct Rng {
    std::mt19937_64 g;
    explicit Rng(uint64_t seed) : g(seed) {}
    double uniform() { return static_cast<double>(g() >> 11) * 0x1.0p-53; } // [0, 1)
    double normal() {                                                       // Box-Muller
        const double u1 = 1.0 - uniform(), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
    }
};

struct Planted {
    PolygonLayer layer;
    Neighbours nb;
    std::vector<double> centroids;
    Eigen::MatrixXd X; ///< intercept, x1 ~ U(0, 10), x2 ~ N(0, 1), x3 ~ U(0, 100)
};

const Planted& planted() {
    static const Planted p = [] {
        Planted s;
        Rng rng(20250101);
        std::vector<double> xy;
        for (std::size_t i = 0; i < 2 * kAreas; ++i)
            xy.push_back(kSide * rng.uniform());
        BBox clip;
        clip.add(0, 0);
        clip.add(kSide, kSide);
        auto cells = gis::voronoiCells(xy, clip);
        if (!cells) qFatal("voronoiCells: %s", cells.error().c_str());
        s.layer = std::move(*cells);
        s.nb = gis::queenContiguity(s.layer);
        s.centroids = featureCentroids(s.layer);
        s.X.resize(static_cast<Eigen::Index>(kAreas), 4);
        for (Eigen::Index i = 0; i < s.X.rows(); ++i)
            s.X.row(i) << 1.0, 10 * rng.uniform(), rng.normal(), 100 * rng.uniform();
        return s;
    }();
    return p;
}

const std::vector<std::string> kNames{"(Intercept)", "x1", "x2", "x3"};

Eigen::Vector4d trueBeta() {
    return {2.0, 0.5, -1.5, 0.03};
}

/// Heteroskedastic noise: sd grows with x1 (what HC3 is for).
Eigen::VectorXd noise(Rng& rng, const Eigen::MatrixXd& X) {
    Eigen::VectorXd e(X.rows());
    for (Eigen::Index i = 0; i < X.rows(); ++i)
        e(i) = (0.5 + 0.15 * X(i, 1)) * rng.normal();
    return e;
}

/// Upper 97.5% point of Student's t with df degrees of freedom (bisection on the two-sided p).
double tQuantile975(double df) {
    double lo = 0, hi = 10;
    for (int it = 0; it < 100; ++it) {
        const double mid = 0.5 * (lo + hi);
        (studentTTwoSidedP(mid, df) > 0.05 ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

/// How many of the true coefficients lie inside estimate +- t HC3 SE.
int covered(const WlsFit& fit, const Eigen::Vector4d& beta, double t) {
    int hits = 0;
    for (int j = 0; j < 4; ++j) {
        const Term& term = fit.terms[static_cast<std::size_t>(j)];
        hits += std::fabs(term.estimate - beta(j)) <= t * term.hc3StdError;
    }
    return hits;
}

/// y = (I - rho W)^-1 v with W the row-standardised queen weights.
Eigen::VectorXd solveLag(const Neighbours& nb, double rho, const Eigen::VectorXd& v) {
    std::vector<Eigen::Triplet<double>> t;
    for (std::size_t i = 0; i < nb.size(); ++i) {
        t.emplace_back(i, i, 1.0);
        const double wij = 1.0 / static_cast<double>(nb.degree(i));
        for (uint32_t k = nb.offset[i]; k < nb.offset[i + 1]; ++k)
            t.emplace_back(i, nb.index[k], -rho * wij);
    }
    const auto n = static_cast<Eigen::Index>(nb.size());
    Eigen::SparseMatrix<double> A(n, n);
    A.setFromTriplets(t.begin(), t.end());
    Eigen::SparseLU<Eigen::SparseMatrix<double>> lu(A);
    return lu.solve(v);
}

double correlation(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
    const Eigen::VectorXd da = a.array() - a.mean(), db = b.array() - b.mean();
    return da.dot(db) / std::sqrt(da.squaredNorm() * db.squaredNorm());
}
} // namespace

class TstPlanted : public QObject {
    Q_OBJECT
private slots:
    void layer();
    void wlsHc3IntervalsCoverTruth();
    void wlsHc3Coverage();
    void spatialLagRecoversRho();
    void gwrRecoversVaryingSlope();
};

void TstPlanted::layer() {
    const Planted& p = planted();
    QCOMPARE(p.layer.featureCount(), kAreas);
    for (std::size_t f = 0; f < kAreas; ++f)
        QVERIFY(p.layer.hasGeometry(f));
    QCOMPARE(p.nb.islandCount(), std::size_t{0});
    const double meanDegree = static_cast<double>(p.nb.linkCount()) / kAreas;
    QVERIFY(meanDegree > 5 && meanDegree < 7); // planar Voronoi: about 6
}

void TstPlanted::wlsHc3IntervalsCoverTruth() {
    const Planted& p = planted();
    Rng rng(7);
    const Eigen::VectorXd y = p.X * trueBeta() + noise(rng, p.X);
    const auto fit = fitWls(p.X, y, Eigen::VectorXd::Ones(p.X.rows()), kNames);
    QVERIFY(fit.ok());
    const double t = tQuantile975(static_cast<double>(kAreas - 4));
    QVERIFY(std::fabs(t - 1.9640) < 1e-3);
    QCOMPARE(covered(*fit, trueBeta(), t), 4);
}

void TstPlanted::wlsHc3Coverage() {
    // 200 replicates of the noise: the 95% HC3 intervals cover the truth about 95% of the time
    const Planted& p = planted();
    const double t = tQuantile975(static_cast<double>(kAreas - 4));
    const Eigen::VectorXd w = Eigen::VectorXd::Ones(p.X.rows());
    Rng rng(11);
    int hits = 0;
    constexpr int reps = 200;
    for (int r = 0; r < reps; ++r) {
        const auto fit = fitWls(p.X, p.X * trueBeta() + noise(rng, p.X), w, kNames);
        QVERIFY(fit.ok());
        hits += covered(*fit, trueBeta(), t);
    }
    const double rate = hits / (4.0 * reps);
    qInfo("HC3 95%% interval coverage over %d replicates: %.4f", reps, rate);
    QVERIFY2(rate > 0.92 && rate < 0.98, qPrintable(QString::number(rate)));
}

void TstPlanted::spatialLagRecoversRho() {
    const Planted& p = planted();
    constexpr double rho = 0.6;
    Rng rng(13);
    Eigen::VectorXd e(p.X.rows());
    for (Eigen::Index i = 0; i < e.size(); ++i)
        e(i) = rng.normal();
    const Eigen::VectorXd y = solveLag(p.nb, rho, p.X * trueBeta() + e);
    const auto lag = fitSpatialLag(p.X, y, p.nb, kNames);
    QVERIFY2(lag.ok(), lag.ok() ? "" : lag.error().c_str());
    qInfo("rho %.4f (SE %.4f, %s), planted 0.6", lag->coefficient, lag->stdError,
          lag->method.c_str());
    QVERIFY(lag->stdError > 0 && lag->stdError < 0.1);
    QVERIFY2(std::fabs(lag->coefficient - rho) < 2 * lag->stdError,
             qPrintable(QString("rho %1 se %2").arg(lag->coefficient).arg(lag->stdError)));
    for (int j = 1; j < 4; ++j) {
        const SpatialTerm& term = lag->terms[static_cast<std::size_t>(j)];
        QVERIFY(std::fabs(term.estimate - trueBeta()(j)) < 3 * term.stdError);
    }
}

void TstPlanted::gwrRecoversVaryingSlope() {
    // the slope of x2 grows smoothly from 1 (west edge) to 3 (east edge)
    const Planted& p = planted();
    Rng rng(17);
    Eigen::VectorXd slope(p.X.rows()), y(p.X.rows());
    for (Eigen::Index i = 0; i < y.size(); ++i) {
        slope(i) = 1 + 2 * p.centroids[2 * static_cast<std::size_t>(i)] / kSide;
        y(i) = 0.5 + slope(i) * p.X(i, 2) + 0.3 * rng.normal();
    }
    const Eigen::MatrixXd X = p.X.leftCols(3);
    const auto gwr = fitGwr(X, y, p.centroids, GwrSettings{});
    QVERIFY2(gwr.ok(), gwr.ok() ? "" : gwr.error().c_str());
    QVERIFY(gwr->bandwidth > 0 && gwr->bandwidth < static_cast<int>(kAreas));
    const double r = correlation(gwr->coef.col(2), slope);
    qInfo("GWR k %d, correlation of local slope with the planted one %.4f", gwr->bandwidth, r);
    QVERIFY2(r > 0.8, qPrintable(QString("correlation %1, k %2").arg(r).arg(gwr->bandwidth)));
}

QTEST_APPLESS_MAIN(TstPlanted)
#include "tst_planted.moc"
