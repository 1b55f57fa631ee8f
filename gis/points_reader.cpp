// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/points_reader.h"

#include "core/keys.h"
#include "core/projectpaths.h"
#include "gis/network.h"
#include "gis/ogr_common.h"
#include "gis/reader.h"

#include <cmath>
#include <limits>
#include <unordered_map>

namespace swingmap::gis {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

Result<int> fieldIndex(OGRLayer& layer, const std::string& name, const std::string& shown,
                       const std::string& what) {
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    const int i = defn->GetFieldIndex(name.c_str());
    if (i >= 0) return i;
    std::string have;
    for (int k = 0; k < defn->GetFieldCount(); ++k)
        have += std::string(k ? ", " : "") + defn->GetFieldDefn(k)->GetNameRef();
    return fail(shown + ": the " + what + " layer has no column \"" + name + "\" (it has: " + have +
                ").");
}

/// The points of an OGR layer and the text of the named fields ("" = not read: empty column).
struct PointFeatures {
    std::vector<double> xy;
    Table fields; ///< one column per requested field, one row per feature
    std::string crs;
};

const OGRPoint* firstPoint(const OGRGeometry* g) {
    if (g && wkbFlatten(g->getGeometryType()) == wkbPoint) return g->toPoint();
    if (g && wkbFlatten(g->getGeometryType()) == wkbMultiPoint && !g->toMultiPoint()->IsEmpty())
        return g->toMultiPoint()->getGeometryRef(0);
    return nullptr;
}

Result<PointFeatures> readPointFeatures(const SourceSpec& spec,
                                        const std::vector<std::string>& names,
                                        const std::string& what) {
    const std::string shown = displayPath(spec.path);
    auto ds = openVector(spec.path, {}, spec.input);
    if (!ds) return ds.takeError();
    auto layer = pickLayer(**ds, spec);
    if (!layer) return layer.takeError();
    auto srs = layerCrs(**ds, **layer, spec);
    if (!srs) return srs.takeError();
    std::vector<int> index;
    PointFeatures out;
    out.fields.source = spec.layer.empty() ? shown : shown + " (" + spec.layer + ")";
    for (const auto& name : names) {
        int i = -1;
        if (!name.empty()) {
            auto f = fieldIndex(**layer, name, shown, what);
            if (!f) return f.takeError();
            i = *f;
        }
        index.push_back(i);
        out.fields.columns.push_back(name);
        out.fields.cells.emplace_back();
    }
    out.crs = crsWkt(*srs);
    std::size_t points = 0, features = 0;
    for (auto& f : **layer) {
        if (++features > spec.input.maxFeatures)
            return fail(tooManyFeaturesMessage(shown, features, spec.input));
        for (std::size_t k = 0; k < index.size(); ++k)
            out.fields.cells[k].push_back(index[k] >= 0 ? fieldText(*f, index[k]) : "");
        const OGRPoint* p = firstPoint(f->GetGeometryRef());
        if (p && !p->IsEmpty()) {
            out.xy.insert(out.xy.end(), {p->getX(), p->getY()});
            ++points;
        } else {
            out.xy.insert(out.xy.end(), {nan, nan});
        }
    }
    if (auto refused = remoteRefusalMessage(shown); !refused.empty()) return fail(refused);
    if (points == 0)
        return fail(shown + ": the layer \"" + std::string((*layer)->GetName()) +
                    "\" holds no points; " + what + " must be a point layer.");
    return out;
}

Result<StationPoints> readPoints(const SourceSpec& spec, const std::string& areaColumn) {
    auto pf = readPointFeatures(spec, {spec.key, areaColumn}, "station");
    if (!pf) return fail(pf.error());
    StationPoints out;
    out.crs = std::move(pf->crs);
    out.xy = std::move(pf->xy);
    out.keys = std::move(pf->fields.cells[0]);
    if (!areaColumn.empty()) out.area = std::move(pf->fields.cells[1]);
    return out;
}

} // namespace

Result<StationPoints> readStationPoints(const SourceSpec& spec, const std::string& areaColumn) {
    NetworkScope network(spec.input.allowRemote);
    return readPoints(spec, areaColumn);
}

Result<LayerGeometry> layerGeometry(const SourceSpec& spec) {
    NetworkScope network(spec.input.allowRemote);
    const std::string shown = displayPath(spec.path);
    auto ds = openVector(spec.path, {}, spec.input);
    if (!ds) return ds.takeError();
    auto layer = pickLayer(**ds, spec);
    if (!layer) return layer.takeError();
    OGRwkbGeometryType type = wkbFlatten((*layer)->GetGeomType());
    if (type == wkbUnknown || type == wkbGeometryCollection) // mixed: the first geometry decides
        for (auto& f : **layer)
            if (const OGRGeometry* g = f->GetGeometryRef(); g && !g->IsEmpty()) {
                type = wkbFlatten(g->getGeometryType());
                break;
            }
    if (type == wkbPoint || type == wkbMultiPoint) return LayerGeometry::Points;
    if (type == wkbPolygon || type == wkbMultiPolygon || type == wkbCurvePolygon ||
        type == wkbMultiSurface)
        return LayerGeometry::Polygons;
    return fail(shown + ": the layer \"" + std::string((*layer)->GetName()) + "\" holds " +
                (type == wkbNone || type == wkbUnknown ? std::string("no geometry")
                                                       : OGRGeometryTypeToName(type)) +
                "; weights must be points (addresses, census points) or polygons with a count, "
                "or a CSV/text file of points with \"x\" and \"y\" columns.");
}

Result<WeightPoints> readWeightPoints(const SourceSpec& spec, const std::string& count,
                                      const std::string& x, const std::string& y) {
    NetworkScope network(spec.input.allowRemote);
    WeightPoints out;
    Table fields;
    if (!x.empty()) {
        auto t = readTable(spec);
        if (!t) return t.takeError();
        NumberFormat fmt;
        if (spec.decimal) fmt.decimal = spec.decimal;
        auto xs = numericColumn(*t, x, fmt);
        if (!xs) return fail(xs.error() + " (the weight points' \"x\")");
        auto ys = numericColumn(*t, y, fmt);
        if (!ys) return fail(ys.error() + " (the weight points' \"y\")");
        out.xy.assign(2 * xs->size(), nan);
        for (std::size_t i = 0; i < xs->size(); ++i)
            out.xy[2 * i] = (*xs)[i], out.xy[2 * i + 1] = (*ys)[i];
        out.crs = spec.crs;
        if (!count.empty()) {
            auto c = numericColumn(*t, count, fmt);
            if (!c) return fail(c.error() + " (the weight points' \"count\")");
            out.count = std::move(*c);
        }
    } else {
        auto pf = readPointFeatures(spec, {count}, "weight points'");
        if (!pf) return pf.takeError();
        out.xy = std::move(pf->xy);
        out.crs = std::move(pf->crs);
        if (!count.empty()) {
            auto c = numericColumn(pf->fields, count);
            if (!c) return fail(c.error() + " (the weight points' \"count\")");
            out.count = std::move(*c);
        }
    }
    if (count.empty()) out.count.assign(out.xy.size() / 2, 1.0);
    // a missing count weighs nothing; a point without coordinates is left out (and counted)
    std::size_t kept = 0;
    for (std::size_t i = 0; i < out.count.size(); ++i) {
        if (!std::isfinite(out.xy[2 * i]) || !std::isfinite(out.xy[2 * i + 1])) {
            ++out.withoutCoordinates;
            continue;
        }
        out.xy[2 * kept] = out.xy[2 * i], out.xy[2 * kept + 1] = out.xy[2 * i + 1];
        out.count[kept++] = std::isfinite(out.count[i]) ? out.count[i] : 0.0;
    }
    out.xy.resize(2 * kept);
    out.count.resize(kept);
    return out;
}

Result<StationPoints> readStations(const SourceSpec& spec, const std::string& x,
                                   const std::string& y, const std::string& area) {
    if (x.empty()) return readStationPoints(spec, area);
    NetworkScope network(spec.input.allowRemote);
    auto t = readTable(spec);
    if (!t) return t.takeError();
    StationColumns cols;
    cols.key = spec.key;
    cols.x = x;
    cols.y = y;
    cols.area = area;
    auto st = stationsFromTable(*t, cols, spec.crs);
    if (!st) return fail(st.error() + " (the polling stations, " + displayPath(spec.path) + ")");
    return st;
}

Result<StationPoints> stationsFromTable(const Table& stations, const StationColumns& columns,
                                        const std::string& crs, const Table* places,
                                        std::vector<std::size_t>* unmatched) {
    auto keys = stations.column(columns.key);
    if (!keys) return keys.takeError();
    StationPoints out;
    out.crs = crs;
    out.keys = **keys;
    if (!columns.area.empty()) {
        auto area = stations.column(columns.area);
        if (!area) return area.takeError();
        out.area = **area;
    }
    const bool joining = !columns.join.empty();
    if (joining && !places)
        return fail("Joining the stations' postcodes needs a table of postcode centroids.");
    const Table& coords = joining ? *places : stations;
    auto x = numericColumn(coords, columns.x);
    if (!x) return x.takeError();
    auto y = numericColumn(coords, columns.y);
    if (!y) return y.takeError();
    const std::size_t n = out.keys.size();
    out.xy.assign(2 * n, nan);
    if (!joining) {
        for (std::size_t i = 0; i < n; ++i)
            out.xy[2 * i] = (*x)[i], out.xy[2 * i + 1] = (*y)[i];
        return out;
    }
    auto placeKeys = places->column(columns.placeKey);
    if (!placeKeys) return placeKeys.takeError();
    auto postcodes = stations.column(columns.join);
    if (!postcodes) return postcodes.takeError();
    std::unordered_map<std::string, std::size_t> rowOf;
    for (std::size_t r = 0; r < (*placeKeys)->size(); ++r)
        rowOf.emplace(normaliseKey((**placeKeys)[r]), r);
    for (std::size_t i = 0; i < n; ++i) {
        auto it = rowOf.find(normaliseKey((**postcodes)[i]));
        if (it == rowOf.end()) {
            if (unmatched) unmatched->push_back(i);
            continue;
        }
        out.xy[2 * i] = (*x)[it->second], out.xy[2 * i + 1] = (*y)[it->second];
    }
    return out;
}

} // namespace swingmap::gis
