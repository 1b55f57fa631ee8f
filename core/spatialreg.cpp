// SPDX-License-Identifier: GPL-3.0-or-later
// Maximum-likelihood spatial lag and error models as spatialreg 1.2-6 lagsarlm / errorsarlm:
// the same concentrated log-likelihoods, the same search intervals, R's optimize (Brent) with
// tol = .Machine$double.eps^0.5, and summary()'s standard errors.
#include "core/spatialreg.h"

#include "core/lmtests.h"
#include "core/logdet.h"

#include <cfloat>
#include <cmath>
#include <numbers>
#include <optional>

namespace swingmap {
namespace {

const double kLog2Pi = std::log(2 * std::numbers::pi);

std::optional<Error> checkInputs(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                 const Eigen::VectorXd& w, const Neighbours& nb,
                                 const std::vector<std::string>& names) {
    const auto n = static_cast<std::size_t>(X.rows());
    if (static_cast<std::size_t>(y.size()) != n || static_cast<std::size_t>(w.size()) != n ||
        nb.size() != n || names.size() != static_cast<std::size_t>(X.cols()) || X.cols() < 1)
        return fail("internal error: the model's design, outcome, weights, names and neighbour "
                    "lists do not match");
    if (!X.allFinite() || !y.allFinite() || !w.allFinite())
        return fail("the model has a missing or non-finite value: leave those areas out");
    if (w.minCoeff() <= 0)
        return fail("a regression weight is zero or negative: the spatial error model needs "
                    "positive weights (leave zero-weight areas out)");
    if (X.rows() < X.cols() + 2)
        return fail("too few areas for a spatial model with " + std::to_string(X.cols() - 1) +
                    " covariate(s): choose fewer covariates");
    if (Eigen::ColPivHouseholderQR<Eigen::MatrixXd>(X).rank() < X.cols())
        return fail("the covariates are collinear: drop one of them");
    return std::nullopt;
}

/// The Jacobian set up for the method: eigenvalues and interval as spatialreg's jacobianSetup.
Result<SpatialJacobian> setUp(const Neighbours& nb, SpatialMethod method, SpatialFit& fit) {
    auto jac = SpatialJacobian::create(nb);
    if (!jac) return jac;
    const bool eigen = method == SpatialMethod::Eigen ||
                       (method == SpatialMethod::Auto && nb.size() <= kEigenMaxAreas);
    fit.method = eigen ? "eigen" : "sparse";
    fit.n = nb.size();
    fit.islands = nb.islandCount();
    if (eigen) {
        jac->computeEigenvalues();
        std::tie(fit.intervalLower, fit.intervalUpper) = jac->eigenInterval();
    } else {
        fit.intervalLower = -1; // spatialreg's default interval for method = "LU"
        fit.intervalUpper = 0.999;
    }
    return jac;
}

bool asymptoticSe(const SpatialFit& fit) {
    return fit.method == "eigen" || fit.n <= kSmallAsymptotic;
}

double twoSidedNormalP(double z) {
    return std::erfc(std::fabs(z) / std::numbers::sqrt2);
}

/// z, p, AIC and the LR test, as summary.Sarlm and LR1.Sarlm.
void finish(SpatialFit& fit, const Eigen::VectorXd& beta, const Eigen::VectorXd& se,
            const std::vector<std::string>& names) {
    for (Eigen::Index j = 0; j < beta.size(); ++j) {
        SpatialTerm t{names[static_cast<std::size_t>(j)], beta[j], se[j], beta[j] / se[j], 0};
        t.p = twoSidedNormalP(t.z);
        fit.terms.push_back(t);
    }
    fit.z = fit.coefficient / fit.stdError;
    fit.p = twoSidedNormalP(fit.z);
    const auto k = static_cast<double>(beta.size());
    fit.aic = -2 * fit.logLik + 2 * (k + 2);
    fit.olsAic = -2 * fit.olsLogLik + 2 * (k + 1);
    fit.lrStatistic = 2 * (fit.logLik - fit.olsLogLik);
    fit.lrP = chiSquareUpperP(std::fabs(fit.lrStatistic), 1);
}

/// Observed information from the Hessian of l = ldet - n/2 log(SSE) + const, given
/// d SSE / d theta = 2 J'e and d² SSE = 2 (J'J + E); returns (-H)^-1.
Eigen::MatrixXd observedCovariance(double ldet2, double n, double sse, const Eigen::MatrixXd& j,
                                   const Eigen::VectorXd& e, const Eigen::MatrixXd& cross) {
    const Eigen::VectorXd grad = 2 * j.transpose() * e;
    const Eigen::MatrixXd hessSse = 2 * (j.transpose() * j + cross);
    Eigen::MatrixXd h = -(n / 2) * (hessSse / sse - grad * grad.transpose() / (sse * sse));
    h(0, 0) += ldet2;
    const Eigen::MatrixXd neg = -h;
    return neg.ldlt().solve(Eigen::MatrixXd::Identity(h.rows(), h.cols()));
}

/// Lag model: R's information matrix (sigma², rho, beta) inverted; returns the SEs of rho, beta.
Eigen::VectorXd lagAsymptoticSe(const SpatialJacobian& jac, const Eigen::MatrixXd& X,
                                const Eigen::VectorXd& beta, double rho, double s2) {
    const Eigen::Index p = X.cols();
    const auto n = static_cast<double>(X.rows());
    const Eigen::VectorXd awxb = jac.solve(rho, jac.lag(X * beta));
    const Eigen::VectorXd xtawxb = s2 * (X.transpose() * awxb);
    const double v =
        s2 * (s2 * jac.frobeniusWA2(rho) + awxb.squaredNorm()) + jac.traceWAWA(rho) * s2 * s2;
    Eigen::MatrixXd inf = Eigen::MatrixXd::Zero(p + 2, p + 2);
    inf(0, 0) = n / 2;
    inf(0, 1) = inf(1, 0) = s2 * jac.traceWA(rho);
    inf(1, 1) = v;
    inf.block(1, 2, 1, p) = xtawxb.transpose();
    inf.block(2, 1, p, 1) = xtawxb;
    inf.bottomRightCorner(p, p) = s2 * X.transpose() * X;
    const Eigen::MatrixXd varb = s2 * s2 * inf.inverse();
    return varb.diagonal().tail(p + 1).cwiseSqrt();
}

} // namespace

Result<SpatialFit> fitSpatialLag(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                 const Neighbours& nb, const std::vector<std::string>& names,
                                 SpatialMethod method) {
    const Eigen::VectorXd ones = Eigen::VectorXd::Ones(X.rows());
    if (auto e = checkInputs(X, y, ones, nb, names)) return *e;
    SpatialFit fit;
    fit.kind = "lag";
    auto jac = setUp(nb, method, fit);
    if (!jac) return jac.takeError();
    const auto n = static_cast<double>(X.rows());
    const Eigen::VectorXd wy = jac->lag(y);
    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(X);
    const Eigen::VectorXd eNull = y - X * qr.solve(y);
    const Eigen::VectorXd eW = wy - X * qr.solve(wy);
    const double ea = eNull.squaredNorm(), eb = eW.dot(eNull), ec = eW.squaredNorm();
    auto loglik = [&](double rho) {
        const double sse = ea - 2 * rho * eb + rho * rho * ec;
        const double s2 = sse / n;
        return jac->logDet(rho) - n / 2 * kLog2Pi - n / 2 * std::log(s2) - sse / (2 * s2);
    };
    fit.coefficient =
        brentMaximise(loglik, fit.intervalLower, fit.intervalUpper, std::sqrt(DBL_EPSILON));
    fit.logLik = loglik(fit.coefficient);
    const double rho = fit.coefficient;
    const Eigen::VectorXd target = y - rho * wy;
    const Eigen::VectorXd beta = qr.solve(target);
    fit.residuals = target - X * beta;
    fit.fitted = y - fit.residuals;
    const double sse = fit.residuals.squaredNorm();
    fit.sigma2 = sse / n;
    fit.olsLogLik = -0.5 * n * (kLog2Pi + 1 - std::log(n) + std::log(ea));
    Eigen::VectorXd se;
    if (asymptoticSe(fit)) {
        if (!jac->hasEigenvalues()) jac->computeEigenvalues();
        fit.seMethod = "asymptotic";
        se = lagAsymptoticSe(*jac, X, beta, rho, fit.sigma2);
    } else {
        fit.seMethod = "observed information";
        Eigen::MatrixXd j(X.rows(), X.cols() + 1);
        j << -wy, -X;
        const Eigen::MatrixXd cross = Eigen::MatrixXd::Zero(j.cols(), j.cols());
        const double d2 = jac->logDetSecondDerivative(rho, fit.intervalUpper);
        se = observedCovariance(d2, n, sse, j, fit.residuals, cross).diagonal().cwiseSqrt();
    }
    fit.stdError = se[0];
    finish(fit, beta, se.tail(X.cols()), names);
    return fit;
}

namespace {

/// The weighted, spatially filtered regression of errorsarlm at lambda.
struct ErrorTarget {
    Eigen::MatrixXd xl; ///< sqrt(w) (X - lambda W X)
    Eigen::VectorXd yl; ///< sqrt(w) (y - lambda W y)
};

ErrorTarget errorTarget(const Eigen::MatrixXd& X, const Eigen::MatrixXd& wx,
                        const Eigen::VectorXd& y, const Eigen::VectorXd& wy,
                        const Eigen::VectorXd& sw, double lambda) {
    return {sw.asDiagonal() * (X - lambda * wx), sw.asDiagonal() * (y - lambda * wy)};
}

/// SSE as spatialreg's sar_error_sse: yl'yl - ||Q'yl||².
double errorSse(const ErrorTarget& t) {
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(t.xl);
    const Eigen::VectorXd qty = qr.householderQ().transpose() * t.yl;
    return t.yl.squaredNorm() - qty.head(t.xl.cols()).squaredNorm();
}

double errorLambdaSe(const SpatialJacobian& jac, double lambda, double n, double s2) {
    const double a = n / (2 * s2 * s2);
    const double b = jac.traceWA(lambda) / s2;
    const double c = jac.traceWAWA(lambda) + jac.frobeniusWA2(lambda);
    return std::sqrt(a / (a * c - b * b));
}

} // namespace

Result<SpatialFit> fitSpatialError(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                   const Eigen::VectorXd& w, const Neighbours& nb,
                                   const std::vector<std::string>& names, SpatialMethod method) {
    if (auto e = checkInputs(X, y, w, nb, names)) return *e;
    SpatialFit fit;
    fit.kind = "error";
    fit.weighted = (w.array() != w[0]).any() || w[0] != 1.0;
    auto jac = setUp(nb, method, fit);
    if (!jac) return jac.takeError();
    const auto n = static_cast<double>(X.rows());
    const Eigen::VectorXd sw = w.cwiseSqrt();
    const double sumLogW = w.array().log().sum();
    const Eigen::VectorXd wy = jac->lag(y);
    const Eigen::MatrixXd wx = jac->lag(X);
    auto loglik = [&](double lambda) {
        const double sse = errorSse(errorTarget(X, wx, y, wy, sw, lambda));
        const double s2 = sse / n;
        return jac->logDet(lambda) + 0.5 * sumLogW - n / 2 * kLog2Pi - n / 2 * std::log(s2) -
               sse / (2 * s2);
    };
    fit.coefficient =
        brentMaximise(loglik, fit.intervalLower, fit.intervalUpper, std::sqrt(DBL_EPSILON));
    fit.logLik = loglik(fit.coefficient);
    const double lambda = fit.coefficient;
    const ErrorTarget t = errorTarget(X, wx, y, wy, sw, lambda);
    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(t.xl);
    const Eigen::VectorXd beta = qr.solve(t.yl);
    fit.residuals = (y - lambda * wy) - (X - lambda * wx) * beta;
    fit.fitted = y - fit.residuals;
    const Eigen::VectorXd e = t.yl - t.xl * beta; // sqrt(w) residuals
    const double sse = e.squaredNorm();
    fit.sigma2 = sse / n;
    const Eigen::MatrixXd xtxInv =
        (t.xl.transpose() * t.xl).ldlt().solve(Eigen::MatrixXd::Identity(X.cols(), X.cols()));
    const Eigen::VectorXd se = (fit.sigma2 * xtxInv.diagonal()).cwiseSqrt();
    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> ols(sw.asDiagonal() * X);
    const double rss =
        (sw.cwiseProduct(y) - sw.asDiagonal() * X * ols.solve(sw.cwiseProduct(y))).squaredNorm();
    fit.olsLogLik = 0.5 * (sumLogW - n * (kLog2Pi + 1 - std::log(n) + std::log(rss)));
    if (asymptoticSe(fit)) {
        if (!jac->hasEigenvalues()) jac->computeEigenvalues();
        fit.seMethod = "asymptotic";
        fit.stdError = errorLambdaSe(*jac, lambda, n, fit.sigma2);
    } else {
        fit.seMethod = "observed information";
        Eigen::MatrixXd j(X.rows(), X.cols() + 1);
        j << -sw.cwiseProduct(wy - wx * beta), -t.xl;
        Eigen::MatrixXd cross = Eigen::MatrixXd::Zero(j.cols(), j.cols());
        const Eigen::VectorXd eWx = (sw.asDiagonal() * wx).transpose() * e;
        cross.block(0, 1, 1, X.cols()) = eWx.transpose();
        cross.block(1, 0, X.cols(), 1) = eWx;
        const double d2 = jac->logDetSecondDerivative(lambda, fit.intervalUpper);
        fit.stdError = std::sqrt(observedCovariance(d2, n, sse, j, e, cross)(0, 0));
    }
    finish(fit, beta, se, names);
    return fit;
}

} // namespace swingmap
