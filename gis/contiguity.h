// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"

namespace swingmap::gis {

/// spdep's default snap: sqrt(.Machine$double.eps).
inline constexpr double kDefaultSnap = 1.4901161193847656e-08;

/**
 * Queen contiguity as spdep::poly2nb(queen = TRUE): two features are neighbours when a boundary
 * vertex of one lies within `snap` of a boundary vertex of the other. Vertices are sorted by
 * their cell on a grid of cell size `snap` and each cell is compared with its neighbour cells in
 * one walk, so the work grows as n log n with the number of vertices (no O(n²) step, no hash of
 * the cells). Features without geometry get no neighbours. Lists are sorted ascending.
 */
Neighbours queenContiguity(const PolygonLayer& layer, double snap = kDefaultSnap);

/// Rook contiguity as spdep::poly2nb(queen = FALSE): at least two boundary vertices of one feature
/// lie within `snap` of vertices of the other (a shared edge, not just a corner).
Neighbours rookContiguity(const PolygonLayer& layer, double snap = kDefaultSnap);

} // namespace swingmap::gis
