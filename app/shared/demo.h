// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <string>

namespace swingmap {

/// Which form of the synthetic demo to write.
enum class DemoForm {
    /// As a county publishes it (the default): the 2019 election on the districts of 2019
    /// (redrawn since, codes reused), postal districts per ward in both years, the census per
    /// ward; the project reconciles all of it onto the 2024 districts.
    Published,
    /// The same county's true figures already on the 2024 districts (postal votes counted where
    /// the voters live, census per district): no reconcile step. For tests that need every
    /// input row to be one area (e.g. removing areas from the inputs).
    OnDistricts,
};

/**
 * Write the synthetic demo project into `dir` (created if needed; files in it are replaced):
 * districts.gpkg, districts_2019.gpkg, wards.gpkg, streets.gpkg, election_2019.csv,
 * election_2024.csv, census_wards.csv (census.csv for OnDistricts), README.txt and project.json.
 * All data is made up (core/demo.h); every file says so.
 */
Status makeDemo(const std::string& dir, DemoForm form = DemoForm::Published);

} // namespace swingmap
