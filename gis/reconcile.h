// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Bringing a table given on other areas onto the project's boundaries (reconcile,
/// docs/schema.md): postal rows allocated (core/postal.h), then the counts moved by overlap area
/// or dasymetric weights (gis/overlay.h, core/interpolate.h).

#include "core/dataset.h"
#include "core/project.h"
#include "core/result.h"
#include "core/table.h"

#include <string>
#include <vector>

namespace swingmap::gis {

/// The columns of one table that reconcile handles.
struct ReconcileColumns {
    std::vector<std::string> counts; ///< moved onto the boundaries (the first: estimated_share)
    std::string electorate;          ///< not moved by postal allocation ("" = none)
    std::string voters;              ///< postal shares when there is no `by` ("" = use valid)
    std::string valid;
};

/// One table to reconcile.
struct ReconcileInput {
    const Project* project = nullptr;
    const ReconcileSpec* spec = nullptr;
    const SourceSpec* source = nullptr; ///< the table's own source (key, pad, unpad)
    std::string role;                   ///< "election 2019", "census FILE"
    std::string label;                  ///< election label or census file stem
    bool election = false;
};

/**
 * Rewrites `table` so that it is on the boundaries: postal rows allocated or left out (if
 * spec.hasPostal); then, when spec.moves(), the count columns moved from the `from` geometry onto
 * d's areas: the result has one row per area, the source's key column holding d.keys (already
 * padded: join it without pad/unpad) and one column per count (and per census rate), written with
 * fmt's decimal mark. Appends the bookkeeping to d.reconcile. Fails naming the file and column.
 */
Result<Table> reconcileTable(Dataset& d, const ReconcileInput& in, const Table& table,
                             const NumberFormat& fmt, const ReconcileColumns& cols);

} // namespace swingmap::gis
