// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/dataset.h"
#include "core/result.h"

#include <cstddef>
#include <string>

namespace swingmap {

/**
 * Out-of-period check of the share-change model with three elections A, B, C on the same areas.
 *
 * 1. Fit the share-change model on A -> B exactly as analyse() does (same covariates, same
 *    regression weights, same dropped rows): beta_AB.
 * 2. Predict the change B -> C of every evaluated area as y_hat(B->C) = x_i' beta_AB, i.e. the
 *    change the A -> B model *fitted* for that area's demographics (the covariates are the same
 *    census for both periods), and the C share as share_B + y_hat.
 * 3. Baseline "uniform swing": every area moves by the overall weighted mean change of A -> B,
 *    u = sum w_i (s_B - s_A)_i / sum w_i over the model rows with the model's weights (the
 *    intercept-only WLS estimate; with an intercept the model's fitted values have the same
 *    weighted mean).
 *
 * Evaluated areas: the rows of the A -> B model that also have valid votes > 0 at C.
 * Measures (points = percentage points of the valid vote):
 * - mae*: mean |predicted C share - actual C share|; *Weighted: weighted by valid votes at C.
 * - signHit*: share of areas where sign(predicted change B->C) == sign(actual change B->C)
 *   (sign of 0 is 0; the uniform baseline predicts one sign everywhere).
 * - topDecile*: of the m = ceil(n / 10) areas with the largest actual gain B -> C (signed change,
 *   ties broken by area order), the fraction contained in the predicted top m. Ties in the
 *   prediction at the cut-off count as a random pick among the tied areas (expected overlap), so
 *   uniform swing, which ties every area, scores m / n: what a random list would capture.
 */
struct BacktestResult {
    std::size_t n = 0; ///< areas evaluated
    double maeModel = 0, maeUniform = 0;
    double maeModelWeighted = 0, maeUniformWeighted = 0;
    double signHitModel = 0, signHitUniform = 0;
    double topDecileModel = 0, topDecileUniform = 0;
    std::size_t topDecileSize = 0; ///< m
    double uniformSwing = 0;       ///< u, points
    WlsFit fitAB;                  ///< the A -> B model behind the prediction
};

/// Smallest number of evaluated areas for a back-test.
inline constexpr std::size_t kBacktestMinAreas = 10;

/**
 * Back-test the A -> B share-change model (settingsAB.from = A, .to = B, .party, .covariates,
 * .weights) on election labelC. Only the OLS/WLS model is fitted (no spatial models, LISA or
 * GWR; no neighbours needed). Fails with a plain sentence for an unknown or repeated label, a
 * party missing at C, an outcome other than the share change, a model that cannot be fitted, or
 * fewer than kBacktestMinAreas evaluated areas.
 */
Result<BacktestResult> backtest(const Dataset& data, const AnalysisSettings& settingsAB,
                                const std::string& labelC);

/// Top-decile capture as backtest() defines it (exported for tests): actual and predicted are
/// aligned; returns the fraction of the actual top m found in the predicted top m.
double topShareCapture(const std::vector<double>& actual, const std::vector<double>& predicted,
                       std::size_t m);

} // namespace swingmap
