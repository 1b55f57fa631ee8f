// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shared/job.h"

#include "gis/dataset_loader.h"
#include "gis/spatial_weights.h"

#include <chrono>

namespace swingmap {

namespace {
using Clock = std::chrono::steady_clock;
double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
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
    feedback.setProgress(1.0, "Done");
    return r;
}

Result<Analysis> refit(const JobResult& loaded, const AnalysisSettings& settings) {
    return analyse(loaded.data, loaded.neighbours, settings);
}

} // namespace swingmap
