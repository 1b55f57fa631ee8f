// SPDX-License-Identifier: GPL-3.0-or-later
// Weighted least squares as R's lm(y ~ X, weights = w), summary.lm, AIC and
// sandwich::vcovHC(type = "HC3"). Zero-weight rows are left out of the fit as lm does.
#include "core/wls.h"

#include <cmath>
#include <numbers>
#include <optional>
#include <string>

namespace swingmap {
namespace {

/// R's lm (LINPACK dqrdc2) treats a column as aliased when its norm after projection on the
/// earlier columns is below this fraction of its own norm.
constexpr double kRankTolerance = 1e-7;

/// The positive-weight rows, scaled by sqrt(w) (the design lm's QR works on).
struct WeightedRows {
    std::vector<Eigen::Index> rows;
    Eigen::MatrixXd x; ///< sqrt(w) X
    Eigen::VectorXd y; ///< sqrt(w) y
    Eigen::VectorXd w; ///< positive weights
};

std::string rowText(Eigen::Index i) {
    return "row " + std::to_string(i + 1);
}

std::optional<Error> checkInputs(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                 const Eigen::VectorXd& w, const std::vector<std::string>& names) {
    if (X.rows() != y.size() || X.rows() != w.size() || X.cols() < 1 ||
        names.size() != static_cast<std::size_t>(X.cols()))
        return fail("internal error: the model's design, outcome, weights and names do not match");
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        if (!std::isfinite(y[i]) || !std::isfinite(w[i]) || !X.row(i).allFinite())
            return fail(rowText(i) +
                        " has a missing or non-finite value: leave it out of the model");
        if (w[i] < 0) return fail(rowText(i) + " has a negative weight: weights must be >= 0");
        if (X(i, 0) != 1.0)
            return fail("internal error: the first column of the design must be the intercept");
    }
    return std::nullopt;
}

WeightedRows weightedRows(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                          const Eigen::VectorXd& w) {
    WeightedRows out;
    for (Eigen::Index i = 0; i < X.rows(); ++i)
        if (w[i] > 0) out.rows.push_back(i);
    const auto n = static_cast<Eigen::Index>(out.rows.size());
    out.x.resize(n, X.cols());
    out.y.resize(n);
    out.w.resize(n);
    for (Eigen::Index r = 0; r < n; ++r) {
        const Eigen::Index i = out.rows[static_cast<std::size_t>(r)];
        const double s = std::sqrt(w[i]);
        out.x.row(r) = s * X.row(i);
        out.y[r] = s * y[i];
        out.w[r] = w[i];
    }
    return out;
}

std::string joinNames(const std::vector<std::string>& list) {
    std::string s;
    for (std::size_t i = 0; i < list.size(); ++i)
        s += (i == 0 ? "" : i + 1 == list.size() ? " and " : ", ") + list[i];
    return s;
}

/// Message for column j, which is a combination (coefficients a) of the accepted columns.
Error collinearityError(const std::vector<std::string>& names,
                        const std::vector<Eigen::Index>& kept, const Eigen::VectorXd& contribution,
                        Eigen::Index j) {
    const double largest = contribution.size() ? contribution.maxCoeff() : 0.0;
    std::vector<std::string> involved;
    for (Eigen::Index s = 0; s < contribution.size(); ++s)
        if (kept[static_cast<std::size_t>(s)] != 0 && contribution[s] > 1e-6 * largest)
            involved.push_back(names[static_cast<std::size_t>(kept[static_cast<std::size_t>(s)])]);
    const std::string& name = names[static_cast<std::size_t>(j)];
    if (involved.empty()) return fail("covariate " + name + " is constant: drop it");
    if (involved.size() == 1)
        return fail("covariates " + involved[0] + " and " + name +
                    " are perfectly collinear: drop one of them");
    return fail("covariate " + name + " is a linear combination of " + joinNames(involved) +
                ": drop one of them");
}

/// Gram-Schmidt (twice) over the columns in order, as dqrdc2 decides aliasing; names the first
/// aliased column and the columns it depends on.
std::optional<Error> checkRank(const Eigen::MatrixXd& xw, const std::vector<std::string>& names) {
    Eigen::MatrixXd q(xw.rows(), xw.cols());
    Eigen::MatrixXd r = Eigen::MatrixXd::Zero(xw.cols(), xw.cols());
    std::vector<Eigen::Index> kept;
    for (Eigen::Index j = 0; j < xw.cols(); ++j) {
        const auto m = static_cast<Eigen::Index>(kept.size());
        Eigen::VectorXd v = xw.col(j);
        const double norm0 = v.norm();
        Eigen::VectorXd c = Eigen::VectorXd::Zero(m);
        for (int pass = 0; pass < 2 && m > 0; ++pass) {
            const Eigen::VectorXd ci = q.leftCols(m).transpose() * v;
            v.noalias() -= q.leftCols(m) * ci;
            c += ci;
        }
        const double rest = v.norm();
        if (!(rest > kRankTolerance * norm0)) {
            const Eigen::VectorXd a = r.topLeftCorner(m, m).triangularView<Eigen::Upper>().solve(c);
            Eigen::VectorXd contribution(m);
            for (Eigen::Index s = 0; s < m; ++s)
                contribution[s] =
                    std::fabs(a[s]) * xw.col(kept[static_cast<std::size_t>(s)]).norm();
            return collinearityError(names, kept, contribution, j);
        }
        r.col(m).head(m) = c;
        r(m, m) = rest;
        q.col(m) = v / rest;
        kept.push_back(j);
    }
    return std::nullopt;
}

/// Classical, HC3 and VIF columns of the coefficient table.
void fillTerms(WlsFit& fit, const Eigen::VectorXd& beta, const Eigen::MatrixXd& hc3,
               const std::vector<std::string>& names) {
    const Eigen::MatrixXd& v = fit.xtwxInverse;
    const Eigen::Index p = beta.size();
    Eigen::VectorXd vif = Eigen::VectorXd::Zero(p);
    if (p == 2) vif[1] = 1;
    if (p > 2) {
        // car::vif: det(R[-j,-j]) / det(R) = (R^-1)_jj with R the correlation form of vcov.
        const Eigen::MatrixXd cov = v.bottomRightCorner(p - 1, p - 1);
        const Eigen::VectorXd sd = cov.diagonal().cwiseSqrt();
        const Eigen::MatrixXd corr =
            sd.cwiseInverse().asDiagonal() * cov * sd.cwiseInverse().asDiagonal();
        vif.tail(p - 1) = corr.ldlt().solve(Eigen::MatrixXd::Identity(p - 1, p - 1)).diagonal();
    }
    const double df = fit.fDf2;
    for (Eigen::Index j = 0; j < p; ++j) {
        Term t;
        t.name = names[static_cast<std::size_t>(j)];
        t.estimate = beta[j];
        t.stdError = fit.sigma * std::sqrt(v(j, j));
        t.hc3StdError = std::sqrt(hc3(j, j));
        t.t = t.estimate / t.stdError;
        t.p = studentTTwoSidedP(t.t, df);
        t.vif = vif[j];
        fit.terms.push_back(std::move(t));
    }
}

/// R², F, log-likelihood and AIC as summary.lm and logLik.lm for a weighted fit.
void fillFitStatistics(WlsFit& fit, const WeightedRows& wr, const Eigen::VectorXd& fittedW,
                       double rss) {
    const auto n = static_cast<double>(wr.w.size());
    const auto p = static_cast<double>(wr.x.cols());
    const Eigen::VectorXd f = fittedW.cwiseQuotient(wr.w.cwiseSqrt());
    const double mean = wr.w.dot(f) / wr.w.sum();
    const double mss = wr.w.dot((f.array() - mean).square().matrix());
    fit.rSquared = mss / (mss + rss);
    fit.adjRSquared = 1 - (1 - fit.rSquared) * ((n - 1) / (n - p));
    fit.fDf1 = p - 1;
    fit.fDf2 = n - p;
    fit.fStatistic = p > 1 ? (mss / fit.fDf1) / (rss / fit.fDf2) : std::nan("");
    fit.fP = p > 1 ? fDistributionUpperP(fit.fStatistic, fit.fDf1, fit.fDf2) : std::nan("");
    const double sumLogW = wr.w.array().log().sum();
    fit.logLik =
        0.5 * (sumLogW - n * (std::log(2 * std::numbers::pi) + 1 - std::log(n) + std::log(rss)));
    fit.aic = -2 * fit.logLik + 2 * (p + 1);
}

/// Belsley condition number: columns of sqrt(w) X scaled to unit length; from the p x p R.
double conditionNumber(const Eigen::ColPivHouseholderQR<Eigen::MatrixXd>& qr,
                       const Eigen::MatrixXd& xw) {
    const Eigen::MatrixXd r = qr.matrixR().topRows(xw.cols()).triangularView<Eigen::Upper>();
    const Eigen::VectorXd norms = xw.colwise().norm().transpose();
    const Eigen::MatrixXd scaled =
        r * qr.colsPermutation().transpose() * norms.cwiseInverse().asDiagonal();
    const Eigen::VectorXd s = Eigen::JacobiSVD<Eigen::MatrixXd>(scaled).singularValues();
    return s[0] / s[s.size() - 1];
}

/// HC3 covariance: (X'WX)^-1 [sum w_i^2 e_i^2 / (1 - h_i)^2 x_i x_i'] (X'WX)^-1, which is what
/// sandwich::vcovHC(type = "HC3") gives for lm(weights = w) (estfun w e x, hat values of the
/// weighted design).
Eigen::MatrixXd hc3Covariance(const Eigen::MatrixXd& xtwxInverse, const Eigen::MatrixXd& xw,
                              const Eigen::VectorXd& resW, const Eigen::VectorXd& hat) {
    const Eigen::VectorXd omega = resW.array().square() / (1 - hat.array()).square();
    const Eigen::MatrixXd meat = xw.transpose() * omega.asDiagonal() * xw;
    return xtwxInverse * meat * xtwxInverse;
}

/// rstandard(lm): sqrt(w) e / (sigma sqrt(1 - h)); 0 for zero-weight rows.
Eigen::VectorXd standardised(const WeightedRows& wr, Eigen::Index rows, const Eigen::VectorXd& resW,
                             const Eigen::VectorXd& hat, double sigma) {
    Eigen::VectorXd out = Eigen::VectorXd::Zero(rows);
    for (std::size_t r = 0; r < wr.rows.size(); ++r) {
        const auto i = static_cast<Eigen::Index>(r);
        out[wr.rows[r]] = resW[i] / (sigma * std::sqrt(1 - hat[i]));
    }
    return out;
}

/// hatvalues(lm) and cooks.distance(lm): (sqrt(w) e / (sigma (1 - h)))^2 h / p.
void influence(WlsFit& fit, const WeightedRows& wr, Eigen::Index rows, const Eigen::VectorXd& resW,
               const Eigen::VectorXd& hat, double p) {
    fit.leverage = Eigen::VectorXd::Zero(rows);
    fit.cooksDistance = Eigen::VectorXd::Zero(rows);
    for (std::size_t r = 0; r < wr.rows.size(); ++r) {
        const auto i = static_cast<Eigen::Index>(r);
        const double e = resW[i] / (fit.sigma * (1 - hat[i]));
        fit.leverage[wr.rows[r]] = hat[i];
        fit.cooksDistance[wr.rows[r]] = e * e * hat[i] / p;
    }
}

WlsFit solve(const Eigen::MatrixXd& X, const Eigen::VectorXd& y, const WeightedRows& wr,
             const std::vector<std::string>& names) {
    const Eigen::Index p = X.cols();
    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(wr.x);
    const Eigen::VectorXd beta = qr.solve(wr.y);
    // M = P R^-1, so (X'WX)^-1 = M M' and the hat values are the row norms of (sqrt(w) X) M.
    const Eigen::MatrixXd rInv =
        qr.matrixR().topLeftCorner(p, p).triangularView<Eigen::Upper>().solve(
            Eigen::MatrixXd::Identity(p, p));
    const Eigen::MatrixXd m = qr.colsPermutation() * rInv;
    WlsFit fit;
    fit.xtwxInverse = m * m.transpose();
    const Eigen::VectorXd hat = (wr.x * m).rowwise().squaredNorm();
    const Eigen::VectorXd fittedW = wr.x * beta;
    const Eigen::VectorXd resW = wr.y - fittedW; // sqrt(w) e
    const double rss = resW.squaredNorm();
    fit.n = wr.rows.size();
    fit.zeroWeightRows = static_cast<std::size_t>(X.rows()) - fit.n;
    fit.fitted = X * beta;
    fit.residuals = y - fit.fitted;
    fillFitStatistics(fit, wr, fittedW, rss);
    fit.sigma = std::sqrt(rss / fit.fDf2);
    fillTerms(fit, beta, hc3Covariance(fit.xtwxInverse, wr.x, resW, hat), names);
    fit.standardisedResiduals = standardised(wr, X.rows(), resW, hat, fit.sigma);
    influence(fit, wr, X.rows(), resW, hat, static_cast<double>(p));
    fit.conditionNumber = conditionNumber(qr, wr.x);
    return fit;
}

} // namespace

Result<WlsFit> fitWls(const Eigen::MatrixXd& X, const Eigen::VectorXd& y, const Eigen::VectorXd& w,
                      const std::vector<std::string>& names) {
    if (auto e = checkInputs(X, y, w, names)) return *e;
    const WeightedRows wr = weightedRows(X, y, w);
    const auto n = static_cast<Eigen::Index>(wr.rows.size());
    if (n == 0) return fail("all weights are zero: choose another weight column, or none");
    const Eigen::Index k = X.cols() - 1;
    if (n < k + 2)
        return fail("the model has " + std::to_string(k) + " covariate(s) but only " +
                    std::to_string(n) + " area(s) with a positive weight; it needs at least " +
                    std::to_string(k + 2) + ": choose fewer covariates");
    if (auto e = checkRank(wr.x, names)) return *e;
    return solve(X, y, wr, names);
}

} // namespace swingmap
