// SPDX-License-Identifier: GPL-3.0-or-later
// Model benchmark: wall-clock seconds of each analysis phase on synthetic layers of N areas.
// Usage: model_bench [--big] [DIR]
//   --big  also N = 450,000, and GWR above 50,000 areas
//   DIR    time on DIR/areas.gpkg (output of ../shared/tools/make_synthetic.py N DIR) instead
//          of the seeded Voronoi layers; covariates and outcome are still generated here.
#include "core/centroid.h"
#include "core/gwr.h"
#include "core/lisa.h"
#include "core/lmtests.h"
#include "core/moran.h"
#include "core/spatialreg.h"
#include "core/wls.h"
#include "gis/contiguity.h"
#include "gis/reader.h"
#include "gis/voronoi.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <map>
#include <numbers>
#include <random>
#include <string>
#include <vector>

using namespace swingmap;

namespace {
constexpr double kSide = 300000; // a 300 km square, as make_synthetic.py
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const std::vector<std::string> kPhases{"voronoi (setup)",   "queen contiguity",
                                       "OLS (fitWls)",      "Moran (lmMoranTest)",
                                       "LM tests",          "lag ML",
                                       "error ML",          "LISA (999 perm.)",
                                       "GWR (AICc search)", "GWR (exact search)"};

struct Rng { // platform-independent uniform and normal draws
    std::mt19937_64 g;
    explicit Rng(uint64_t seed) : g(seed) {}
    double uniform() { return static_cast<double>(g() >> 11) * 0x1.0p-53; }
    double normal() {
        const double u1 = 1.0 - uniform(), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
    }
};

double seconds(const std::function<void()>& f) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "model_bench: %s\n", what.c_str());
    std::exit(1);
}

PolygonLayer voronoiLayer(std::size_t n) {
    Rng rng(42 + n);
    std::vector<double> xy(2 * n);
    for (double& v : xy)
        v = kSide * rng.uniform();
    BBox clip;
    clip.add(0, 0);
    clip.add(kSide, kSide);
    auto cells = gis::voronoiCells(xy, clip);
    if (!cells) die(cells.error());
    return std::move(*cells);
}

PolygonLayer readLayer(const std::string& dir) {
    SourceSpec spec;
    spec.path = dir + "/areas.gpkg";
    spec.layer = "areas";
    spec.key = "pc";
    auto layer = gis::readPolygonLayer(spec);
    if (!layer) die(layer.error());
    return std::move(layer->geometry);
}

/// Design (intercept + 3 covariates) and an outcome with a smooth spatial part, as in a real
/// swing model: y = X beta + 2 sin(x / 40 km) cos(y / 60 km) + e.
struct Model {
    Eigen::MatrixXd X;
    Eigen::VectorXd y, w;
    std::vector<std::string> names{"(Intercept)", "pct_students", "pct_over65", "log_density"};
};

Model makeModel(const std::vector<double>& centroids) {
    const auto n = static_cast<Eigen::Index>(centroids.size() / 2);
    Rng rng(7);
    Model m;
    m.X.resize(n, 4);
    m.y.resize(n);
    m.w.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double cx = centroids[2 * i], cy = centroids[2 * i + 1];
        m.X.row(i) << 1.0, 30 * rng.uniform(), 5 + 25 * rng.uniform(), rng.normal();
        const double smooth = 2 * std::sin(cx / 40000) * std::cos(cy / 60000);
        m.y(i) = 2 + 0.8 * m.X(i, 1) - 0.5 * m.X(i, 2) + 3 * m.X(i, 3) + smooth + 2 * rng.normal();
        m.w(i) = 50 + std::floor(300 * rng.uniform());
    }
    return m;
}

template <typename T> T need(Result<T> r, const char* what) {
    if (!r) die(std::string(what) + ": " + r.error());
    return std::move(*r);
}

/// Times every phase on one layer; prints a progress line per phase to stderr.
std::map<std::string, double> run(PolygonLayer layer, double setup, bool gwr, bool exact) {
    std::map<std::string, double> t{{kPhases[0], setup}};
    const std::size_t n = layer.featureCount();
    auto note = [&](const std::string& phase, const std::string& extra = "") {
        std::fprintf(stderr, "  N=%zu %-22s %8.3f s %s\n", n, phase.c_str(), t[phase],
                     extra.c_str());
    };
    Neighbours nb;
    t[kPhases[1]] = seconds([&] { nb = gis::queenContiguity(layer); });
    note(kPhases[1], std::to_string(nb.linkCount()) + " links");
    const Model m = makeModel(featureCentroids(layer));
    WlsFit fit;
    t[kPhases[2]] = seconds([&] { fit = need(fitWls(m.X, m.y, m.w, m.names), "fitWls"); });
    note(kPhases[2]);
    t[kPhases[3]] = seconds([&] { need(lmMoranTest(fit, m.X, m.w, nb), "lmMoranTest"); });
    note(kPhases[3]);
    t[kPhases[4]] = seconds([&] { need(lmTests(fit, m.X, m.y, m.w, nb), "lmTests"); });
    note(kPhases[4]);
    SpatialFit lag, err;
    t[kPhases[5]] = seconds([&] { lag = need(fitSpatialLag(m.X, m.y, nb, m.names), "lag"); });
    note(kPhases[5], lag.method + ", rho " + std::to_string(lag.coefficient));
    const Eigen::VectorXd wn = m.w / m.w.mean();
    t[kPhases[6]] =
        seconds([&] { err = need(fitSpatialError(m.X, m.y, wn, nb, m.names), "error"); });
    note(kPhases[6], err.method + ", lambda " + std::to_string(err.coefficient));
    const std::vector<double> x(m.y.data(), m.y.data() + m.y.size());
    t[kPhases[7]] = seconds([&] { need(localMoran(x, nb), "localMoran"); });
    note(kPhases[7]);
    t[kPhases[8]] = t[kPhases[9]] = kNaN;
    if (gwr) {
        GwrSettings gs; // as the pipeline (core/modelfit.cpp): k searched up to 5,000
        if (n > 5000) gs.maxK = 5000;
        const std::vector<double> xy = featureCentroids(layer);
        GwrResult g;
        t[kPhases[8]] = seconds([&] { g = need(fitGwr(m.X, m.y, xy, gs, &m.w), "fitGwr"); });
        note(kPhases[8], "k " + std::to_string(g.bandwidth) + " after " +
                             std::to_string(g.searchPath.size()) + " AICc evaluations on " +
                             std::to_string(g.searchPoints) + " focal points, AICc " +
                             std::to_string(g.aicc));
        if (exact && n > static_cast<std::size_t>(gs.searchSample)) {
            gs.searchSample = 0; // mgwr's search scoring every area, for comparison
            t[kPhases[9]] = seconds([&] { g = need(fitGwr(m.X, m.y, xy, gs, &m.w), "fitGwr"); });
            note(kPhases[9], "k " + std::to_string(g.bandwidth) + " after " +
                                 std::to_string(g.searchPath.size()) + " AICc evaluations, AICc " +
                                 std::to_string(g.aicc));
        }
    }
    return t;
}

void printTable(const std::vector<std::size_t>& sizes,
                const std::vector<std::map<std::string, double>>& results) {
    std::printf("| phase (seconds) |");
    for (std::size_t n : sizes)
        std::printf(" N = %zu |", n);
    std::printf("\n|---|");
    for (std::size_t k = 0; k < sizes.size(); ++k)
        std::printf("---:|");
    std::printf("\n");
    for (const auto& phase : kPhases) {
        std::printf("| %s |", phase.c_str());
        for (const auto& r : results) {
            const double v = r.at(phase);
            std::isnan(v) ? std::printf(" skipped |") : std::printf(" %.3f |", v);
        }
        std::printf("\n");
    }
    std::printf("| **OLS + Moran + LM tests** |");
    for (const auto& r : results)
        std::printf(" %.3f |", r.at(kPhases[2]) + r.at(kPhases[3]) + r.at(kPhases[4]));
    std::printf("\n");
}
} // namespace

int main(int argc, char** argv) {
    bool big = false, exact = false;
    std::string dir;
    std::vector<std::size_t> only; // --n N (repeatable): run just these sizes
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--n" && i + 1 < argc)
            only.push_back(static_cast<std::size_t>(std::stoul(argv[++i])));
        else if (a == "--exact")
            exact = true;
        else
            a == "--big" ? void(big = true) : void(dir = a);
    }
    std::vector<std::size_t> sizes;
    std::vector<std::map<std::string, double>> results;
    if (!dir.empty()) {
        PolygonLayer layer;
        const double setup = seconds([&] { layer = readLayer(dir); });
        sizes.push_back(layer.featureCount());
        results.push_back(run(std::move(layer), setup, big || sizes.back() <= 50000, exact));
    } else {
        std::vector<std::size_t> ns{1000, 10000, 50000};
        if (big) ns.push_back(450000);
        if (!only.empty()) ns = only;
        for (std::size_t n : ns) {
            PolygonLayer layer;
            const double setup = seconds([&] { layer = voronoiLayer(n); });
            sizes.push_back(n);
            results.push_back(run(std::move(layer), setup, big || n <= 50000, exact));
        }
    }
    printTable(sizes, results);
    return 0;
}
