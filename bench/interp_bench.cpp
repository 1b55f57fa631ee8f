// SPDX-License-Identifier: GPL-3.0-or-later
// Areal interpolation benchmark: the synthetic layer of ../shared/tools/make_synthetic.py N DIR
// onto a copy of itself shifted by about a third of a cell, timed per phase.
// Usage: interp_bench DIR [--geos] [--threads T]
//   --geos       every pair through GEOS (no convex fast path)
//   --threads T  worker threads (default: every core)
#include "core/interpolate.h"
#include "gis/overlay.h"
#include "gis/reader.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

using namespace swingmap;

namespace {
[[noreturn]] void die(const std::string& msg) {
    std::fprintf(stderr, "interp_bench: %s\n", msg.c_str());
    std::exit(1);
}
double since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
} // namespace

int main(int argc, char** argv) {
    std::string dir;
    gis::OverlayOptions opt;
    for (int a = 1; a < argc; ++a) {
        const std::string arg = argv[a];
        if (arg == "--geos")
            opt.convexFastPath = false;
        else if (arg == "--threads" && a + 1 < argc)
            opt.threads = static_cast<unsigned>(std::atoi(argv[++a]));
        else
            dir = arg;
    }
    if (dir.empty()) die("usage: interp_bench DIR [--geos] [--threads T]");

    auto t0 = std::chrono::steady_clock::now();
    SourceSpec spec;
    spec.path = dir + "/areas.gpkg";
    spec.layer = "areas";
    spec.key = "pc";
    auto layer = gis::readPolygonLayer(spec);
    if (!layer) die(layer.error());
    const double readSeconds = since(t0);
    const PolygonLayer& source = layer->geometry;
    const std::size_t n = source.featureCount();
    // a third of a typical cell's side, a little more in x than in y
    const double cell =
        std::sqrt(source.extent.width() * source.extent.height() / static_cast<double>(n));
    const double dx = cell / 3, dy = cell / 4.5;
    PolygonLayer target = source;
    for (std::size_t k = 0; k < target.pointCount(); ++k)
        target.xy[2 * k] += dx, target.xy[2 * k + 1] += dy;
    for (BBox& b : target.bbox)
        b = BBox{b.minX + dx, b.minY + dy, b.maxX + dx, b.maxY + dy};
    target.extent = BBox{source.extent.minX + dx, source.extent.minY + dy, source.extent.maxX + dx,
                         source.extent.maxY + dy};

    auto ov = gis::overlayLayers({&source, layer->crsWkt}, {&target, layer->crsWkt}, opt);
    if (!ov) die(ov.error());

    // counts: deterministic, integer-valued, different per column
    std::vector<CountColumn> cols{{"electorate", {}}, {"valid", {}}, {"party", {}}};
    for (std::size_t i = 0; i < n; ++i) {
        const double e = 20 + static_cast<double>((i * 7919) % 380);
        cols[0].values.push_back(e);
        cols[1].values.push_back(std::floor(e * (0.5 + static_cast<double>(i % 35) / 100)));
        cols[2].values.push_back(std::floor(cols[1].values.back() * 0.3));
    }
    t0 = std::chrono::steady_clock::now();
    auto res = interpolateCounts(ov->matrix, cols);
    if (!res) die(res.error());
    const double moveSeconds = since(t0);

    const double total = ov->secondsProject + ov->secondsIndex + ov->secondsIntersect + moveSeconds;
    std::printf("| N | %zu |\n|---|---:|\n", n);
    std::printf("| read areas.gpkg (s, not counted) | %.3f |\n", readSeconds);
    std::printf("| shift (m) | %.1f, %.1f |\n", dx, dy);
    if (opt.threads)
        std::printf("| threads | %u |\n", opt.threads);
    else
        std::printf("| threads | all (%u) |\n", std::thread::hardware_concurrency());
    std::printf("| convex fast path | %s |\n", opt.convexFastPath ? "on" : "off");
    std::printf("| project (s) | %.3f |\n", ov->secondsProject);
    std::printf("| index (s) | %.3f |\n", ov->secondsIndex);
    std::printf("| intersect (s) | %.3f |\n", ov->secondsIntersect);
    std::printf("| move (s) | %.3f |\n", moveSeconds);
    std::printf("| total (s) | %.3f |\n", total);
    std::printf("| candidate pairs | %zu |\n", ov->candidatePairs);
    std::printf("| overlapping pairs | %zu |\n", ov->matrix.size());
    std::printf("| pairs by the convex path | %zu |\n", ov->convexPairs);
    std::printf("| GEOS failures | %zu |\n", ov->geosFailures);
    std::printf("| max discrepancy (lost at the edge included) | %.3e |\n", res->maxDiscrepancy);
    std::printf("| max bookkeeping error (source − lost − target) | %.3e |\n", res->maxBookkeeping);
    std::printf("| electorate lost at the layer's edge | %.1f of %.1f |\n", res->totals[0].lost,
                res->totals[0].sourceTotal);
    return 0;
}
