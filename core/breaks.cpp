// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/breaks.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>

namespace swingmap {

const char* breakMethodName(BreakMethod m) {
    switch (m) {
    case BreakMethod::Quantile:
        return "quantile";
    case BreakMethod::EqualInterval:
        return "equal";
    case BreakMethod::NaturalBreaks:
        return "fisher";
    case BreakMethod::Pretty:
        return "pretty";
    case BreakMethod::StdDev:
        return "sd";
    case BreakMethod::Manual:
        return "manual";
    }
    return "quantile";
}

bool parseBreakMethod(const std::string& name, BreakMethod& out) {
    for (BreakMethod m :
         {BreakMethod::Quantile, BreakMethod::EqualInterval, BreakMethod::NaturalBreaks,
          BreakMethod::Pretty, BreakMethod::StdDev, BreakMethod::Manual})
        if (name == breakMethodName(m)) {
            out = m;
            return true;
        }
    return false;
}

namespace {

/// Distinct sorted values with their counts, centred on the mean (fewer cancellation errors).
struct Distinct {
    std::vector<double> value;   ///< original values
    std::vector<long double> s0; ///< prefix counts
    std::vector<long double> s1; ///< prefix sums of centred values
    std::vector<long double> s2; ///< prefix sums of squares of centred values
    /// Within-class sum of squares of distinct values [a, b).
    [[nodiscard]] long double cost(std::size_t a, std::size_t b) const {
        const long double n = s0[b] - s0[a];
        if (n <= 0) return 0;
        const long double s = s1[b] - s1[a];
        const long double c = s2[b] - s2[a] - s * s / n;
        return c > 0 ? c : 0;
    }
};

Distinct distinctOf(const std::vector<double>& sorted) {
    Distinct d;
    long double mean = 0;
    for (double x : sorted)
        mean += x;
    mean /= static_cast<long double>(sorted.size());
    d.s0.push_back(0);
    d.s1.push_back(0);
    d.s2.push_back(0);
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        const auto c = static_cast<long double>(j - i);
        const long double x = static_cast<long double>(sorted[i]) - mean;
        d.value.push_back(sorted[i]);
        d.s0.push_back(d.s0.back() + c);
        d.s1.push_back(d.s1.back() + c * x);
        d.s2.push_back(d.s2.back() + c * x * x);
        i = j;
    }
    return d;
}

/// One layer of the dynamic programme: cur[j] = min over i of prev[i] + cost(i, j), for j in
/// [jlo, jhi], the best i searched in [ilo, ihi] (optimal i is monotone in j).
struct Layer {
    const Distinct& d;
    const std::vector<long double>& prev;
    std::vector<long double>& cur;
    std::vector<uint32_t>& arg;
    std::size_t minI; ///< the class needs at least one value: i >= minI

    void solve(std::size_t jlo, std::size_t jhi, std::size_t ilo, std::size_t ihi) {
        if (jlo > jhi) return;
        const std::size_t j = jlo + (jhi - jlo) / 2;
        long double best = std::numeric_limits<long double>::infinity();
        std::size_t at = std::max(ilo, minI);
        const std::size_t last = std::min(ihi, j - 1);
        for (std::size_t i = std::max(ilo, minI); i <= last; ++i) {
            const long double c = prev[i] + d.cost(i, j);
            if (c < best) {
                best = c;
                at = i;
            }
        }
        cur[j] = best;
        arg[j] = static_cast<uint32_t>(at);
        if (j > jlo) solve(jlo, j - 1, ilo, at);
        solve(j + 1, jhi, at, ihi);
    }
};

std::vector<std::size_t> fisherStarts(const Distinct& d, int classes) {
    const std::size_t m = d.value.size();
    const auto k = static_cast<std::size_t>(std::max(classes, 1));
    std::vector<std::size_t> starts;
    if (m <= k) {
        for (std::size_t i = 1; i < m; ++i)
            starts.push_back(i);
        return starts;
    }
    // cost[c][j]: best cost of the first j distinct values in c + 1 classes
    std::vector<long double> prev(m + 1), cur(m + 1);
    std::vector<std::vector<uint32_t>> arg(k, std::vector<uint32_t>(m + 1, 0));
    for (std::size_t j = 0; j <= m; ++j)
        prev[j] = d.cost(0, j);
    for (std::size_t c = 1; c < k; ++c) {
        std::fill(cur.begin(), cur.end(), std::numeric_limits<long double>::infinity());
        Layer layer{d, prev, cur, arg[c], c};
        layer.solve(c + 1, m, c, m - 1);
        std::swap(prev, cur);
    }
    starts.resize(k - 1);
    std::size_t j = m;
    for (std::size_t c = k - 1; c >= 1; --c) {
        j = arg[c][j];
        starts[c - 1] = j;
    }
    return starts;
}

} // namespace

std::vector<double> finiteSorted(const std::vector<double>& values) {
    std::vector<double> v;
    v.reserve(values.size());
    for (double x : values)
        if (std::isfinite(x)) v.push_back(x);
    std::sort(v.begin(), v.end());
    return v;
}

double sortedQuantile(const std::vector<double>& sorted, double q) {
    const double pos = q * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    const double h = pos - static_cast<double>(lo);
    return h == 0 ? sorted[lo] : sorted[lo] + h * (sorted[hi] - sorted[lo]);
}

std::vector<double> prettyBreaks(double lo, double hi, int n) {
    // R's R_pretty() with pretty.default's arguments: min.n = n %/% 3, shrink.sml = 0.75,
    // high.u.bias = 1.5, u5.bias = 0.5 + 1.5 * high.u.bias, no eps correction.
    if (!std::isfinite(lo) || !std::isfinite(hi)) return {};
    if (lo > hi) std::swap(lo, hi);
    const int ndiv = std::max(n, 1), minN = n / 3;
    const double h = 1.5, h5 = 0.5 + 1.5 * h, roundingEps = 1e-10;
    const double dx = hi - lo;
    double cell = 0;
    bool small = false;
    if (dx == 0 && hi == 0) {
        cell = 1;
        small = true;
    } else {
        cell = std::max(std::abs(lo), std::abs(hi));
        double u = 1 + ((h5 >= 1.5 * h + 0.5) ? 1 / (1 + h) : 1.5 / (1 + h5));
        u *= std::max(1, ndiv) * DBL_EPSILON;
        small = dx < cell * u * 3;
    }
    if (small) {
        if (cell > 10) cell = 9 + cell / 10;
        cell *= 0.75;
        if (minN > 1) cell /= minN;
    } else {
        cell = dx;
        if (ndiv > 1) cell /= ndiv;
    }
    const double subsmall = std::ldexp(1.0, -20) * DBL_MIN;
    if (cell < subsmall) cell = subsmall;
    const double base = std::pow(10.0, std::floor(std::log10(cell)));
    double unit = base;
    if (2 * base - cell < h * (cell - unit)) {
        unit = 2 * base;
        if (5 * base - cell < h5 * (cell - unit)) {
            unit = 5 * base;
            if (10 * base - cell < h * (cell - unit)) unit = 10 * base;
        }
    }
    double ns = std::floor(lo / unit + roundingEps);
    double nu = std::ceil(hi / unit - roundingEps);
    while (ns * unit > lo + roundingEps * unit)
        ns -= 1;
    while (nu * unit < hi - roundingEps * unit)
        nu += 1;
    auto k = static_cast<long>(0.5 + nu - ns);
    if (k < minN) {
        k = minN - k;
        const long half = k / 2, rest = k - half; // whole numbers of units on each side, as R
        if (ns >= 0) {
            nu += static_cast<double>(half);
            ns -= static_cast<double>(rest);
        } else {
            ns -= static_cast<double>(half);
            nu += static_cast<double>(rest);
        }
        k = minN;
    }
    const double l = ns * unit, u = nu * unit;
    std::vector<double> out;
    if (k <= 0) return {l};
    const double delta = (u - l) / static_cast<double>(k);
    for (long i = 0; i <= k; ++i) {
        // seq.int(l, u, length.out = k + 1)
        double s = i == k ? u : l + static_cast<double>(i) * delta;
        if (std::abs(s) < 1e-14 * delta) s = 0;
        out.push_back(s);
    }
    return out;
}

std::vector<std::size_t> naturalBreakStarts(const std::vector<double>& sorted, int classes) {
    if (sorted.empty()) return {};
    const Distinct d = distinctOf(sorted);
    std::vector<std::size_t> out;
    for (std::size_t s : fisherStarts(d, classes))
        out.push_back(static_cast<std::size_t>(d.s0[s])); // distinct index -> value index
    return out;
}

std::vector<double> classBreaks(const std::vector<double>& values, BreakMethod method, int classes,
                                const std::vector<double>& manual) {
    const std::vector<double> v = finiteSorted(values);
    if (v.empty()) return {};
    const double lo = v.front(), hi = v.back();
    if (lo == hi && method != BreakMethod::Pretty) return {lo, hi};
    classes = std::clamp(classes, 1, 64);
    std::vector<double> out;
    switch (method) {
    case BreakMethod::Quantile:
        for (int i = 0; i <= classes; ++i)
            out.push_back(sortedQuantile(v, static_cast<double>(i) / classes));
        break;
    case BreakMethod::EqualInterval:
        for (int i = 0; i <= classes; ++i)
            out.push_back(i == classes ? hi : lo + (hi - lo) * i / classes);
        break;
    case BreakMethod::NaturalBreaks: {
        const Distinct d = distinctOf(v);
        out.push_back(lo);
        for (std::size_t s : fisherStarts(d, classes))
            out.push_back((d.value[s - 1] + d.value[s]) / 2); // between the classes, as classInt
        out.push_back(hi);
        break;
    }
    case BreakMethod::Pretty:
        return prettyBreaks(lo, hi, classes);
    case BreakMethod::StdDev: {
        long double mean = 0;
        for (double x : v)
            mean += x;
        mean /= static_cast<long double>(v.size());
        long double ss = 0;
        for (double x : v)
            ss += (x - mean) * (x - mean);
        const auto sd = static_cast<double>(std::sqrt(ss / static_cast<long double>(v.size() - 1)));
        const auto m = static_cast<double>(mean);
        for (double z : prettyBreaks((lo - m) / sd, (hi - m) / sd, classes))
            out.push_back(z * sd + m);
        break;
    }
    case BreakMethod::Manual: {
        out.push_back(lo);
        std::vector<double> inner;
        for (double b : manual)
            if (std::isfinite(b) && b > lo && b < hi) inner.push_back(b);
        std::sort(inner.begin(), inner.end());
        inner.erase(std::unique(inner.begin(), inner.end()), inner.end());
        out.insert(out.end(), inner.begin(), inner.end());
        out.push_back(hi);
        break;
    }
    }
    return out;
}

std::vector<double> innerBreaks(const std::vector<double>& breaks) {
    std::vector<double> out;
    for (std::size_t i = 1; i + 1 < breaks.size(); ++i)
        if (out.empty() || breaks[i] > out.back()) out.push_back(breaks[i]);
    return out;
}

} // namespace swingmap
