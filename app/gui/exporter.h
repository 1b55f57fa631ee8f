// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/jobrunner.h"
#include "app/render/classstyle.h"
#include "app/render/mapimage.h"
#include "app/render/overlaydraw.h"
#include "app/render/streetsdraw.h"

#include <QString>

class QWidget;

namespace swingmap {

class MapCanvas;

/// What File › Export writes: the project, the analysis on screen, the map shown and its streets.
struct ExportInput {
    const JobResult* loaded = nullptr;
    const Analysis* analysis = nullptr;
    QString mapId;             ///< the variable the map shows (thematic.h)
    StreetsOverlay streets;    ///< the streets ranked by `analysis` (null: none)
    bool streetsShown = false; ///< the map's Streets toggle
    ClassStyle style;          ///< the map's classes and palette (Style panel)
    MapLayerStack layers; ///< the Layers panel: order, visibility, opacity, overlays (PNG, SVG)
    MapDecor decor;       ///< View › Area labels and North arrow
    [[nodiscard]] bool hasStreets() const { return streets.streets && streets.ranking; }
    /// For the map images: the streets when the toggle is on, else null.
    [[nodiscard]] const StreetsOverlay* mapStreets() const {
        return hasStreets() && streetsShown ? &streets : nullptr;
    }
};
/// The export of what `canvas` shows for `loaded` and `analysis` (which must outlive it).
ExportInput exportInput(const JobResult& loaded, const Analysis& analysis, const MapCanvas& canvas);

/// The map shown as PNG (exportMapSize()), with legend and scale bar (suppressed areas hatched,
/// as everywhere) and, when the Streets toggle is on, the streets; the layers in the Layers
/// panel's order, visibility and opacity, with its overlays.
Status writeMapPng(const QString& file, const ExportInput& in);
/// The same as SVG (vector).
Status writeMapSvg(const QString& file, const ExportInput& in);
/// The briefing PDF (app/render/briefing.h); its first map draws the streets when the project has
/// them, as swingmap-cli's briefing.pdf does. It does not follow the Layers panel (no overlays).
Status writeBriefingPdf(const QString& file, const ExportInput& in);
/// areas.gpkg, targets.csv and, with streets, streets.csv (docs/schema.md) in `folder`, as
/// swingmap-cli writes them; each written atomically.
Status writeLists(const QString& folder, const ExportInput& in);

/// Ask for a file name and write the PDF briefing; errors are shown in a message box.
/// Returns the file written, or "" when cancelled or failed.
QString exportPdfInteractive(QWidget* parent, const ExportInput& in);
/// Ask for a file and save the map being shown as PNG.
QString exportPngInteractive(QWidget* parent, const ExportInput& in);
/// The same as SVG (vector).
QString exportSvgInteractive(QWidget* parent, const ExportInput& in);
/// Ask for a folder and write areas.gpkg, targets.csv (and streets.csv) there; returns the
/// folder or "".
QString exportListsInteractive(QWidget* parent, const ExportInput& in);

} // namespace swingmap
