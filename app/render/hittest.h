// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"

#include <cstddef>
#include <optional>

namespace swingmap {

/// Whether world point (x, y) lies inside feature f (even–odd over all its rings: holes excluded).
bool featureContains(const PolygonLayer& layer, std::size_t f, double x, double y);

/// The feature under world point (x, y), if any (bbox test first, then point-in-polygon).
std::optional<std::size_t> featureAt(const PolygonLayer& layer, double x, double y);

} // namespace swingmap
