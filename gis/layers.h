// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project.h"
#include "core/result.h"

#include <string>
#include <vector>

namespace swingmap::gis {

/// The names of a vector file's layers (a GeoPackage's tables, a spreadsheet's sheets), in the
/// file's order, read under the same input policy as the readers (no network unless allowed).
Result<std::vector<std::string>> layerNames(const SourceSpec& spec);

} // namespace swingmap::gis
