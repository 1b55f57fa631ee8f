// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"
#include "core/result.h"
#include "core/wls.h"

#include <Eigen/Dense>

namespace swingmap {

/// One Lagrange multiplier test: chi-square statistic, degrees of freedom, upper-tail p-value.
struct LmTest {
    double statistic = 0, df = 0, p = 0;
};

/// The five tests of spdep::lm.LMtests(test = "all"): LMerr, LMlag, RLMerr, RLMlag, SARMA.
struct LmTests {
    LmTest rsErr, rsLag, adjRsErr, adjRsLag, sarma;
};

/**
 * Lagrange multiplier diagnostics for spatial dependence in the residuals of fit, exactly as
 * spdep::lm.LMtests(model, nb2listw(nb, style = "W", zero.policy = TRUE), test = "all",
 * zero.policy = TRUE) (spdep 1.2-7) with model = lm(y ~ X - 1 + ..., weights = w).
 *
 * Regression weights: spdep neither refuses a weighted lm nor transforms it. It mixes the
 * weighted and the unweighted model: the residuals u = y - X b, the response y and the fitted
 * values X b are the *unweighted* ones (resid(), model.response(), fitted()), sigma² = u'u / N
 * is unweighted, but (X'X)^-1 is taken from the weighted QR (chol2inv(model$qr$qr)), i.e.
 * (X'WX)^-1 = fit.xtwxInverse. This function reproduces that mix; with w = 1 it is the textbook
 * Anselin (1988) / Anselin et al. (1996) set of tests.
 *
 * N is the number of rows (islands and zero-weight rows included, as length(listw$neighbours));
 * islands have an all-zero row of W. T = tr(W'W + WW) is a sum over links (spdep::tracew), so
 * the cost is O(links + n k²): no n x n matrix. p-values are exact upper chi-square tails
 * (R's 1 - pchisq() rounds those below ~1e-16 to 0).
 *
 * Fails when the sizes do not match, when no area has a neighbour, or when the residuals are
 * all zero.
 */
Result<LmTests> lmTests(const WlsFit& fit, const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                        const Eigen::VectorXd& w, const Neighbours& nb);

/// tr(W'W + WW) for row-standardised W (spdep::tracew): sum over links of w_ij² + w_ij w_ji.
double traceWtWPlusWW(const Neighbours& nb);

/// Upper-tail chi-square probability for 1 or 2 degrees of freedom.
double chiSquareUpperP(double statistic, double df);

} // namespace swingmap
