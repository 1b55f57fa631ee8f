// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report.h"

#include <cmath>
#include <ctime>
#include <nlohmann/json.hpp>

namespace swingmap {

namespace {
using nlohmann::json;

json number(double v) {
    return std::isfinite(v) ? json(v) : json(nullptr);
}

json sourceJson(const SourceJoin& s) {
    return {{"role", s.role},
            {"path", s.path},
            {"rows", s.rows},
            {"matched", s.matched},
            {"unmatched_keys", s.unmatchedKeys},
            {"duplicate_keys", s.duplicateKeys},
            {"areas_without_row", s.areasWithoutRow},
            {"missing_keys", s.missingKeys}};
}

json joinJson(const Dataset& d) {
    json sources = json::array();
    for (const auto& s : d.join.sources)
        sources.push_back(sourceJson(s));
    return {{"boundary_features", d.join.boundaryFeatures},
            {"duplicate_boundary_keys", d.join.duplicateBoundaryKeys},
            {"sources", sources},
            {"geometry",
             {{"repaired", d.join.geometry.repaired},
              {"empty", d.join.geometry.empty},
              {"islands", d.join.geometry.islands}}}};
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

void addSpatial(const ModelSummary& m, json& j) {
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
}

json modelJson(const Project& p, const Analysis& a) {
    const ModelSummary& m = a.model;
    json j = {{"party", a.settings.party},
              {"from", a.settings.from},
              {"to", a.settings.to},
              {"outcome", outcomeId(a.settings.outcome)},
              {"weights", a.settings.weights},
              {"models", a.settings.models},
              {"covariates", a.settings.covariates},
              {"fitted", m.fitted},
              {"error", m.fitted ? json(nullptr) : json(m.error)},
              {"n", m.n},
              {"dropped", {{"count", m.dropped}, {"reasons", m.dropReasons}}}};
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
    addSpatial(m, j);
    return j;
}

std::string today() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}
} // namespace

std::string buildReport(const Project& p, const Dataset& d, const Analysis& a,
                        const std::vector<std::pair<std::string, double>>& timings) {
    json classes = json::object();
    for (AreaClass c : kClassOrder) {
        auto it = a.classCounts.find(c);
        classes[classId(c)] = it == a.classCounts.end() ? 0 : it->second;
    }
    json tm = json::object();
    for (const auto& [phase, secs] : timings)
        tm[phase] = secs;
    json j = {{"swingmap_version", SWINGMAP_VERSION},
              {"generated", today()},
              {"title", p.title},
              {"synthetic", p.synthetic},
              {"project", p.file},
              {"crs", d.crsName},
              {"join", joinJson(d)},
              {"model", modelJson(p, a)},
              {"classes", classes},
              {"privacy",
               {{"min_households", a.settings.privacy.minHouseholds},
                {"min_voters", a.settings.privacy.minVoters},
                {"households_column", p.households.empty() ? json(nullptr) : json(p.households)},
                {"suppressed", a.suppressedCount}}},
              {"turnout_target", number(a.turnoutTarget)},
              {"within_noise", a.withinNoiseCount},
              {"attribution", d.attribution},
              {"timings", tm}};
    return j.dump(2);
}

} // namespace swingmap
