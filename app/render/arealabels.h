// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/labelplacer.h"
#include "app/render/viewtransform.h"
#include "core/geometry.h"

#include <QFont>
#include <QRectF>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

class QPainter;

namespace swingmap {

struct Analysis;
struct Dataset;

/**
 * The area-name labels of a polygon layer for any view (the map widget, PNG and SVG export):
 * every area big enough on screen is a candidate, anchored at its interior point
 * (core/centroid.h: always inside the area), ranked targets first, then by area on screen; the
 * LabelPlacer keeps those that fit. Names are public geography (areas.gpkg publishes the name of
 * every area, suppressed ones included): a label shows the name only, never a figure. Areas
 * without a name are labelled with their key when the layer names none at all.
 * Interior points and areas are computed once per area, when first needed; the layer must
 * outlive this object. Not thread-safe.
 */
class AreaLabels {
public:
    AreaLabels() = default;
    /// `texts`: per area its label ("" = none); `targets`: per area 1 = on the target list
    /// (placed first; empty = none).
    AreaLabels(const PolygonLayer& layer, std::vector<std::string> texts,
               std::vector<uint8_t> targets = {});

    /// The labels for `t` in `font` (labelFont()), inside `bounds`, clear of `reserved`.
    [[nodiscard]] std::vector<PlacedLabel> place(const ViewTransform& t, const QFont& font,
                                                 const QRectF& bounds,
                                                 std::vector<QRectF> reserved) const;
    /// How many areas were candidates in the last place() (big enough on screen).
    [[nodiscard]] std::size_t lastCandidates() const { return m_lastCandidates; }
    [[nodiscard]] bool empty() const { return m_layer == nullptr; }

    /// Areas smaller on screen than this (bounding box, device units) are never candidates.
    static constexpr double kMinWidth = 24, kMinHeight = 12;

private:
    [[nodiscard]] std::array<double, 2> anchor(std::size_t f) const;
    [[nodiscard]] double area(std::size_t f) const;

    const PolygonLayer* m_layer = nullptr;
    std::vector<std::string> m_texts;
    std::vector<uint8_t> m_targets;
    mutable std::vector<std::array<double, 2>> m_anchor; ///< NaN x = not computed yet
    mutable std::vector<double> m_area;                  ///< < 0 = not computed yet
    mutable std::size_t m_lastCandidates = 0;
};

/// The labels of `data`'s areas: names, else keys when the layer names no area; the top 20
/// targets of `analysis` first.
AreaLabels areaLabelsFor(const Dataset& data, const Analysis& analysis);

/// Where the map decorations go on a map drawn in `map`: the north arrow's box (top right).
QRectF northArrowBox(const QRectF& map, double mm);
/// The part of `target` the layer's `extent` covers through `t` (the whole target when zoomed
/// in): the north arrow sits at its top right, not in the blank margin beside a narrow map.
QRectF drawnRect(const ViewTransform& t, const BBox& extent);

} // namespace swingmap
