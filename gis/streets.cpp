// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/streets.h"

#include "core/projectpaths.h"
#include "gis/geos_layer.h"
#include "gis/network.h"
#include "gis/ogr_common.h"
#include "gis/overlay.h"
#include "gis/shapes_common.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <thread>
#include <unordered_map>

namespace swingmap::gis {

namespace fs = std::filesystem;

void StreetLines::addPart(uint32_t street, const double* pts, std::size_t n) {
    if (n < 2) return;
    xy.insert(xy.end(), pts, pts + 2 * n);
    partPoint.push_back(static_cast<uint32_t>(xy.size() / 2));
    partStreet.push_back(street);
}

namespace {

bool isOsm(const std::string& path) {
    std::string p = path;
    std::transform(p.begin(), p.end(), p.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto ends = [&](const std::string& e) {
        return p.size() >= e.size() && p.compare(p.size() - e.size(), e.size(), e) == 0;
    };
    return ends(".osm") || ends(".osm.pbf") || ends(".pbf");
}

double polylineLength(const std::vector<double>& pts) {
    double len = 0;
    for (std::size_t i = 2; i + 1 < pts.size(); i += 2)
        len += std::hypot(pts[i] - pts[i - 2], pts[i + 1] - pts[i - 1]);
    return len;
}

Result<int> fieldIndex(OGRLayer& layer, const std::string& name, const std::string& shown,
                       const std::string& what, bool required) {
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    const int i = defn->GetFieldIndex(name.c_str());
    if (i >= 0 || !required) return i;
    std::string have;
    for (int k = 0; k < defn->GetFieldCount(); ++k)
        have += std::string(k ? ", " : "") + defn->GetFieldDefn(k)->GetNameRef();
    return fail(shown + ": the streets layer \"" + layer.GetName() + "\" has no " + what +
                " field \"" + name + "\" (it has: " + have +
                "); name it in \"streets\" of the "
                "project.");
}

Result<StreetLines> readLines(const StreetsSpec& spec) {
    CplErrorCapture errors;
    const std::string shown = displayPath(spec.source.path);
    SourceSpec src = spec.source;
    if (src.layer.empty() && isOsm(src.path)) src.layer = "lines";
    auto ds = openVector(src.path, {}, src.input);
    if (!ds) return ds.takeError();
    auto layer = pickLayer(**ds, src);
    if (!layer) return layer.takeError();
    auto srs = layerCrs(**ds, **layer, src);
    if (!srs) return srs.takeError();
    auto nameIdx = fieldIndex(**layer, spec.nameField, shown, "street-name", true);
    if (!nameIdx) return nameIdx.takeError();
    auto classIdx = fieldIndex(**layer, spec.classField, shown, "class", !spec.classes.empty());
    if (!classIdx) return classIdx.takeError();
    StreetLines out;
    out.source = src.path.rfind("PG:", 0) == 0 ? shown : fs::path(src.path).filename().string();
    out.layer = (*layer)->GetName();
    out.crs = crsWkt(*srs);
    std::unordered_map<std::string, uint32_t> byName;
    std::vector<std::map<std::string, double>> classLength;
    std::vector<std::vector<double>> parts;
    for (auto& f : **layer) {
        if (++out.features > src.input.maxFeatures)
            return fail(tooManyFeaturesMessage(shown, out.features, src.input));
        const std::string name = fieldText(*f, *nameIdx);
        if (name.find_first_not_of(" \t") == std::string::npos) {
            ++out.droppedUnnamed;
            continue;
        }
        const std::string cls = *classIdx >= 0 ? fieldText(*f, *classIdx) : std::string();
        if (!spec.classes.empty() &&
            std::find(spec.classes.begin(), spec.classes.end(), cls) == spec.classes.end()) {
            ++out.droppedByClass;
            continue;
        }
        parts.clear();
        collectLines(f->GetGeometryRef(), parts);
        if (parts.empty()) continue; // no line geometry: not a street
        ++out.kept;
        ++out.byClass[cls];
        auto [it, added] = byName.emplace(name, static_cast<uint32_t>(out.names.size()));
        if (added) {
            out.names.push_back(name);
            classLength.emplace_back();
        }
        for (const auto& p : parts) {
            classLength[it->second][cls] += polylineLength(p);
            out.addPart(it->second, p.data(), p.size() / 2);
        }
    }
    if (auto refused = remoteRefusalMessage(shown); !refused.empty()) return fail(refused);
    if (!errors.lastError().empty() && out.features == 0)
        return fail(shown + ": the streets layer could not be read" + errors.detail() + ".");
    for (const auto& lengths : classLength) {
        const auto best = std::max_element(lengths.begin(), lengths.end(), [](auto& a, auto& b) {
            return a.second < b.second || (a.second == b.second && a.first > b.first);
        });
        out.roadClass.push_back(best == lengths.end() ? std::string() : best->first);
    }
    return out;
}

// ---- clipping ------------------------------------------------------------------------------

Result<OGRSpatialReference> parseCrs(const std::string& text, const std::string& what) {
    OGRSpatialReference srs;
    if (text.empty() || srs.SetFromUserInput(text.c_str()) != OGRERR_NONE)
        return fail("The CRS of the " + what +
                    " is missing or not a CRS PROJ knows; declare "
                    "\"crs\" for it, e.g. \"EPSG:25832\".");
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

struct Piece {
    uint32_t area = 0;
    double metres = 0;
    std::vector<std::vector<double>> lines; // in the measuring CRS
};

struct StreetOut {
    std::vector<Piece> pieces; // by area
    std::size_t failures = 0;
};

/// Everything one worker needs: the areas as GEOS geometries (its own context) and their tree.
class Clipper {
public:
    Clipper(const PolygonLayer& areas, const StreetLines& lines, const std::vector<double>& xy)
        : m_lines(lines), m_xy(xy), m_tree(geosOwnTree()) {
        const std::size_t n = areas.featureCount();
        m_areas.resize(n);
        m_prepared.resize(n);
        m_index.resize(n);
        for (std::size_t a = 0; a < n; ++a) {
            m_index[a] = static_cast<uint32_t>(a);
            m_areas[a] = featureToGeos(m_ctx, areas, a);
            if (!m_areas[a]) continue;
            m_prepared[a] = GeosPreparedPtr(GEOSPrepare_r(m_ctx.get(), m_areas[a].get()),
                                            GeosPreparedDeleter{m_ctx.get()});
            GEOSSTRtree_insert_r(m_ctx.get(), m_tree.get(), m_areas[a].get(), &m_index[a]);
        }
    }

    StreetOut clip(uint32_t street, const std::vector<uint32_t>& partsOfStreet) {
        StreetOut out;
        auto* c = m_ctx.get();
        std::vector<GEOSGeometry*> geoms;
        for (const uint32_t p : partsOfStreet) {
            const uint32_t p0 = m_lines.partPoint[p], p1 = m_lines.partPoint[p + 1];
            GEOSCoordSequence* seq =
                GEOSCoordSeq_copyFromBuffer_r(c, &m_xy[2 * std::size_t(p0)], p1 - p0, 0, 0);
            if (GEOSGeometry* g = seq ? GEOSGeom_createLineString_r(c, seq) : nullptr)
                geoms.push_back(g);
        }
        (void)street;
        if (geoms.empty()) return out;
        auto line =
            geosOwn(m_ctx, GEOSGeom_createCollection_r(c, GEOS_MULTILINESTRING, geoms.data(),
                                                       static_cast<unsigned>(geoms.size())));
        if (!line) return ++out.failures, out;
        std::vector<uint32_t> cand;
        GEOSSTRtree_query_r(
            c, m_tree.get(), line.get(),
            [](void* item, void* data) {
                static_cast<std::vector<uint32_t>*>(data)->push_back(*static_cast<uint32_t*>(item));
            },
            &cand);
        std::sort(cand.begin(), cand.end());
        // each bit of the street goes to the first (lowest-numbered) area holding it: what one
        // area takes is removed before the next, so a piece along a shared boundary (or in an
        // overlap of two areas) counts once and the lengths add up to the street's length
        // inside the union of the areas
        GeosGeomPtr rest = std::move(line);
        for (const uint32_t a : cand) {
            if (!rest || GEOSisEmpty_r(c, rest.get()) == 1) break;
            if (GEOSPreparedIntersects_r(c, m_prepared[a].get(), rest.get()) != 1) continue;
            auto inter = geosOwn(m_ctx, GEOSIntersection_r(c, rest.get(), m_areas[a].get()));
            auto left = geosOwn(m_ctx, GEOSDifference_r(c, rest.get(), m_areas[a].get()));
            if (!inter || !left) {
                ++out.failures;
                continue;
            }
            rest = std::move(left);
            double len = 0;
            GEOSLength_r(c, inter.get(), &len);
            if (!(len > 0)) continue;
            Piece piece;
            piece.area = a;
            piece.metres = len;
            collectGeos(inter.get(), piece.lines);
            out.pieces.push_back(std::move(piece));
        }
        return out;
    }

private:
    GeosTreePtr geosOwnTree() {
        return GeosTreePtr(GEOSSTRtree_create_r(m_ctx.get(), 10), GeosTreeDeleter{m_ctx.get()});
    }

    void collectGeos(const GEOSGeometry* g, std::vector<std::vector<double>>& out) {
        auto* c = m_ctx.get();
        const int type = GEOSGeomTypeId_r(c, g);
        if (type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
            const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(c, g);
            unsigned n = 0;
            if (!seq || !GEOSCoordSeq_getSize_r(c, seq, &n) || n < 2) return;
            std::vector<double> pts(2 * std::size_t(n));
            GEOSCoordSeq_copyToBuffer_r(c, seq, pts.data(), 0, 0);
            out.push_back(std::move(pts));
        } else if (type == GEOS_MULTILINESTRING || type == GEOS_GEOMETRYCOLLECTION) {
            const int n = GEOSGetNumGeometries_r(c, g);
            for (int i = 0; i < n; ++i)
                collectGeos(GEOSGetGeometryN_r(c, g, i), out);
        }
    }

    GeosContext m_ctx;
    const StreetLines& m_lines;
    const std::vector<double>& m_xy;
    GeosTreePtr m_tree;
    std::vector<GeosGeomPtr> m_areas;
    std::vector<GeosPreparedPtr> m_prepared;
    std::vector<uint32_t> m_index;
};

} // namespace

Result<StreetLines> readStreetLines(const StreetsSpec& spec) {
    ensureGdalDrivers();
    NetworkScope network(spec.source.input.allowRemote);
    auto lines = readLines(spec);
    if (!lines)
        if (auto refused = remoteRefusalMessage(displayPath(spec.source.path)); !refused.empty())
            return fail(refused);
    return lines;
}

Result<StreetLayer> clipStreets(const StreetLines& lines, const PolygonLayer& areas,
                                const std::string& areasCrs, unsigned threads) {
    auto areaSrs = parseCrs(areasCrs, "boundaries");
    if (!areaSrs) return areaSrs.takeError();
    auto lineSrs = parseCrs(lines.crs, "streets layer");
    if (!lineSrs) return lineSrs.takeError();
    // the measuring CRS: the areas' own when projected, else the one overlay.* chooses
    OGRSpatialReference measure = *areaSrs;
    if (!areaSrs->IsProjected()) {
        if (!areaSrs->IsGeographic())
            return fail("The boundaries' CRS (" + crsName(*areaSrs) +
                        ") is neither projected nor longitude/latitude; give a projected "
                        "\"working_crs\".");
        auto chosen = chooseAreaCrs(areas.extent);
        if (!chosen) return chosen.takeError();
        auto m = parseCrs(chosen->wkt, "chosen CRS");
        if (!m) return m.takeError();
        measure = *m;
    }
    PolygonLayer areasM = areas;
    if (auto s = transformXY(areasM.xy, *areaSrs, measure, "boundaries"); !s) return s.takeError();
    recomputeBBoxes(areasM);
    std::vector<double> xyM = lines.xy;
    if (auto s = transformXY(xyM, *lineSrs, measure, "streets layer"); !s) return s.takeError();

    // parts per street, then the streets shared out over the threads (each its own GEOS context)
    const std::size_t nStreets = lines.names.size();
    std::vector<std::vector<uint32_t>> partsOf(nStreets);
    for (uint32_t p = 0; p < lines.partStreet.size(); ++p)
        partsOf[lines.partStreet[p]].push_back(p);
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(
        std::min<std::size_t>(threads, std::max<std::size_t>(1, nStreets / 64)));
    std::vector<StreetOut> results(nStreets);
    auto work = [&](unsigned t) {
        Clipper clipper(areasM, lines, xyM);
        for (std::size_t s = t; s < nStreets; s += threads)
            results[s] = clipper.clip(static_cast<uint32_t>(s), partsOf[s]);
    };
    if (threads <= 1) {
        work(0);
    } else {
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t)
            pool.emplace_back(work, t);
        for (auto& th : pool)
            th.join();
    }

    StreetLayer out;
    out.source = lines.source;
    out.layer = lines.layer;
    out.crs = crsName(measure);
    out.names = lines.names;
    out.roadClass = lines.roadClass;
    out.features = lines.features;
    out.kept = lines.kept;
    out.droppedUnnamed = lines.droppedUnnamed;
    out.droppedByClass = lines.droppedByClass;
    out.byClass = lines.byClass;
    for (uint32_t s = 0; s < nStreets; ++s) {
        out.geosFailures += results[s].failures;
        for (auto& piece : results[s].pieces) {
            out.lengths.push_back({s, piece.area, piece.metres});
            for (auto& l : piece.lines) {
                out.xy.insert(out.xy.end(), l.begin(), l.end());
                out.linePoint.push_back(static_cast<uint32_t>(out.xy.size() / 2));
                out.lineStreet.push_back(s);
                out.lineArea.push_back(piece.area);
            }
        }
    }
    if (auto s = transformXY(out.xy, measure, *areaSrs, "clipped streets"); !s)
        return s.takeError();
    return out;
}

Result<StreetLayer> loadStreets(const StreetsSpec& spec, const Dataset& data) {
    auto lines = readStreetLines(spec);
    if (!lines) return lines.takeError();
    return clipStreets(*lines, data.geometry, data.crsWkt);
}

} // namespace swingmap::gis
