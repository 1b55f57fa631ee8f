// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <Eigen/Dense>
#include <string>
#include <vector>

namespace swingmap {

/// One coefficient of a fitted model, as R's summary(lm) and sandwich::vcovHC(type = "HC3").
struct Term {
    std::string name; ///< "(Intercept)" or the covariate's column name
    double estimate = 0;
    double stdError = 0;    ///< classical
    double hc3StdError = 0; ///< heteroskedasticity-robust HC3
    double t = 0;           ///< estimate / stdError
    double p = 0;           ///< two-sided, t distribution with n - k - 1 df
    double vif = 0;         ///< variance inflation factor (0 for the intercept)
};

/// A weighted least-squares fit: lm(y ~ X, weights = w).
struct WlsFit {
    std::vector<Term> terms;
    Eigen::VectorXd fitted;                ///< X beta
    Eigen::VectorXd residuals;             ///< y - X beta (unweighted, as residuals(lm))
    Eigen::VectorXd standardisedResiduals; ///< rstandard(lm)
    Eigen::VectorXd leverage;              ///< hatvalues(lm) (0 for zero-weight rows)
    Eigen::VectorXd cooksDistance;         ///< cooks.distance(lm) (0 for zero-weight rows)
    Eigen::MatrixXd xtwxInverse;           ///< (X'WX)^-1
    double sigma = 0;                      ///< residual standard error
    double rSquared = 0, adjRSquared = 0;
    double fStatistic = 0, fDf1 = 0, fDf2 = 0, fP = 0;
    double aic = 0;             ///< AIC(lm) for a weighted fit
    double logLik = 0;          ///< logLik(lm)
    double conditionNumber = 0; ///< of the column-scaled weighted design
    std::size_t n = 0;
    std::size_t zeroWeightRows = 0;
};

/**
 * Fit y on the columns of X (which must include the intercept column first) with weights w > 0.
 * Fails with a plain message when the design is rank deficient (naming the collinear column),
 * when there are fewer rows than columns + 1, or when all weights are zero.
 */
Result<WlsFit> fitWls(const Eigen::MatrixXd& X, const Eigen::VectorXd& y, const Eigen::VectorXd& w,
                      const std::vector<std::string>& names);

/// Regularised incomplete beta based helpers (exported for tests).
double studentTTwoSidedP(double t, double df);
double fDistributionUpperP(double f, double df1, double df2);

} // namespace swingmap
