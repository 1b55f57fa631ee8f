// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for bench/run: GDAL's own raw read of every feature (geometry + attributes) of one
// layer, with no validation, repair or copying beyond what OGR does itself. Built only with
// -DSWINGMAP_BUILD_BENCH=ON. Lives under gis/ because only gis/ may include GDAL.
//
// Usage: gdal_floor DATASET [LAYER]
// Prints one JSON object:
// {"features","vertices","fields","set_fields","open_s","read_s","total_s"}.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

/// Counts the vertices so the geometry is really walked (and cannot be optimised away).
std::int64_t countVertices(const OGRGeometry* g) {
    if (!g) return 0;
    const OGRwkbGeometryType t = wkbFlatten(g->getGeometryType());
    if (t == wkbPolygon) {
        const auto* p = g->toPolygon();
        std::int64_t n = 0;
        for (const auto* ring : *p)
            n += ring->getNumPoints();
        return n;
    }
    if (OGR_GT_IsSubClassOf(t, wkbGeometryCollection)) {
        std::int64_t n = 0;
        for (const auto* part : *g->toGeometryCollection())
            n += countVertices(part);
        return n;
    }
    if (OGR_GT_IsCurve(t)) return g->toSimpleCurve()->getNumPoints();
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: gdal_floor DATASET [LAYER]\n");
        return 2;
    }
    const auto t0 = Clock::now();
    GDALAllRegister();
    GDALDataset* ds = GDALDataset::Open(argv[1], GDAL_OF_VECTOR | GDAL_OF_READONLY);
    if (!ds) {
        std::fprintf(stderr, "gdal_floor: cannot open %s as a vector dataset; check the path.\n",
                     argv[1]);
        return 1;
    }
    OGRLayer* layer = argc == 3 ? ds->GetLayerByName(argv[2]) : ds->GetLayer(0);
    if (!layer) {
        std::fprintf(stderr, "gdal_floor: %s has no layer %s; name an existing layer.\n", argv[1],
                     argc == 3 ? argv[2] : "0");
        GDALClose(ds);
        return 1;
    }
    const auto t1 = Clock::now();
    std::int64_t features = 0;
    std::int64_t vertices = 0;
    std::int64_t setFields = 0; // OGR has already decoded them
    const int nFields = layer->GetLayerDefn()->GetFieldCount();
    layer->ResetReading();
    for (auto& f : *layer) {
        ++features;
        vertices += countVertices(f->GetGeometryRef());
        for (int i = 0; i < nFields; ++i) {
            if (f->IsFieldSetAndNotNull(i)) ++setFields;
        }
    }
    const auto t2 = Clock::now();
    GDALClose(ds);
    const auto t3 = Clock::now();
    std::printf("{\"features\": %lld, \"vertices\": %lld, \"fields\": %d, \"set_fields\": %lld, "
                "\"open_s\": %.6f, \"read_s\": %.6f, \"total_s\": %.6f}\n",
                static_cast<long long>(features), static_cast<long long>(vertices), nFields,
                static_cast<long long>(setFields), seconds(t0, t1), seconds(t1, t2),
                seconds(t0, t3));
    return 0;
}
