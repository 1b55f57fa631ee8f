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
// - above GwrSettings::searchSample areas the search scores AICc on a seeded sample of focal
//   points and stops on a relative bracket width (see gwr.h); the final fit uses every area.
#include "core/gwr.h"

#include "core/knn.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <random>
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
    const auto u = static_cast<std::size_t>(i);
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
    const auto m = static_cast<Index>(L.idx.size());
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

/// Runs body(i, local) for every point (or every point of `subset`, ascending) on P.threads
/// threads; body returns false on failure. Returns the lowest failing index (chunks are handed
/// out in order and finished), or -1.
template <typename Body>
Index forEachPoint(const Problem& P, Body body, const std::vector<Index>* subset = nullptr) {
    constexpr Index none = std::numeric_limits<Index>::max();
    const Index count = subset ? static_cast<Index>(subset->size()) : P.n();
    std::atomic<Index> next{0}, failed{none};
    auto work = [&] {
        Local L;
        constexpr Index chunk = 64;
        for (Index s = next.fetch_add(chunk); s < count && failed.load() == none;
             s = next.fetch_add(chunk))
            for (Index t = s; t < std::min(count, s + chunk); ++t)
                if (const Index i = subset ? (*subset)[static_cast<std::size_t>(t)] : t;
                    !body(i, L)) {
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

/// AICc at bandwidth k (infinite when a local fit is singular). With `focal`, RSS and tr(S) are
/// estimated from those focal points' terms scaled by n / |focal|.
double aiccAt(const Problem& P, std::size_t k, const std::vector<Index>* focal) {
    VectorXd res2 = VectorXd::Zero(P.n()), sii = VectorXd::Zero(P.n());
    const Index bad = forEachPoint(
        P,
        [&](Index i, Local& L) {
            if (!localDesign(P, i, k, L) || !factorise(L)) return false;
            const VectorXd beta = solveA(L, L.Xw.transpose() * L.yw);
            const VectorXd xi = P.X.row(i).transpose();
            const double e = P.y[i] - xi.dot(beta);
            res2[i] = P.omega[i] * e * e;
            sii[i] = P.omega[i] * xi.dot(solveA(L, xi));
            return true;
        },
        focal);
    if (bad >= 0) return kInf;
    const auto n = static_cast<double>(P.n());
    const double scale = focal ? n / static_cast<double>(focal->size()) : 1.0;
    return aiccOf(scale * res2.sum(), scale * sii.sum(), n);
}

/// A seeded sample of m of the n points without replacement, ascending. The draw uses the raw
/// 64-bit engine output (not a std distribution), so it is the same on every platform.
std::vector<Index> focalSample(Index n, Index m) {
    std::vector<Index> all(static_cast<std::size_t>(n));
    for (Index i = 0; i < n; ++i)
        all[static_cast<std::size_t>(i)] = i;
    std::mt19937_64 engine(0x5317'4d41'5047'5752ULL);
    for (Index i = 0; i < m; ++i) {
        const auto j = i + static_cast<Index>(engine() % static_cast<uint64_t>(n - i));
        std::swap(all[static_cast<std::size_t>(i)], all[static_cast<std::size_t>(j)]);
    }
    all.resize(static_cast<std::size_t>(m));
    std::sort(all.begin(), all.end());
    return all;
}

struct Search {
    const Problem& P;
    const std::vector<Index>* focal = nullptr; ///< sampled focal points (nullptr: all)
    std::map<long, double> seen;
    std::vector<std::pair<int, double>> path;
    double operator()(long k) {
        if (auto it = seen.find(k); it != seen.end()) return it->second;
        const double v = aiccAt(P, static_cast<std::size_t>(k), focal);
        seen[k] = v;
        path.emplace_back(static_cast<int>(k), v);
        return v;
    }
};

/// mgwr's golden-section search; relTol > 0 also stops once the bracket [a, c] is narrower than
/// relTol times the best k so far.
long goldenSection(Search& f, double a, double c, double relTol) {
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
        if (relTol > 0 && std::abs(c - a) <= relTol * static_cast<double>(opt)) break;
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
/// `original` maps the problem's (spatially sorted) rows back to the caller's, for messages.
Status fitAll(const Problem& P, std::size_t k, const std::vector<Index>& original, GwrResult& r) {
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
        return fail("The local regression at area " +
                    std::to_string(original[static_cast<std::size_t>(bad)] + 1) + " with " +
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
    const auto n = static_cast<double>(P.n());
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

/// Row order along a Morton (Z-order) curve of the points: the rows a local regression gathers
/// then lie close together in memory, which matters once k runs into the thousands.
std::vector<Index> spatialOrder(const std::vector<double>& xy) {
    const std::size_t n = xy.size() / 2;
    double x0 = kInf, y0 = kInf, x1 = -kInf, y1 = -kInf;
    for (std::size_t i = 0; i < n; ++i) {
        x0 = std::min(x0, xy[2 * i]);
        x1 = std::max(x1, xy[2 * i]);
        y0 = std::min(y0, xy[2 * i + 1]);
        y1 = std::max(y1, xy[2 * i + 1]);
    }
    const double side = std::max({x1 - x0, y1 - y0, 1e-300});
    auto spread = [](uint64_t v) { // 32 bits -> the even bits of 64
        v &= 0xffffffffULL;
        v = (v | (v << 16)) & 0x0000ffff0000ffffULL;
        v = (v | (v << 8)) & 0x00ff00ff00ff00ffULL;
        v = (v | (v << 4)) & 0x0f0f0f0f0f0f0f0fULL;
        v = (v | (v << 2)) & 0x3333333333333333ULL;
        return (v | (v << 1)) & 0x5555555555555555ULL;
    };
    std::vector<std::pair<uint64_t, Index>> key(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto qx = static_cast<uint64_t>((xy[2 * i] - x0) / side * 4294967295.0);
        const auto qy = static_cast<uint64_t>((xy[2 * i + 1] - y0) / side * 4294967295.0);
        key[i] = {spread(qx) | (spread(qy) << 1), static_cast<Index>(i)};
    }
    std::sort(key.begin(), key.end());
    std::vector<Index> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = key[i].second;
    return order;
}

/// Puts the rows of a per-area result back into the caller's order.
void unpermute(const std::vector<Index>& original, GwrResult& r) {
    auto rows = [&](MatrixXd& m) {
        MatrixXd out(m.rows(), m.cols());
        for (std::size_t s = 0; s < original.size(); ++s)
            out.row(original[s]) = m.row(static_cast<Index>(s));
        m = std::move(out);
    };
    auto vec = [&](VectorXd& v) {
        VectorXd out(v.size());
        for (std::size_t s = 0; s < original.size(); ++s)
            out[original[s]] = v[static_cast<Index>(s)];
        v = std::move(out);
    };
    rows(r.coef);
    rows(r.se);
    rows(r.tvalue);
    vec(r.localR2);
    vec(r.fitted);
    vec(r.residual);
}

} // namespace

Result<GwrResult> fitGwr(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                         const std::vector<double>& xy, const GwrSettings& settings,
                         const Eigen::VectorXd* obsWeights) {
    if (Status s = validate(X, y, xy, obsWeights); !s) return s.takeError();
    // Work on the rows in spatial order (results are put back in the caller's order at the end).
    const std::vector<Index> original = spatialOrder(xy);
    const Index rows = X.rows();
    MatrixXd Xs(rows, X.cols());
    VectorXd ys(rows), omega(rows);
    std::vector<double> xys(xy.size());
    std::vector<Index> position(static_cast<std::size_t>(rows)); // caller's row -> sorted row
    for (Index s = 0; s < rows; ++s) {
        const Index i = original[static_cast<std::size_t>(s)];
        position[static_cast<std::size_t>(i)] = s;
        Xs.row(s) = X.row(i);
        ys[s] = y[i];
        omega[s] = obsWeights ? (*obsWeights)[i] : 1.0;
        xys[2 * static_cast<std::size_t>(s)] = xy[2 * static_cast<std::size_t>(i)];
        xys[2 * static_cast<std::size_t>(s) + 1] = xy[2 * static_cast<std::size_t>(i) + 1];
    }
    const Problem P{Xs, Xs, ys, xys, omega, PointGrid(xys), std::max(1, settings.threads)};
    const long n = static_cast<long>(P.n()), p = static_cast<long>(P.p());
    GwrResult r;
    long k = settings.bandwidth;
    if (k == 0) {
        const long lo = settings.minK > 0 ? settings.minK : std::min(40 + 2 * p, n);
        const long hi = settings.maxK > 0 ? settings.maxK : n;
        if (lo < p + 1 || hi > n || lo > hi)
            return fail("The bandwidth search range must lie within " + std::to_string(p + 1) +
                        " .. " + std::to_string(n) + " nearest areas.");
        const bool sampled = settings.searchSample > 0 && n > settings.searchSample;
        std::vector<Index> focal;
        if (sampled) { // drawn among the caller's rows, so the sample does not depend on the order
            focal = focalSample(P.n(), settings.searchSample);
            for (Index& i : focal)
                i = position[static_cast<std::size_t>(i)];
            std::sort(focal.begin(), focal.end());
        }
        Search f{P, sampled ? &focal : nullptr, {}, {}};
        r.exhaustiveSearch = !settings.goldenSection;
        r.searchPoints = static_cast<int>(sampled ? settings.searchSample : n);
        k = settings.goldenSection
                ? goldenSection(f, static_cast<double>(lo), static_cast<double>(hi),
                                sampled ? settings.searchTolerance : 0.0)
                : exhaustive(f, lo, hi);
        r.searchPath = std::move(f.path);
    }
    if (k < p + 1 || k > n)
        return fail("The bandwidth must be between " + std::to_string(p + 1) + " and " +
                    std::to_string(n) + " nearest areas.");
    r.bandwidth = static_cast<int>(k);
    if (Status s = fitAll(P, static_cast<std::size_t>(k), original, r); !s) return s.takeError();
    diagnostics(P, r);
    localR2(P, static_cast<std::size_t>(k), r);
    unpermute(original, r);
    return r;
}

} // namespace swingmap
