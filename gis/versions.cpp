// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/versions.h"

#include <gdal.h>
#include <geos_c.h>
#include <proj.h>

namespace swingmap::gis {

std::string libraryVersions() {
    const PJ_INFO pj = proj_info();
    return std::string("GDAL ") + GDALVersionInfo("RELEASE_NAME") + ", PROJ " + pj.version +
           ", GEOS " + GEOSversion();
}

} // namespace swingmap::gis
