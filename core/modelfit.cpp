// SPDX-License-Identifier: GPL-3.0-or-later
// The regression step of analyse(): model rows, WLS, residual Moran's I, LM tests, the
// maximum-likelihood spatial models, GWR and LISA. Every row enters them through
// statisticsGate(): a suppressed area enters none (docs/methods-notes.md, "Privacy and the model").
#include "core/centroid.h"
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

/// Why covariate column c of area i cannot be used, or "".
std::string covariateProblem(const Dataset& d, const AnalysisSettings& s, const std::string& c,
                             std::size_t i) {
    const int num = d.covariateIndex(c);
    if (num < 0) {
        const int cat = d.categoryIndex(c);
        return d.categories[static_cast<std::size_t>(cat)][i].empty() ? "missing " + c : "";
    }
    const double v = d.covariates[static_cast<std::size_t>(num)][i];
    if (!std::isfinite(v)) return "missing " + c;
    auto t = s.transforms.find(c);
    if (t != s.transforms.end() && t->second == "log" && !(v > 0)) return "log of " + c + " <= 0";
    return {};
}

/// The one gate of every spatial statistic (model, Moran, LM tests, lag / error models, GWR,
/// back-test, LISA): why area i may not enter any, or "". A suppressed area is refused first, so
/// its drop reason says nothing about its figures; a published statistic computed with it would
/// give its figures away by subtraction (a WLS fit's sum w e = 0, a neighbour's local I).
std::string statisticsGate(const Dataset& d, const Analysis& a, std::size_t i) {
    if (a.areas.suppressed[i]) return kSuppressedDropReason;
    if (!d.geometry.hasGeometry(i)) return "no geometry";
    return {};
}

/// Why area i cannot enter the model, or "" when it can.
std::string dropReason(const Dataset& d, const ElectionData& b, const Analysis& a, std::size_t i) {
    if (auto gate = statisticsGate(d, a, i); !gate.empty()) return gate;
    if (a.settings.outcome != Outcome::Column)
        for (const std::string& label : {a.settings.from, a.settings.to}) {
            // A row that failed the row checks (valid <= voters <= electorate, ...) says which.
            const int e = d.electionIndex(label);
            if (e < 0) continue;
            const auto& problem = d.elections[static_cast<std::size_t>(e)].rowProblem;
            if (i < problem.size() && !problem[i].empty()) return label + ": " + problem[i];
        }
    if (a.settings.outcome != Outcome::Column &&
        (std::isnan(a.areas.shareFrom[i]) || std::isnan(a.areas.shareTo[i])))
        return "no result at one of the elections";
    if (!std::isfinite(a.areas.outcome[i])) return "outcome not defined";
    const double w = weightOf(a.settings.weights, b, i);
    if (!std::isfinite(w)) return "missing weight";
    if (w <= 0) return "zero weight";
    for (const auto& c : a.settings.covariates)
        if (auto p = covariateProblem(d, a.settings, c, i); !p.empty()) return p;
    return {};
}

/// One column of the design matrix: a (transformed) numeric covariate or a treatment dummy.
struct DesignColumn {
    std::string name; ///< as R names the term: x, log(x), scale(x), or column + level
    const std::vector<double>* values = nullptr;
    const std::vector<std::string>* category = nullptr;
    std::string level;
    std::string transform;
    double mean = 0, sd = 1; ///< for standardise: over every published area with a value
};

double valueOf(const DesignColumn& c, std::size_t i) {
    if (c.category) return (*c.category)[i] == c.level ? 1.0 : 0.0;
    const double v = (*c.values)[i];
    if (c.transform == "log") return std::log(v);
    if (c.transform == "standardise") return (v - c.mean) / c.sd;
    return v;
}

DesignColumn numericColumn(const Dataset& d, const Analysis& a, const std::string& c) {
    const AnalysisSettings& s = a.settings;
    DesignColumn col;
    col.values = &d.covariates[static_cast<std::size_t>(d.covariateIndex(c))];
    auto t = s.transforms.find(c);
    col.transform = t == s.transforms.end() ? "" : t->second;
    col.name = col.transform == "log"           ? "log(" + c + ")"
               : col.transform == "standardise" ? "scale(" + c + ")"
                                                : c;
    if (col.transform == "standardise") {
        // as R's scale() over the data before rows are dropped, the data being the areas that are
        // not suppressed: their mean and SD shape every published coefficient and fitted value
        double sum = 0, sum2 = 0, m = 0;
        for (std::size_t i = 0; i < col.values->size(); ++i) {
            const double v = (*col.values)[i];
            if (std::isfinite(v) && !a.areas.suppressed[i]) sum += v, sum2 += v * v, ++m;
        }
        col.mean = sum / m;
        col.sd = std::sqrt((sum2 - m * col.mean * col.mean) / (m - 1));
    }
    return col;
}

/// Treatment dummies of a text column as R's model.matrix: levels sorted, the first is the
/// baseline; only levels present in the model rows.
void categoricalColumns(const Dataset& d, const std::string& c,
                        const std::vector<std::size_t>& rows, std::vector<DesignColumn>& out) {
    const auto& cat = d.categories[static_cast<std::size_t>(d.categoryIndex(c))];
    std::vector<std::string> levels;
    levels.reserve(rows.size());
    for (std::size_t i : rows)
        levels.push_back(cat[i]);
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    for (std::size_t l = 1; l < levels.size(); ++l) {
        DesignColumn col;
        col.name = c + levels[l];
        col.category = &cat;
        col.level = levels[l];
        out.push_back(col);
    }
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
    Design ds;
    ds.keep.assign(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        f.dropReason[i] = dropReason(d, b, a, i);
        if (!f.dropReason[i].empty()) {
            ++a.model.dropReasons[f.dropReason[i]];
            continue;
        }
        ds.rows.push_back(i);
        ds.keep[i] = true;
    }
    std::vector<DesignColumn> cols;
    for (const auto& c : a.settings.covariates) {
        if (d.covariateIndex(c) >= 0) {
            cols.push_back(numericColumn(d, a, c));
        } else {
            categoricalColumns(d, c, ds.rows, cols);
        }
    }
    const auto m = static_cast<Eigen::Index>(ds.rows.size());
    ds.X.resize(m, static_cast<Eigen::Index>(cols.size() + 1));
    ds.y.resize(m);
    ds.w.resize(m);
    ds.names = {"(Intercept)"};
    for (const auto& c : cols)
        ds.names.push_back(c.name);
    for (Eigen::Index r = 0; r < m; ++r) {
        const std::size_t i = ds.rows[static_cast<std::size_t>(r)];
        ds.X(r, 0) = 1.0;
        for (std::size_t c = 0; c < cols.size(); ++c)
            ds.X(r, static_cast<Eigen::Index>(c + 1)) = valueOf(cols[c], i);
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

/// GWR's points for the model rows in a metric frame: centroids, interior points or two census
/// columns; projected coordinates as they are, longitude / latitude as a local equirectangular
/// approximation (km), fine at the scale of a region.
Result<std::vector<double>> modelPoints(const Dataset& d, const Design& ds,
                                        const AnalysisSettings& s, std::string& how) {
    std::vector<double> all;
    std::string what;
    if (s.gwrPoints == "columns") {
        const int cx = d.covariateIndex(s.gwrX), cy = d.covariateIndex(s.gwrY);
        if (cx < 0 || cy < 0)
            return fail("analysis.gwr.coordinates: \"" + (cx < 0 ? s.gwrX : s.gwrY) +
                        "\" is not a numeric column of any census table.");
        const auto& xs = d.covariates[static_cast<std::size_t>(cx)];
        const auto& ys = d.covariates[static_cast<std::size_t>(cy)];
        all.resize(2 * xs.size());
        for (std::size_t i = 0; i < xs.size(); ++i) {
            all[2 * i] = xs[i];
            all[2 * i + 1] = ys[i];
        }
        for (std::size_t i : ds.rows)
            if (!std::isfinite(all[2 * i]) || !std::isfinite(all[2 * i + 1]))
                return fail("analysis.gwr.coordinates: area \"" + d.keys[i] +
                            "\" has no value in \"" +
                            (std::isfinite(all[2 * i]) ? s.gwrY : s.gwrX) +
                            "\"; every area in the model needs both coordinates.");
        what = "columns " + s.gwrX + ", " + s.gwrY;
    } else if (s.gwrPoints == "inside") {
        all = featureInteriorPoints(d.geometry);
        what = "points inside the areas";
    } else {
        all = featureCentroids(d.geometry);
        what = "area centroids";
    }
    std::vector<double> xy;
    xy.reserve(2 * ds.rows.size());
    const double lat0 = (d.geometry.extent.minY + d.geometry.extent.maxY) / 2;
    const double kx = d.geographic ? 111.32 * std::cos(lat0 * 3.14159265358979323846 / 180) : 1;
    const double ky = d.geographic ? 110.574 : 1;
    for (std::size_t i : ds.rows) {
        xy.push_back(all[2 * i] * kx);
        xy.push_back(all[2 * i + 1] * ky);
    }
    how = what + (d.geographic ? ", longitude/latitude as local equirectangular km"
                               : " in the working CRS");
    return xy;
}

void fitLocal(const Dataset& d, const Design& ds, Analysis& a) {
    ModelSummary& m = a.model;
    GwrSettings gs = a.settings.gwr;
    // mgwr searches k up to n; beyond 5,000 areas that costs minutes for no practical gain
    if (gs.bandwidth == 0 && gs.maxK == 0 && ds.rows.size() > 5000) gs.maxK = 5000;
    auto xy = modelPoints(d, ds, a.settings, m.gwrCoordinates);
    if (!xy) {
        m.gwrError = xy.error();
        return;
    }
    auto gwr = fitGwr(ds.X, ds.y, *xy, gs, &ds.w);
    if (!gwr) {
        m.gwrError = gwr.error();
        return;
    }
    auto& f = a.areas;
    const std::size_t n = d.areaCount(), p = static_cast<std::size_t>(ds.X.cols());
    f.gwrCoef.assign(p, std::vector<double>(n, kNaN));
    f.gwrSe.assign(p, std::vector<double>(n, kNaN));
    f.gwrLocalR2.assign(n, kNaN);
    for (std::size_t r = 0; r < ds.rows.size(); ++r) {
        const auto k = static_cast<Eigen::Index>(r);
        for (std::size_t c = 0; c < p; ++c) {
            f.gwrCoef[c][ds.rows[r]] = gwr->coef(k, static_cast<Eigen::Index>(c));
            f.gwrSe[c][ds.rows[r]] = gwr->se(k, static_cast<Eigen::Index>(c));
        }
        f.gwrLocalR2[ds.rows[r]] = gwr->localR2(k);
    }
    m.gwr = std::move(*gwr);
}

void localClusters(const Dataset& d, const Neighbours& nb, Analysis& a) {
    const std::size_t n = d.areaCount();
    auto& f = a.areas;
    for (auto* v : {&f.lisaI, &f.lisaZ, &f.lisaP, &f.lisaPSim})
        v->assign(n, kNaN);
    f.lisaCluster.assign(n, LisaCluster::NotSignificant);
    if (!a.settings.lisa || nb.size() != n) return;
    std::vector<bool> keep(n, false);
    std::vector<double> x;
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < n; ++i) {
        // the outcome needs no covariate: every area through the gate with an outcome
        if (!statisticsGate(d, a, i).empty() || !std::isfinite(f.outcome[i])) continue;
        keep[i] = true;
        x.push_back(f.outcome[i]);
        rows.push_back(i);
    }
    auto lisa = localMoran(x, nb.subset(keep), a.settings.lisaSettings);
    if (!lisa) {
        a.lisaError = lisa.error();
        return;
    }
    a.hasLisa = true;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::size_t i = rows[r];
        f.lisaI[i] = lisa->i[r];
        f.lisaZ[i] = lisa->z[r];
        f.lisaP[i] = lisa->p[r];
        f.lisaPSim[i] = lisa->pSimFdr[r];
        f.lisaCluster[i] = lisa->cluster[r];
    }
}

void fitModel(const Dataset& d, const Neighbours& nb, const ElectionData& b, Analysis& a) {
    const std::size_t n = d.areaCount();
    auto& f = a.areas;
    for (auto* v : {&f.fitted, &f.residual, &f.stdResidual, &f.leverage, &f.cooksDistance})
        v->assign(n, kNaN);
    f.inModel.assign(n, 0);
    f.dropReason.assign(n, "");
    localClusters(d, nb, a);
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
    if (wants(a.settings, "gwr")) fitLocal(d, ds, a);
}

} // namespace swingmap
