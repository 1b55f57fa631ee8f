// SPDX-License-Identifier: GPL-3.0-or-later
// Log-determinants, solves and traces of I - rho W for spatialreg-style ML fits.
#include "core/logdet.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

namespace swingmap {
namespace {

using SpMat = Eigen::SparseMatrix<double>;

bool symmetric(const Neighbours& nb) {
    std::vector<uint32_t> sorted = nb.index;
    for (std::size_t i = 0; i < nb.size(); ++i)
        std::sort(sorted.begin() + nb.offset[i], sorted.begin() + nb.offset[i + 1]);
    for (std::size_t i = 0; i < nb.size(); ++i)
        for (uint32_t k = nb.offset[i]; k < nb.offset[i + 1]; ++k) {
            const uint32_t j = nb.index[k];
            if (j == i) return false;
            if (!std::binary_search(sorted.begin() + nb.offset[j],
                                    sorted.begin() + nb.offset[j + 1], static_cast<uint32_t>(i)))
                return false;
        }
    return true;
}

} // namespace

Result<SpatialJacobian> SpatialJacobian::create(const Neighbours& nb) {
    const auto n = static_cast<Eigen::Index>(nb.size());
    for (const uint32_t j : nb.index)
        if (j >= nb.size()) return fail("internal error: a neighbour index is out of range");
    if (nb.linkCount() == 0)
        return fail("no area has a neighbour: a spatial lag or error model needs adjacent areas");
    if (!symmetric(nb))
        return fail("the neighbour lists are not symmetric: spatial models need contiguity "
                    "neighbours (if i touches j, j touches i)");
    SpatialJacobian out;
    out.m_sqrtD.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto d = nb.degree(static_cast<std::size_t>(i));
        out.m_sqrtD[i] = d == 0 ? 1.0 : std::sqrt(static_cast<double>(d));
    }
    std::vector<Eigen::Triplet<double>> t;
    t.reserve(nb.linkCount());
    for (Eigen::Index i = 0; i < n; ++i)
        for (uint32_t k = nb.offset[static_cast<std::size_t>(i)];
             k < nb.offset[static_cast<std::size_t>(i) + 1]; ++k) {
            const auto j = static_cast<Eigen::Index>(nb.index[k]);
            t.emplace_back(i, j, 1.0 / (out.m_sqrtD[i] * out.m_sqrtD[j]));
        }
    out.m_s.resize(n, n);
    out.m_s.setFromTriplets(t.begin(), t.end());
    return out;
}

Eigen::MatrixXd SpatialJacobian::lag(const Eigen::MatrixXd& x) const {
    // W = D^-1/2 S D^1/2
    const Eigen::MatrixXd scaled = m_sqrtD.asDiagonal() * x;
    return m_sqrtD.cwiseInverse().asDiagonal() * (m_s * scaled);
}

void SpatialJacobian::computeEigenvalues() {
    const Eigen::MatrixXd dense(m_s);
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(dense, Eigen::EigenvaluesOnly);
    m_eig = es.eigenvalues();
}

std::pair<double, double> SpatialJacobian::eigenInterval() const {
    return {1.0 / m_eig.minCoeff() + DBL_EPSILON, 1.0 / m_eig.maxCoeff() - DBL_EPSILON};
}

double SpatialJacobian::logDet(double rho) const {
    if (!hasEigenvalues()) return sparseLogDet(rho);
    return (1.0 - rho * m_eig.array()).log().sum();
}

std::shared_ptr<SpatialJacobian::Factor> SpatialJacobian::factorAt(double rho) const {
    SpMat id(m_s.rows(), m_s.cols());
    id.setIdentity();
    const SpMat m = id - rho * m_s;
    if (!m_pattern) {
        m_pattern = std::make_shared<Factor>();
        m_pattern->analyzePattern(m);
    }
    m_pattern->factorize(m);
    return m_pattern;
}

double SpatialJacobian::sparseLogDet(double rho) const {
    const auto f = factorAt(rho);
    if (f->info() != Eigen::Success) return -std::numeric_limits<double>::infinity();
    const Eigen::VectorXd d = f->vectorD();
    if (!(d.minCoeff() > 0)) return -std::numeric_limits<double>::infinity();
    return d.array().log().sum();
}

double SpatialJacobian::logDetSecondDerivative(double rho, double upper) const {
    if (hasEigenvalues()) {
        const Eigen::ArrayXd q = m_eig.array() / (1.0 - rho * m_eig.array());
        return -q.square().sum();
    }
    const double h = std::min({1e-3, (upper - rho) / 2.5, (rho + 1.0) / 2.5});
    const double f0 = sparseLogDet(rho);
    auto central = [&](double step) {
        return (sparseLogDet(rho + step) - 2 * f0 + sparseLogDet(rho - step)) / (step * step);
    };
    return (4 * central(h / 2) - central(h)) / 3; // Richardson: O(h⁴)
}

Eigen::VectorXd SpatialJacobian::solve(double rho, const Eigen::VectorXd& b) const {
    // (I - rho W)^-1 = D^-1/2 (I - rho S)^-1 D^1/2
    const auto f = factorAt(rho);
    const Eigen::VectorXd scaled = m_sqrtD.asDiagonal() * b;
    const Eigen::VectorXd x = f->solve(scaled);
    return m_sqrtD.cwiseInverse().asDiagonal() * x;
}

double SpatialJacobian::traceWA(double rho) const {
    return (m_eig.array() / (1.0 - rho * m_eig.array())).sum();
}

double SpatialJacobian::traceWAWA(double rho) const {
    return (m_eig.array() / (1.0 - rho * m_eig.array())).square().sum();
}

double SpatialJacobian::frobeniusWA2(double rho) const {
    // W A = D^-1/2 B D^1/2 with B = (I - rho S)^-1 S, so (WA)_ij = B_ij d_j^1/2 / d_i^1/2.
    const auto f = factorAt(rho);
    const Eigen::Index n = size();
    const Eigen::Index block = 64;
    const Eigen::ArrayXd invD = m_sqrtD.array().square().inverse();
    double total = 0;
    for (Eigen::Index j0 = 0; j0 < n; j0 += block) {
        const Eigen::Index nc = std::min(block, n - j0);
        const Eigen::MatrixXd rhs = Eigen::MatrixXd(m_s.middleCols(j0, nc));
        const Eigen::MatrixXd b = f->solve(rhs);
        for (Eigen::Index c = 0; c < nc; ++c) {
            const double dj = m_sqrtD[j0 + c] * m_sqrtD[j0 + c];
            total += dj * (b.col(c).array().square() * invD).sum();
        }
    }
    return total;
}

double brentMaximise(const std::function<double(double)>& f, double lower, double upper,
                     double tol) {
    // A line-by-line port of R's Brent_fmin (src/library/stats/src/optimize.c) minimising -f.
    auto g = [&](double x) {
        const double v = -f(x);
        return std::isfinite(v) ? v : DBL_MAX;
    };
    const double c = (3. - std::sqrt(5.)) * .5;
    const double eps = std::sqrt(DBL_EPSILON);
    double a = lower, b = upper;
    double v = a + c * (b - a), w = v, x = v;
    double d = 0., e = 0.;
    double fx = g(x), fv = fx, fw = fx;
    const double tol3 = tol / 3.;
    for (;;) {
        const double xm = (a + b) * .5;
        const double tol1 = eps * std::fabs(x) + tol3;
        const double t2 = tol1 * 2.;
        if (std::fabs(x - xm) <= t2 - (b - a) * .5) break;
        double p = 0., q = 0., r = 0.;
        if (std::fabs(e) > tol1) { // fit parabola
            r = (x - w) * (fx - fv);
            q = (x - v) * (fx - fw);
            p = (x - v) * q - (x - w) * r;
            q = (q - r) * 2.;
            if (q > 0.)
                p = -p;
            else
                q = -q;
            r = e;
            e = d;
        }
        if (std::fabs(p) >= std::fabs(q * .5 * r) || p <= q * (a - x) || p >= q * (b - x)) {
            e = x < xm ? b - x : a - x; // golden-section step
            d = c * e;
        } else { // parabolic-interpolation step
            d = p / q;
            const double u = x + d;
            if (u - a < t2 || b - u < t2) d = x >= xm ? -tol1 : tol1;
        }
        const double u = std::fabs(d) >= tol1 ? x + d : (d > 0. ? x + tol1 : x - tol1);
        const double fu = g(u);
        if (fu <= fx) {
            if (u < x)
                b = x;
            else
                a = x;
            v = w;
            w = x;
            x = u;
            fv = fw;
            fw = fx;
            fx = fu;
        } else {
            if (u < x)
                a = u;
            else
                b = u;
            if (fu <= fw || w == x) {
                v = w;
                fv = fw;
                w = u;
                fw = fu;
            } else if (fu <= fv || v == x || v == w) {
                v = u;
                fv = fu;
            }
        }
    }
    return x;
}

} // namespace swingmap
