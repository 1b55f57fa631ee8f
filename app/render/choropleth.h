// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/legend.h"
#include "app/render/maprenderer.h"
#include "app/render/palette.h"
#include "core/analysis.h"
#include "core/dataset.h"

#include <QString>

namespace swingmap {

/// Zero-centred classes for the analysis' share change; suppressed areas do not shape the breaks.
Classification shareChangeClassification(const Analysis& analysis, int classes = 9);
/// "Change in SPD share, points"
QString shareChangeTitle(const Analysis& analysis);
/// The legend the widget and the PDF both show for the share-change map.
Legend shareChangeLegend(const Analysis& analysis, const Classification& cls);
/// A renderer of the share-change map (keeps pointers into data and analysis).
MapRenderer shareChangeRenderer(const Dataset& data, const Analysis& analysis,
                                const Classification& cls, MapStyle style = {});

/// Plain name of an outcome: "change in vote share", "Butler swing", ...
QString outcomeLabel(Outcome o);
/// outcomeLabel() in the user's language on screen (app/render/uitext.h), for titles.
QString outcomeLabelText(Outcome o);

} // namespace swingmap
