// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Steps of analyse() (core/analysis.cpp), exposed for tests.
#include "core/analysis.h"

namespace swingmap {

/// Mark the areas under the privacy minimum (areas.suppressed, suppressedCount). Runs before
/// every statistic, which then leaves them out (fitModel's statisticsGate).
void markSuppressed(const Dataset& data, const ElectionData& later, Analysis& a);

/// Select model rows (recording drop reasons; suppressed areas first, as kSuppressedDropReason),
/// fit the WLS model, residual Moran's I, the LM tests, the spatial models and GWR asked for, and
/// LISA; fills the per-area model figures and a.model. No suppressed area enters any of them.
/// (core/modelfit.cpp)
void fitModel(const Dataset& data, const Neighbours& nb, const ElectionData& later, Analysis& a);

/// Area classes and potential votes (methods.md): needs the shares of every party at B.
void classify(const Dataset& data, const ElectionData& later, int party, Analysis& a);

/// Blank every figure of the suppressed areas (markSuppressed; NaN, class None), so no output
/// built from the Analysis can show them. The counts (classCounts, lisaCounts,
/// withinNoiseCount, butlerSteedDisagree) leave them out, so that none of their figures can be
/// recovered by subtraction; classify() takes the turnout target over the other areas too.
void applyPrivacy(const Dataset& data, Analysis& a);

/// Quantile as R's default (type 7) of the finite values; NaN when there are none.
double quantile7(std::vector<double> values, double q);

} // namespace swingmap
