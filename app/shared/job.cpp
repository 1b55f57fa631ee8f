// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shared/job.h"

#include "gis/dataset_loader.h"
#include "gis/grouping.h"
#include "gis/spatial_weights.h"
#include "gis/streets.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>

namespace swingmap {

namespace {
using Clock = std::chrono::steady_clock;
double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// The atlas' groups: a groups layer overlaid with the areas, else a boundary column (the loader
/// kept it), else a census text column.
Status resolveAtlasGroups(const Project& project, Dataset& d, JobResult& r) {
    if (project.atlas.groups) {
        auto g = gis::groupAreas(gis::CrsLayer{&d.geometry, d.crsWkt}, *project.atlas.groups);
        if (!g) return fail("The atlas groups layer: " + g.error());
        d.groupColumn = project.atlas.groups->name;
        d.groups = std::move(g->perArea);
        r.atlasLayer = JobResult::AtlasLayerInfo{g->source, g->assignment.straddling,
                                                 g->assignment.unassigned};
        return Ok{};
    }
    if (!project.atlas.enabled() || !d.groupColumn.empty()) return Ok{};
    if (const int c = d.categoryIndex(project.atlas.group); c >= 0) {
        d.groupColumn = project.atlas.group;
        d.groups = d.categories[static_cast<std::size_t>(c)];
        return Ok{};
    }
    std::string list;
    for (const auto* cols : {&d.boundaryColumns, &d.categoryNames})
        for (const auto& c : *cols)
            list += (list.empty() ? "" : ", ") + c;
    return fail(project.file + ": the atlas group column \"" + project.atlas.group +
                "\" is neither a column of the boundaries nor a text column of a census table. "
                "Choose one of: " +
                (list.empty() ? std::string("(none)") : list) + ".");
}
} // namespace

Result<JobResult> runJob(const Project& project, Feedback& feedback) {
    JobResult r;
    r.project = project;
    gis::LoadTimings lt;
    auto data = gis::loadDataset(project, feedback, lt);
    if (!data) return data.takeError();
    r.data = std::move(*data);
    r.timings = {{"boundaries", lt.boundaries},
                 {"tables", lt.tables},
                 {"join", lt.join},
                 {"reconcile", lt.reconcile}};
    if (auto st = resolveAtlasGroups(project, r.data, r); !st) return st.takeError();
    if (feedback.isCancelled()) return fail("cancelled");
    feedback.setProgress(0.7, "Finding neighbours and fitting the model");
    const auto t0 = Clock::now();
    r.neighbours = gis::buildSpatialWeights(r.data, project.analysis.spatialWeights, r.weightsInfo);
    r.data.join.geometry.islands = r.weightsInfo.touchingNothing;
    auto analysis = analyse(r.data, r.neighbours, project.analysis);
    if (!analysis) return analysis.takeError();
    r.analysis = std::move(*analysis);
    if (!project.analysis.backtest.empty()) {
        auto bt = backtest(r.data, project.analysis, project.analysis.backtest);
        bt ? void(r.backtest = std::move(*bt)) : void(r.backtestError = bt.error());
    }
    r.timings.emplace_back("model", since(t0));
    if (project.streets && project.streets->enabled()) {
        if (feedback.isCancelled()) return fail("cancelled");
        feedback.setProgress(0.9, "Clipping the streets to the areas");
        const auto t1 = Clock::now();
        auto streets = gis::loadStreets(*project.streets, r.data);
        if (!streets) return streets.takeError();
        r.streetRanking = rankStreets(*streets, r.data, r.analysis);
        // the streets' licence on every output's sources line (OpenStreetMap: ODbL attribution)
        const std::string line = project.streets->source.attribution.empty()
                                     ? "Streets: " + streets->source
                                     : project.streets->source.attribution;
        if (std::find(r.data.attribution.begin(), r.data.attribution.end(), line) ==
            r.data.attribution.end())
            r.data.attribution.push_back(line);
        r.streets = std::move(*streets);
        r.timings.emplace_back("streets", since(t1));
    }
    feedback.setProgress(1.0, "Done");
    return r;
}

std::string withStreetsReport(const std::string& report, const JobResult& job) {
    if (!job.streets || !job.streetRanking) return report;
    nlohmann::json j = nlohmann::json::parse(report, nullptr, false);
    if (j.is_discarded()) return report;
    j["streets"] = streetsReport(*job.streets, *job.streetRanking);
    return j.dump(2);
}

Result<Analysis> refit(const JobResult& loaded, const AnalysisSettings& settings) {
    return analyse(loaded.data, loaded.neighbours, settings);
}

} // namespace swingmap
