// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project.h"

#include "core/jsonschema.h"
#include "core/projectpaths.h"

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
    // An archive path with a relative archive ("/vsizip/data/x.zip/inner.shp") is relative to
    // the project file, like any other path; "/vsizip//abs/x.zip" stays absolute.
    for (const char* archive : {"/vsizip/", "/vsitar/", "/vsigzip/"}) {
        const std::string prefix = archive;
        // "/vsizip/{archive}/inner": GDAL's braces around an archive name; resolve inside them
        if (path.rfind(prefix + "{", 0) == 0 && path.find('}') != std::string::npos) {
            const std::size_t close = path.find('}');
            const std::string inner = path.substr(prefix.size() + 1, close - prefix.size() - 1);
            return prefix + "{" + resolve(inner, base) + "}" + path.substr(close + 1);
        }
        if (path.rfind(prefix, 0) == 0 && path.size() > prefix.size() && path[prefix.size()] != '/')
            return prefix + (base / path.substr(prefix.size())).lexically_normal().string();
    }
    // other GDAL virtual paths and database connection strings are passed through untouched
    if (path.rfind("/vsi", 0) == 0 || path.rfind("PG:", 0) == 0 ||
        path.find("://") != std::string::npos)
        return path;
    fs::path p(path);
    return (p.is_absolute() ? p : (base / p)).lexically_normal().string();
}

std::vector<std::string> stringOrList(const json& v) {
    if (v.is_string()) return {v.get<std::string>()};
    return v.get<std::vector<std::string>>();
}

/// {column: "text" | ["any", "of"] | {"not": …}} (the schema has checked the shape).
RowFilter readFilter(const json& j) {
    RowFilter f;
    for (auto it = j.begin(); it != j.end(); ++it) {
        Condition c;
        c.column = it.key();
        if (it->is_object()) {
            c.negate = true;
            c.values =
                it->contains("not") ? stringOrList((*it)["not"]) : std::vector<std::string>{};
        } else {
            c.values = stringOrList(*it);
        }
        f.push_back(std::move(c));
    }
    return f;
}

/// `table`: read the keys of tables too (the boundaries' schema has none of them, so there they
/// are unchecked and ignored).
SourceSpec readSource(const json& j, const fs::path& base, bool table = true) {
    SourceSpec s;
    s.path = resolve(j.at("path").get<std::string>(), base);
    s.layer = j.value("layer", "");
    s.key = j.value("key", "");
    s.name = j.value("name", "");
    s.crs = j.value("crs", "");
    s.encoding = j.value("encoding", "");
    if (table) {
        if (j.contains("decimal")) s.decimal = j["decimal"].get<std::string>()[0];
        if (j.contains("separator")) s.separator = j["separator"].get<std::string>()[0];
        s.skipRows = j.value("skip_rows", std::size_t{0});
        s.headerRows = j.value("header_rows", std::size_t{1});
        s.missing = j.value("missing", std::vector<std::string>{});
        if (j.contains("rows")) s.rows = readFilter(j["rows"]);
        s.sumDuplicates = j.value("duplicates", "report") == "sum";
    }
    s.pad = j.value("pad", 0);
    s.unpad = j.value("unpad", false);
    s.attribution = j.value("attribution", "");
    return s;
}

ReconcileSpec readReconcile(const json& r, const fs::path& base) {
    ReconcileSpec s;
    s.enabled = true;
    if (r.contains("from")) {
        const json& f = r["from"];
        if (f.contains("dissolve")) {
            s.dissolve = f["dissolve"].get<std::string>();
            s.prefix = f.value("prefix", std::size_t{0});
        } else if (f.contains("stations")) {
            const json& st = f["stations"];
            s.stations = readSource(st, base);
            s.stationsX = st.value("x", "");
            s.stationsY = st.value("y", "");
            s.stationsArea = st.value("area", "");
            const json& c = f["clip"];
            if (c.contains("dissolve")) {
                s.clipDissolve = c["dissolve"].get<std::string>();
                s.clipPrefix = c.value("prefix", std::size_t{0});
            } else {
                s.clip = readSource(c, base, false);
            }
        } else {
            s.from = readSource(f, base, false);
        }
    }
    s.method = r.value("method", "area");
    if (r.contains("weights")) {
        const json& w = r["weights"];
        if (w.contains("election")) {
            s.weightsElection = w["election"].get<std::string>();
            s.weightsFigure = w["figure"].get<std::string>();
        } else {
            s.weights = readSource(w, base);
            s.weightsCount = w.value("count", "");
            s.weightsX = w.value("x", "");
            s.weightsY = w.value("y", "");
        }
    }
    if (r.contains("postal")) {
        const json& p = r["postal"];
        s.hasPostal = true;
        s.postal.typeColumn = p.value("type_column", "");
        s.postal.postalValue = p.value("postal_value", "");
        s.postal.parent = p.value("parent", "");
        s.postal.by = p.value("by", "");
    }
    s.counts = r.value("counts", std::vector<std::string>{});
    if (r.contains("rates"))
        for (auto it = r["rates"].begin(); it != r["rates"].end(); ++it)
            s.rates.push_back(
                {it.key(), {(*it)[0].get<std::string>(), (*it)[1].get<std::string>()}});
    return s;
}

/// Points given as x/y columns of a text file: both columns, no layer, a declared CRS.
Status checkPointColumns(const SourceSpec& s, const std::string& x, const std::string& y,
                         const std::string& at, const std::string& what) {
    if (x.empty() && y.empty()) return Ok{};
    if (x.empty() || y.empty())
        return fail(at + (x.empty() ? ".x" : ".y") + ": the " + what +
                    " are read from coordinate columns, so name both \"x\" and \"y\"");
    if (!s.layer.empty())
        return fail(at +
                    ".layer: \"x\" and \"y\" name the coordinate columns of a CSV/text "
                    "file of " +
                    what +
                    ", while a layer brings its own point geometry; give \"layer\" or "
                    "\"x\" and \"y\", not both");
    if (s.crs.empty())
        return fail(at + ".crs: a text file of " + what +
                    " carries no CRS; declare the coordinates' CRS, e.g. \"EPSG:4326\" for "
                    "longitude/latitude");
    return Ok{};
}

/// Cross-checks the schema cannot express; `at` is the source's JSON path.
Status checkReconcile(const ReconcileSpec& r, const std::string& at, bool census) {
    if (auto st = checkPointColumns(r.weights, r.weightsX, r.weightsY, at + ".reconcile.weights",
                                    "weight points");
        !st)
        return st;
    if (auto st = checkPointColumns(r.stations, r.stationsX, r.stationsY,
                                    at + ".reconcile.from.stations", "polling stations");
        !st)
        return st;
    if (!r.stationsArea.empty() && r.clipDissolve.empty() && r.clip.key.empty())
        return fail(at + ".reconcile.from.clip.key: the stations name the area they serve "
                         "(\"area\"), so the clip layer needs \"key\", the field those names "
                         "are matched against");
    if (r.method == "weights" && r.weights.path.empty() && r.weightsElection.empty())
        return fail(at + ".reconcile.weights: \"method\": \"weights\" needs the weights (polygons "
                         "with a count, or {\"election\": LABEL, \"figure\": \"electorate\"})");
    if (r.method != "weights" && (!r.weights.path.empty() || !r.weightsElection.empty()))
        return fail(at + ".reconcile.method: weights are given, so set \"method\": \"weights\" "
                         "(or remove \"weights\")");
    if (!r.moves() && r.method == "weights")
        return fail(at + ".reconcile: weights need \"from\" (the geometry the table is on)");
    if (census && r.hasPostal)
        return fail(at + ".reconcile.postal: postal votes belong to elections, not census tables");
    if (census && r.moves() && r.counts.empty() && r.rates.empty())
        return fail(at + ".reconcile.counts: name the count columns to move onto the boundaries "
                         "(only counts can be moved by area; rates are given in \"rates\" as "
                         "numerator and denominator)");
    if (census && !r.moves())
        return fail(at + ".reconcile.from: a census table needs \"from\" (the areas it is on)");
    if (r.hasPostal && r.postal.typeColumn.empty() != r.postal.postalValue.empty())
        return fail(at + ".reconcile.postal: \"type_column\" and \"postal_value\" go together");
    return Ok{};
}

PartyMapping readMapping(const json& e) {
    PartyMapping m;
    m.rename = e.value("rename", std::map<std::string, std::string>{});
    m.merge = e.value("merge", std::map<std::string, std::vector<std::string>>{});
    m.others = e.value("others", "");
    m.keep = e.value("keep", std::vector<std::string>{});
    return m;
}

Result<ElectionSpec> readElection(const json& e, const fs::path& base, std::size_t index) {
    const std::string at = "$.elections[" + std::to_string(index) + "]";
    ElectionSpec es;
    es.source = readSource(e, base);
    es.label = e["label"].get<std::string>();
    es.longFormat = e.value("format", "wide") == "long";
    es.mapping = readMapping(e);
    if (e.contains("reconcile")) {
        es.reconcile = readReconcile(e["reconcile"], base);
        if (auto st = checkReconcile(es.reconcile, at, false); !st) return st.takeError();
    }
    if (!es.mapping.keep.empty() && es.mapping.others.empty())
        return fail(at + ".keep: \"keep\" only makes sense with \"others\" (the party that takes "
                         "every party not kept, renamed or merged).");
    if (!es.longFormat) {
        for (const char* role : {"electorate", "voters", "valid", "parties"})
            if (e.contains(role) && e[role].is_object())
                return fail(at + "." + role +
                            ": a filter only works with \"format\": \"long\"; in a wide table "
                            "name the column instead.");
        es.electorate = e.value("electorate", "");
        es.voters = e.value("voters", "");
        es.valid = e["valid"].get<std::string>();
        es.parties = e["parties"].get<std::vector<std::string>>();
        return es;
    }
    for (const char* key : {"party_column", "value"})
        if (!e.contains(key))
            return fail(at + ": a long table needs \"" + std::string(key) +
                        "\" (the column naming the party or figure, and the column with the "
                        "numbers).");
    for (const char* role : {"electorate", "voters", "valid", "parties"})
        if (e.contains(role) && !e[role].is_object())
            return fail(at + "." + role +
                        ": in a long table this is a filter selecting its rows, e.g. "
                        "{\"Gruppenname\": \"Gültige\", \"Stimme\": \"2\"}.");
    LongFormat& l = es.longSpec;
    l.partyColumn = e["party_column"].get<std::string>();
    l.value = e["value"].get<std::string>();
    l.valid = readFilter(e["valid"]);
    l.parties = readFilter(e["parties"]);
    l.hasElectorate = e.contains("electorate");
    l.hasVoters = e.contains("voters");
    if (l.hasElectorate) l.electorate = readFilter(e["electorate"]);
    if (l.hasVoters) l.voters = readFilter(e["voters"]);
    return es;
}

void readClasses(const json& c, ClassRules& r) {
    r.strongholdLead = c.value("stronghold_lead", r.strongholdLead);
    r.battleMargin = c.value("battle_margin", r.battleMargin);
    r.gainThreshold = c.value("gain_threshold", r.gainThreshold);
    r.underperformSd = c.value("underperform_sd", r.underperformSd);
    r.turnoutTargetQuantile = c.value("turnout_target_quantile", r.turnoutTargetQuantile);
}

/// A change measure needs party, from and to; a census-column outcome may go without elections
/// (then weights are "none").
Status checkElectionKeys(const json& a, const AnalysisSettings& s, bool hasElections) {
    if (s.outcome != Outcome::Column || a.contains("from") || a.contains("to")) {
        for (const char* key : {"party", "from", "to"})
            if (!a.contains(key))
                return fail(std::string("$.analysis: the required key \"") + key + "\" is missing" +
                            (s.outcome == Outcome::Column
                                 ? " (\"from\" and \"to\" go together)"
                                 : " (a change measure needs the party and two elections)"));
        if (!hasElections)
            return fail("$.analysis.outcome: \"" + outcomeName(s) +
                        "\" needs two elections, but the project has none; add them to "
                        "\"elections\" or model a census column");
        return Ok{};
    }
    if (!s.backtest.empty())
        return fail("$.analysis.backtest: a back-test needs \"from\" and \"to\"");
    if (s.weights != "none")
        return fail("$.analysis.weights: without \"from\" and \"to\" there are no votes to "
                    "weight by; use \"none\" or leave it out");
    return Ok{};
}

Result<AnalysisSettings> readAnalysis(const json& a, bool hasElections) {
    AnalysisSettings s;
    s.party = a.value("party", "");
    s.from = a.value("from", "");
    s.to = a.value("to", "");
    const std::string outcome = a.value("outcome", "share_change");
    auto o = outcomeFromId(outcome);
    s.outcome = o ? *o : Outcome::Column; // a census column: checked against the data later
    if (!o) s.outcomeColumn = outcome;
    s.versus = a.value("versus", "");
    s.weights = a.value("weights", s.to.empty() ? "none" : "valid");
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
        s.gwr.searchSample = g.value("search_sample", s.gwr.searchSample);
        if (g.contains("coordinates")) {
            const json& c = g["coordinates"];
            if (c.is_object()) {
                s.gwrPoints = "columns";
                s.gwrX = c["x"].get<std::string>();
                s.gwrY = c["y"].get<std::string>();
            } else {
                s.gwrPoints = c.get<std::string>();
            }
        }
    }
    if (a.contains("classes")) readClasses(a["classes"], s.rules);
    if ((s.outcome == Outcome::ButlerSwing || s.outcome == Outcome::SteedSwing) && s.versus.empty())
        return fail("$.analysis.versus: a swing outcome needs the other party in \"versus\"");
    if (auto st = checkElectionKeys(a, s, hasElections); !st) return st.takeError();
    if (!s.to.empty() && s.from == s.to)
        return fail("$.analysis: \"from\" and \"to\" name the same election");
    return s;
}

Status checkLabels(const Project& p) {
    for (std::size_t i = 0; i < p.elections.size(); ++i)
        for (std::size_t j = i + 1; j < p.elections.size(); ++j)
            if (p.elections[i].label == p.elections[j].label)
                return fail("$.elections[" + std::to_string(j) + "].label: the label \"" +
                            p.elections[j].label + "\" is used twice");
    for (const auto* l : {&p.analysis.from, &p.analysis.to}) {
        if (l->empty()) continue; // a census-column outcome without elections
        bool found = false;
        for (const auto& e : p.elections)
            found = found || e.label == *l;
        if (!found)
            return fail("$.analysis: no election is labelled \"" + *l +
                        "\"; the labels are those in \"elections\"");
    }
    return Ok{};
}
/// "limits" and "allow_remote" (the schema has checked the types and ranges).
InputPolicy readPolicy(const json& j) {
    InputPolicy policy;
    policy.allowRemote = j.value("allow_remote", false);
    const json limits = j.value("limits", json::object());
    policy.maxInputBytes = limits.value("max_input_mb", InputPolicy::kDefaultMaxInputMb) << 20;
    policy.maxFeatures = limits.value("max_features", InputPolicy::kDefaultMaxFeatures);
    return policy;
}

/// Without "allow_remote", a source that reaches the network is an error naming its key.
Status checkRemote(const Project& p) {
    if (p.input.allowRemote) return Ok{};
    std::vector<std::pair<std::string, const std::string*>> paths = {
        {"$.boundaries.path", &p.boundaries.path}};
    for (std::size_t i = 0; i < p.elections.size(); ++i)
        paths.emplace_back("$.elections[" + std::to_string(i) + "].path",
                           &p.elections[i].source.path);
    for (std::size_t i = 0; i < p.census.size(); ++i)
        paths.emplace_back("$.census[" + std::to_string(i) + "].path", &p.census[i].path);
    for (const ReconcileSource& r : reconcileSources(p))
        paths.emplace_back(r.key, &r.source->path);
    if (p.streets) paths.emplace_back("$.streets.path", &p.streets->source.path);
    if (p.atlas.groups) paths.emplace_back("$.atlas.groups.path", &p.atlas.groups->path);
    for (const auto& [key, path] : paths)
        if (isRemotePath(*path))
            return fail(key + ": " + remoteRefusedMessage("\"" + redactPath(*path) + "\""));
    return Ok{};
}
} // namespace

void setInputPolicy(Project& p, const InputPolicy& policy) {
    p.input = policy;
    p.boundaries.input = policy;
    for (auto& e : p.elections)
        e.source.input = policy;
    for (auto& c : p.census)
        c.input = policy;
    for (ReconcileSpec* r : reconcileSpecs(p))
        for (SourceSpec* s : {&r->from, &r->weights, &r->stations, &r->clip})
            s->input = policy;
    if (p.streets) p.streets->source.input = policy;
    if (p.atlas.groups) p.atlas.groups->input = policy;
}

std::vector<ReconcileSpec*> reconcileSpecs(Project& p) {
    std::vector<ReconcileSpec*> out;
    for (auto& e : p.elections)
        out.push_back(&e.reconcile);
    for (auto& r : p.censusReconcile)
        out.push_back(&r);
    return out;
}

std::vector<ReconcileSource> reconcileSources(const Project& p) {
    std::vector<ReconcileSource> out;
    auto add = [&out](const std::string& at, const std::string& role, const ReconcileSpec& r) {
        if (!r.enabled) return;
        const std::pair<const char*, const SourceSpec*> parts[] = {{"from", &r.from},
                                                                   {"from.stations", &r.stations},
                                                                   {"from.clip", &r.clip},
                                                                   {"weights", &r.weights}};
        for (const auto& [name, spec] : parts) {
            if (spec->path.empty()) continue;
            std::string what = name;
            std::replace(what.begin(), what.end(), '.', ' ');
            ReconcileSource src;
            src.key = at;
            src.key.append(".reconcile.").append(name).append(".path");
            src.role = role;
            src.role.append(" reconcile ").append(what);
            src.source = spec;
            out.push_back(std::move(src));
        }
    };
    for (std::size_t i = 0; i < p.elections.size(); ++i)
        add("$.elections[" + std::to_string(i) + "]", "election " + p.elections[i].label,
            p.elections[i].reconcile);
    for (std::size_t i = 0; i < p.censusReconcile.size(); ++i)
        add("$.census[" + std::to_string(i) + "]", "census table " + std::to_string(i + 1),
            p.censusReconcile[i]);
    return out;
}

Result<Project> parseProject(const std::string& text, const std::string& file) {
    json j;
    try {
        j = json::parse(text);
    } catch (const json::parse_error& e) {
        return fail(file + ": not valid JSON at " + lineColumn(text, tokenStart(text, e.byte)) +
                    ". Check for a missing comma, quote or bracket there.");
    } catch (const json::out_of_range& e) { // a number beyond a double's range, e.g. 1e400
        const std::string what = e.what();  // "... number overflow parsing '1e400'"
        const std::size_t q = what.find('\''), r = what.rfind('\'');
        const std::string token = q < r ? what.substr(q + 1, r - q - 1) : "";
        const std::size_t at = token.empty() ? std::string::npos : text.find(token);
        return fail(file + ": not valid JSON" +
                    (at == std::string::npos ? "" : " at " + lineColumn(text, at)) +
                    ": the number " + token + " is too large. Write a number within ±1.7e308.");
    }
    if (auto v = validateJson(j, projectSchema())) return fail(file + ": " + *v);
    const fs::path base = fs::absolute(fs::path(file)).parent_path();
    Project p;
    p.file = fs::absolute(fs::path(file)).lexically_normal().string();
    p.title = j.value("title", fs::path(file).stem().string());
    p.synthetic = j.value("synthetic", false);
    p.workingCrs = j.value("working_crs", "");
    p.boundaries = readSource(j["boundaries"], base, false);
    const json elections = j.value("elections", json::array());
    for (std::size_t i = 0; i < elections.size(); ++i) {
        auto es = readElection(elections[i], base, i);
        if (!es) return fail(file + ": " + es.error());
        p.elections.push_back(std::move(*es));
    }
    const json census = j.value("census", json::array());
    for (std::size_t i = 0; i < census.size(); ++i) {
        p.census.push_back(readSource(census[i], base));
        p.censusReconcile.push_back(census[i].contains("reconcile")
                                        ? readReconcile(census[i]["reconcile"], base)
                                        : ReconcileSpec{});
        const std::string at = "$.census[" + std::to_string(i) + "]";
        if (p.censusReconcile.back().enabled)
            if (auto st = checkReconcile(p.censusReconcile.back(), at, true); !st)
                return fail(file + ": " + st.error());
    }
    auto a = readAnalysis(j["analysis"], !p.elections.empty());
    if (!a) return fail(file + ": " + a.error());
    p.analysis = std::move(*a);
    p.weightsLabel = p.analysis.weights;
    p.estimatedHatch = j["analysis"].value("estimated_hatch", 0.5);
    p.labels = j.value("labels", std::map<std::string, std::string>{});
    const json priv = j.value("privacy", json::object());
    p.analysis.privacy.minHouseholds = priv.value("min_households", 6.0);
    p.analysis.privacy.minVoters = priv.value("min_voters", 10.0);
    p.households = priv.value("households", "");
    if (auto s = checkLabels(p); !s) return fail(file + ": " + s.error());
    if (j.contains("streets")) {
        const json& st = j["streets"];
        StreetsSpec& s = p.streets.emplace();
        s.source = readSource(st, base, false);
        s.source.name.clear();
        s.nameField = st.value("name", "name");
        s.classField = st.value("class", "highway");
        s.classes = st.value("classes", std::vector<std::string>{});
    }
    if (j.contains("atlas")) {
        const json& at = j["atlas"];
        p.atlas.group = at.value("group", "");
        p.atlas.a3 = at.value("paper", "A4") == "A3";
        p.atlas.landscape = at.value("orientation", "portrait") == "landscape";
        p.atlas.walkList = at.value("walk_list", std::size_t{25});
        if (at.contains("groups")) {
            p.atlas.groups = readSource(at["groups"], base, false);
            if (p.atlas.group.empty()) p.atlas.group = p.atlas.groups->name;
        }
    }
    setInputPolicy(p, readPolicy(j));
    if (auto s = checkRemote(p); !s) return fail(file + ": " + s.error());
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
    auto p = parseProject(ss.str(), file);
    if (!p) return p;
    auto envMb = maxInputMbFromEnvironment();
    if (!envMb) return envMb.takeError();
    if (*envMb) {
        InputPolicy policy = p->input;
        policy.maxInputBytes = **envMb << 20;
        setInputPolicy(*p, policy);
    }
    return p;
}

} // namespace swingmap
