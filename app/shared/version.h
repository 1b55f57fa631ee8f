// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/versions.h"

#include <Eigen/Core>
#include <QtGlobal>

#include <string>

namespace swingmap {

/**
 * What `--version` prints in the GUI and in swingmap-cli, e.g.
 * "swingmap 0.1.0\nGDAL 3.6.2, PROJ 9.1.1, GEOS 3.11.1, Qt 6.4.2, Eigen 3.4.0".
 * Header-only so that app/shared itself stays free of Qt; both callers link QtCore.
 */
inline std::string programVersionText(const std::string& program, const std::string& version) {
    return program + " " + version + "\n" + gis::libraryVersions() + ", Qt " + qVersion() +
           ", Eigen " + std::to_string(EIGEN_WORLD_VERSION) + "." +
           std::to_string(EIGEN_MAJOR_VERSION) + "." + std::to_string(EIGEN_MINOR_VERSION);
}

} // namespace swingmap
