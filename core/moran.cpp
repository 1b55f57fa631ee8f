// SPDX-License-Identifier: GPL-3.0-or-later
// Moran's I of weighted-regression residuals as spdep::lm.morantest (spdep 1.2-7) with
// nb2listw(style = "W", zero.policy = TRUE): sparse loops over the neighbour lists, no n x n
// matrix. spdep symmetrises the weights (listw2U: U = (W + W') / 2) for the lag and the trace
// terms; I = (N / S0) u'Uu / u'u with u = sqrt(w) e and N the number of areas with neighbours.
#include "core/moran.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

namespace swingmap {
namespace {

std::optional<Error> checkInputs(const WlsFit& fit, const Eigen::MatrixXd& X,
                                 const Eigen::VectorXd& w, const Neighbours& nb) {
    const auto n = static_cast<std::size_t>(X.rows());
    if (nb.size() != n || static_cast<std::size_t>(w.size()) != n ||
        static_cast<std::size_t>(fit.residuals.size()) != n || fit.xtwxInverse.rows() != X.cols() ||
        fit.xtwxInverse.cols() != X.cols())
        return fail("internal error: the neighbour lists do not match the model's areas");
    for (const uint32_t j : nb.index)
        if (j >= n) return fail("internal error: a neighbour index is out of range");
    return std::nullopt;
}

/// U Z = (W Z + W' Z) / 2 for row-standardised W (w_ij = 1 / degree(i)); islands give 0.
Eigen::MatrixXd symmetricLag(const Neighbours& nb, const Eigen::MatrixXd& z) {
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(z.rows(), z.cols());
    for (Eigen::Index c = 0; c < z.cols(); ++c) {
        const double* zc = z.col(c).data();
        double* oc = out.col(c).data();
        for (std::size_t i = 0; i < nb.size(); ++i) {
            const std::size_t d = nb.degree(i);
            if (d == 0) continue;
            const double half = 0.5 / static_cast<double>(d);
            double sum = 0;
            for (uint32_t k = nb.offset[i]; k < nb.offset[i + 1]; ++k) {
                const uint32_t j = nb.index[k];
                sum += zc[j];
                oc[j] += half * zc[i]; // (W' z)_j
            }
            oc[i] += half * sum; // (W z)_i
        }
    }
    return out;
}

/// S1 = 1/2 sum_ij (u_ij + u_ji)^2 with u = W + W', i.e. sum w_ij^2 + sum w_ij w_ji.
double s1Term(const Neighbours& nb) {
    std::vector<uint32_t> sorted = nb.index;
    for (std::size_t i = 0; i < nb.size(); ++i)
        std::sort(sorted.begin() + nb.offset[i], sorted.begin() + nb.offset[i + 1]);
    double s1 = 0;
    for (std::size_t i = 0; i < nb.size(); ++i) {
        const std::size_t d = nb.degree(i);
        if (d == 0) continue;
        const double wi = 1.0 / static_cast<double>(d);
        for (uint32_t k = nb.offset[i]; k < nb.offset[i + 1]; ++k) {
            const uint32_t j = sorted[k];
            const auto first = sorted.begin() + nb.offset[j];
            const auto last = sorted.begin() + nb.offset[j + 1];
            const bool back = std::binary_search(first, last, static_cast<uint32_t>(i));
            s1 += wi * wi + (back ? wi / static_cast<double>(nb.degree(j)) : 0.0);
        }
    }
    return s1;
}

double wLagProduct(const Neighbours& nb, const Eigen::VectorXd& u) {
    double total = 0;
    for (std::size_t i = 0; i < nb.size(); ++i) {
        const std::size_t d = nb.degree(i);
        if (d == 0) continue;
        double sum = 0;
        for (uint32_t k = nb.offset[i]; k < nb.offset[i + 1]; ++k)
            sum += u[nb.index[k]];
        total += u[static_cast<Eigen::Index>(i)] * sum / static_cast<double>(d);
    }
    return total;
}

} // namespace

Result<MoranTest> lmMoranTest(const WlsFit& fit, const Eigen::MatrixXd& X, const Eigen::VectorXd& w,
                              const Neighbours& nb) {
    if (auto e = checkInputs(fit, X, w, nb)) return *e;
    MoranTest out;
    out.islands = nb.islandCount();
    const auto n = static_cast<double>(nb.size() - out.islands); // zero.policy: N
    const double s0 = n; // row-standardised: every area with neighbours has row sum 1
    const auto p = static_cast<double>(X.cols());
    if (s0 == 0) return fail("no area has a neighbour: Moran's I needs adjacent areas");
    if (n - p <= 0)
        return fail("too few areas with neighbours for Moran's I of this model: choose fewer "
                    "covariates");
    const Eigen::VectorXd sw = w.cwiseMax(0.0).cwiseSqrt();
    const Eigen::VectorXd u = sw.cwiseProduct(fit.residuals); // weighted.residuals
    const double uu = u.squaredNorm();
    if (!(uu > 0)) return fail("the model fits exactly: Moran's I of its residuals is undefined");
    out.i = (n / s0) * wLagProduct(nb, u) / uu;

    const Eigen::MatrixXd xw = sw.asDiagonal() * X;
    const Eigen::MatrixXd z = symmetricLag(nb, xw);
    const Eigen::MatrixXd& xtxInv = fit.xtwxInverse;
    const Eigen::MatrixXd c3 = xtxInv * (xw.transpose() * z); // (X'X)^-1 X'UX
    const double trA = c3.trace();
    const double trA2 = (c3 * c3).trace();
    const double trB = 4 * (xtxInv * (z.transpose() * z)).trace();
    out.expectation = -(n * trA) / ((n - p) * s0);
    out.variance = (n * n) / (s0 * s0 * (n - p) * (n - p + 2)) *
                   (s1Term(nb) + 2 * trA2 - trB - 2 * trA * trA / (n - p));
    out.z = (out.i - out.expectation) / std::sqrt(out.variance);
    out.p = 0.5 * std::erfc(out.z / std::sqrt(2.0));
    return out;
}

} // namespace swingmap
