// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <string>

namespace swingmap {

/**
 * Write the synthetic demo project into `dir` (created if needed; files in it are replaced):
 * districts.gpkg, wards.gpkg, election_2019.csv, election_2024.csv, census.csv, README.txt and
 * project.json. All data is made up (core/demo.h); every file says so.
 */
Status makeDemo(const std::string& dir);

} // namespace swingmap
