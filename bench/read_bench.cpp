// SPDX-License-Identifier: GPL-3.0-or-later
// Boundary reading benchmark (bench/README.md): gis::readPolygonLayer on one layer, repeated, with
// the reader's threads and batch size as arguments. Prints one JSON object per run.
//
// Usage: read_bench DATASET [LAYER] [--threads N] [--batch N] [--runs N]

#include "gis/reader.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    using namespace swingmap;
    if (argc < 2) {
        std::fprintf(stderr, "usage: read_bench DATASET [LAYER] [--threads N] [--batch N] "
                             "[--runs N]\n");
        return 2;
    }
    SourceSpec spec;
    spec.path = argv[1];
    gis::ReadTuning tuning;
    int runs = 3;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--threads" && i + 1 < argc)
            tuning.threads = static_cast<unsigned>(std::atoi(argv[++i]));
        else if (a == "--batch" && i + 1 < argc)
            tuning.batch = static_cast<std::size_t>(std::atol(argv[++i]));
        else if (a == "--runs" && i + 1 < argc)
            runs = std::atoi(argv[++i]);
        else
            spec.layer = a;
    }
    for (int r = 0; r < runs; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        auto layer = gis::readPolygonLayer(spec, "", tuning);
        const double s =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!layer) {
            std::fprintf(stderr, "read_bench: %s\n", layer.error().c_str());
            return 1;
        }
        std::printf("{\"features\": %zu, \"vertices\": %zu, \"repaired\": %zu, \"read_s\": %.4f}\n",
                    layer->geometry.featureCount(), layer->geometry.pointCount(), layer->repaired,
                    s);
    }
    return 0;
}
