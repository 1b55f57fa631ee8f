// SPDX-License-Identifier: GPL-3.0-or-later
// LM tests for spatial dependence as spdep::lm.LMtests (spdep 1.2-7), sparse: W is never formed,
// its products are loops over the neighbour lists.
#include "core/lmtests.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace swingmap {
namespace {

std::optional<Error> checkInputs(const WlsFit& fit, const Eigen::MatrixXd& X,
                                 const Eigen::VectorXd& y, const Eigen::VectorXd& w,
                                 const Neighbours& nb) {
    const auto n = static_cast<std::size_t>(X.rows());
    if (nb.size() != n || static_cast<std::size_t>(y.size()) != n ||
        static_cast<std::size_t>(w.size()) != n ||
        static_cast<std::size_t>(fit.residuals.size()) != n ||
        static_cast<std::size_t>(fit.fitted.size()) != n || fit.xtwxInverse.rows() != X.cols() ||
        fit.xtwxInverse.cols() != X.cols())
        return fail("internal error: the neighbour lists do not match the model's areas");
    for (const uint32_t j : nb.index)
        if (j >= n) return fail("internal error: a neighbour index is out of range");
    return std::nullopt;
}

/// W x for row-standardised W (w_ij = 1 / degree(i)); islands give 0.
Eigen::VectorXd spatialLag(const Neighbours& nb, const Eigen::VectorXd& x) {
    Eigen::VectorXd out = Eigen::VectorXd::Zero(x.size());
    for (std::size_t i = 0; i < nb.size(); ++i) {
        const std::size_t d = nb.degree(i);
        if (d == 0) continue;
        double sum = 0;
        for (uint32_t k = nb.offset[i]; k < nb.offset[i + 1]; ++k)
            sum += x[nb.index[k]];
        out[static_cast<Eigen::Index>(i)] = sum / static_cast<double>(d);
    }
    return out;
}

LmTest makeTest(double statistic, double df) {
    return LmTest{statistic, df, chiSquareUpperP(statistic, df)};
}

} // namespace

double chiSquareUpperP(double statistic, double df) {
    if (!(statistic > 0)) return 1.0;
    if (df == 1) return std::erfc(std::sqrt(statistic / 2));
    if (df == 2) return std::exp(-statistic / 2);
    return std::nan("");
}

double traceWtWPlusWW(const Neighbours& nb) {
    std::vector<uint32_t> sorted = nb.index;
    for (std::size_t i = 0; i < nb.size(); ++i)
        std::sort(sorted.begin() + nb.offset[i], sorted.begin() + nb.offset[i + 1]);
    double tr = 0;
    for (std::size_t i = 0; i < nb.size(); ++i) {
        const std::size_t d = nb.degree(i);
        if (d == 0) continue;
        const double wi = 1.0 / static_cast<double>(d);
        for (uint32_t k = nb.offset[i]; k < nb.offset[i + 1]; ++k) {
            const uint32_t j = nb.index[k];
            const auto first = sorted.begin() + nb.offset[j];
            const auto last = sorted.begin() + nb.offset[j + 1];
            const bool back = std::binary_search(first, last, static_cast<uint32_t>(i));
            tr += wi * wi + (back ? wi / static_cast<double>(nb.degree(j)) : 0.0);
        }
    }
    return tr;
}

Result<LmTests> lmTests(const WlsFit& fit, const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                        const Eigen::VectorXd& w, const Neighbours& nb) {
    if (auto e = checkInputs(fit, X, y, w, nb)) return *e;
    const auto n = static_cast<double>(nb.size());
    const double trW = traceWtWPlusWW(nb);
    if (!(trW > 0)) return fail("no area has a neighbour: the LM tests need adjacent areas");
    const Eigen::VectorXd& u = fit.residuals;
    const double sigma2 = u.squaredNorm() / n;
    if (!(sigma2 > 0))
        return fail("the model fits exactly: the LM tests of its residuals are undefined");
    const Eigen::VectorXd wu = spatialLag(nb, u);
    const Eigen::VectorXd wy = spatialLag(nb, y);
    const Eigen::VectorXd wyhat = spatialLag(nb, fit.fitted);
    const Eigen::VectorXd xtWyhat = X.transpose() * wyhat;
    const double dutWu = u.dot(wu) / sigma2;
    const double dutWy = u.dot(wy) / sigma2;
    const double nj =
        (wyhat.squaredNorm() - xtWyhat.dot(fit.xtwxInverse * xtWyhat)) / sigma2 + trW; // N J
    const double resa = dutWu * dutWu / trW;
    LmTests out;
    out.rsErr = makeTest(resa, 1);
    out.rsLag = makeTest(dutWy * dutWy / nj, 1);
    const double adjErr = dutWu - trW / nj * dutWy;
    out.adjRsErr = makeTest(adjErr * adjErr / (trW * (1 - trW / nj)), 1);
    const double diff = dutWy - dutWu;
    out.adjRsLag = makeTest(diff * diff / (nj - trW), 1);
    out.sarma = makeTest(diff * diff / (nj - trW) + resa, 2);
    return out;
}

} // namespace swingmap
