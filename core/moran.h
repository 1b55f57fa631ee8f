// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"
#include "core/wls.h"

namespace swingmap {

/// Moran's I of regression residuals, as spdep::lm.morantest(model, nb2listw(nb, style = "W",
/// zero.policy = TRUE), zero.policy = TRUE) with alternative = "greater".
struct MoranTest {
    double i = 0;
    double expectation = 0;
    double variance = 0;
    double z = 0;
    double p = 0; ///< upper-tail normal p-value
    std::size_t islands = 0;
};

/// nb gives the neighbours of the n model rows (already subset to them); weights are
/// row-standardised internally (style "W"), islands get zero weight.
Result<MoranTest> lmMoranTest(const WlsFit& fit, const Eigen::MatrixXd& X, const Eigen::VectorXd& w,
                              const Neighbours& nb);

} // namespace swingmap
