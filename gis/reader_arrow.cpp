// SPDX-License-Identifier: GPL-3.0-or-later
// A polygon layer read through OGR's Arrow stream (GDAL >= 3.6): drivers that implement it
// natively (GeoPackage, FlatGeobuf, Parquet, Arrow) hand over columns of whole batches, so there
// is no OGRFeature, no OGRGeometry and no string per field per feature as in the feature loop.
// Each batch's WKB is parsed straight into flat arrays in a worker thread; a single polygon
// whose shell is provably simple (gis/simple_ring.h) is taken as it is, anything else (holes,
// several parts, curves, Z/M, big-endian, invalid shells) goes through OGR and GEOS exactly as
// in the feature loop. The result is the feature loop's, bit for bit (tests/gis/
// tst_threaded_read.cpp reads every test layer both ways).
#include "core/projectpaths.h"
#include "gis/ogr_common.h"
#include "gis/reader_p.h"
#include "gis/simple_ring.h"

#include <ogr_geometry.h>
#include <ogr_recordbatch.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cpl_conv.h>
#include <cstring>
#include <deque>
#include <future>
#include <system_error>
#include <thread>

namespace swingmap::gis::detail {

namespace {

/// A field column of the stream: where it is and how its values are stored.
struct FieldColumn {
    int child = -1;
    char format = 0; ///< Arrow format: u U (text), l i (64- and 32-bit integers), g (double)
};

bool supportedFormat(const char* f) {
    // float32, int16 and boolean subtypes are left to the feature loop: a GeoPackage stores them
    // as REAL and INTEGER, and OGR's features give the stored value, the stream the narrowed one
    return f && f[0] != 0 && f[1] == 0 && std::strchr("uUlig", f[0]) != nullptr;
}

/// One Arrow array (a batch of features), released when done.
struct OwnedArray {
    ArrowArray a{};
    OwnedArray() = default;
    OwnedArray(const OwnedArray&) = delete;
    OwnedArray& operator=(const OwnedArray&) = delete;
    ~OwnedArray() {
        if (a.release) a.release(&a);
    }
};

struct StreamGuard {
    ArrowArrayStream s{};
    ~StreamGuard() {
        if (s.release) s.release(&s);
    }
};

struct SchemaGuard {
    ArrowSchema s{};
    ~SchemaGuard() {
        if (s.release) s.release(&s);
    }
};

bool bitSet(const void* bitmap, std::int64_t i) {
    return (static_cast<const std::uint8_t*>(bitmap)[i >> 3] >> (i & 7)) & 1;
}

/// Null check of element i of a column (i includes the column's offset).
bool isNull(const ArrowArray& c, std::int64_t i) {
    return c.null_count != 0 && c.buffers[0] && !bitSet(c.buffers[0], i);
}

template <typename T> T valueAt(const ArrowArray& c, std::int64_t i) {
    T v;
    std::memcpy(&v, static_cast<const char*>(c.buffers[1]) + i * std::int64_t{sizeof(T)},
                sizeof(T));
    return v;
}

/// Element i of a text or binary column: pointer and length.
std::pair<const char*, std::size_t> bytesAt(const ArrowArray& c, std::int64_t i, bool large) {
    const auto* data = static_cast<const char*>(c.buffers[2]);
    if (large) {
        const auto b = valueAt<std::int64_t>(c, i);
        const auto e = valueAt<std::int64_t>(c, i + 1);
        return {data + b, static_cast<std::size_t>(e - b)};
    }
    const auto b = valueAt<std::int32_t>(c, i);
    const auto e = valueAt<std::int32_t>(c, i + 1);
    return {data + b, static_cast<std::size_t>(e - b)};
}

/// The field's text as the feature loop's fieldText gives it.
std::string cellText(const ArrowArray& c, std::int64_t i, char format) {
    switch (format) {
    case 'u':
    case 'U': {
        const auto [p, n] = bytesAt(c, i, format == 'U');
        return {p, n};
    }
    case 'l':
        return std::to_string(valueAt<std::int64_t>(c, i));
    case 'i':
        return std::to_string(valueAt<std::int32_t>(c, i));
    case 'g':
        return CPLSPrintf("%.17g", valueAt<double>(c, i));
    default:
        return {};
    }
}

/// Little-endian WKB reading with bounds checks.
struct WkbCursor {
    const unsigned char* p;
    std::size_t left;
    bool take(void* out, std::size_t n) {
        if (n > left) return false;
        std::memcpy(out, p, n);
        p += n;
        left -= n;
        return true;
    }
};

/// A batch: read by the reading thread, prepared in a worker, appended in order.
struct ArrowBatch {
    std::size_t first = 0; ///< 1-based index of the batch's first feature
    OwnedArray array;
    std::vector<std::vector<std::string>> cells; ///< per field
    std::vector<char> keySet;
    std::vector<char> notArea;
    std::vector<std::string> typeName; ///< for features that are not areas
    PolygonLayer piece;
    std::size_t repaired = 0;
    std::size_t transformFailed = 0; ///< 1-based offset of the first failure, 0 = none
};

struct StreamLayout {
    std::vector<FieldColumn> fields; ///< in the layer definition's order
    int geometry = -1;
    bool largeGeometry = false;
    int keyField = -1;
};

/// A single ring polygon (or a multipolygon of one such) whose shell is provably simple, in
/// `xy`; false for anything else (the caller reads it through OGR).
bool simpleShell(WkbCursor w, std::vector<double>& xy) {
    unsigned char order = 0;
    std::uint32_t type = 0, rings = 0, n = 0;
    if (!w.take(&order, 1) || order != 1 || !w.take(&type, 4)) return false;
    if (type == 6) { // MultiPolygon of one polygon
        std::uint32_t parts = 0;
        if (!w.take(&parts, 4) || parts != 1 || !w.take(&order, 1) || order != 1 ||
            !w.take(&type, 4))
            return false;
    }
    if (type != 3 || !w.take(&rings, 4) || rings != 1 || !w.take(&n, 4)) return false;
    if (n < 4 || n > kSimpleRingMaxSegments + 1) return false;
    xy.resize(2 * std::size_t{n});
    if (!w.take(xy.data(), 16 * std::size_t{n})) return false;
    return provablySimpleRing(xy.data(), n);
}

/// Reprojects the interleaved points in place; false when PROJ fails on any.
bool transformPoints(OGRCoordinateTransformation& ct, std::vector<double>& xy,
                     std::vector<double>& x, std::vector<double>& y, std::vector<int>& ok) {
    const std::size_t n = xy.size() / 2;
    x.resize(n);
    y.resize(n);
    ok.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = xy[2 * i];
        y[i] = xy[2 * i + 1];
    }
    if (!ct.Transform(static_cast<int>(n), x.data(), y.data(), nullptr, ok.data())) return false;
    if (std::find(ok.begin(), ok.end(), 0) != ok.end()) return false;
    for (std::size_t i = 0; i < n; ++i) {
        xy[2 * i] = x[i];
        xy[2 * i + 1] = y[i];
    }
    return true;
}

void prepareBatch(ArrowBatch& b, const StreamLayout& layout,
                  const OGRCoordinateTransformation* ct) {
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    std::unique_ptr<OGRCoordinateTransformation> own(ct ? ct->Clone() : nullptr);
    const ArrowArray& a = b.array.a;
    const auto n = static_cast<std::size_t>(a.length);
    b.cells.resize(layout.fields.size());
    for (std::size_t f = 0; f < layout.fields.size(); ++f) {
        const ArrowArray& c = *a.children[layout.fields[f].child];
        auto& out = b.cells[f];
        out.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            const std::int64_t at = a.offset + c.offset + static_cast<std::int64_t>(i);
            out.push_back(isNull(c, at) ? std::string() : cellText(c, at, layout.fields[f].format));
        }
    }
    b.keySet.assign(n, 0);
    if (layout.keyField >= 0) {
        const ArrowArray& c =
            *a.children[layout.fields[static_cast<std::size_t>(layout.keyField)].child];
        for (std::size_t i = 0; i < n; ++i)
            b.keySet[i] =
                static_cast<char>(!isNull(c, a.offset + c.offset + static_cast<std::int64_t>(i)));
    }
    b.notArea.assign(n, 0);
    b.typeName.resize(n);
    const ArrowArray& g = *a.children[layout.geometry];
    std::vector<double> xy, buf, tx, ty;
    std::vector<int> ok;
    b.piece.reserve(n, 8 * n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t at = a.offset + g.offset + static_cast<std::int64_t>(i);
        if (isNull(g, at)) {
            b.piece.endFeature();
            continue;
        }
        const auto [bytes, size] = bytesAt(g, at, layout.largeGeometry);
        const WkbCursor wkb{reinterpret_cast<const unsigned char*>(bytes), size};
        if (simpleShell(wkb, xy)) {
            if (own && !transformPoints(*own, xy, tx, ty, ok)) {
                b.transformFailed = i + 1;
                return;
            }
            b.piece.beginPart();
            b.piece.addRing(xy.data(), xy.size() / 2);
            b.piece.endPart();
            b.piece.endFeature();
            continue;
        }
        OGRGeometry* raw = nullptr;
        if (OGRGeometryFactory::createFromWkb(bytes, nullptr, &raw, size) != OGRERR_NONE) {
            delete raw;
            raw = nullptr; // unreadable WKB: no geometry, as OGR's feature loop gives it
        }
        if (raw) b.typeName[i] = OGRGeometryTypeToName(wkbFlatten(raw->getGeometryType()));
        Prepared p = prepare(raw);
        if (p.polygons && own && p.polygons->transform(own.get()) != OGRERR_NONE) {
            b.transformFailed = i + 1;
            return;
        }
        b.notArea[i] = static_cast<char>(p.notArea);
        b.repaired += p.repaired;
        if (p.polygons) appendPrepared(*p.polygons, b.piece, buf);
        b.piece.endFeature();
    }
}

/// The stream's columns matched to the layer's fields; nullopt when a field's type is one the
/// feature loop formats differently (dates, lists, binary) or a column is missing.
std::optional<StreamLayout> layoutOf(const ArrowSchema& schema, OGRFeatureDefn& defn,
                                     const SourceSpec& spec) {
    if (defn.GetGeomFieldCount() != 1 || std::string(schema.format) != "+s") return std::nullopt;
    StreamLayout l;
    std::vector<char> used(static_cast<std::size_t>(schema.n_children), 0);
    for (int f = 0; f < defn.GetFieldCount(); ++f) {
        const std::string name = defn.GetFieldDefn(f)->GetNameRef();
        FieldColumn col;
        for (int c = 0; c < schema.n_children; ++c)
            if (!used[static_cast<std::size_t>(c)] && name == schema.children[c]->name) {
                col.child = c;
                col.format = schema.children[c]->format[0];
                if (!supportedFormat(schema.children[c]->format)) return std::nullopt;
                used[static_cast<std::size_t>(c)] = 1;
                break;
            }
        if (col.child < 0) return std::nullopt;
        l.fields.push_back(col);
    }
    for (int c = 0; c < schema.n_children; ++c) {
        const std::string format = schema.children[c]->format;
        if (used[static_cast<std::size_t>(c)] || (format != "z" && format != "Z")) continue;
        if (l.geometry >= 0) return std::nullopt; // two candidates: leave it to the feature loop
        l.geometry = c;
        l.largeGeometry = format == "Z";
    }
    if (l.geometry < 0) return std::nullopt;
    l.keyField = spec.key.empty() ? -1 : defn.GetFieldIndex(spec.key.c_str());
    return l;
}

} // namespace

std::optional<Status> readArrow(OGRLayer& layer, const OGRCoordinateTransformation* ct,
                                const SourceSpec& spec, LoadedLayer& out,
                                const ReadTuning& tuning) {
    if (!layer.TestCapability(OLCFastGetArrowStream)) return std::nullopt;
    CPLStringList options;
    options.SetNameValue("INCLUDE_FID", "NO");
    options.SetNameValue("MAX_FEATURES_IN_BATCH",
                         std::to_string(std::max<std::size_t>(1, tuning.batch)).c_str());
    layer.ResetReading();
    StreamGuard stream;
    if (!layer.GetArrowStream(&stream.s, options.List())) return std::nullopt;
    SchemaGuard schema;
    if (stream.s.get_schema(&stream.s, &schema.s) != 0) return std::nullopt;
    const std::optional<StreamLayout> found = layoutOf(schema.s, *layer.GetLayerDefn(), spec);
    if (!found) return std::nullopt;
    const StreamLayout& layout = *found;
    const std::string shown = displayPath(spec.path);
    const unsigned threads =
        tuning.threads > 0 ? tuning.threads : std::max(1U, std::thread::hardware_concurrency());
    ReadCounts counts;
    std::deque<std::future<void>> pending;
    std::deque<std::shared_ptr<ArrowBatch>> inFlight;
    auto consume = [&](ArrowBatch& b) -> Status {
        const std::size_t n = b.keySet.size();
        for (std::size_t i = 0; i < n; ++i) {
            if (b.transformFailed == i + 1) {
                // the label's key comes from the batch: the layer's cells end before it
                std::string label = "feature " + std::to_string(b.first + i);
                if (layout.keyField >= 0 && b.keySet[i])
                    label +=
                        " (key \"" + b.cells[static_cast<std::size_t>(layout.keyField)][i] + "\")";
                return fail(transformFailedMessage(shown, label));
            }
        }
        for (std::size_t f = 0; f < b.cells.size(); ++f) {
            auto& to = out.attributes.cells[f];
            std::move(b.cells[f].begin(), b.cells[f].end(), std::back_inserter(to));
        }
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t at = b.first + i;
            if (b.notArea[i] && counts.notArea++ == 0)
                counts.firstNotArea =
                    featureLabel(at, b.keySet[i], out.attributes, layout.keyField) + " is a " +
                    b.typeName[i];
            if (!b.notArea[i] && !b.piece.hasGeometry(i)) ++out.empty;
        }
        out.repaired += b.repaired;
        out.geometry.append(b.piece);
        return Ok{};
    };
    auto drain = [&](std::size_t limit) -> Status {
        while (pending.size() > limit) {
            pending.front().get();
            pending.pop_front();
            const std::shared_ptr<ArrowBatch> done = std::move(inFlight.front());
            inFlight.pop_front();
            if (Status s = consume(*done); !s) return s;
        }
        return Ok{};
    };
    for (;;) {
        auto batch = std::make_shared<ArrowBatch>();
        if (stream.s.get_next(&stream.s, &batch->array.a) != 0) {
            const char* why = stream.s.get_last_error(&stream.s);
            return fail(shown + ": reading feature " + std::to_string(counts.features + 1) +
                        " failed" + (why && *why ? std::string(" (") + why + ")" : "") +
                        ". The file may be damaged: open it in a GIS or export it again.");
        }
        if (!batch->array.a.release) break; // end of the stream
        if (batch->array.a.n_children != schema.s.n_children)
            return fail(shown + ": the layer's batches do not match its columns. Export it "
                                "again with a GIS.");
        batch->first = counts.features + 1;
        counts.features += static_cast<std::size_t>(batch->array.a.length);
        if (counts.features > spec.input.maxFeatures)
            return fail(tooManyFeaturesMessage(shown, counts.features, spec.input));
        bool queued = false;
        if (threads > 1) {
            try {
                pending.push_back(std::async(std::launch::async, [batch, &layout, ct] {
                    prepareBatch(*batch, layout, ct);
                }));
                inFlight.push_back(batch);
                queued = true;
            } catch (const std::system_error&) { // no thread to be had: prepare it here
            }
        }
        if (!queued) {
            prepareBatch(*batch, layout, ct);
            if (Status s = consume(*batch); !s) return s;
        }
        if (Status s = drain(2 * std::size_t{threads}); !s) return s;
    }
    if (Status s = drain(0); !s) return s;
    out.streamed = true;
    return finishRead(layer, shown, counts, out);
}

} // namespace swingmap::gis::detail
