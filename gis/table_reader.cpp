// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/reader.h"

#include "gis/ogr_common.h"

#include <filesystem>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace swingmap::gis {

namespace fs = std::filesystem;

Result<Table> readTable(const SourceSpec& spec) {
    CplErrorCapture errors;
    auto ds = openVector(spec.path, tableOpenOptions(spec));
    if (!ds) return ds.takeError();
    auto layer = pickLayer(**ds, spec);
    if (!layer) return layer.takeError();
    Table t;
    t.source = fs::path(spec.path).filename().string();
    OGRFeatureDefn* defn = (*layer)->GetLayerDefn();
    const int nf = defn->GetFieldCount();
    for (int i = 0; i < nf; ++i)
        t.columns.push_back(defn->GetFieldDefn(i)->GetNameRef());
    t.cells.assign(static_cast<std::size_t>(nf), {});
    for (auto& feature : **layer)
        for (int i = 0; i < nf; ++i)
            t.cells[static_cast<std::size_t>(i)].push_back(fieldText(*feature, i));
    if (t.columns.empty())
        return fail(spec.path + ": no columns could be read. Is it a table with a header row?");
    return t;
}

} // namespace swingmap::gis
