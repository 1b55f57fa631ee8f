// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shared/projectbuilder.h"

#include "core/keys.h"
#include "gis/dataset_loader.h"
#include "gis/reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

namespace swingmap::builder {

using json = nlohmann::ordered_json;
namespace fs = std::filesystem;

namespace {

/// A header for comparison: normaliseName folds case, accents, ß, dashes and punctuation.
std::string fold(std::string_view s) {
    std::string n = normaliseName(s);
    std::erase(n, ' ');
    return n;
}

bool hasAny(const std::string& folded, std::initializer_list<const char*> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const char* w) { return folded.find(fold(w)) != std::string::npos; });
}

bool isAny(const std::string& folded, std::initializer_list<const char*> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const char* w) { return folded == fold(w); });
}

std::set<std::string> keySet(const std::vector<std::string>& keys) {
    return {keys.begin(), keys.end()};
}

std::size_t keyWidth(const std::vector<std::string>& keys) {
    std::size_t w = 0;
    for (const auto& k : keys)
        w = std::max(w, k.size());
    return w;
}

json filterJson(const RowFilter& f) {
    json o = json::object();
    for (const Condition& c : f) {
        json v = c.values.size() == 1 ? json(c.values[0]) : json(c.values);
        o[c.column] = c.negate ? json{{"not", v}} : v;
    }
    return o;
}

void sourceKeys(json& o, const std::string& key, const std::string& name, int pad, bool unpad,
                const RowFilter& rows) {
    o["key"] = key;
    if (!name.empty()) o["name"] = name;
    if (pad > 0) o["pad"] = pad;
    if (unpad) o["unpad"] = true;
    if (!rows.empty()) o["rows"] = filterJson(rows);
}

std::vector<std::string> distinctValues(const Table& t, int col, const std::vector<char>& keep,
                                        std::size_t limit) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    if (col < 0) return out;
    const auto& cells = t.cells[static_cast<std::size_t>(col)];
    for (std::size_t r = 0; r < cells.size() && out.size() < limit; ++r)
        if ((keep.empty() || keep[r]) && seen.insert(cells[r]).second) out.push_back(cells[r]);
    return out;
}

/// The schema's `reconcile` object (docs/schema.md, Reconcile); `census`: counts and rates, no
/// postal rows.
json reconcileJson(const ReconcileInput& r, bool census) {
    json o = json::object();
    if (r.moves()) {
        json from = json::object();
        if (r.from == ReconcileInput::From::Layer) {
            from["path"] = r.fromPath;
            if (!r.fromLayer.empty()) from["layer"] = r.fromLayer;
            from["key"] = r.fromKey;
        } else {
            from["dissolve"] = r.dissolve;
            if (r.prefix > 0) from["prefix"] = r.prefix;
        }
        o["from"] = from;
        o["method"] = r.method;
        if (r.method == "weights") {
            json w = json::object();
            if (!r.weightsElection.empty()) {
                w["election"] = r.weightsElection;
                w["figure"] = r.weightsFigure;
            } else {
                w["path"] = r.weightsPath;
                if (!r.weightsLayer.empty()) w["layer"] = r.weightsLayer;
                w["count"] = r.weightsCount;
            }
            o["weights"] = w;
        }
    }
    if (!census && r.postal) {
        json p = json::object();
        if (!r.typeColumn.empty()) {
            p["type_column"] = r.typeColumn;
            p["postal_value"] = r.postalValue;
        }
        if (!r.parent.empty()) {
            p["parent"] = r.parent;
            if (!r.by.empty()) p["by"] = r.by;
        }
        o["postal"] = p;
    }
    if (census && r.moves()) {
        o["counts"] = r.counts;
        if (!r.rates.empty()) {
            json rates = json::object();
            for (const auto& [name, pair] : r.rates)
                rates[name] = json::array({pair.first, pair.second});
            o["rates"] = rates;
        }
    }
    return o;
}

std::vector<char> keepRows(const Table& t, const RowFilter& f) {
    if (f.empty()) return std::vector<char>(t.rowCount(), 1);
    auto m = matchRows(t, f, "rows");
    return m ? *m : std::vector<char>(t.rowCount(), 0);
}

} // namespace

std::string guessRole(std::string_view header) {
    const std::string h = fold(header);
    if (h.empty()) return "";
    // Order matters: "ungültige" before "gültige", "wahlberechtigte" before "wähler".
    if (hasAny(h, {"ungültig", "invalid", "ongeldig", "nuls", "nul", "rejected"})) return "invalid";
    if (hasAny(h, {"wahlberechtigt", "electorate", "registered", "eligible", "kiesgerechtigd",
                   "inscrits", "inscrit", "electeurs"}))
        return "electorate";
    if (hasAny(h, {"gültig", "valid", "geldig", "exprimés", "exprimes", "exprimé"})) return "valid";
    if (hasAny(h, {"wählende", "wähler", "voters", "turnout", "votescast", "opkomst", "votants",
                   "opgekomen", "totalvotes", "ballots"}))
        return "voters";
    if (isAny(h, {"gruppenname", "party", "partei", "partij", "parti", "partyname", "lijst",
                  "liste", "merkmal"}))
        return "party";
    if (isAny(h, {"anzahl", "votes", "value", "stemmen", "voix", "count", "wert", "aantal"}))
        return "value";
    if (hasAny(h, {"name", "naam", "nom", "libellé", "libelle", "bezeichnung"})) return "name";
    // Key words are whole words ("wkr_nr", "Wahlkreis-Nr."), or endings ("Gebietsnummer"), so
    // that "SONSTIGE" is no "ons" code and "FIDESZ" no "id".
    const std::string words = normaliseName(header);
    std::size_t start = 0;
    while (start < words.size()) {
        std::size_t end = words.find(' ', start);
        if (end == std::string::npos) end = words.size();
        const std::string w = words.substr(start, end - start);
        start = end + 1;
        if (isAny(w, {"nr", "no", "id", "code", "key", "ags", "fips", "ons", "gss", "insee",
                      "gemeentecode", "number", "nummer", "num"}))
            return "key";
        for (const char* ending : {"nummer", "code", "schlussel", "schluessel"})
            if (w.size() > std::strlen(ending) &&
                w.compare(w.size() - std::strlen(ending), std::string::npos, ending) == 0)
                return "key";
        if (w.size() <= 6 && w.size() > 2 && w.compare(w.size() - 2, 2, "id") == 0) return "key";
    }
    return "";
}

Result<BoundaryPreview> previewBoundaries(const std::string& path, const std::string& layerName) {
    SourceSpec spec;
    spec.path = path;
    spec.layer = layerName;
    auto layers = layerNames(path);
    if (!layers) return layers.takeError();
    if (spec.layer.empty() && layers->size() > 1) spec.layer = layers->front();
    auto layer = gis::readPolygonLayer(spec);
    if (!layer) return layer.takeError();
    BoundaryPreview p;
    p.path = path;
    p.layer = layers->size() > 1 ? spec.layer : std::string();
    p.layers = std::move(*layers);
    p.features = layer->geometry.featureCount();
    p.crs = layer->crsName;
    p.attributes = std::move(layer->attributes);
    const Table& t = p.attributes;
    p.fields = t.columns;
    std::size_t bestDistinct = 0;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        std::string s;
        for (std::size_t r = 0; r < std::min<std::size_t>(3, t.rowCount()); ++r)
            s += (r ? ", " : "") + t.cells[c][r];
        p.samples.push_back(s);
        const std::string role = guessRole(t.columns[c]);
        std::set<std::string> d(t.cells[c].begin(), t.cells[c].end());
        if (role == "name" && p.nameGuess.empty()) p.nameGuess = t.columns[c];
        // The key: a unique column, preferring a key-like name, then the shortest values.
        if (d.size() == t.rowCount() && role != "name") {
            const std::size_t score = (role == "key" ? 2 : 1) * d.size();
            if (score > bestDistinct) {
                bestDistinct = score;
                p.keyGuess = t.columns[c];
            }
        }
    }
    if (p.keyGuess.empty() && !t.columns.empty()) p.keyGuess = t.columns[0];
    return p;
}

Result<Table> readTablePreview(const std::string& path) {
    SourceSpec spec;
    spec.path = path;
    return gis::readTable(spec);
}

std::vector<KeyCandidate> rankKeyColumns(const std::vector<std::string>& boundaryKeys,
                                         const Table& t, const RowFilter& rows) {
    const std::set<std::string> areas = keySet(boundaryKeys);
    const int width = static_cast<int>(keyWidth(boundaryKeys));
    const std::vector<char> keep = keepRows(t, rows);
    std::vector<KeyCandidate> out;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        std::set<std::string> raw;
        for (std::size_t r = 0; r < t.rowCount(); ++r)
            if (keep[r]) raw.insert(normaliseKey(t.cells[c][r]));
        raw.erase("");
        KeyCandidate best{t.columns[c], 0, raw.size(), 0, false};
        for (int variant = 0; variant < 3; ++variant) {
            const int pad = variant == 2 ? width : 0;
            const bool unpad = variant == 1;
            std::set<std::string> hit;
            for (const auto& k : raw) {
                const std::string a = adjustKey(k, pad, unpad);
                if (areas.count(a)) hit.insert(a);
            }
            if (hit.size() > best.matched) {
                best.matched = hit.size();
                best.pad = pad;
                best.unpad = unpad;
            }
        }
        out.push_back(best);
    }
    std::stable_sort(out.begin(), out.end(), [](const KeyCandidate& a, const KeyCandidate& b) {
        if (a.matched != b.matched) return a.matched > b.matched;
        return a.distinct < b.distinct; // fewer strays first
    });
    return out;
}

RowFilter guessLevelFilter(const std::vector<std::string>& boundaryKeys, const Table& t,
                           const KeyCandidate& key) {
    const int kc = t.columnIndex(key.column);
    if (kc < 0 || key.matched == 0) return {};
    const auto& keys = t.cells[static_cast<std::size_t>(kc)];
    const std::set<std::string> areas = keySet(boundaryKeys);
    // Do the adjusted keys collide across raw keys ("01" Land and "001" Wahlkreis)?
    std::map<std::string, std::set<std::string>> rawOf;
    for (const auto& k : keys) {
        const std::string n = normaliseKey(k);
        rawOf[adjustKey(n, key.pad, key.unpad)].insert(n);
    }
    std::size_t strays = 0, collisions = 0;
    for (const auto& [a, raws] : rawOf) {
        if (!areas.count(a)) ++strays;
        if (raws.size() > 1) ++collisions;
    }
    if (strays == 0 && collisions == 0) return {};
    RowFilter best;
    std::size_t bestRows = t.rowCount() + 1;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        if (static_cast<int>(c) == kc) continue;
        std::map<std::string, std::string> valueOfKey;
        std::set<std::string> values;
        bool fixed = true;
        for (std::size_t r = 0; r < t.rowCount() && fixed; ++r) {
            auto [it, added] = valueOfKey.emplace(keys[r], t.cells[c][r]);
            fixed = added || it->second == t.cells[c][r];
            values.insert(t.cells[c][r]);
        }
        if (!fixed || values.size() < 2 || values.size() > 20) continue;
        for (const auto& v : values) {
            std::set<std::string> hit, raws;
            std::size_t rows = 0;
            for (std::size_t r = 0; r < t.rowCount(); ++r)
                if (t.cells[c][r] == v) {
                    ++rows;
                    const std::string a = adjustKey(normaliseKey(keys[r]), key.pad, key.unpad);
                    if (areas.count(a)) hit.insert(a);
                }
            if (hit.size() >= key.matched && rows < bestRows) {
                bestRows = rows;
                best = {Condition{t.columns[c], {v}, false}};
            }
        }
    }
    return best;
}

ElectionInput guessElection(const std::vector<std::string>& boundaryKeys, const Table& t,
                            const std::string& path, const std::string& valueColumn) {
    ElectionInput e;
    e.path = path;
    e.label = fs::path(path).stem().string();
    const auto ranked = rankKeyColumns(boundaryKeys, t);
    if (!ranked.empty()) {
        e.key = ranked[0].column;
        e.pad = ranked[0].pad;
        e.unpad = ranked[0].unpad;
        e.rows = guessLevelFilter(boundaryKeys, t, ranked[0]);
    }
    std::vector<std::string> roles;
    for (const auto& c : t.columns)
        roles.push_back(guessRole(c));
    auto first = [&](const char* role) -> std::string {
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            if (roles[c] == role && t.columns[c] != e.key) return t.columns[c];
        return {};
    };
    e.name = first("name");
    // Long: a party column whose values name the figures (Wahlberechtigte, Gültige, …).
    const std::vector<char> keep = keepRows(t, e.rows);
    for (std::size_t c = 0; c < t.columns.size() && !e.longFormat; ++c) {
        if (t.columns[c] == e.key) continue;
        const auto values = distinctValues(t, static_cast<int>(c), keep, 500);
        std::map<std::string, std::string> figure; // role -> value
        for (const auto& v : values) {
            const std::string r = guessRole(v);
            if ((r == "electorate" || r == "voters" || r == "valid" || r == "invalid") &&
                !figure.count(r))
                figure[r] = v;
        }
        if (!figure.count("valid")) continue;
        e.longFormat = true;
        e.partyColumn = t.columns[c];
        e.value = valueColumn.empty() ? first("value") : valueColumn;
        // A ballot column (Stimme 1/2) separates rows that repeat per area and figure.
        std::string ballot;
        std::vector<std::string> ballotValues;
        const int kc = t.columnIndex(e.key);
        for (std::size_t b = 0; b < t.columns.size() && ballot.empty(); ++b) {
            if (b == c || static_cast<int>(b) == kc || t.columns[b] == e.value) continue;
            std::map<std::string, std::set<std::string>> perKey;
            std::size_t validRows = 0;
            for (std::size_t r = 0; r < t.rowCount(); ++r)
                if (keep[r] && t.cells[c][r] == figure["valid"]) {
                    ++validRows;
                    perKey[t.cells[static_cast<std::size_t>(kc)][r]].insert(t.cells[b][r]);
                }
            const std::size_t areas = perKey.size();
            if (areas == 0 || validRows == areas) break; // one valid row per area: no ballot
            bool splits = true;
            std::set<std::string> vals;
            for (const auto& [k, s] : perKey) {
                splits = splits && s.size() * areas == validRows;
                vals.insert(s.begin(), s.end());
            }
            if (splits && vals.size() > 1) {
                ballot = t.columns[b];
                ballotValues.assign(vals.begin(), vals.end());
            }
        }
        auto roleFilter = [&](const std::string& role) {
            RowFilter f{Condition{e.partyColumn, {figure[role]}, false}};
            if (ballot.empty()) return f;
            // Does the figure repeat per ballot? Then take the last ballot (the party vote).
            std::set<std::string> seen;
            for (std::size_t r = 0; r < t.rowCount(); ++r)
                if (keep[r] && t.cells[c][r] == figure[role])
                    seen.insert(t.cells[static_cast<std::size_t>(t.columnIndex(ballot))][r]);
            f.push_back(
                Condition{ballot, {seen.size() > 1 ? ballotValues.back() : *seen.begin()}, false});
            return f;
        };
        if (figure.count("electorate")) e.electorateRows = roleFilter("electorate");
        if (figure.count("voters")) e.votersRows = roleFilter("voters");
        e.validRows = roleFilter("valid");
        std::vector<std::string> notParties;
        notParties.reserve(figure.size());
        for (const auto& [r, v] : figure)
            notParties.push_back(v);
        if (!ballot.empty()) e.partyRows.push_back(Condition{ballot, {ballotValues.back()}, false});
        e.partyRows.push_back(Condition{e.partyColumn, notParties, true});
    }
    if (!e.longFormat) {
        e.electorate = first("electorate");
        e.voters = first("voters");
        e.valid = first("valid");
        NumberFormat fmt;
        fmt.decimal = detectDecimal(t);
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            if (roles[c].empty() && t.columns[c] != e.key && isNumericColumn(t, c, fmt))
                e.parties.push_back(t.columns[c]);
    }
    return e;
}

std::vector<std::string> partiesOf(const ElectionInput& e, const Table& t) {
    if (!e.longFormat) return e.parties;
    RowFilter f = e.rows;
    f.insert(f.end(), e.partyRows.begin(), e.partyRows.end());
    return distinctValues(t, t.columnIndex(e.partyColumn), keepRows(t, f), 1000);
}

CensusInput guessCensus(const std::vector<std::string>& boundaryKeys, const Table& t,
                        const std::string& path) {
    CensusInput c;
    c.path = path;
    const auto ranked = rankKeyColumns(boundaryKeys, t);
    if (!ranked.empty()) {
        c.key = ranked[0].column;
        c.pad = ranked[0].pad;
        c.unpad = ranked[0].unpad;
    }
    for (const auto& col : t.columns)
        if (col != c.key && guessRole(col) == "name") {
            c.name = col;
            break;
        }
    return c;
}

std::vector<std::string> numericColumns(const Table& t, const std::string& key) {
    std::vector<std::string> out;
    NumberFormat fmt;
    fmt.decimal = detectDecimal(t);
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        if (t.columns[c] != key && isNumericColumn(t, c, fmt) &&
            std::any_of(t.cells[c].begin(), t.cells[c].end(),
                        [](const std::string& s) { return !s.empty(); }))
            out.push_back(t.columns[c]);
    return out;
}

std::string projectJson(const ProjectInput& in) {
    json j;
    if (!in.title.empty()) j["title"] = in.title;
    json b{{"path", in.boundaries}};
    if (!in.boundaryLayer.empty()) b["layer"] = in.boundaryLayer;
    b["key"] = in.boundaryKey;
    if (!in.boundaryName.empty()) b["name"] = in.boundaryName;
    j["boundaries"] = b;
    json els = json::array();
    for (const ElectionInput& e : in.elections) {
        json o{{"label", e.label}, {"path", e.path}};
        if (e.longFormat) o["format"] = "long";
        sourceKeys(o, e.key, e.name, e.pad, e.unpad, e.rows);
        if (e.longFormat) {
            o["party_column"] = e.partyColumn;
            o["value"] = e.value;
            if (!e.electorateRows.empty()) o["electorate"] = filterJson(e.electorateRows);
            if (!e.votersRows.empty()) o["voters"] = filterJson(e.votersRows);
            o["valid"] = filterJson(e.validRows);
            o["parties"] = filterJson(e.partyRows);
        } else {
            if (!e.electorate.empty()) o["electorate"] = e.electorate;
            if (!e.voters.empty()) o["voters"] = e.voters;
            o["valid"] = e.valid;
            o["parties"] = e.parties;
        }
        if (e.reconcile.any()) o["reconcile"] = reconcileJson(e.reconcile, false);
        els.push_back(o);
    }
    if (!els.empty()) j["elections"] = els;
    json census = json::array();
    for (const CensusInput& c : in.census) {
        json o{{"path", c.path}};
        sourceKeys(o, c.key, c.name, c.pad, c.unpad, c.rows);
        if (c.reconcile.moves()) o["reconcile"] = reconcileJson(c.reconcile, true);
        census.push_back(o);
    }
    if (!census.empty()) j["census"] = census;
    json a = json::object();
    if (!in.party.empty()) a["party"] = in.party;
    if (!in.from.empty()) a["from"] = in.from;
    if (!in.to.empty()) a["to"] = in.to;
    a["outcome"] = in.outcome;
    if (in.from.empty()) a["weights"] = "none";
    a["covariates"] = in.covariates;
    j["analysis"] = a;
    return j.dump(2);
}

Result<std::string> buildProject(const ProjectInput& in, const std::string& file) {
    std::string text = projectJson(in);
    auto p = parseProject(text, file);
    if (!p) return p.takeError();
    return text;
}

Result<JoinReport> previewJoin(const ProjectInput& in, const std::string& file) {
    ProjectInput copy = in;
    // Only the reading and joining matter here: an outcome that needs no election pair.
    copy.party.clear();
    copy.from.clear();
    copy.to.clear();
    copy.covariates.clear();
    copy.outcome = "join_preview";
    // Weights by an election that is not part of this preview: move by area instead.
    auto present = [&](const std::string& label) {
        return std::any_of(copy.elections.begin(), copy.elections.end(),
                           [&](const ElectionInput& e) { return e.label == label; });
    };
    auto unweigh = [&](ReconcileInput& r) {
        if (r.method == "weights" && !r.weightsElection.empty() && !present(r.weightsElection)) {
            r.method = "area";
            r.weightsElection.clear();
        }
    };
    for (auto& e : copy.elections)
        unweigh(e.reconcile);
    for (auto& c : copy.census)
        unweigh(c.reconcile);
    auto p = parseProject(projectJson(copy), file);
    if (!p) return p.takeError();
    Feedback quiet;
    gis::LoadTimings tm;
    auto d = gis::loadDataset(*p, quiet, tm);
    if (!d) return d.takeError();
    return d->join;
}

} // namespace swingmap::builder
