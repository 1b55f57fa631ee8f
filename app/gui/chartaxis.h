// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace swingmap {

/// About five round tick values (R's pretty()) whose first and last enclose [lo, hi]; at least
/// two, also when lo == hi.
std::vector<double> axisTicks(double lo, double hi);
/// A tick value with as many decimals as the ticks' step needs ("−2.5", "0", "2.5").
QString tickLabel(double value, const std::vector<double>& ticks);
/// A figure with two decimals and its sign ("+1.25", "−0.40", "0.00"); "–" when not finite.
QString signedNumber(double value, int decimals = 2);

} // namespace swingmap
