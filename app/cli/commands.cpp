// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "app/render/atlas.h"
#include "app/render/briefing.h"
#include "app/render/mapimage.h"
#include "app/render/thematic.h"
#include "app/shared/demo.h"
#include "app/shared/job.h"
#include "app/shared/version.h"
#include "core/projectpaths.h"
#include "core/report.h"
#include "core/targets.h"
#include "gis/areas_writer.h"
#include "gis/versions.h"

#include <Eigen/Core>
#include <QtGlobal>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>

namespace swingmap::cli {

namespace {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

int error(const std::string& message) {
    std::fprintf(stderr, "swingmap-cli: error: %s\n", message.c_str());
    return kInputError;
}

class PrintFeedback : public Feedback {
public:
    explicit PrintFeedback(bool quiet) : m_quiet(quiet) {}
    void setProgress(double fraction, const std::string& phase) override {
        if (!m_quiet && phase != m_last && fraction < 1)
            std::fprintf(stderr, "  %s…\n", phase.c_str());
        m_last = phase;
    }

private:
    bool m_quiet;
    std::string m_last;
};

void printJoin(const Dataset& d, const JoinReport& j) {
    std::printf("Boundaries: %zu areas (%zu repaired, %zu without geometry, %zu islands)\n",
                d.join.boundaryFeatures, d.join.geometry.repaired, d.join.geometry.empty,
                d.join.geometry.islands);
    for (const auto& s : j.sources) {
        std::printf("  %-28s %zu rows, %zu matched, %zu unmatched keys, %zu duplicates, "
                    "%zu areas without a row",
                    s.role.c_str(), s.rows, s.matched, s.unmatchedKeys.size(),
                    s.duplicateKeys.size(), s.areasWithoutRow);
        if (s.totalRows) std::printf(", %zu total rows", s.totalRows);
        std::printf("\n");
    }
    if (!j.duplicateBoundaryKeys.empty())
        std::printf("  Warning: %zu duplicate boundary keys (e.g. \"%s\"): the features sharing a "
                    "key get the same table rows; give each feature its own key, or dissolve them "
                    "into one area\n",
                    j.duplicateBoundaryKeys.size(), j.duplicateBoundaryKeys.front().c_str());
    for (const auto& h : j.paddingHints)
        std::printf("  Keys: %zu keys of %s match only after zero-padding or unpadding (\"%s\" = "
                    "\"%s\"): add %s to that source\n",
                    h.count, h.source.c_str(), h.sourceKey.c_str(), h.boundaryKey.c_str(),
                    h.fix.c_str());
    if (!j.totalRows.empty()) {
        const TotalRow& t = j.totalRows.front();
        std::printf("  Total rows: %zu left out (e.g. %s \"%s\"%s%s: %s)\n", j.totalRows.size(),
                    t.source.c_str(), t.key.c_str(), t.name.empty() ? "" : " ", t.name.c_str(),
                    t.reason.c_str());
    }
    for (const auto& c : j.rowChecks)
        std::printf("  Row check: %s: %zu rows with %s, left out (e.g. %s)\n", c.source.c_str(),
                    c.count, c.check.c_str(), c.examples.empty() ? "" : c.examples.front().c_str());
    if (j.nameMismatchCount > 0) {
        const NameMismatch& m = j.nameMismatches.front();
        std::printf("  Warning: %zu keys match while the area names disagree (e.g. %s: \"%s\" vs "
                    "\"%s\" in %s): check that the sources describe the same areas\n",
                    j.nameMismatchCount, m.key.c_str(), m.boundaryName.c_str(),
                    m.sourceName.c_str(), m.source.c_str());
    }
}

void printModel(const Analysis& a) {
    const ModelSummary& m = a.model;
    if (!m.fitted) {
        std::printf("Model: not fitted: %s\n", m.error.c_str());
        return;
    }
    if (a.settings.outcome == Outcome::Column)
        std::printf("Model: %s, n = %zu (%zu left out), R² = %.3f\n",
                    outcomeName(a.settings).c_str(), m.n, m.dropped, m.fit.rSquared);
    else
        std::printf("Model: %s of %s, %s -> %s, n = %zu (%zu left out), R² = %.3f\n",
                    outcomeName(a.settings).c_str(), a.settings.party.c_str(),
                    a.settings.from.c_str(), a.settings.to.c_str(), m.n, m.dropped, m.fit.rSquared);
    for (const auto& t : m.fit.terms)
        std::printf("  %-36s %12.6g  (SE %.3g, p = %.3g; robust HC3 SE %.3g)\n", t.name.c_str(),
                    t.estimate, t.stdError, t.p, t.hc3StdError);
    if (m.hasMoran)
        std::printf("  residual Moran's I = %.4f (z = %.2f, p = %.3g)\n", m.moran.i, m.moran.z,
                    m.moran.p);
    if (m.hasLmTests)
        std::printf("  LM tests: RSerr %.2f (p %.3g), RSlag %.2f (p %.3g), adjRSerr %.2f (p %.3g), "
                    "adjRSlag %.2f (p %.3g)\n",
                    m.lmTests.rsErr.statistic, m.lmTests.rsErr.p, m.lmTests.rsLag.statistic,
                    m.lmTests.rsLag.p, m.lmTests.adjRsErr.statistic, m.lmTests.adjRsErr.p,
                    m.lmTests.adjRsLag.statistic, m.lmTests.adjRsLag.p);
    for (const auto* sp : {&m.lag, &m.errorModel})
        if (*sp)
            std::printf(
                "  spatial %s model: %s = %.4f (SE %.4f), AIC %.2f vs OLS %.2f, LR p = %.3g\n",
                (*sp)->kind.c_str(), (*sp)->kind == "lag" ? "rho" : "lambda", (*sp)->coefficient,
                (*sp)->stdError, (*sp)->aic, (*sp)->olsAic, (*sp)->lrP);
    if (m.gwr)
        std::printf("  GWR: k = %d nearest areas, AICc %.2f, R² %.3f\n", m.gwr->bandwidth,
                    m.gwr->aicc, m.gwr->rSquared);
    if (a.hasLisa) {
        std::printf("  LISA clusters:");
        for (const auto& [c, count] : a.lisaCounts)
            std::printf(" %s %zu", lisaClusterId(c), count);
        std::printf("\n");
    }
}

bool promote(const fs::path& from, const fs::path& to) {
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec) fs::remove(from, ec);
    return !ec;
}

/// Say which files outside the project folder (and which remote sources) it reads, on stderr,
/// before anything is read; with --refuse-outside that is an error.
bool confirmInputs(const Project& project, bool refuseOutside) {
    const std::string text = confirmationText(inputsToConfirm(project));
    if (text.empty()) return true;
    std::fprintf(stderr, "swingmap-cli: %s", text.c_str());
    if (!refuseOutside) return true;
    std::fprintf(stderr,
                 "swingmap-cli: error: %s: --refuse-outside: not reading files outside "
                 "the project folder. Copy them into the folder, or leave out "
                 "--refuse-outside if you trust this project.\n",
                 project.file.c_str());
    return false;
}

/// report.json with the "atlas" block (docs/schema.md §2).
std::string withAtlasReport(const std::string& report, const Project& project,
                            const AtlasSummary& atlas, const JobResult& job) {
    nlohmann::json j = nlohmann::json::parse(report, nullptr, false);
    if (j.is_discarded()) return report;
    j["atlas"] = {{"file", "atlas.pdf"},
                  {"group", project.atlas.group},
                  {"groups", atlas.groups},
                  {"pages", atlas.pages},
                  {"paper", project.atlas.paper()},
                  {"orientation", project.atlas.orientation()}};
    if (job.atlasLayer)
        j["atlas"]["layer"] = {{"source", job.atlasLayer->source},
                               {"straddling", job.atlasLayer->straddling},
                               {"unassigned", job.atlasLayer->unassigned}};
    return j.dump(2);
}

bool writeText(const fs::path& path, const std::string& text) {
    const fs::path tmp = path.string() + ".part";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out) return false;
    }
    return promote(tmp, path);
}
} // namespace

int runProject(const RunOptions& o) {
    const auto start = Clock::now();
    auto project = loadProject(o.project);
    if (!project) return error(project.error());
    if (o.maxInputMb) {
        InputPolicy policy = project->input;
        policy.maxInputBytes = *o.maxInputMb << 20;
        setInputPolicy(*project, policy);
    }
    if (!o.streets.empty()) {
        if (!project->streets) project->streets.emplace();
        project->streets->source.path = fs::absolute(o.streets).lexically_normal().string();
        project->streets->source.input = project->input;
    }
    if (!o.atlas.empty()) { // a column named on the command line replaces a groups layer
        project->atlas.group = o.atlas;
        project->atlas.groups.reset();
    }
    if (!o.paper.empty()) project->atlas.a3 = o.paper == "A3";
    if (!o.orientation.empty()) project->atlas.landscape = o.orientation == "landscape";
    if (!confirmInputs(*project, o.refuseOutside)) return kInputError;
    std::error_code ec;
    fs::create_directories(o.outDir, ec);
    if (ec) return error(o.outDir + ": cannot create the output folder (" + ec.message() + ").");
    PrintFeedback feedback(o.quiet);
    auto job = runJob(*project, feedback);
    if (!job) return error(job.error());
    Timings timings = job->timings;
    if (!o.quiet) {
        printJoin(job->data, publishedJoin(job->data, job->analysis));
        printModel(job->analysis);
        if (job->streets && job->streetRanking)
            std::printf("Streets: %zu named streets (%zu features kept, %zu unnamed and %zu by "
                        "class dropped), %zu listed, %zu swing-streets\n",
                        job->streets->names.size(), job->streets->kept,
                        job->streets->droppedUnnamed, job->streets->droppedByClass,
                        job->streetRanking->listed.size(), job->streetRanking->swingStreets);
    }
    auto t0 = Clock::now();
    const fs::path out(o.outDir);
    // every output is written under a temporary name and renamed: a failed run leaves no
    // half-written file behind
    if (auto s = gis::writeAreasGpkg((out / "areas.part.gpkg").string(), job->data, job->analysis);
        !s || !promote(out / "areas.part.gpkg", out / "areas.gpkg"))
        return error(s ? (out / "areas.gpkg").string() + ": cannot be written." : s.error());
    timings.emplace_back("gpkg", since(t0));
    const auto& d = job->data;
    if (!writeText(out / "targets.csv",
                   targetsCsv(d, job->analysis, rankTargets(d, job->analysis))))
        return error((out / "targets.csv").string() + ": cannot be written.");
    if (job->streetRanking &&
        !writeText(out / "streets.csv", streetsCsv(*job->streets, d, *job->streetRanking)))
        return error((out / "streets.csv").string() + ": cannot be written.");
    StreetsOverlay streetsOverlay{job->streets ? &*job->streets : nullptr,
                                  job->streetRanking ? &*job->streetRanking : nullptr};
    const StreetsOverlay* overlay = job->streets ? &streetsOverlay : nullptr;
    if (o.pdf) {
        t0 = Clock::now();
        auto s = Briefing::writePdf((out / "briefing.part.pdf").string(), job->data, job->analysis,
                                    *project, overlay);
        if (!s || !promote(out / "briefing.part.pdf", out / "briefing.pdf")) {
            fs::remove(out / "briefing.part.pdf", ec);
            return error(s ? (out / "briefing.pdf").string() + ": cannot be written." : s.error());
        }
        timings.emplace_back("pdf", since(t0));
    }
    std::optional<AtlasSummary> atlas;
    if (project->atlas.enabled()) {
        t0 = Clock::now();
        auto s = Atlas::writePdf((out / "atlas.part.pdf").string(), job->data, job->analysis,
                                 *project, overlay);
        if (!s || !promote(out / "atlas.part.pdf", out / "atlas.pdf")) {
            fs::remove(out / "atlas.part.pdf", ec);
            return error(s ? (out / "atlas.pdf").string() + ": cannot be written." : s.error());
        }
        atlas = *s;
        timings.emplace_back("atlas", since(t0));
    }
    // the briefing's first map, under a temporary name and renamed like every other output
    const auto writeMap = [&](const std::string& ext, auto writer) -> bool {
        const fs::path part = out / ("map.part." + ext), file = out / ("map." + ext);
        const Status s =
            writer(part.string(), d, job->analysis, *project, primaryMapId(job->analysis),
                   exportMapSize(), overlay, ClassStyle{}, nullptr, MapDecor{});
        if (s && promote(part, file)) return true;
        std::error_code rm;
        fs::remove(part, rm);
        error(s ? file.string() + ": cannot be written." : s.error());
        return false;
    };
    if (o.png && !writeMap("png", writeThematicPng)) return kInputError;
    if (o.svg && !writeMap("svg", writeThematicSvg)) return kInputError;
    timings.emplace_back("total", since(start));
    std::string report = withStreetsReport(buildReport(*project, job->data, job->analysis, timings,
                                                       job->backtest ? &*job->backtest : nullptr,
                                                       job->backtestError),
                                           *job);
    if (atlas) report = withAtlasReport(report, *project, *atlas, *job);
    if (!writeText(out / "report.json", report))
        return error((out / "report.json").string() + ": cannot be written.");
    if (!o.quiet) {
        std::printf("Timings:");
        for (const auto& [phase, secs] : timings)
            std::printf(" %s %.3fs", phase.c_str(), secs);
        std::printf("\nWrote %s/{report.json, areas.gpkg, targets.csv%s%s%s%s%s}\n",
                    o.outDir.c_str(), job->streetRanking ? ", streets.csv" : "",
                    o.pdf ? ", briefing.pdf" : "", atlas ? ", atlas.pdf" : "",
                    o.png ? ", map.png" : "", o.svg ? ", map.svg" : "");
    }
    return kOk;
}

int makeDemoCommand(const std::string& dir) {
    if (auto s = makeDemo(dir); !s) return error(s.error());
    std::printf("Wrote the synthetic demo project to %s/project.json\n", dir.c_str());
    return kOk;
}

int validateCommand(const std::string& file, bool refuseOutside) {
    auto project = loadProject(file);
    if (!project) return error(project.error());
    if (!confirmInputs(*project, refuseOutside)) return kInputError;
    std::printf("%s: valid SwingMap project (%zu elections, %zu census tables)\n", file.c_str(),
                project->elections.size(), project->census.size());
    return kOk;
}

std::string versionText() {
    return swingmap::programVersionText("swingmap-cli", SWINGMAP_VERSION);
}

} // namespace swingmap::cli
