// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace swingmap {

/// Student's t 97.5 % quantile with df degrees of freedom (the normal's, 1.96, when df is 0 or
/// huge), by bisection on studentTTwoSidedP: the multiplier of the robust 95 % intervals
/// (describeTerm's sentences, the coefficient chart).
double studentTQuantile975(double df);

} // namespace swingmap
