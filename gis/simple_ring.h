// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace swingmap::gis {

/// Rings with more segments than this go to GEOS (the check below is quadratic).
inline constexpr std::size_t kSimpleRingMaxSegments = 128;

/**
 * True only when the closed ring `xy` (n points, interleaved x y, last = first) is provably
 * simple, so that a polygon with this shell and no holes is valid as GEOS judges validity: finite
 * coordinates, at least three distinct vertices, consecutive segments meeting only at their
 * shared vertex (a certain turn), other segments disjoint (bounding boxes apart, or both ends of
 * one strictly on one side of the other). Every orientation is taken with Shewchuk's error bound:
 * a sign the floating-point arithmetic cannot guarantee, a collinear turn or a touch gives false,
 * and the caller asks GEOS. False never means invalid.
 */
bool provablySimpleRing(const double* xy, std::size_t n);

} // namespace swingmap::gis
