// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/reconcile.h"

#include "core/dissolve.h"
#include "core/keys.h"
#include "core/postal.h"
#include "gis/catchments.h"
#include "gis/dissolve.h"
#include "gis/ogr_common.h"
#include "gis/overlay.h"
#include "gis/points_reader.h"
#include "gis/reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <map>

namespace swingmap::gis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string numberText(double v, char decimal) {
    if (!std::isfinite(v)) return "";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    std::string s = buf;
    if (decimal == ',') std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

/// The layer's name, else the file's: how a description names a geometry.
std::string shortName(const SourceSpec& s) {
    if (!s.layer.empty()) return s.layer;
    return std::filesystem::path(displayPath(s.path)).stem().string();
}

std::string shownPath(const SourceSpec& s) {
    std::string p = displayPath(s.path);
    if (p == s.path && p.rfind("PG:", 0) != 0) p = std::filesystem::path(p).filename().string();
    return s.layer.empty() ? p : p + " (" + s.layer + ")";
}

/// A column's numbers, with the message naming the reconcile step.
Result<std::vector<double>> numbers(const Table& t, const std::string& col, const NumberFormat& f,
                                    const std::string& what) {
    auto v = numericColumn(t, col, f);
    if (!v) return fail(v.error() + " (" + what + ")");
    return v;
}

/// The table's count columns after postal rows were allocated or left out.
struct Rows {
    std::vector<std::size_t> index;   ///< input row of each kept row
    std::vector<CountColumn> columns; ///< per count column, per kept row
};

Result<Rows> handlePostal(const ReconcileInput& in, const Table& t, const NumberFormat& fmt,
                          const ReconcileColumns& cols, const std::vector<std::string>& rowKeys,
                          const std::vector<std::string>& polygonKeys, ReconcileInfo& info) {
    const ReconcileSpec& r = *in.spec;
    const std::size_t n = t.rowCount();
    Rows out;
    for (const auto& c : cols.counts) {
        auto v = numbers(t, c, fmt, in.role);
        if (!v) return v.takeError();
        out.columns.push_back({c, std::move(*v)});
    }
    if (!r.hasPostal) {
        for (std::size_t i = 0; i < n; ++i)
            out.index.push_back(i);
        return out;
    }
    const std::string where = t.source + " (reconcile.postal of " + in.role + ")";
    std::vector<char> postal(n, 0);
    if (!r.postal.typeColumn.empty()) {
        auto type = t.column(r.postal.typeColumn);
        if (!type) return fail(type.error() + " (\"type_column\" of " + in.role + ")");
        for (std::size_t i = 0; i < n; ++i)
            postal[i] = static_cast<char>(trim((**type)[i]) == r.postal.postalValue);
    } else {
        if (cols.electorate.empty())
            return fail(where + ": without \"type_column\" postal rows are those without a "
                                "polygon and with electorate 0, so the election needs its "
                                "\"electorate\" column; or name the type column.");
        auto e = numbers(t, cols.electorate, fmt, in.role);
        if (!e) return e.takeError();
        std::vector<std::string> sorted = polygonKeys;
        std::sort(sorted.begin(), sorted.end());
        for (std::size_t i = 0; i < n; ++i)
            postal[i] = static_cast<char>(
                (*e)[i] == 0 && !std::binary_search(sorted.begin(), sorted.end(), rowKeys[i]));
    }
    std::vector<std::string> parent(n);
    if (!r.postal.parent.empty()) {
        auto p = t.column(r.postal.parent);
        if (!p) return fail(p.error() + " (\"parent\" of reconcile.postal, " + in.role + ")");
        for (std::size_t i = 0; i < n; ++i)
            parent[i] = trim((**p)[i]);
    }
    std::vector<double> by, voters;
    if (!r.postal.by.empty()) {
        auto b = numbers(t, r.postal.by, fmt, "\"by\" of reconcile.postal, " + in.role);
        if (!b) return b.takeError();
        by = std::move(*b);
    }
    const std::string& votersCol = cols.voters.empty() ? cols.valid : cols.voters;
    auto v = numbers(t, votersCol, fmt, in.role);
    if (!v) return v.takeError();
    voters = std::move(*v);
    // the electorate stays where it is: postal districts have none
    std::vector<CountColumn> moved;
    std::vector<std::size_t> movedIndex;
    for (std::size_t c = 0; c < out.columns.size(); ++c)
        if (out.columns[c].name != cols.electorate) {
            moved.push_back(out.columns[c]);
            movedIndex.push_back(c);
        }
    auto a = allocatePostal(postal, parent, moved, by, voters, r.postal.parent.empty());
    if (!a) return fail(where + ": " + a.error());
    info.hasPostal = true;
    info.postal = std::move(a->report);
    info.postal.by = info.postal.method == "by ballots issued" ? r.postal.by : "";
    info.postal.parent = r.postal.parent;
    Rows kept;
    kept.index = a->pollingRows;
    for (std::size_t c = 0; c < out.columns.size(); ++c) {
        CountColumn col{out.columns[c].name, {}};
        const auto it = std::find(movedIndex.begin(), movedIndex.end(), c);
        if (it != movedIndex.end()) {
            col.values = a->columns[static_cast<std::size_t>(it - movedIndex.begin())].values;
        } else {
            for (std::size_t row : kept.index)
                col.values.push_back(out.columns[c].values[row]);
        }
        kept.columns.push_back(std::move(col));
    }
    return kept;
}

/// The table with postal rows removed and the moved counts written back (no geometry step).
Table rewriteRows(const Table& t, const Rows& rows, const NumberFormat& fmt) {
    std::vector<char> keep(t.rowCount(), 0);
    for (std::size_t r : rows.index)
        keep[r] = 1;
    Table out = t.subset(keep);
    for (const auto& c : rows.columns) {
        const int col = out.columnIndex(c.name);
        if (col < 0) continue;
        for (std::size_t r = 0; r < c.values.size(); ++r)
            out.cells[static_cast<std::size_t>(col)][r] = numberText(c.values[r], fmt.decimal);
    }
    return out;
}

/// The source geometry and its keys.
struct FromLayer {
    PolygonLayer geometry;
    std::string crs;
    std::vector<std::string> keys;
    std::string shown; ///< in descriptions
    std::string path;  ///< file (layer), for the report
};

/// The boundaries dissolved by one of their fields (or its first `prefix` characters).
Result<FromLayer> dissolvedBoundaries(const Dataset& d, const ReconcileInput& in,
                                      const std::string& column, std::size_t prefix,
                                      const std::string& what) {
    FromLayer f;
    auto attrs = readTable(in.project->boundaries);
    if (!attrs) return attrs.takeError();
    auto col = attrs->column(column);
    if (!col)
        return fail(col.error() + " (" + what + " of " + in.role + ": a field of the boundaries)");
    if ((*col)->size() != d.areaCount())
        return fail(in.project->boundaries.path + ": the boundaries' attribute table has " +
                    std::to_string((*col)->size()) + " rows but the layer " +
                    std::to_string(d.areaCount()) + " features; cannot dissolve by \"" + column +
                    "\".");
    const DissolveGroups g = groupByKey(**col, prefix);
    auto geom = dissolveByGroup(d.geometry, g);
    if (!geom) return geom.takeError();
    f.geometry = std::move(*geom);
    f.crs = d.crsWkt;
    for (const auto& k : g.keys)
        f.keys.push_back(normaliseKey(k));
    f.shown =
        column + " areas (" + shortName(in.project->boundaries) + " dissolved by " + column + ")";
    f.path = "dissolve " + column;
    return f;
}

/// from.stations: the stations' Voronoi cells clipped to the clip layer (gis/catchments.h).
Result<FromLayer> catchmentsFrom(const Dataset& d, const ReconcileInput& in,
                                 ReconcileCatchmentsInfo& info) {
    const ReconcileSpec& r = *in.spec;
    FromLayer clip;
    if (!r.clipDissolve.empty()) {
        auto c = dissolvedBoundaries(d, in, r.clipDissolve, r.clipPrefix,
                                     "reconcile.from.clip.dissolve");
        if (!c) return c.takeError();
        clip = std::move(*c);
        clip.shown = r.clipDissolve + " areas (the boundaries dissolved by " + r.clipDissolve + ")";
    } else {
        auto layer = readPolygonLayer(r.clip);
        if (!layer) return layer.takeError();
        if (!r.clip.key.empty()) {
            auto keys = layer->attributes.column(r.clip.key);
            if (!keys) return fail(keys.error() + " (reconcile.from.clip.key of " + in.role + ")");
            clip.keys = **keys;
        }
        clip.geometry = std::move(layer->geometry);
        clip.crs = layer->crsWkt;
        clip.shown = shortName(r.clip);
        clip.path = shownPath(r.clip);
    }
    auto st = readStations(r.stations, r.stationsX, r.stationsY, r.stationsArea);
    if (!st) return fail(st.error() + " (reconcile.from.stations of " + in.role + ")");
    auto c = buildCatchments(*st, {&clip.geometry, clip.crs, clip.keys});
    if (!c) return fail(c.error() + " (reconcile.from.stations of " + in.role + ")");
    const CatchmentReport& rep = c->report;
    info.used = true;
    info.stations = st->keys.size();
    for (std::size_t i = 0; i < c->geometry.featureCount(); ++i)
        info.cells += c->geometry.hasGeometry(i);
    info.clip = clip.path;
    info.clipAreas = clip.geometry.featureCount();
    info.noCoordinates = rep.noCoordinates.size();
    info.outside = rep.outside.size();
    info.elsewhere = rep.elsewhere.size();
    info.duplicates = rep.duplicates.size();
    info.emptyCells = rep.emptyCells.size();
    info.areasWithoutStation = rep.noStation.size();
    info.geosFailures = rep.geosFailures;
    info.messages = rep.messages;
    FromLayer f;
    f.geometry = std::move(c->geometry);
    f.crs = clip.crs;
    for (const auto& k : st->keys)
        f.keys.push_back(adjustKey(normaliseKey(k), r.stations.pad, r.stations.unpad));
    f.shown = "polling stations (" + shortName(r.stations) +
              ") turned into catchments clipped to " + clip.shown;
    f.path = "stations " + shownPath(r.stations) + ", clipped to " + clip.path;
    return f;
}

Result<FromLayer> readFrom(const Dataset& d, const ReconcileInput& in,
                           ReconcileCatchmentsInfo& catchments) {
    const ReconcileSpec& r = *in.spec;
    if (!r.dissolve.empty())
        return dissolvedBoundaries(d, in, r.dissolve, r.prefix, "reconcile.from.dissolve");
    if (!r.stations.path.empty()) return catchmentsFrom(d, in, catchments);
    FromLayer f;
    auto layer = readPolygonLayer(r.from);
    if (!layer) return layer.takeError();
    auto keys = layer->attributes.column(r.from.key);
    if (!keys) return fail(keys.error() + " (reconcile.from.key of " + in.role + ")");
    for (const auto& k : **keys)
        f.keys.push_back(adjustKey(normaliseKey(k), r.from.pad, r.from.unpad));
    f.geometry = std::move(layer->geometry);
    f.crs = layer->crsWkt;
    f.shown = shortName(r.from);
    f.path = shownPath(r.from);
    return f;
}

Result<DasymetricWeights> weightsFor(const Dataset& d, const ReconcileInput& in,
                                     const FromLayer& from, const OverlayResult& ov,
                                     std::string& how, ReconcileWeightsInfo& info,
                                     std::size_t& failures) {
    const ReconcileSpec& r = *in.spec;
    const CrsLayer src{&from.geometry, from.crs}, tgt{&d.geometry, d.crsWkt};
    if (!r.weightsElection.empty()) {
        const int e = d.electionIndex(r.weightsElection);
        if (e < 0)
            return fail("reconcile.weights.election of " + in.role + ": no election labelled \"" +
                        r.weightsElection +
                        "\" has been read before it; name one listed earlier "
                        "in \"elections\".");
        const ElectionData& ed = d.elections[static_cast<std::size_t>(e)];
        std::vector<double> w = r.weightsFigure == "electorate" ? ed.electorate
                                : r.weightsFigure == "voters"   ? ed.voters
                                                                : ed.valid;
        for (double& x : w)
            if (!std::isfinite(x)) x = 0;
        how = "in proportion to the " + r.weightsFigure + " of " + r.weightsElection;
        info.kind = "election";
        info.path = r.weightsElection;
        info.count = r.weightsFigure;
        return polygonWeights(src, tgt, tgt, w, ov, &failures);
    }
    const std::string counted = r.weightsCount.empty() ? "each feature counts 1" : r.weightsCount;
    info.path = shownPath(r.weights);
    info.count = counted;
    bool points = !r.weightsX.empty();
    if (!points) {
        auto kind = layerGeometry(r.weights);
        if (!kind) return fail(kind.error() + " (reconcile.weights of " + in.role + ")");
        points = *kind == LayerGeometry::Points;
    }
    if (points) {
        auto wp = readWeightPoints(r.weights, r.weightsCount, r.weightsX, r.weightsY);
        if (!wp) return fail(wp.error() + " (reconcile.weights of " + in.role + ")");
        info.kind = "points";
        info.withoutCoordinates = wp->withoutCoordinates;
        how = "in proportion to " +
              (r.weightsCount.empty() ? "the number of points" : r.weightsCount) + " of " +
              shownPath(r.weights);
        PointWeightStats stats;
        auto w = pointWeights(wp->xy, wp->crs, wp->count, src, tgt, ov, &stats);
        if (!w) return fail(w.error() + " (reconcile.weights of " + in.role + ")");
        info.points = stats.points;
        info.outsideSource = stats.outsideSource;
        info.outsideTarget = stats.outsideTarget;
        info.unmatched = stats.unmatched;
        return w;
    }
    auto layer = readPolygonLayer(r.weights);
    if (!layer) return layer.takeError();
    std::vector<double> count(layer->geometry.featureCount(), 1.0);
    if (!r.weightsCount.empty()) {
        auto c = numericColumn(layer->attributes, r.weightsCount);
        if (!c) return fail(c.error() + " (reconcile.weights.count of " + in.role + ")");
        count = std::move(*c);
    }
    for (double& x : count)
        if (!std::isfinite(x)) x = 0;
    info.kind = "polygons";
    how = "in proportion to " +
          (r.weightsCount.empty() ? "the number of polygons" : r.weightsCount) + " of " +
          shownPath(r.weights);
    return polygonWeights(src, tgt, CrsLayer{&layer->geometry, layer->crsWkt}, count, ov,
                          &failures);
}

std::string postalWords(const ReconcileInfo& info) {
    if (!info.hasPostal) return "";
    if (info.postal.method == "left out") {
        std::string s = "; " + std::to_string(info.postal.postalRows) + " postal row" +
                        (info.postal.postalRows == 1 ? "" : "s") + " left out";
        for (const auto& c : info.postal.columns) // name the amount: voters, else the first
            if (c.name == "voters" || &c == &info.postal.columns.back()) {
                const auto& shown = c.name == "voters" ? c : info.postal.columns.front();
                s += " (" + std::to_string(std::llround(shown.lost)) + " " + shown.name + ")";
                break;
            }
        return s;
    }
    return "; postal votes allocated to the polling districts of each " + info.postal.parent + " " +
           info.postal.method;
}
} // namespace

Result<Table> reconcileTable(Dataset& d, const ReconcileInput& in, const Table& table,
                             const NumberFormat& fmt, const ReconcileColumns& cols) {
    const ReconcileSpec& r = *in.spec;
    ReconcileInfo info;
    info.source = in.role;
    info.label = in.label;
    info.election = in.election;
    auto keyCol = table.column(in.source->key);
    if (!keyCol)
        return fail(keyCol.error() + " (the key column of " + in.role +
                    ", \"key\" in the project)");
    std::vector<std::string> rowKeys;
    for (const auto& k : **keyCol)
        rowKeys.push_back(adjustKey(normaliseKey(k), in.source->pad, in.source->unpad));
    FromLayer from;
    if (r.moves()) {
        auto f = readFrom(d, in, info.catchments);
        if (!f) return f.takeError();
        from = std::move(*f);
    }
    auto rows = handlePostal(in, table, fmt, cols, rowKeys, r.moves() ? from.keys : d.keys, info);
    if (!rows) return rows.takeError();
    if (!r.moves()) {
        info.description =
            in.label + " on " + shortName(in.project->boundaries) + postalWords(info);
        d.reconcile.push_back(std::move(info));
        return rewriteRows(table, *rows, fmt);
    }
    // the rows onto the source features
    std::map<std::string, std::size_t> featureOf;
    for (std::size_t f = 0; f < from.keys.size(); ++f)
        featureOf.emplace(from.keys[f], f);
    const std::size_t nf = from.keys.size();
    std::vector<CountColumn> src;
    for (const auto& c : rows->columns)
        src.push_back({c.name, std::vector<double>(nf, kNaN)});
    for (std::size_t k = 0; k < rows->index.size(); ++k) {
        const auto it = featureOf.find(rowKeys[rows->index[k]]);
        if (it == featureOf.end()) {
            ++info.unmatchedRows;
            const double v = rows->columns.empty() ? 0 : rows->columns[0].values[k];
            info.unmatchedLost += std::isfinite(v) ? v : 0;
            continue;
        }
        for (std::size_t c = 0; c < src.size(); ++c)
            if (std::isnan(src[c].values[it->second]))
                src[c].values[it->second] = rows->columns[c].values[k];
    }
    if (info.unmatchedRows > 0) {
        std::vector<std::string> used;
        for (std::size_t k : rows->index)
            used.push_back(rowKeys[k]);
        PaddingHint hint = paddingHint(from.keys, used);
        // every row on no polygon of `from`: the whole table would be lost, so stop and say why
        if (info.unmatchedRows == rows->index.size()) {
            std::string msg = in.source->path + ": none of the " +
                              std::to_string(info.unmatchedRows) + " keys in column \"" +
                              in.source->key + "\" (" + in.role + ") matches a key of " +
                              from.shown + " (for example \"" + (used.empty() ? "" : used[0]) +
                              "\" vs \"" + (from.keys.empty() ? "" : from.keys[0]) + "\").";
            if (hint.count > 0)
                return fail(msg + " " + std::to_string(hint.count) +
                            " of them would match after zero-padding or unpadding (\"" +
                            hint.sourceKey + "\" = \"" + hint.boundaryKey + "\"): add " + hint.fix +
                            " to this source in the project file.");
            return fail(msg + " Check that the reconcile \"from\" key and the table's \"key\" "
                              "hold the same area codes.");
        }
        if (hint.count > 0) {
            hint.source = in.role;
            d.join.paddingHints.push_back(hint);
        }
    }
    OverlayOptions opt;
    auto ov =
        overlayLayers(CrsLayer{&from.geometry, from.crs}, CrsLayer{&d.geometry, d.crsWkt}, opt);
    if (!ov) return fail(ov.error() + " (reconcile of " + in.role + ")");
    DasymetricWeights weights;
    std::string how = "by overlap area";
    std::size_t weightFailures = 0;
    if (r.method == "weights") {
        auto w = weightsFor(d, in, from, *ov, how, info.weights, weightFailures);
        if (!w) return w.takeError();
        weights = std::move(*w);
    }
    auto moved = interpolateCounts(ov->matrix, src, r.method == "weights" ? &weights : nullptr, {});
    if (!moved) return fail(moved.error() + " (reconcile of " + in.role + ")");
    info.method = r.method;
    info.from = from.path;
    info.crs = ov->crs.name;
    info.pairs = moved->pairs;
    info.geosFailures = ov->geosFailures + weightFailures;
    info.areaFallback = moved->areaFallback.size();
    info.totals = moved->totals;
    info.maxDiscrepancy = moved->maxDiscrepancy;
    info.estimatedShare = moved->estimatedShare;
    info.description = info.catchments.used
                           ? in.label + " " + from.shown + ", moved onto " +
                                 shortName(in.project->boundaries) + " " + how + postalWords(info)
                           : in.label + " moved from " + from.shown + " onto " +
                                 shortName(in.project->boundaries) + " " + how + postalWords(info);
    // the table on the boundaries' keys
    Table out;
    out.source = table.source;
    out.encoding = table.encoding;
    out.separator = table.separator;
    out.columns.push_back(in.source->key);
    out.cells.push_back(d.keys);
    const std::size_t n = d.areaCount();
    std::map<std::string, const std::vector<double>*> byName;
    for (const auto& c : moved->targets) {
        std::vector<std::string> cells(n);
        for (std::size_t i = 0; i < n; ++i) // an area no source reaches stays unknown
            cells[i] =
                std::isnan(info.estimatedShare[i]) ? "" : numberText(c.values[i], fmt.decimal);
        out.columns.push_back(c.name);
        out.cells.push_back(std::move(cells));
        byName[c.name] = &c.values;
    }
    for (const auto& [name, nd] : r.rates) {
        const auto num = byName.find(nd.first), den = byName.find(nd.second);
        if (num == byName.end() || den == byName.end())
            return fail("reconcile.rates." + name + " of " + in.role + ": \"" +
                        (num == byName.end() ? nd.first : nd.second) +
                        "\" is not one of the moved \"counts\"; a rate is recomputed from two "
                        "moved counts.");
        const std::vector<double> rate = rateFromCounts(*num->second, *den->second);
        std::vector<std::string> cells(n);
        for (std::size_t i = 0; i < n; ++i)
            cells[i] = numberText(rate[i], fmt.decimal);
        out.columns.push_back(name);
        out.cells.push_back(std::move(cells));
    }
    d.reconcile.push_back(std::move(info));
    return out;
}

} // namespace swingmap::gis
