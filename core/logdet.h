// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"
#include "core/result.h"

#include <Eigen/Dense>
#include <Eigen/Sparse>
#include <functional>
#include <memory>

namespace swingmap {

/**
 * The row-standardised spatial weights W = D^-1 A of symmetric neighbour lists (islands: zero
 * rows) and what maximum-likelihood spatial models need of I - rho W: its log-determinant, solves
 * and traces. W is similar to the symmetric S = D^-1/2 A D^-1/2, so its eigenvalues are real and
 * det(I - rho W) = det(I - rho S); the sparse path factorises I - rho S by Cholesky (LDL',
 * AMD ordering), which gives the same log-determinant as spatialreg's method = "LU".
 */
class SpatialJacobian {
public:
    /// Fails when the lists are not symmetric (spatialreg's can.be.simmed) or have no link.
    static Result<SpatialJacobian> create(const Neighbours& nb);

    [[nodiscard]] Eigen::Index size() const { return m_s.rows(); }
    /// W x (islands give 0).
    [[nodiscard]] Eigen::MatrixXd lag(const Eigen::MatrixXd& x) const;

    /// Eigenvalues of W (dense symmetric solver on S: O(n³), meant for n up to a few thousand).
    void computeEigenvalues();
    [[nodiscard]] bool hasEigenvalues() const { return m_eig.size() > 0; }
    [[nodiscard]] const Eigen::VectorXd& eigenvalues() const { return m_eig; }
    /// spatialreg's interval for method "eigen": (1/min(eig) + eps, 1/max(eig) - eps).
    [[nodiscard]] std::pair<double, double> eigenInterval() const;

    /// log det(I - rho W): sum log(1 - rho eig) when the eigenvalues are known, else sparse.
    [[nodiscard]] double logDet(double rho) const;
    /// Sparse log det(I - rho W) (Cholesky of I - rho S); -inf when not positive definite.
    [[nodiscard]] double sparseLogDet(double rho) const;
    /// d²/drho² log det(I - rho W) = -tr((W A)²): exact from eigenvalues, else Richardson
    /// extrapolated central differences of the sparse log-determinant.
    [[nodiscard]] double logDetSecondDerivative(double rho, double upper) const;

    /// A b with A = (I - rho W)^-1 (sparse factorisation at rho).
    [[nodiscard]] Eigen::VectorXd solve(double rho, const Eigen::VectorXd& b) const;
    /// tr(W A) and tr(W A W A) from the eigenvalues.
    [[nodiscard]] double traceWA(double rho) const;
    [[nodiscard]] double traceWAWA(double rho) const;
    /// tr((W A)'(W A)) = ||W A||_F², by sparse solves in blocks of columns: O(n · fill).
    [[nodiscard]] double frobeniusWA2(double rho) const;

private:
    using Factor = Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>>;
    /// The Cholesky factor of I - rho S (symbolic analysis once, numeric per call).
    std::shared_ptr<Factor> factorAt(double rho) const;

    Eigen::SparseMatrix<double> m_s; ///< D^-1/2 A D^-1/2 (islands: d = 1, empty row)
    Eigen::VectorXd m_sqrtD;         ///< sqrt(degree), 1 for islands
    Eigen::VectorXd m_eig;
    mutable std::shared_ptr<Factor> m_pattern;
};

/// R's optimize(f, c(lower, upper), maximum = TRUE, tol): Brent's fmin (R's Brent_fmin) on -f.
/// Returns the abscissa; R then reports f at it as the objective.
double brentMaximise(const std::function<double(double)>& f, double lower, double upper,
                     double tol);

} // namespace swingmap
