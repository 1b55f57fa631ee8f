// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report.h"

#include "core/targets.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>

namespace swingmap {

namespace {
using nlohmann::json;

json number(double v) {
    return std::isfinite(v) ? json(v) : json(nullptr);
}

json sourceJson(const SourceJoin& s) {
    json j = {{"role", s.role},
              {"path", s.path},
              {"rows", s.rows},
              {"matched", s.matched},
              {"unmatched_keys", s.unmatchedKeys},
              {"duplicate_keys", s.duplicateKeys},
              {"areas_without_row", s.areasWithoutRow},
              {"missing_keys", s.missingKeys},
              {"footnote_lines", s.footnoteLines},
              {"total_rows", s.totalRows}};
    if (!s.encoding.empty()) j["encoding"] = s.encoding;
    if (!s.separator.empty()) j["separator"] = s.separator;
    if (!s.decimal.empty()) j["decimal"] = s.decimal;
    return j;
}

json joinChecksJson(const JoinReport& r, json& j) {
    json hints = json::array();
    for (const auto& h : r.paddingHints)
        hints.push_back({{"source", h.source},
                         {"count", h.count},
                         {"source_key", h.sourceKey},
                         {"boundary_key", h.boundaryKey},
                         {"fix", h.fix}});
    json totals = json::array();
    for (const auto& t : r.totalRows)
        totals.push_back(
            {{"source", t.source}, {"key", t.key}, {"name", t.name}, {"reason", t.reason}});
    json checks = json::array();
    for (const auto& c : r.rowChecks)
        checks.push_back({{"source", c.source},
                          {"check", c.check},
                          {"count", c.count},
                          {"examples", c.examples}});
    json names = json::array();
    for (const auto& m : r.nameMismatches)
        names.push_back({{"source", m.source},
                         {"key", m.key},
                         {"boundary_name", m.boundaryName},
                         {"source_name", m.sourceName}});
    j["padding_hint"] = hints;
    j["total_rows"] = totals;
    j["row_checks"] = checks;
    j["name_mismatches"] = {{"count", r.nameMismatchCount}, {"items", names}};
    return j;
}

json joinJson(const JoinReport& r) {
    json sources = json::array();
    for (const auto& s : r.sources)
        sources.push_back(sourceJson(s));
    json j = {{"boundary_features", r.boundaryFeatures},
              {"duplicate_boundary_keys", r.duplicateBoundaryKeys},
              {"sources", sources},
              {"geometry",
               {{"repaired", r.geometry.repaired},
                {"empty", r.geometry.empty},
                {"islands", r.geometry.islands}}}};
    return joinChecksJson(r, j);
}

/// Drop reasons per reason. A suppressed area's reason is always kSuppressedDropReason (it is
/// refused before any other reason, such as "zero weight" or "2021: valid > voters", could say
/// something about its figures); pooling them here keeps that true whatever fills dropReason.
std::map<std::string, std::size_t> publishedDropReasons(const Analysis& a) {
    const AreaFigures& f = a.areas;
    if (f.dropReason.size() != f.suppressed.size()) return a.model.dropReasons;
    std::map<std::string, std::size_t> out;
    for (std::size_t i = 0; i < f.dropReason.size(); ++i)
        if (!f.dropReason[i].empty())
            ++out[f.suppressed[i] ? kSuppressedDropReason : f.dropReason[i]];
    return out;
}

json termsJson(const WlsFit& f) {
    json terms = json::array();
    for (const auto& t : f.terms)
        terms.push_back({{"name", t.name},
                         {"estimate", number(t.estimate)},
                         {"std_error", number(t.stdError)},
                         {"hc3_std_error", number(t.hc3StdError)},
                         {"t", number(t.t)},
                         {"p", number(t.p)},
                         {"vif", t.name == "(Intercept)" ? json(nullptr) : number(t.vif)}});
    return terms;
}

json lmTestJson(const LmTest& t) {
    return {{"statistic", number(t.statistic)}, {"df", number(t.df)}, {"p", number(t.p)}};
}

json spatialJson(const SpatialFit& s) {
    json terms = json::array();
    for (const auto& t : s.terms)
        terms.push_back({{"name", t.name},
                         {"estimate", number(t.estimate)},
                         {"std_error", number(t.stdError)},
                         {"z", number(t.z)},
                         {"p", number(t.p)}});
    return {{s.kind == "lag" ? "rho" : "lambda", number(s.coefficient)},
            {"se", number(s.stdError)},
            {"z", number(s.z)},
            {"p", number(s.p)},
            {"se_method", s.seMethod},
            {"method", s.method},
            {"weighted", s.weighted},
            {"terms", terms},
            {"log_likelihood", number(s.logLik)},
            {"aic", number(s.aic)},
            {"sigma2", number(s.sigma2)},
            {"lr_test",
             {{"statistic", number(s.lrStatistic)}, {"df", number(s.lrDf)}, {"p", number(s.lrP)}}}};
}

json quantiles(std::vector<double> x) {
    x.erase(std::remove_if(x.begin(), x.end(), [](double v) { return !std::isfinite(v); }),
            x.end());
    std::sort(x.begin(), x.end());
    auto q = [&](double p) {
        const double h = (static_cast<double>(x.size()) - 1) * p;
        const auto lo = static_cast<std::size_t>(h);
        const std::size_t hi = std::min(lo + 1, x.size() - 1);
        return x[lo] + (h - static_cast<double>(lo)) * (x[hi] - x[lo]);
    };
    if (x.empty()) return nullptr;
    return {{"min", q(0)}, {"q1", q(0.25)}, {"median", q(0.5)}, {"q3", q(0.75)}, {"max", q(1)}};
}

json gwrJson(const ModelSummary& m, const AreaFigures& f) {
    if (!m.gwr) return {{"error", m.gwrError}};
    const GwrResult& g = *m.gwr;
    // Over the per-area coefficients as published (suppressed areas NaN): a minimum, maximum or
    // median over all model rows could be a suppressed area's own coefficient.
    json terms = json::object();
    for (std::size_t c = 0; c < f.gwrCoef.size() && c < m.fit.terms.size(); ++c)
        terms[m.fit.terms[c].name] = quantiles(f.gwrCoef[c]);
    return {
        {"bandwidth", g.bandwidth},        {"search", g.exhaustiveSearch ? "exhaustive" : "golden"},
        {"search_points", g.searchPoints}, {"search_evaluations", g.searchPath.size()},
        {"aicc", number(g.aicc)},          {"aic", number(g.aic)},
        {"r_squared", number(g.rSquared)}, {"adj_r_squared", number(g.adjRSquared)},
        {"trace_s", number(g.traceS)},     {"trace_sts", number(g.traceStS)},
        {"sigma", number(g.sigma)},        {"coordinates", m.gwrCoordinates},
        {"local_coefficients", terms}};
}

void addSpatial(const ModelSummary& m, const AreaFigures& f, json& j) {
    if (m.hasLmTests) {
        const LmTests& t = m.lmTests;
        j["lm_tests"] = {{"RSerr", lmTestJson(t.rsErr)},
                         {"RSlag", lmTestJson(t.rsLag)},
                         {"adjRSerr", lmTestJson(t.adjRsErr)},
                         {"adjRSlag", lmTestJson(t.adjRsLag)},
                         {"SARMA", lmTestJson(t.sarma)}};
    }
    if (m.lag) j["spatial_lag"] = spatialJson(*m.lag);
    if (!m.lagError.empty()) j["spatial_lag"] = {{"error", m.lagError}};
    if (m.errorModel) j["spatial_error"] = spatialJson(*m.errorModel);
    if (!m.errorModelError.empty()) j["spatial_error"] = {{"error", m.errorModelError}};
    if (m.gwr || !m.gwrError.empty()) j["gwr"] = gwrJson(m, f);
}

json modelJson(const Project& p, const Analysis& a) {
    const ModelSummary& m = a.model;
    json j = {{"party", a.settings.party},
              {"from", a.settings.from},
              {"to", a.settings.to},
              {"outcome", outcomeName(a.settings)},
              {"weights", a.settings.weights},
              {"models", a.settings.models},
              {"covariates", a.settings.covariates},
              {"fitted", m.fitted},
              {"error", m.fitted ? json(nullptr) : json(m.error)},
              {"n", m.n},
              {"dropped", {{"count", m.dropped}, {"reasons", publishedDropReasons(a)}}}};
    if (!a.settings.versus.empty()) {
        j["versus"] = a.settings.versus;
        j["butler_steed_disagree"] = a.butlerSteedDisagree;
    }
    (void)p;
    if (!m.fitted) return j;
    const WlsFit& f = m.fit;
    j["terms"] = termsJson(f);
    j["r_squared"] = number(f.rSquared);
    j["adj_r_squared"] = number(f.adjRSquared);
    j["f_statistic"] = number(f.fStatistic);
    j["f_df"] = {number(f.fDf1), number(f.fDf2)};
    j["f_p"] = number(f.fP);
    j["aic"] = number(f.aic);
    j["log_lik"] = number(f.logLik);
    j["sigma"] = number(f.sigma);
    j["condition_number"] = number(f.conditionNumber);
    j["zero_weight_rows"] = f.zeroWeightRows;
    if (m.hasMoran) {
        j["residual_moran"] = {{"i", number(m.moran.i)},
                               {"expectation", number(m.moran.expectation)},
                               {"variance", number(m.moran.variance)},
                               {"z", number(m.moran.z)},
                               {"p", number(m.moran.p)}};
        j["islands"] = m.moran.islands;
    }
    json vif = json::object();
    for (const auto& t : f.terms)
        if (t.name != "(Intercept)") vif[t.name] = number(t.vif);
    j["vif"] = vif;
    addSpatial(m, a.areas, j);
    return j;
}

json lisaJson(const Analysis& a) {
    if (!a.settings.lisa) return nullptr;
    if (!a.hasLisa) return {{"error", a.lisaError}};
    json counts = json::object();
    for (auto c : {LisaCluster::HighHigh, LisaCluster::LowLow, LisaCluster::HighLow,
                   LisaCluster::LowHigh, LisaCluster::NotSignificant}) {
        auto it = a.lisaCounts.find(c);
        counts[lisaClusterId(c)] = it == a.lisaCounts.end() ? 0 : it->second;
    }
    return {{"permutations", a.settings.lisaSettings.permutations},
            {"seed", a.settings.lisaSettings.seed},
            {"fdr", a.settings.lisaSettings.fdr},
            {"clusters", counts}};
}

json targetsJson(const Dataset& d, const Analysis& a) {
    json list = json::array();
    for (const Target& t : rankTargets(d, a, 20))
        list.push_back({{"rank", t.rank},
                        {"key", d.keys[t.area]},
                        {"name", d.names[t.area]},
                        {"class", classId(a.areas.cls[t.area])},
                        {"potential_votes", number(t.potentialVotes)},
                        {"reason", t.reason}});
    return list;
}

std::string today() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

json backtestJson(const std::string& label, const BacktestResult* b, const std::string& error) {
    if (label.empty()) return nullptr;
    if (!b) return {{"election", label}, {"error", error}};
    return {{"election", label},
            {"n", b->n},
            {"mae", {{"model", b->maeModel}, {"uniform_swing", b->maeUniform}}},
            {"mae_weighted",
             {{"model", b->maeModelWeighted}, {"uniform_swing", b->maeUniformWeighted}}},
            {"sign_hit_rate", {{"model", b->signHitModel}, {"uniform_swing", b->signHitUniform}}},
            {"top_decile_capture",
             {{"model", b->topDecileModel}, {"uniform_swing", b->topDecileUniform}}},
            {"top_decile_size", b->topDecileSize},
            {"uniform_swing", b->uniformSwing}};
}
} // namespace

JoinReport publishedJoin(const Dataset& d, const Analysis& a) {
    JoinReport r = d.join;
    std::vector<std::string> prefixes;
    for (std::size_t i = 0; i < a.areas.suppressed.size() && i < d.keys.size(); ++i)
        if (a.areas.suppressed[i]) prefixes.push_back(d.keys[i] + ": ");
    if (prefixes.empty()) return r;
    for (RowCheck& c : r.rowChecks)
        for (std::string& e : c.examples)
            for (const std::string& p : prefixes)
                if (e.rfind(p, 0) == 0) {
                    e = p + kWithheldFigures;
                    break;
                }
    return r;
}

json postalJson(const PostalReport& pr) {
    json cols = json::array();
    for (const auto& c : pr.columns)
        cols.push_back({{"name", c.name}, {"moved", c.moved}, {"lost", c.lost}});
    json parents = json::array();
    for (const auto& pp : pr.parents) {
        json amounts = json::object();
        for (std::size_t c = 0; c < pp.amounts.size() && c < pr.columns.size(); ++c)
            amounts[pr.columns[c].name] = pp.amounts[c];
        parents.push_back({{"parent", pp.parent},
                           {"postal_rows", pp.postalRows},
                           {"polling_rows", pp.pollingRows},
                           {"amounts", amounts}});
    }
    json j = {{"method", pr.method},        {"postal_rows", pr.postalRows},
              {"rows_moved", pr.rowsMoved}, {"columns", cols},
              {"parents", parents},         {"parents_without_polling", pr.parentsWithoutPolling}};
    if (!pr.by.empty()) j["by"] = pr.by;
    if (!pr.parent.empty()) j["parent"] = pr.parent;
    if (!pr.parentsByVoters.empty()) j["parents_by_voters"] = pr.parentsByVoters;
    return j;
}

/// Per reconciled source (docs/schema.md): the totals are the input tables' own, city-wide; the
/// count of estimated areas is over the published areas. When the privacy rule hides areas, the
/// absolute totals are withheld (null): a city-wide total minus the published areas' figures would
/// give the hidden areas' figures. The relative discrepancy, the check itself, stays.
json reconcileJson(const Project& p, const Dataset& d, const Analysis& a) {
    json out = json::array();
    const bool withhold = a.suppressedCount > 0;
    const auto total = [&](double v) { return withhold ? json(nullptr) : number(v); };
    for (const auto& r : d.reconcile) {
        json cols = json::array();
        for (const auto& c : r.totals)
            cols.push_back({{"name", c.name},
                            {"source_total", total(c.sourceTotal)},
                            {"target_total", total(c.targetTotal)},
                            {"lost", total(c.lost)},
                            {"discrepancy", number(c.discrepancy)}});
        std::size_t above = 0;
        for (std::size_t i = 0; i < r.estimatedShare.size(); ++i) {
            const bool hidden = i < a.areas.suppressed.size() && a.areas.suppressed[i];
            above += !hidden && r.estimatedShare[i] > p.estimatedHatch;
        }
        json j = {{"source", r.source},
                  {"method", r.method},
                  {"description", r.description},
                  {"columns", cols},
                  {"max_discrepancy", number(r.maxDiscrepancy)},
                  {"totals_withheld", withhold}};
        if (r.method != "none") {
            j["from"] = r.from;
            j["crs"] = r.crs;
            j["pairs"] = r.pairs;
            j["geos_failures"] = r.geosFailures;
            j["unmatched_rows"] = r.unmatchedRows;
            j["unmatched_lost"] = number(r.unmatchedLost);
            j["area_fallback"] = r.areaFallback;
            j["estimated_above"] = above;
            j["estimated_hatch"] = p.estimatedHatch;
        }
        if (!r.weights.kind.empty()) {
            const ReconcileWeightsInfo& w = r.weights;
            json wj = {{"kind", w.kind}, {"path", w.path}, {"count", w.count}};
            if (w.kind == "points") {
                wj["points"] = w.points;
                wj["without_coordinates"] = w.withoutCoordinates;
                wj["outside_source"] = w.outsideSource;
                wj["outside_target"] = w.outsideTarget;
                wj["unmatched"] = w.unmatched;
            }
            j["weights"] = wj;
        }
        if (r.catchments.used) {
            const ReconcileCatchmentsInfo& c = r.catchments;
            j["catchments"] = {{"stations", c.stations},
                               {"cells", c.cells},
                               {"clip", c.clip},
                               {"clip_areas", c.clipAreas},
                               {"no_coordinates", c.noCoordinates},
                               {"outside", c.outside},
                               {"elsewhere", c.elsewhere},
                               {"duplicates", c.duplicates},
                               {"empty_cells", c.emptyCells},
                               {"areas_without_station", c.areasWithoutStation},
                               {"geos_failures", c.geosFailures},
                               {"messages", c.messages}};
        }
        if (r.hasPostal) j["postal"] = postalJson(r.postal);
        out.push_back(std::move(j));
    }
    return out;
}

std::string buildReport(const Project& p, const Dataset& d, const Analysis& a,
                        const std::vector<std::pair<std::string, double>>& timings,
                        const BacktestResult* bt, const std::string& btError) {
    json classes = json::object();
    for (AreaClass c : kClassOrder) {
        auto it = a.classCounts.find(c);
        classes[classId(c)] = it == a.classCounts.end() ? 0 : it->second;
    }
    classes["suppressed"] = a.suppressedCount;
    json tm = json::object();
    for (const auto& [phase, secs] : timings)
        tm[phase] = secs;
    json j = {{"swingmap_version", SWINGMAP_VERSION},
              {"generated", today()},
              {"title", p.title},
              {"synthetic", p.synthetic},
              {"project", p.file},
              {"crs", d.crsName},
              {"join", joinJson(publishedJoin(d, a))},
              {"model", modelJson(p, a)},
              {"classes", classes},
              {"privacy",
               {{"min_households", a.settings.privacy.minHouseholds},
                {"min_voters", a.settings.privacy.minVoters},
                {"households_column", p.households.empty() ? json(nullptr) : json(p.households)},
                {"suppressed", a.suppressedCount}}},
              {"turnout_target", number(a.turnoutTarget)},
              {"within_noise", a.withinNoiseCount},
              {"spatial_weights",
               {{"type", a.settings.spatialWeights.type},
                {"k", a.settings.spatialWeights.k},
                {"distance", a.settings.spatialWeights.distance},
                {"link_islands", a.settings.spatialWeights.linkIslands},
                {"islands", a.weightsIslands}}},
              {"lisa", lisaJson(a)},
              {"targets", targetsJson(d, a)},
              {"backtest", backtestJson(a.settings.backtest, bt, btError)},
              {"attribution", d.attribution},
              {"timings", tm}};
    if (!d.reconcile.empty()) j["reconcile"] = reconcileJson(p, d, a);
    return j.dump(2);
}

} // namespace swingmap
