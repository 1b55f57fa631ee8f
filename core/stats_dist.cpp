// SPDX-License-Identifier: GPL-3.0-or-later
// Tail probabilities of the t and F distributions through the regularised incomplete beta
// function I_x(a, b) (continued fraction of TOMS 708), accurate to about 1e-13 relative.
#include "core/wls.h"

#include <cmath>
#include <limits>

namespace swingmap {
namespace {

constexpr double kLogSqrt2Pi = 0.91893853320467274178;

/// lgamma(x) - [(x - 1/2) log x - x + log sqrt(2 pi)], Stirling series, for x >= 10.
double stirlingError(double x) {
    const double x2 = 1.0 / (x * x);
    return (1.0 / 12 - x2 * (1.0 / 360 - x2 * (1.0 / 1260 - x2 * (1.0 / 1680 - x2 / 1188)))) / x;
}

/// lgamma without writing the global `signgam` (std::lgamma does, which races when GWR and the
/// spatial tests run on several threads); the arguments here are positive.
double logGamma(double x) {
#if defined(_WIN32)
    return std::lgamma(x); // the C runtime on Windows has no signgam
#else
    int sign = 0;
    return ::lgamma_r(x, &sign);
#endif
}

/// log Beta(a, b) without the cancellation of lgamma differences when a or b is large.
double logBeta(double a, double b) {
    const double big = std::max(a, b);
    const double small = std::min(a, b);
    if (big < 10) return logGamma(a) + logGamma(b) - logGamma(a + b);
    if (small >= 10) {
        // Stirling for all three terms.
        const double s = a + b;
        return kLogSqrt2Pi - 0.5 * std::log(big) + (small - 0.5) * std::log(small / s) +
               big * std::log1p(-small / s) + stirlingError(a) + stirlingError(b) -
               stirlingError(s);
    }
    // lgamma(big + small) - lgamma(big) by Stirling, written with log1p.
    const double s = big + small;
    const double diff = (big - 0.5) * std::log1p(small / big) + small * std::log(s) - small +
                        stirlingError(s) - stirlingError(big);
    return logGamma(small) - diff;
}

/// Continued fraction for I_x(a, b) / [x^a y^b / B(a, b)] (bfrac of TOMS 708, Didonato and
/// Morris 1992, as in R's pbeta), for lambda = (a + b) y - b >= 0. Written in terms of y and
/// lambda, it keeps full precision when x is close to 1 and a is large (t with large df).
double betaFraction(double a, double b, double x, double y, double lambda) {
    const double c = lambda + 1, c0 = b / a, c1 = 1 / a + 1, yp1 = y + 1;
    double p = 1, s = a + 1, an = 0, bn = 1, anp1 = 1, bnp1 = c / c1, r = c1 / c;
    for (int n = 1; n <= 10000; ++n) {
        const double t = n / a;
        const double w = n * (b - n) * x;
        double e = a / s;
        const double alpha = p * (p + c0) * e * e * (w * x);
        e = (t + 1) / (c1 + t + t);
        const double beta = n + w / s + e * (c + n * yp1);
        p = t + 1;
        s += 2;
        double next = alpha * an + beta * anp1;
        an = anp1;
        anp1 = next;
        next = alpha * bn + beta * bnp1;
        bn = bnp1;
        bnp1 = next;
        const double r0 = r;
        r = anp1 / bnp1;
        if (std::fabs(r - r0) <= 1e-15 * r) break;
        an /= bnp1;
        bn /= bnp1;
        anp1 = r;
        bnp1 = 1;
    }
    return r;
}

/// x^a y^b / B(a, b), with logs taken where they do not lose precision.
double betaFront(double x, double y, double a, double b) {
    const double logX = x < 0.5 ? std::log(x) : std::log1p(-y);
    const double logY = y < 0.5 ? std::log(y) : std::log1p(-x);
    return std::exp(a * logX + b * logY - logBeta(a, b));
}

/// I_x(a, b) with y = 1 - x passed separately so that neither is formed by cancellation.
double incompleteBeta(double x, double y, double a, double b) {
    if (x <= 0) return 0;
    if (y <= 0) return 1;
    const double lambda = y < 0.5 ? (a + b) * y - b : a - (a + b) * x;
    const double front = betaFront(x, y, a, b);
    if (lambda >= 0) return front * betaFraction(a, b, x, y, lambda);
    return 1 - front * betaFraction(b, a, y, x, -lambda); // I_x(a, b) = 1 - I_y(b, a)
}

} // namespace

double studentTTwoSidedP(double t, double df) {
    if (std::isnan(t) || std::isnan(df) || df <= 0) return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(t)) return 0;
    const double t2 = t * t;
    // P(|T| > |t|) = I_{df / (df + t^2)}(df / 2, 1 / 2)
    return incompleteBeta(df / (df + t2), t2 / (df + t2), 0.5 * df, 0.5);
}

double fDistributionUpperP(double f, double df1, double df2) {
    if (std::isnan(f) || !(df1 > 0) || !(df2 > 0)) return std::numeric_limits<double>::quiet_NaN();
    if (f <= 0) return 1;
    if (std::isinf(f)) return 0;
    // P(F > f) = I_{df2 / (df2 + df1 f)}(df2 / 2, df1 / 2)
    const double den = df2 + df1 * f;
    return incompleteBeta(df2 / den, df1 * f / den, 0.5 * df2, 0.5 * df1);
}

} // namespace swingmap
