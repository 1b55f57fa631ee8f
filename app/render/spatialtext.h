// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/project.h"

#include <QString>
#include <QStringList>

namespace swingmap {

/**
 * The spatial diagnostics and models in plain words, one sentence each, for the PDF's
 * "Where the pattern holds" box and the GUI's model panel: what the LM tests say, the spatial lag
 * and error models against the plain model, how much each GWR effect varies across the map, and
 * the LISA clusters. Only what was asked for and could be computed; a part that failed says so.
 * Figures of suppressed areas never enter (GWR ranges are over the areas that may be shown).
 */
QStringList spatialSentences(const Analysis& analysis, const Project& project);

/// Anselin's decision rule at 5 % in plain words (no jargon beyond naming the model).
QString lmPlainSentence(const LmTests& t);

} // namespace swingmap
