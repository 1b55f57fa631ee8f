// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <Eigen/Dense>
#include <utility>
#include <vector>

namespace swingmap {

/// How fitGwr chooses and uses the bandwidth.
struct GwrSettings {
    int bandwidth = 0;         ///< k nearest points (the focal point included); 0 = choose by AICc
    bool goldenSection = true; ///< golden-section search as mgwr's Sel_BW; false = try every k
    int minK = 0;              ///< search bounds; 0 = mgwr's defaults 40 + 2p and n
    int maxK = 0;
    int threads = 2; ///< worker threads for the local fits
    /// Large-n search: above this many areas the AICc of each trial k is estimated from this many
    /// focal points (a seeded random sample; RSS and tr(S) are sums over focal points, so the
    /// scaled sample sums estimate them without bias) and the golden-section search stops once
    /// its bracket is narrower than `searchTolerance` times the current best k. The final fit at
    /// the chosen k always uses every area. 0 = always score every area (mgwr's exact search).
    int searchSample = 10000;
    double searchTolerance = 0.02;
};

/**
 * A geographically weighted regression with an adaptive bisquare kernel, as GWR4 and mgwr fit it.
 * Per-area matrices are n x p in the column order of X; all diagnostics follow GWR4's output.
 */
struct GwrResult {
    int bandwidth = 0; ///< k used
    double aicc = 0;   ///< 2n ln(sigmaML) + n ln(2 pi) + n (n + trS) / (n - 2 - trS)
    double aic = 0;    ///< -2 logLik + 2 (trS + 1)
    double rss = 0;    ///< sum of (observation-weighted) squared residuals
    double rSquared = 0, adjRSquared = 0;
    double traceS = 0, traceStS = 0;
    double sigma = 0; ///< sqrt(rss / (n - 2 trS + trS'S)), the sigma behind the standard errors
    Eigen::MatrixXd coef, se, tvalue;
    Eigen::VectorXd localR2, fitted, residual;
    std::vector<std::pair<int, double>> searchPath; ///< (k, AICc) in evaluation order
    bool exhaustiveSearch = false;                  ///< bandwidth chosen by trying every k
    int searchPoints = 0; ///< focal points each AICc evaluation of the search used (n = all)
};

/**
 * Fit y on X (intercept column included) locally at each of the n points xy (interleaved x, y,
 * projected units). Weights of point j in the regression at point i: the adaptive bisquare
 * (1 - (d_ij / d_ik)^2)^2 for d_ij < d_ik, 0 otherwise, where d_ik is the distance from i to its
 * k-th nearest point counting i itself (so the k-th gets weight 0), times obsWeights[j] when given.
 *
 * Observation weights act as lm(weights = w): the fit is the unweighted GWR of sqrt(w) y on
 * sqrt(w) X with the kernel unchanged, so RSS, R-squared, hat-matrix traces, AICc (without the
 * constant -sum(ln w)) and standard errors are those of that transformed problem. They must be > 0.
 *
 * Fails with a plain sentence on mismatched sizes, non-finite values, a bandwidth outside
 * p + 1 .. n, or a singular local fit at the chosen bandwidth (bandwidths with a singular local
 * fit are skipped by the search).
 */
Result<GwrResult> fitGwr(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                         const std::vector<double>& xy, const GwrSettings& settings,
                         const Eigen::VectorXd* obsWeights = nullptr);

} // namespace swingmap
