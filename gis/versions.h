// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace swingmap::gis {

/// "GDAL 3.6.2, PROJ 9.1.1, GEOS 3.11.1" for --version and the About box.
std::string libraryVersions();

} // namespace swingmap::gis
