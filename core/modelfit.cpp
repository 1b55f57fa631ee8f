// SPDX-License-Identifier: GPL-3.0-or-later
// The regression step of analyse(): model rows, WLS, residual Moran's I, LM tests and the
// maximum-likelihood spatial models.
#include "core/classify.h"
#include "core/lmtests.h"
#include "core/spatialreg.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace swingmap {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double weightOf(const std::string& kind, const ElectionData& b, std::size_t i) {
    if (kind == "none") return 1.0;
    return kind == "electorate" ? b.electorate[i] : b.valid[i];
}

/// Why area i cannot enter the model, or "" when it can.
std::string dropReason(const Dataset& d, const ElectionData& b, const Analysis& a,
                       const std::vector<int>& cov, std::size_t i) {
    if (!d.geometry.hasGeometry(i)) return "no geometry";
    if (std::isnan(a.areas.shareFrom[i]) || std::isnan(a.areas.shareTo[i]))
        return "no result at one of the elections";
    if (!std::isfinite(a.areas.outcome[i])) return "outcome not defined";
    const double w = weightOf(a.settings.weights, b, i);
    if (!std::isfinite(w)) return "missing weight";
    if (w <= 0) return "zero weight";
    for (std::size_t c = 0; c < cov.size(); ++c)
        if (!std::isfinite(d.covariates[static_cast<std::size_t>(cov[c])][i]))
            return "missing " + a.settings.covariates[c];
    return {};
}

/// The model's design: rows are the areas that enter it, in area order.
struct Design {
    std::vector<std::size_t> rows;
    std::vector<bool> keep; ///< per area
    Eigen::MatrixXd X;
    Eigen::VectorXd y, w;
    std::vector<std::string> names;
};

Design buildDesign(const Dataset& d, const ElectionData& b, Analysis& a) {
    const std::size_t n = d.areaCount();
    auto& f = a.areas;
    std::vector<int> cov;
    for (const auto& c : a.settings.covariates) cov.push_back(d.covariateIndex(c));
    Design ds;
    ds.keep.assign(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        f.dropReason[i] = dropReason(d, b, a, cov, i);
        if (!f.dropReason[i].empty()) {
            ++a.model.dropReasons[f.dropReason[i]];
            continue;
        }
        ds.rows.push_back(i);
        ds.keep[i] = true;
    }
    const auto m = static_cast<Eigen::Index>(ds.rows.size());
    ds.X.resize(m, static_cast<Eigen::Index>(cov.size() + 1));
    ds.y.resize(m);
    ds.w.resize(m);
    ds.names = {"(Intercept)"};
    ds.names.insert(ds.names.end(), a.settings.covariates.begin(), a.settings.covariates.end());
    for (Eigen::Index r = 0; r < m; ++r) {
        const std::size_t i = ds.rows[static_cast<std::size_t>(r)];
        ds.X(r, 0) = 1.0;
        for (std::size_t c = 0; c < cov.size(); ++c)
            ds.X(r, static_cast<Eigen::Index>(c + 1)) =
                d.covariates[static_cast<std::size_t>(cov[c])][i];
        ds.y(r) = f.outcome[i];
        ds.w(r) = weightOf(a.settings.weights, b, i);
    }
    return ds;
}

void storeFit(const Design& ds, Analysis& a) {
    auto& f = a.areas;
    const WlsFit& fit = a.model.fit;
    for (std::size_t r = 0; r < ds.rows.size(); ++r) {
        const std::size_t i = ds.rows[r];
        const auto k = static_cast<Eigen::Index>(r);
        f.inModel[i] = 1;
        f.fitted[i] = fit.fitted(k);
        f.residual[i] = fit.residuals(k);
        f.stdResidual[i] = fit.standardisedResiduals(k);
        f.leverage[i] = fit.leverage(k);
        f.cooksDistance[i] = fit.cooksDistance(k);
    }
}

bool wants(const AnalysisSettings& s, const char* model) {
    return std::find(s.models.begin(), s.models.end(), model) != s.models.end();
}

void fitSpatial(const Design& ds, const Neighbours& sub, Analysis& a) {
    ModelSummary& m = a.model;
    if (auto moran = lmMoranTest(m.fit, ds.X, ds.w, sub)) {
        m.hasMoran = true;
        m.moran = *moran;
    }
    if (auto lm = lmTests(m.fit, ds.X, ds.y, ds.w, sub)) {
        m.hasLmTests = true;
        m.lmTests = *lm;
    }
    if (wants(a.settings, "lag")) {
        auto lag = fitSpatialLag(ds.X, ds.y, sub, ds.names);
        lag ? void(m.lag = std::move(*lag)) : void(m.lagError = lag.error());
    }
    if (wants(a.settings, "error")) {
        // the scale of the weights does not change the model; w / mean(w) keeps R's analytical
        // standard error of lambda well conditioned (see core/spatialreg.h)
        // (R's errorsarlm log-likelihood does not depend on the weights' scale either)
        auto err = fitSpatialError(ds.X, ds.y, ds.w / ds.w.mean(), sub, ds.names);
        err ? void(m.errorModel = std::move(*err)) : void(m.errorModelError = err.error());
    }
}
} // namespace

void fitModel(const Dataset& d, const Neighbours& nb, const ElectionData& b, Analysis& a) {
    const std::size_t n = d.areaCount();
    auto& f = a.areas;
    for (auto* v : {&f.fitted, &f.residual, &f.stdResidual, &f.leverage, &f.cooksDistance})
        v->assign(n, kNaN);
    f.inModel.assign(n, 0);
    f.dropReason.assign(n, "");
    const Design ds = buildDesign(d, b, a);
    a.model.n = ds.rows.size();
    a.model.dropped = n - ds.rows.size();
    auto fit = fitWls(ds.X, ds.y, ds.w, ds.names);
    if (!fit) {
        a.model.error = fit.error();
        return;
    }
    a.model.fitted = true;
    a.model.fit = std::move(*fit);
    storeFit(ds, a);
    if (nb.size() == n) fitSpatial(ds, nb.subset(ds.keep), a);
}

} // namespace swingmap
