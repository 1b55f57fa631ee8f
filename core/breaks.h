// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace swingmap {

/// How class breaks of a mapped variable are chosen (the styles of R's classInt::classIntervals).
enum class BreakMethod {
    Quantile,      ///< equal counts: quantile(x, (0:n)/n), type 7
    EqualInterval, ///< n classes of equal width from min to max
    NaturalBreaks, ///< Fisher–Jenks: least within-class sum of squares ("fisher")
    Pretty,        ///< round numbers: R's pretty(range(x), n)
    StdDev,        ///< whole standard deviations from the mean: pretty() of the z-scores
    Manual         ///< breaks given by the user
};

/// "quantile", "equal", "fisher", "pretty", "sd", "manual" (the project file and classInt names).
const char* breakMethodName(BreakMethod m);
/// The method named `name` (as breakMethodName); false when unknown.
bool parseBreakMethod(const std::string& name, BreakMethod& out);

/**
 * Class breaks of the finite values (NaN and infinities are ignored) as classInt returns them:
 * ascending, first = lower bound (min), last = upper bound (max) except for Pretty and StdDev,
 * whose bounds are round numbers enclosing the data; `classes` is asked for (Pretty and StdDev may
 * give a few more or fewer, as in R). Fewer than two distinct values give {min, max} (or {} when
 * there are none). Quantile breaks may repeat on tied data: distinctBreaks() drops repeats.
 * NaturalBreaks is exact (no sampling): a dynamic programme over the sorted values whose optimal
 * split points are monotone, solved by divide and conquer in O(classes · n log n), so 450,000
 * areas take a fraction of a second. Manual takes `manual` (sorted, non-finite dropped) as inner
 * breaks between min and max.
 */
std::vector<double> classBreaks(const std::vector<double>& values, BreakMethod method, int classes,
                                const std::vector<double>& manual = {});

/// The inner breaks (all but the first and last) of classBreaks(), strictly increasing.
std::vector<double> innerBreaks(const std::vector<double>& breaks);

/// The finite values (NaN and infinities dropped), sorted ascending.
std::vector<double> finiteSorted(const std::vector<double>& values);
/// R's quantile(type = 7) at q in [0, 1] of non-empty sorted values.
double sortedQuantile(const std::vector<double>& sorted, double q);

/// R's pretty(c(lo, hi), n): about n + 1 round numbers covering [lo, hi].
std::vector<double> prettyBreaks(double lo, double hi, int n);

/**
 * Fisher–Jenks natural breaks of sorted values into at most `classes` classes: the index of the
 * first value of each class after the first (ascending, size classes - 1 when there are at least
 * that many distinct values). Exposed for tests.
 */
std::vector<std::size_t> naturalBreakStarts(const std::vector<double>& sorted, int classes);

} // namespace swingmap
