// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/reader.h"
#include "gis/reader_p.h"

#include "core/projectpaths.h"
#include "gis/ogr_common.h"
#include "gis/simple_ring.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cpl_conv.h>
#include <deque>
#include <filesystem>
#include <future>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>
#include <optional>
#include <system_error>
#include <thread>

namespace swingmap::gis {

namespace {
namespace fs = std::filesystem;

/// The polygons of g (recursing into multi-polygons and collections) added to `out`; points and
/// lines carry no area and are left out.
void collectPolygons(const OGRGeometry* g, OGRMultiPolygon& out) {
    if (!g || g->IsEmpty()) return;
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon:
        out.addGeometry(g);
        break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *g->toGeometryCollection())
            collectPolygons(part, out);
        break;
    default:
        break;
    }
}

/// One polygon without holes whose shell is provably simple (gis/simple_ring.h): valid without
/// asking GEOS, by far the most common feature.
bool provablyValid(const OGRMultiPolygon& m) {
    if (m.getNumGeometries() != 1) return false;
    const OGRPolygon* poly = m.getGeometryRef(0);
    const OGRLinearRing* ring = poly->getExteriorRing();
    if (poly->getNumInteriorRings() != 0 || !ring) return false;
    const int n = ring->getNumPoints();
    if (n < 4 || static_cast<std::size_t>(n) > kSimpleRingMaxSegments + 1) return false;
    std::array<double, 2 * (kSimpleRingMaxSegments + 1)> xy{};
    for (int i = 0; i < n; ++i) {
        xy[2 * static_cast<std::size_t>(i)] = ring->getX(i);
        xy[2 * static_cast<std::size_t>(i) + 1] = ring->getY(i);
    }
    return provablySimpleRing(xy.data(), static_cast<std::size_t>(n));
}

} // namespace

namespace detail {

Prepared prepare(OGRGeometry* raw) {
    std::unique_ptr<OGRGeometry> g(raw);
    Prepared p;
    if (!g || g->IsEmpty()) return p;
    g->flattenTo2D();
    if (g->hasCurveGeometry()) g.reset(g->getLinearGeometry());
    auto polygons = std::make_unique<OGRMultiPolygon>();
    collectPolygons(g.get(), *polygons);
    if (polygons->IsEmpty()) {
        p.notArea = true;
        return p;
    }
    if (!provablyValid(*polygons) && !polygons->IsValid()) {
        if (std::unique_ptr<OGRGeometry> fixed(polygons->MakeValid()); fixed) {
            p.repaired = true;
            auto repaired = std::make_unique<OGRMultiPolygon>();
            collectPolygons(fixed.get(), *repaired);
            polygons = std::move(repaired);
        }
    }
    if (!polygons->IsEmpty()) p.polygons = std::move(polygons);
    return p;
}

void appendPrepared(const OGRMultiPolygon& polygons, PolygonLayer& out, std::vector<double>& buf) {
    for (const OGRPolygon* poly : polygons) {
        out.beginPart();
        for (int r = 0; r < poly->getNumInteriorRings() + 1; ++r) {
            const OGRLinearRing* ring =
                r == 0 ? poly->getExteriorRing() : poly->getInteriorRing(r - 1);
            if (!ring || ring->getNumPoints() < 4) continue;
            const int n = ring->getNumPoints();
            buf.resize(2 * static_cast<std::size_t>(n));
            for (int i = 0; i < n; ++i) {
                buf[2 * static_cast<std::size_t>(i)] = ring->getX(i);
                buf[2 * static_cast<std::size_t>(i) + 1] = ring->getY(i);
            }
            if (r > 0 && out.partRing.back() == out.partRing[out.partRing.size() - 2])
                continue; // a hole without a shell
            out.addRing(buf.data(), static_cast<std::size_t>(n));
        }
        out.endPart();
    }
}

std::string featureLabel(std::size_t index, bool keySet, const Table& attributes, int keyField) {
    std::string s = "feature " + std::to_string(index);
    if (keyField >= 0 && keySet)
        s += " (key \"" + attributes.cells[static_cast<std::size_t>(keyField)][index - 1] + "\")";
    return s;
}

std::string transformFailedMessage(const std::string& shown, const std::string& label) {
    return shown + ": " + label +
           " could not be reprojected to the working CRS. Check the layer's CRS "
           "(\"crs\" in the project file) and \"working_crs\".";
}

Status finishRead(OGRLayer& layer, const std::string& shown, const ReadCounts& counts,
                  const LoadedLayer& out) {
    const std::string layerName = layer.GetName();
    if (auto refused = remoteRefusalMessage(shown); !refused.empty()) return fail(refused);
    const std::size_t index = counts.features;
    if (index == 0)
        return fail(shown + ": the layer \"" + layerName +
                    "\" has no features. Check \"path\" and \"layer\" of the boundaries.");
    if (counts.notArea == index)
        return fail(shown + ": the layer \"" + layerName + "\" holds points or lines (" +
                    counts.firstNotArea +
                    "), not area polygons. The boundaries must be the polygons of "
                    "the areas: check \"path\" and \"layer\" in the project file.");
    if (counts.notArea > 0)
        return fail(
            shown + ": " + counts.firstNotArea + ", not an area polygon" +
            (counts.notArea > 1 ? " (" + std::to_string(counts.notArea) + " such features)" : "") +
            ". Boundaries must be polygons: delete those features or turn them into "
            "polygons in a GIS; an area without a shape may keep an empty (NULL) "
            "geometry.");
    if (out.empty == index)
        return fail(shown + ": none of the " + std::to_string(index) + " features of layer \"" +
                    layerName +
                    "\" has a geometry: the boundaries must be a layer of area "
                    "polygons, not a table. Check \"path\" and \"layer\".");
    return Ok{};
}

} // namespace detail

namespace {
using namespace detail;

/// A run of features read in the reading thread and prepared (validated, repaired, reprojected)
/// in a worker: GEOS validity is most of the reading time and runs in parallel with GDAL's reads.
struct Batch {
    std::size_t first = 0;                         ///< 1-based index of the batch's first feature
    std::vector<std::unique_ptr<OGRGeometry>> raw; ///< as read (consumed by prepareBatch)
    std::vector<char> keySet;                      ///< the feature's key field is set (messages)
    std::vector<std::string> typeName;             ///< the geometry type read, "" = none
    std::vector<Prepared> prepared;
    std::size_t transformFailed = 0; ///< 1-based offset of the first failure, 0 = none
};

/// Prepare every feature of the batch; `ct` (may be null) is cloned: PROJ objects are not shared
/// between threads.
void prepareBatch(Batch& b, const OGRCoordinateTransformation* ct) {
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler); // as CplErrorCapture in the reading thread
    std::unique_ptr<OGRCoordinateTransformation> own(ct ? ct->Clone() : nullptr);
    b.typeName.resize(b.raw.size());
    b.prepared.resize(b.raw.size());
    for (std::size_t i = 0; i < b.raw.size(); ++i) {
        if (b.raw[i])
            b.typeName[i] = OGRGeometryTypeToName(wkbFlatten(b.raw[i]->getGeometryType()));
        b.prepared[i] = prepare(b.raw[i].release());
        if (b.prepared[i].polygons && own &&
            b.prepared[i].polygons->transform(own.get()) != OGRERR_NONE) {
            b.transformFailed = i + 1;
            break;
        }
    }
    b.raw.clear();
}

Status readFeatures(OGRLayer& layer, OGRCoordinateTransformation* ct, const SourceSpec& spec,
                    LoadedLayer& out, const ReadTuning& tuning) {
    const std::string shown = displayPath(spec.path);
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    const int nf = defn->GetFieldCount();
    const int keyField = spec.key.empty() ? -1 : defn->GetFieldIndex(spec.key.c_str());
    out.attributes.cells.assign(static_cast<std::size_t>(nf), {});
    for (int i = 0; i < nf; ++i)
        out.attributes.columns.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    const GIntBig count = layer.GetFeatureCount(FALSE);
    if (count > 0 && static_cast<std::uint64_t>(count) > spec.input.maxFeatures)
        return fail(tooManyFeaturesMessage(shown, static_cast<std::uint64_t>(count), spec.input));
    if (count > 0) {
        out.geometry.reserve(static_cast<std::size_t>(count), static_cast<std::size_t>(count) * 16);
        for (auto& c : out.attributes.cells)
            c.reserve(static_cast<std::size_t>(count));
    }
    if (tuning.arrow)
        if (std::optional<Status> streamed = readArrow(layer, ct, spec, out, tuning))
            return *streamed;
    const unsigned threads =
        tuning.threads > 0 ? tuning.threads : std::max(1U, std::thread::hardware_concurrency());
    const std::size_t batchSize = std::max<std::size_t>(1, tuning.batch);
    std::vector<double> buf;
    std::size_t index = 0, notArea = 0;
    std::string firstNotArea;
    std::deque<std::future<void>> pending;
    std::deque<std::shared_ptr<Batch>> inFlight; // in feature order
    // Appends a prepared batch to `out` in order; the first failure ends the read.
    auto consume = [&](Batch& b) -> Status {
        for (std::size_t i = 0; i < b.prepared.size(); ++i) {
            const std::size_t at = b.first + i;
            Prepared& g = b.prepared[i];
            if (b.transformFailed == i + 1)
                return fail(transformFailedMessage(
                    shown, featureLabel(at, b.keySet[i], out.attributes, keyField)));
            out.repaired += g.repaired;
            if (g.notArea && notArea++ == 0)
                firstNotArea = featureLabel(at, b.keySet[i], out.attributes, keyField) + " is a " +
                               b.typeName[i];
            if (g.polygons) appendPrepared(*g.polygons, out.geometry, buf);
            g.polygons.reset();
            out.geometry.endFeature();
            if (!g.notArea && !out.geometry.hasGeometry(out.geometry.featureCount() - 1))
                ++out.empty;
        }
        return Ok{};
    };
    auto batch = std::make_shared<Batch>();
    // Hands the batch to a worker (or prepares it here with one thread); waits for the oldest
    // batches while `limit` are in flight.
    auto submit = [&](std::size_t limit) -> Status {
        if (!batch->raw.empty()) {
            bool queued = false;
            if (threads > 1) {
                try {
                    const OGRCoordinateTransformation* shared = ct;
                    pending.push_back(std::async(
                        std::launch::async, [b = batch, shared] { prepareBatch(*b, shared); }));
                    inFlight.push_back(batch);
                    queued = true;
                } catch (const std::system_error&) { // no thread to be had: prepare it here
                }
            }
            if (!queued) {
                prepareBatch(*batch, ct);
                if (Status s = consume(*batch); !s) return s;
            }
        }
        batch = std::make_shared<Batch>();
        batch->first = index + 1;
        while (pending.size() > limit) {
            pending.front().get();
            pending.pop_front();
            const std::shared_ptr<Batch> done = std::move(inFlight.front());
            inFlight.pop_front();
            if (Status s = consume(*done); !s) return s;
        }
        return Ok{};
    };
    batch->first = 1;
    layer.ResetReading();
    for (auto& feature : layer) {
        if (++index > spec.input.maxFeatures)
            return fail(tooManyFeaturesMessage(shown, index, spec.input));
        for (int i = 0; i < nf; ++i)
            out.attributes.cells[static_cast<std::size_t>(i)].push_back(fieldText(*feature, i));
        batch->keySet.push_back(
            static_cast<char>(keyField >= 0 && feature->IsFieldSetAndNotNull(keyField)));
        batch->raw.emplace_back(feature->StealGeometry());
        if (batch->raw.size() >= batchSize)
            if (Status s = submit(2 * std::size_t{threads}); !s) return s;
    }
    if (Status s = submit(0); !s) return s;
    ReadCounts counts;
    counts.features = index;
    counts.notArea = notArea;
    counts.firstNotArea = firstNotArea;
    return finishRead(layer, shown, counts, out);
}

struct OpenedLayer {
    GDALDatasetUniquePtr ds;
    OGRLayer* layer = nullptr;
};

Result<OpenedLayer> openLayer(const SourceSpec& spec, const std::vector<std::string>& options) {
    auto ds = openVector(spec.path, options, spec.input);
    if (!ds) return ds.takeError();
    auto layer = pickLayer(**ds, spec);
    if (!layer) return layer.takeError();
    return OpenedLayer{std::move(*ds), *layer};
}

/// The names schema.md accepts for "encoding", spelled as GDAL's recoder (iconv) knows them.
std::string gdalEncoding(const std::string& name) {
    std::string n;
    for (char ch : name)
        if (ch != '-' && ch != '_' && ch != ' ')
            n += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (n == "LATIN1" || n == "ISO88591") return "ISO-8859-1";
    if (n == "LATIN9" || n == "ISO885915") return "ISO-8859-15";
    if (n == "WINDOWS1252" || n == "CP1252" || n == "ANSI") return "CP1252";
    if (n == "UTF8") return "UTF-8";
    return name;
}

/// The layer, reopened when a Shapefile's .dbf needs an explicit encoding to give UTF-8 text.
Result<OpenedLayer> openBoundaryLayer(const SourceSpec& spec) {
    auto opened = openLayer(spec, {});
    if (!opened) return opened.takeError();
    const GDALDriver* drv = opened->ds->GetDriver();
    if (!drv || std::string(drv->GetDescription()) != "ESRI Shapefile") return opened;
    const std::string encoding = spec.encoding.empty()
                                     ? dbfEncodingOption(*opened->ds, *opened->layer)
                                     : gdalEncoding(spec.encoding);
    if (encoding.empty()) return opened;
    opened->ds.reset();
    return openLayer(spec, {"ENCODING=" + encoding});
}
} // namespace

namespace {
Result<LoadedLayer> readPolygons(const SourceSpec& spec, const std::string& targetCrs,
                                 const ReadTuning& tuning) {
    CplErrorCapture errors;
    auto opened = openBoundaryLayer(spec);
    if (!opened) return opened.takeError();
    GDALDataset& ds = *opened->ds;
    OGRLayer& layer = *opened->layer;
    LoadedLayer out;
    out.attributes.source =
        spec.path.rfind("PG:", 0) == 0
            ? "table \"" + std::string(layer.GetName()) + "\" of " + displayPath(spec.path)
            : fs::path(spec.path).filename().string();
    auto srs = layerCrs(ds, layer, spec);
    if (!srs) return srs.takeError();
    OGRSpatialReference target = *srs;
    if (!targetCrs.empty() && target.SetFromUserInput(targetCrs.c_str()) != OGRERR_NONE)
        return fail("the working CRS \"" + targetCrs +
                    "\" (\"working_crs\" in the project file) is not a CRS PROJ knows. Use a "
                    "code such as \"EPSG:25832\".");
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct;
    if (!target.IsSame(&*srs)) {
        ct.reset(OGRCreateCoordinateTransformation(&*srs, &target));
        if (!ct)
            return fail(displayPath(spec.path) + ": PROJ has no transformation from its CRS (" +
                        crsName(*srs) + ") to the working CRS (" + crsName(target) + ")" +
                        errors.detail() + ". Check \"crs\" and \"working_crs\".");
    }
    if (auto s = readFeatures(layer, ct.get(), spec, out, tuning); !s) return s.takeError();
    out.crsName = crsName(target);
    out.crsWkt = crsWkt(target);
    out.geographic = target.IsGeographic();
    out.attribution = metadataAttribution(ds);
    return out;
}
} // namespace

Result<LoadedLayer> readPolygonLayer(const SourceSpec& spec, const std::string& targetCrs,
                                     const ReadTuning& tuning) {
    NetworkScope network(spec.input.allowRemote);
    auto layer = readPolygons(spec, targetCrs, tuning);
    // a file that refers to the network fails in many ways: say the one that matters
    if (!layer)
        if (auto refused = remoteRefusalMessage(displayPath(spec.path)); !refused.empty())
            return fail(refused);
    return layer;
}

} // namespace swingmap::gis
