// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/crs_util.h"

namespace swingmap::gis {

Result<OGRSpatialReference> parseCrs(const std::string& text, const std::string& what) {
    OGRSpatialReference srs;
    if (text.empty())
        return fail("The " + what +
                    " has no CRS, so its areas cannot be measured; declare \"crs\" for it.");
    if (srs.SetFromUserInput(text.c_str()) != OGRERR_NONE)
        return fail("The CRS of the " + what + " (\"" + text.substr(0, 60) +
                    "\") is not a CRS PROJ knows; use a code such as \"EPSG:25832\".");
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

} // namespace swingmap::gis
