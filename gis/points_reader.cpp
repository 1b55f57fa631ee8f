// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/points_reader.h"

#include "core/keys.h"
#include "gis/network.h"
#include "gis/ogr_common.h"

#include <cmath>
#include <limits>
#include <unordered_map>

namespace swingmap::gis {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

Result<int> fieldIndex(OGRLayer& layer, const std::string& name, const std::string& shown) {
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    const int i = defn->GetFieldIndex(name.c_str());
    if (i >= 0) return i;
    std::string have;
    for (int k = 0; k < defn->GetFieldCount(); ++k)
        have += std::string(k ? ", " : "") + defn->GetFieldDefn(k)->GetNameRef();
    return fail(shown + ": the station layer has no column \"" + name + "\" (it has: " + have +
                ").");
}

Result<StationPoints> readPoints(const SourceSpec& spec, const std::string& areaColumn) {
    const std::string shown = displayPath(spec.path);
    auto ds = openVector(spec.path, {}, spec.input);
    if (!ds) return ds.takeError();
    auto layer = pickLayer(**ds, spec);
    if (!layer) return layer.takeError();
    auto srs = layerCrs(**ds, **layer, spec);
    if (!srs) return srs.takeError();
    auto key = fieldIndex(**layer, spec.key, shown);
    if (!key) return key.takeError();
    int area = -1;
    if (!areaColumn.empty()) {
        auto a = fieldIndex(**layer, areaColumn, shown);
        if (!a) return a.takeError();
        area = *a;
    }
    StationPoints out;
    out.crs = crsWkt(*srs);
    std::size_t points = 0;
    for (auto& f : **layer) {
        if (out.keys.size() >= spec.input.maxFeatures)
            return fail(shown + ": the station layer has more than " +
                        std::to_string(spec.input.maxFeatures) + " features.");
        out.keys.push_back(fieldText(*f, *key));
        if (area >= 0) out.area.push_back(fieldText(*f, area));
        const OGRGeometry* g = f->GetGeometryRef();
        const OGRPoint* p = nullptr;
        if (g && wkbFlatten(g->getGeometryType()) == wkbPoint)
            p = g->toPoint();
        else if (g && wkbFlatten(g->getGeometryType()) == wkbMultiPoint &&
                 !g->toMultiPoint()->IsEmpty())
            p = g->toMultiPoint()->getGeometryRef(0);
        if (p && !p->IsEmpty()) {
            out.xy.insert(out.xy.end(), {p->getX(), p->getY()});
            ++points;
        } else
            out.xy.insert(out.xy.end(), {nan, nan});
    }
    if (auto refused = remoteRefusalMessage(shown); !refused.empty()) return fail(refused);
    if (points == 0)
        return fail(shown + ": the layer \"" + std::string((*layer)->GetName()) +
                    "\" holds no points; polling stations must be a point layer.");
    return out;
}

} // namespace

Result<StationPoints> readStationPoints(const SourceSpec& spec, const std::string& areaColumn) {
    NetworkScope network(spec.input.allowRemote);
    return readPoints(spec, areaColumn);
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
