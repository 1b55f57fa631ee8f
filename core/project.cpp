// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project.h"

#include "core/jsonschema.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace swingmap {

namespace {
using nlohmann::json;
namespace fs = std::filesystem;

std::string lineColumn(const std::string& text, std::size_t byte) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

/// nlohmann reports the byte after the offending token; point at the token's first character.
std::size_t tokenStart(const std::string& text, std::size_t byte) {
    std::size_t p = std::min(byte ? byte - 1 : 0, text.empty() ? 0 : text.size() - 1);
    if (text.empty()) return 0;
    if (text[p] == '"') {
        while (p > 0 && text[p - 1] != '"')
            --p;
        return p > 0 ? p - 1 : 0;
    }
    while (p > 0 && std::isalnum(static_cast<unsigned char>(text[p - 1])))
        --p;
    return p;
}

std::string resolve(const std::string& path, const fs::path& base) {
    // GDAL virtual paths and database connection strings are passed through untouched
    if (path.rfind("/vsi", 0) == 0 || path.rfind("PG:", 0) == 0 ||
        path.find("://") != std::string::npos)
        return path;
    fs::path p(path);
    return (p.is_absolute() ? p : (base / p)).lexically_normal().string();
}

SourceSpec readSource(const json& j, const fs::path& base) {
    SourceSpec s;
    s.path = resolve(j.at("path").get<std::string>(), base);
    s.layer = j.value("layer", "");
    s.key = j.value("key", "");
    s.name = j.value("name", "");
    s.crs = j.value("crs", "");
    s.encoding = j.value("encoding", "");
    s.decimal = j.value("decimal", ".")[0];
    s.missing = j.value("missing", std::vector<std::string>{});
    s.attribution = j.value("attribution", "");
    return s;
}

void readClasses(const json& c, ClassRules& r) {
    r.strongholdLead = c.value("stronghold_lead", r.strongholdLead);
    r.battleMargin = c.value("battle_margin", r.battleMargin);
    r.gainThreshold = c.value("gain_threshold", r.gainThreshold);
    r.underperformSd = c.value("underperform_sd", r.underperformSd);
    r.turnoutTargetQuantile = c.value("turnout_target_quantile", r.turnoutTargetQuantile);
}

Result<AnalysisSettings> readAnalysis(const json& a) {
    AnalysisSettings s;
    s.party = a.at("party").get<std::string>();
    s.from = a.at("from").get<std::string>();
    s.to = a.at("to").get<std::string>();
    const std::string outcome = a.value("outcome", "share_change");
    auto o = outcomeFromId(outcome);
    s.outcome = o ? *o : Outcome::Column; // a census column: checked against the data later
    if (!o) s.outcomeColumn = outcome;
    s.versus = a.value("versus", "");
    s.weights = a.value("weights", "valid");
    s.covariates = a.value("covariates", std::vector<std::string>{});
    s.transforms = a.value("transforms", std::map<std::string, std::string>{});
    s.models = a.value("models", std::vector<std::string>{"ols"});
    s.lisa = a.value("lisa", false);
    s.backtest = a.value("backtest", "");
    if (a.contains("spatial_weights")) {
        const json& w = a["spatial_weights"];
        s.spatialWeights.type = w.value("type", "queen");
        s.spatialWeights.k = w.value("k", 6);
        s.spatialWeights.distance = w.value("distance", 0.0);
        s.spatialWeights.linkIslands = w.value("link_islands", false);
        if (s.spatialWeights.type == "distance" && !(s.spatialWeights.distance > 0))
            return fail("$.analysis.spatial_weights.distance: a distance band needs a distance "
                        "> 0 (in the working CRS's units; km for longitude/latitude)");
    }
    if (a.contains("gwr")) {
        const json& g = a["gwr"];
        if (g.contains("bandwidth") && g["bandwidth"].is_number_integer())
            s.gwr.bandwidth = g["bandwidth"].get<int>();
        s.gwr.goldenSection = g.value("search", "golden") == "golden";
        s.gwr.minK = g.value("min_k", 0);
        s.gwr.maxK = g.value("max_k", 0);
    }
    if (a.contains("classes")) readClasses(a["classes"], s.rules);
    if ((s.outcome == Outcome::ButlerSwing || s.outcome == Outcome::SteedSwing) && s.versus.empty())
        return fail("$.analysis.versus: a swing outcome needs the other party in \"versus\"");
    if (s.from == s.to) return fail("$.analysis: \"from\" and \"to\" name the same election");
    return s;
}

Status checkLabels(const Project& p) {
    for (std::size_t i = 0; i < p.elections.size(); ++i)
        for (std::size_t j = i + 1; j < p.elections.size(); ++j)
            if (p.elections[i].label == p.elections[j].label)
                return fail("$.elections[" + std::to_string(j) + "].label: the label \"" +
                            p.elections[j].label + "\" is used twice");
    for (const auto* l : {&p.analysis.from, &p.analysis.to}) {
        bool found = false;
        for (const auto& e : p.elections)
            found = found || e.label == *l;
        if (!found)
            return fail("$.analysis: no election is labelled \"" + *l +
                        "\"; the labels are those in \"elections\"");
    }
    return Ok{};
}
} // namespace

Result<Project> parseProject(const std::string& text, const std::string& file) {
    json j;
    try {
        j = json::parse(text);
    } catch (const json::parse_error& e) {
        return fail(file + ": not valid JSON at " + lineColumn(text, tokenStart(text, e.byte)) +
                    ". Check for a missing comma, quote or bracket there.");
    }
    if (auto v = validateJson(j, projectSchema())) return fail(file + ": " + *v);
    const fs::path base = fs::absolute(fs::path(file)).parent_path();
    Project p;
    p.file = fs::absolute(fs::path(file)).lexically_normal().string();
    p.title = j.value("title", fs::path(file).stem().string());
    p.synthetic = j.value("synthetic", false);
    p.workingCrs = j.value("working_crs", "");
    p.boundaries = readSource(j["boundaries"], base);
    for (const auto& e : j["elections"]) {
        ElectionSpec es;
        es.source = readSource(e, base);
        es.label = e["label"].get<std::string>();
        es.electorate = e.value("electorate", "");
        es.voters = e.value("voters", "");
        es.valid = e["valid"].get<std::string>();
        es.parties = e["parties"].get<std::vector<std::string>>();
        p.elections.push_back(std::move(es));
    }
    for (const auto& c : j.value("census", json::array()))
        p.census.push_back(readSource(c, base));
    auto a = readAnalysis(j["analysis"]);
    if (!a) return fail(file + ": " + a.error());
    p.analysis = std::move(*a);
    p.weightsLabel = p.analysis.weights;
    p.labels = j.value("labels", std::map<std::string, std::string>{});
    const json priv = j.value("privacy", json::object());
    p.analysis.privacy.minHouseholds = priv.value("min_households", 6.0);
    p.analysis.privacy.minVoters = priv.value("min_voters", 10.0);
    p.households = priv.value("households", "");
    if (auto s = checkLabels(p); !s) return fail(file + ": " + s.error());
    return p;
}

Result<Project> loadProject(const std::string& file) {
    std::error_code ec;
    if (!fs::exists(file, ec))
        return fail(file + ": the project file does not exist. Check the path.");
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail(file + ": the project file cannot be read (permissions?).");
    std::ostringstream ss;
    ss << in.rdbuf();
    return parseProject(ss.str(), file);
}

} // namespace swingmap
