// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/streetsdraw.h"
#include "core/analysis.h"
#include "core/dataset.h"
#include "core/project.h"
#include "core/result.h"

#include <string>

namespace swingmap {

namespace Briefing {

/**
 * Write the one-page briefing as a landscape vector PDF on the project's paper (atlas "paper":
 * A4 unless A3): title (and a SYNTHETIC DEMO DATA
 * banner for demo data), party and elections, the share-change map with legend and scale bar,
 * "What the model says" in plain words, sources and the date. When the analysis has LISA
 * clusters or GWR, a second page (same header and footer) shows the residual map beside the
 * LISA cluster map (or the local GWR effect of the first covariate), each with its legend. Needs a
 * QGuiApplication (fonts); the CLI can create one on the "offscreen" platform. Returns a
 * user-facing error on failure. With `streets`, the first map also draws the streets
 * (streetsdraw.h) and its legend lists them.
 */
Status writePdf(const std::string& path, const Dataset& data, const Analysis& analysis,
                const Project& project, const StreetsOverlay* streets = nullptr);

} // namespace Briefing

} // namespace swingmap
