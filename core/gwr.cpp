// SPDX-License-Identifier: GPL-3.0-or-later
// Geographically weighted regression (adaptive bisquare), following GWR4 4.0.90 and mgwr:
// - sigma^2 for local standard errors = RSS / (n - 2 trS + trS'S), GWR4's "unbiased sigma"
//   (mgwr's default sigma2_v1 uses n - trS; GWR4's printed standard errors need n - 2trS + trS'S);
//   Var(beta_i) = C_i Omega^-1 C_i' sigma^2 with C_i = (X'W_iX)^-1 X'W_i.
// - local R^2 (Fotheringham et al. 2002, eq. 9.8; GWR4 and mgwr): 1 - sum_j w_ij e_j^2 /
//   sum_j w_ij (y_j - ybar_i)^2 with e the GWR residuals and ybar_i the w_i-weighted mean of y.
// - adjusted R^2 as GWR4: 1 - (1 - R^2)(n - 1) / (n - 2 trS + trS'S - 1).
// - bandwidth search as mgwr's Sel_BW/golden_section: bounds [40 + 2p, n], delta = 0.38197,
//   both interior points rounded half-to-even each iteration, stop when the two scores differ by
//   at most 1e-6 (or after 200 iterations); the answer is the last point kept.
#include "core/gwr.h"

#include "core/knn.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <string>
#include <thread>

namespace swingmap {

namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;
constexpr double kInf = std::numeric_limits<double>::infinity();

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct Problem {
    const MatrixXd& X;
    RowMatrix Xr; ///< X by rows, for gathering neighbours
    const VectorXd& y;
    const std::vector<double>& xy;
    VectorXd omega; ///< observation weights (all 1 when none given)
    PointGrid grid;
    int threads;
    [[nodiscard]] Index n() const { return X.rows(); }
    [[nodiscard]] Index p() const { return X.cols(); }
};

/// Per-thread scratch for one local regression.
struct Local {
    std::vector<Neighbour> nb;
    std::vector<uint32_t> idx; ///< neighbours with positive kernel weight
    std::vector<double> dist;  ///< and their distances
    VectorXd kern;             ///< their kernel weights
    MatrixXd Xw;               ///< rows sqrt(kern * omega) x_j
    VectorXd yw;
    MatrixXd A;    ///< X'W_iX (column-equilibrated as D A D)
    VectorXd dinv; ///< equilibration D
    Eigen::LLT<MatrixXd> llt;
};

/// Builds the weighted local design at point i; false when the bandwidth distance is zero.
bool localDesign(const Problem& P, Index i, std::size_t k, Local& L) {
    const std::size_t u = static_cast<std::size_t>(i);
    P.grid.nearest(P.xy[2 * u], P.xy[2 * u + 1], k, false, L.nb);
    // The k-th nearest (the focal point counted) sets the bandwidth and gets weight 0.
    double b = 0;
    for (const Neighbour& nb : L.nb)
        b = std::max(b, nb.distance);
    if (!(b > 0)) return false;
    L.idx.clear();
    L.dist.clear();
    for (const Neighbour& nb : L.nb)
        if (nb.distance < b) {
            L.idx.push_back(nb.index);
            L.dist.push_back(nb.distance);
        }
    const Index m = static_cast<Index>(L.idx.size());
    L.kern.resize(m);
    L.Xw.resize(m, P.p());
    L.yw.resize(m);
    for (Index r = 0; r < m; ++r) {
        const Index j = L.idx[static_cast<std::size_t>(r)];
        const double q = L.dist[static_cast<std::size_t>(r)] / b, t = 1 - q * q;
        L.kern[r] = t * t;
        const double s = std::sqrt(L.kern[r] * P.omega[j]);
        L.Xw.row(r) = s * P.Xr.row(j);
        L.yw[r] = s * P.y[j];
    }
    return true;
}

/// Factorises X'W_iX; false when it is singular.
bool factorise(Local& L) {
    const Index p = L.Xw.cols();
    L.A.setZero(p, p);
    L.A.selfadjointView<Eigen::Lower>().rankUpdate(L.Xw.transpose());
    L.A = L.A.selfadjointView<Eigen::Lower>();
    L.dinv = L.A.diagonal().cwiseSqrt().cwiseInverse();
    if (!L.dinv.allFinite()) return false;
    L.A = L.dinv.asDiagonal() * L.A * L.dinv.asDiagonal();
    L.llt.compute(L.A);
    return L.llt.info() == Eigen::Success && L.llt.rcond() > 1e-12;
}

/// (X'W_iX)^-1 v.
VectorXd solveA(const Local& L, const VectorXd& v) {
    return L.dinv.asDiagonal() * L.llt.solve(L.dinv.asDiagonal() * v);
}

/// Runs body(i, local) for every point on P.threads threads; body returns false on failure.
/// Returns the lowest failing index (chunks are handed out in order and finished), or -1.
template <typename Body> Index forEachPoint(const Problem& P, Body body) {
    constexpr Index none = std::numeric_limits<Index>::max();
    std::atomic<Index> next{0}, failed{none};
    auto work = [&] {
        Local L;
        constexpr Index chunk = 64;
        for (Index s = next.fetch_add(chunk); s < P.n() && failed.load() == none;
             s = next.fetch_add(chunk))
            for (Index i = s; i < std::min(P.n(), s + chunk); ++i)
                if (!body(i, L)) {
                    for (Index f = failed.load(); i < f && !failed.compare_exchange_weak(f, i);)
                        ;
                    return;
                }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::max(1, P.threads); ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();
    return failed.load() == none ? -1 : failed.load();
}

double aiccOf(double rss, double trS, double n) {
    if (!(n - 2 - trS > 0) || !(rss > 0)) return kInf;
    return n * std::log(rss / n) + n * std::log(2 * std::numbers::pi) +
           n * (n + trS) / (n - 2 - trS);
}

/// AICc at bandwidth k (infinite when a local fit is singular).
double aiccAt(const Problem& P, std::size_t k) {
    VectorXd fitted(P.n()), sii(P.n());
    const Index bad = forEachPoint(P, [&](Index i, Local& L) {
        if (!localDesign(P, i, k, L) || !factorise(L)) return false;
        const VectorXd beta = solveA(L, L.Xw.transpose() * L.yw);
        const VectorXd xi = P.X.row(i).transpose();
        fitted[i] = xi.dot(beta);
        sii[i] = P.omega[i] * xi.dot(solveA(L, xi));
        return true;
    });
    if (bad >= 0) return kInf;
    const double rss = (P.omega.array() * (P.y - fitted).array().square()).sum();
    return aiccOf(rss, sii.sum(), static_cast<double>(P.n()));
}

struct Search {
    const Problem& P;
    std::map<long, double> seen;
    std::vector<std::pair<int, double>> path;
    double operator()(long k) {
        if (auto it = seen.find(k); it != seen.end()) return it->second;
        const double v = aiccAt(P, static_cast<std::size_t>(k));
        seen[k] = v;
        path.emplace_back(static_cast<int>(k), v);
        return v;
    }
};

long goldenSection(Search& f, double a, double c) {
    constexpr double delta = 0.38197; // 1 - (sqrt(5) - 1) / 2, as mgwr
    double b = a + delta * std::abs(c - a), d = c - delta * std::abs(c - a);
    double diff = 1e9;
    long opt = static_cast<long>(a);
    for (int iter = 0; std::abs(diff) > 1e-6 && iter < 200; ++iter) {
        b = std::nearbyint(b); // half to even, as numpy.round
        d = std::nearbyint(d);
        const double sb = f(static_cast<long>(b)), sd = f(static_cast<long>(d));
        if (sb <= sd) {
            opt = static_cast<long>(b);
            c = d;
            d = b;
            b = a + delta * std::abs(c - a);
        } else {
            opt = static_cast<long>(d);
            a = b;
            b = d;
            d = c - delta * std::abs(c - a);
        }
        diff = (std::isfinite(sb) || std::isfinite(sd)) ? sb - sd : 1e9;
    }
    return opt;
}

long exhaustive(Search& f, long lo, long hi) {
    long best = lo;
    for (long k = lo; k <= hi; ++k)
        if (f(k) < f(best)) best = k;
    return best;
}

/// Local fits at bandwidth k: coefficients, fitted values, hat-matrix traces, diag(C Omega^-1 C').
Status fitAll(const Problem& P, std::size_t k, GwrResult& r) {
    const Index n = P.n(), p = P.p();
    r.coef.resize(n, p);
    r.se.resize(n, p);
    r.fitted.resize(n);
    VectorXd sii(n), ssRow(n);
    const Index bad = forEachPoint(P, [&](Index i, Local& L) {
        if (!localDesign(P, i, k, L) || !factorise(L)) return false;
        const VectorXd beta = solveA(L, L.Xw.transpose() * L.yw);
        const VectorXd xi = P.X.row(i).transpose(), ax = solveA(L, xi);
        r.coef.row(i) = beta.transpose();
        r.fitted[i] = xi.dot(beta);
        sii[i] = P.omega[i] * xi.dot(ax);
        // Row i of the hat matrix of the sqrt(w) problem is nonzero only at the m neighbours:
        // S*_ij = sqrt(w_i k_ij) (A^-1 x_i)' Xw_j.
        ssRow[i] = P.omega[i] * (L.kern.array() * (L.Xw * ax).array().square()).sum();
        const MatrixXd B = L.Xw.transpose() * L.kern.asDiagonal() * L.Xw;
        MatrixXd Ainv = MatrixXd::Identity(p, p);
        for (Index c = 0; c < p; ++c)
            Ainv.col(c) = solveA(L, Ainv.col(c));
        r.se.row(i) = (Ainv * B * Ainv).diagonal().transpose();
        return true;
    });
    if (bad >= 0)
        return fail("The local regression at area " + std::to_string(bad + 1) + " with " +
                    std::to_string(k) +
                    " nearest areas has too little variation in its covariates (or too many "
                    "areas share its location): use a larger bandwidth or fewer covariates.");
    r.traceS = sii.sum();
    r.traceStS = ssRow.sum();
    return Ok{};
}

/// Local R^2 from the GWR residuals (second pass: needs every area's residual).
void localR2(const Problem& P, std::size_t k, GwrResult& r) {
    r.localR2.resize(P.n());
    forEachPoint(P, [&](Index i, Local& L) {
        localDesign(P, i, k, L);
        double sw = 0, swy = 0;
        for (std::size_t s = 0; s < L.idx.size(); ++s) {
            const double w = L.kern[static_cast<Index>(s)] * P.omega[L.idx[s]];
            sw += w;
            swy += w * P.y[L.idx[s]];
        }
        const double ybar = swy / sw;
        double tss = 0, rss = 0;
        for (std::size_t s = 0; s < L.idx.size(); ++s) {
            const double w = L.kern[static_cast<Index>(s)] * P.omega[L.idx[s]];
            tss += w * (P.y[L.idx[s]] - ybar) * (P.y[L.idx[s]] - ybar);
            rss += w * r.residual[L.idx[s]] * r.residual[L.idx[s]];
        }
        r.localR2[i] = 1 - rss / tss;
        return true;
    });
}

void diagnostics(const Problem& P, GwrResult& r) {
    const double n = static_cast<double>(P.n());
    r.residual = P.y - r.fitted;
    r.rss = (P.omega.array() * r.residual.array().square()).sum();
    const double edf = n - 2 * r.traceS + r.traceStS;
    r.sigma = std::sqrt(r.rss / edf);
    r.se = (r.se * r.sigma * r.sigma).cwiseSqrt();
    r.tvalue = r.coef.cwiseQuotient(r.se);
    r.aicc = aiccOf(r.rss, r.traceS, n);
    r.aic = n * std::log(2 * std::numbers::pi * r.rss / n) + n + 2 * (r.traceS + 1);
    const double ybar = P.omega.dot(P.y) / P.omega.sum();
    const double tss = (P.omega.array() * (P.y.array() - ybar).square()).sum();
    r.rSquared = 1 - r.rss / tss;
    r.adjRSquared = 1 - (1 - r.rSquared) * (n - 1) / (edf - 1);
}

Status validate(const Eigen::MatrixXd& X, const Eigen::VectorXd& y, const std::vector<double>& xy,
                const Eigen::VectorXd* w) {
    const Index n = X.rows();
    if (y.size() != n || static_cast<Index>(xy.size()) != 2 * n || (w && w->size() != n))
        return fail("The outcome, covariates, coordinates and weights must cover the same areas.");
    if (n < X.cols() + 2 || X.cols() < 1)
        return fail("A geographically weighted regression needs more areas than coefficients + 1.");
    if (!X.allFinite() || !y.allFinite() ||
        !std::all_of(xy.begin(), xy.end(), [](double v) { return std::isfinite(v); }))
        return fail("An area has a missing value or coordinate: drop it before fitting.");
    if (w && !(w->minCoeff() > 0 && w->allFinite()))
        return fail("Regression weights must be positive numbers.");
    return Ok{};
}

} // namespace

Result<GwrResult> fitGwr(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                         const std::vector<double>& xy, const GwrSettings& settings,
                         const Eigen::VectorXd* obsWeights) {
    if (Status s = validate(X, y, xy, obsWeights); !s) return s.takeError();
    const VectorXd omega = obsWeights ? *obsWeights : VectorXd(VectorXd::Ones(X.rows()));
    const Problem P{X, X, y, xy, omega, PointGrid(xy), std::max(1, settings.threads)};
    const long n = static_cast<long>(P.n()), p = static_cast<long>(P.p());
    GwrResult r;
    long k = settings.bandwidth;
    if (k == 0) {
        const long lo = settings.minK > 0 ? settings.minK : std::min(40 + 2 * p, n);
        const long hi = settings.maxK > 0 ? settings.maxK : n;
        if (lo < p + 1 || hi > n || lo > hi)
            return fail("The bandwidth search range must lie within " + std::to_string(p + 1) +
                        " .. " + std::to_string(n) + " nearest areas.");
        Search f{P, {}, {}};
        r.exhaustiveSearch = !settings.goldenSection;
        k = settings.goldenSection
                ? goldenSection(f, static_cast<double>(lo), static_cast<double>(hi))
                : exhaustive(f, lo, hi);
        r.searchPath = std::move(f.path);
    }
    if (k < p + 1 || k > n)
        return fail("The bandwidth must be between " + std::to_string(p + 1) + " and " +
                    std::to_string(n) + " nearest areas.");
    r.bandwidth = static_cast<int>(k);
    if (Status s = fitAll(P, static_cast<std::size_t>(k), r); !s) return s.takeError();
    diagnostics(P, r);
    localR2(P, static_cast<std::size_t>(k), r);
    return r;
}

} // namespace swingmap
