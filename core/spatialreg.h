// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"
#include "core/result.h"

#include <Eigen/Dense>
#include <string>
#include <vector>

namespace swingmap {

/// How the log-determinant log|I - rho W| is computed.
enum class SpatialMethod {
    Auto,  ///< Eigen for n <= kEigenMaxAreas, else Sparse
    Eigen, ///< spatialreg method = "eigen": eigenvalues of W, analytical asymptotic SEs
    Sparse ///< spatialreg method = "LU": sparse Cholesky of I - rho S per evaluation
};

/// Largest n for which Auto uses the eigenvalues (dense O(n³) once).
inline constexpr std::size_t kEigenMaxAreas = 3000;
/// spatialreg's control$small: at or below it the sparse method still reports the analytical
/// asymptotic standard errors (small_asy = TRUE); above it, the observed-information ones.
inline constexpr std::size_t kSmallAsymptotic = 1500;

/// One coefficient as summary(<Sarlm>)$Coef: estimate, standard error, z, two-sided normal p.
struct SpatialTerm {
    std::string name;
    double estimate = 0, stdError = 0, z = 0, p = 0;
};

/**
 * A maximum-likelihood spatial lag (y = rho W y + X beta + e) or spatial error
 * (y = X beta + u, u = lambda W u + e) model, as spatialreg 1.2-6 lagsarlm / errorsarlm with
 * listw = nb2listw(nb, style = "W", zero.policy = TRUE) and summary().
 */
struct SpatialFit {
    std::string kind;       ///< "lag" or "error"
    std::string method;     ///< "eigen" or "sparse"
    bool weighted = false;  ///< regression weights entered the fit (error model only)
    double coefficient = 0; ///< rho (lag) or lambda (error)
    double stdError = 0;    ///< its standard error (see seMethod)
    double z = 0, p = 0;    ///< coefficient / stdError, two-sided normal p-value
    /// "asymptotic": analytical asymptotic covariance (R's method "eigen", and "LU" for
    /// n <= 1500); "observed information": exact Hessian of the log-likelihood with sigma²
    /// concentrated out, which R's "LU" approximates by finite differences (fdHess) for n > 1500.
    std::string seMethod;
    std::vector<SpatialTerm> terms;
    double logLik = 0;
    double aic = 0;    ///< -2 logLik + 2 (k + 2): k coefficients, rho/lambda and sigma²
    double sigma2 = 0; ///< SSE / n
    double olsLogLik = 0, olsAic = 0;            ///< of the model without the spatial term
    double lrStatistic = 0, lrDf = 1, lrP = 0;   ///< LR test against that model
    double intervalLower = 0, intervalUpper = 0; ///< search interval for rho / lambda
    Eigen::VectorXd fitted, residuals;           ///< as fitted() / residuals() of the Sarlm object
    std::size_t n = 0, islands = 0;
};

/**
 * Spatial lag model as lagsarlm(y ~ X, listw, method). lagsarlm has no weights argument (R
 * refuses weights = ... as an unused argument), so this fit is unweighted: pass the same
 * design as the WLS model; the regression weights are not used (weighted = false).
 * X holds the intercept column first; names name its columns. The lists must be symmetric.
 */
Result<SpatialFit> fitSpatialLag(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                 const Neighbours& nb, const std::vector<std::string>& names,
                                 SpatialMethod method = SpatialMethod::Auto);

/**
 * Spatial error model as errorsarlm(y ~ X, listw, weights = w, method). errorsarlm supports
 * regression weights: it minimises sum w_i [(I - lambda W)(y - X beta)]_i² and adds
 * (1/2) sum log w_i to the log-likelihood (so w must be > 0; pass w = 1 for an unweighted fit).
 * The scale of w does not change the estimates, but with raw vote counts R's solve() of the
 * asymptotic covariance fails its tol.solve = .Machine$double.eps test and R silently falls
 * back to a numerical Hessian for the lambda SE; this implementation always reports the
 * analytical asymptotic SE in the eigen path (what R gives for w / mean(w)).
 */
Result<SpatialFit> fitSpatialError(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                   const Eigen::VectorXd& w, const Neighbours& nb,
                                   const std::vector<std::string>& names,
                                   SpatialMethod method = SpatialMethod::Auto);

} // namespace swingmap
