// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/jobrunner.h"

#include <QString>

class QWidget;

namespace swingmap {

/// Ask for a file name and write the PDF briefing; errors are shown in a message box.
/// Returns the file written, or "" when cancelled or failed.
QString exportPdfInteractive(QWidget* parent, const JobResult& loaded, const Analysis& analysis);
/// Ask for a file and save the map being shown (`mapId`, app/render/thematic.h) as PNG, with
/// legend and scale bar (suppressed areas hatched, as everywhere).
QString exportPngInteractive(QWidget* parent, const JobResult& loaded, const Analysis& analysis,
                             const QString& mapId);
/// The same as SVG (vector).
QString exportSvgInteractive(QWidget* parent, const JobResult& loaded, const Analysis& analysis,
                             const QString& mapId);

} // namespace swingmap
