// SPDX-License-Identifier: GPL-3.0-or-later
// Tables: CSV through SwingMap's own reader (core/csv: dialect and encoding detected, titles,
// several header lines, footnotes); XLSX, ODS, DBF, GeoPackage attribute tables and any other
// OGR layer through GDAL, every cell as text.
#include "core/csv.h"
#include "core/projectpaths.h"
#include "core/text.h"
#include "gis/ogr_common.h"
#include "gis/reader.h"

#include <algorithm>
#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <filesystem>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace swingmap::gis {

namespace fs = std::filesystem;

namespace {
std::string lowerExtension(const std::string& path) {
    return asciiLower(fs::path(path).extension().string());
}

bool isCsv(const std::string& path) {
    const std::string ext = lowerExtension(path);
    return ext == ".csv" || ext == ".tsv" || ext == ".txt";
}

bool isSpreadsheet(const std::string& path) {
    const std::string ext = lowerExtension(path);
    return ext == ".xlsx" || ext == ".ods" || ext == ".xls";
}

/// The file's bytes through GDAL's virtual file system (plain paths, /vsizip/, /vsicurl/ …),
/// at most the policy's limit.
Result<std::string> readBytes(const std::string& path, const InputPolicy& policy) {
    const std::string shown = displayPath(path);
    if (isRemotePath(path) && !policy.allowRemote) return fail(remoteRefusedMessage(shown));
    if (path.rfind("/vsi", 0) != 0) {
        std::error_code ec;
        if (!fs::exists(path, ec))
            return fail(path + ": the file does not exist. Check the path in the project file "
                               "(paths are relative to the project file).");
        if (fs::is_directory(path, ec))
            return fail(path + ": is a folder, not a table. Name the file in the project file.");
    }
    if (const auto local = localFileOf(path); local && *local != path)
        if (auto s = checkInputSize(*local, displayPath(*local), policy); !s) return s.takeError();
    if (auto s = checkInputSize(path, shown, policy); !s) return s.takeError();
    VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
    if (!f) {
        if (auto refused = remoteRefusalMessage(shown); !refused.empty()) return fail(refused);
        return fail(path + ": cannot be opened (permissions?).");
    }
    std::string bytes;
    char buf[1 << 16];
    std::size_t n = 0;
    while ((n = VSIFReadL(buf, 1, sizeof buf, f)) > 0) {
        bytes.append(buf, n);
        if (bytes.size() > policy.maxInputBytes) { // a stream whose size was not known up front
            VSIFCloseL(f);
            return fail(inputTooLargeMessage(shown, bytes.size(), policy));
        }
    }
    VSIFCloseL(f);
    return bytes;
}

Result<Table> readCsvTable(const SourceSpec& spec) {
    auto bytes = readBytes(spec.path, spec.input);
    if (!bytes) return bytes.takeError();
    CsvOptions o;
    o.encoding = spec.encoding;
    o.separator = spec.separator;
    o.skipRows = spec.skipRows;
    o.headerRows = spec.headerRows;
    return parseCsv(*bytes, o, fs::path(spec.path).filename().string());
}

/// Sets thread-local GDAL configuration options for the lifetime of the guard (the ODS driver
/// takes its settings from configuration options, not open options).
class ConfigGuard {
public:
    explicit ConfigGuard(std::vector<std::pair<std::string, std::string>> options)
        : m_options(std::move(options)) {
        for (auto& [key, value] : m_options) {
            const char* old = CPLGetThreadLocalConfigOption(key.c_str(), nullptr);
            m_previous.emplace_back(old != nullptr, old ? old : "");
            CPLSetThreadLocalConfigOption(key.c_str(), value.c_str());
        }
    }
    ~ConfigGuard() {
        for (std::size_t i = 0; i < m_options.size(); ++i)
            CPLSetThreadLocalConfigOption(m_options[i].first.c_str(),
                                          m_previous[i].first ? m_previous[i].second.c_str()
                                                              : nullptr);
    }
    ConfigGuard(const ConfigGuard&) = delete;
    ConfigGuard& operator=(const ConfigGuard&) = delete;

private:
    std::vector<std::pair<std::string, std::string>> m_options;
    std::vector<std::pair<bool, std::string>> m_previous;
};

std::vector<std::string> openOptions(const SourceSpec& spec) {
    if (isSpreadsheet(spec.path)) // the header is found by SwingMap (skip_rows, header_rows)
        return {"FIELD_TYPES=STRING", "HEADERS=DISABLE"};
    std::vector<std::string> o = tableOpenOptions(spec);
    if (!spec.encoding.empty() && lowerExtension(spec.path) == ".dbf")
        o.push_back("ENCODING=" + spec.encoding);
    return o;
}
} // namespace

namespace {
Result<Table> readAnyTable(const SourceSpec& spec) {
    if (isCsv(spec.path)) return readCsvTable(spec);
    const bool ods = lowerExtension(spec.path) == ".ods";
    ConfigGuard config(
        ods ? std::vector<std::pair<std::string, std::string>>{{"OGR_ODS_HEADERS", "DISABLE"},
                                                               {"OGR_ODS_FIELD_TYPES", "STRING"}}
            : std::vector<std::pair<std::string, std::string>>{});
    CplErrorCapture errors;
    auto ds = openVector(spec.path, openOptions(spec), spec.input);
    if (!ds) return ds.takeError();
    auto layer = pickLayer(**ds, spec);
    if (!layer) return layer.takeError();
    const GIntBig count = (*layer)->GetFeatureCount(FALSE);
    if (count > 0 && static_cast<std::uint64_t>(count) > spec.input.maxFeatures)
        return fail(tooManyFeaturesMessage(displayPath(spec.path),
                                           static_cast<std::uint64_t>(count), spec.input));
    std::uint64_t rowsRead = 0;
    auto tooMany = [&] { return ++rowsRead > spec.input.maxFeatures; };
    std::string source = fs::path(spec.path).filename().string();
    if (!spec.layer.empty()) source += " (" + spec.layer + ")";
    OGRFeatureDefn* defn = (*layer)->GetLayerDefn();
    const int nf = defn->GetFieldCount();
    if (isSpreadsheet(spec.path)) { // rows as records: titles, header lines and footnotes
        std::vector<CsvRecord> records;
        std::size_t row = 0;
        for (auto& feature : **layer) {
            if (tooMany())
                return fail(tooManyFeaturesMessage(displayPath(spec.path), rowsRead, spec.input));
            CsvRecord r;
            r.line = ++row;
            for (int i = 0; i < nf; ++i)
                r.fields.push_back(fieldText(*feature, i));
            while (!r.fields.empty() && r.fields.back().empty())
                r.fields.pop_back();
            records.push_back(std::move(r));
        }
        return tableFromRecords(std::move(records), spec.skipRows, spec.headerRows, source);
    }
    Table t;
    t.source = source;
    for (int i = 0; i < nf; ++i)
        t.columns.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    t.cells.assign(static_cast<std::size_t>(nf), {});
    for (auto& feature : **layer) {
        if (tooMany())
            return fail(tooManyFeaturesMessage(displayPath(spec.path), rowsRead, spec.input));
        for (int i = 0; i < nf; ++i)
            t.cells[static_cast<std::size_t>(i)].push_back(fieldText(*feature, i));
    }
    if (auto refused = remoteRefusalMessage(displayPath(spec.path)); !refused.empty())
        return fail(refused);
    if (t.columns.empty())
        return fail(spec.path + ": no columns could be read. Is it a table with a header row?");
    if (spec.skipRows > 0 || spec.headerRows != 1)
        return fail(spec.path + ": \"skip_rows\" and \"header_rows\" apply to CSV files and "
                                "spreadsheets only; this file's fields are named by its format. "
                                "Remove them from the project file.");
    return t;
}
} // namespace

Result<Table> readTable(const SourceSpec& spec) {
    NetworkScope network(spec.input.allowRemote);
    auto table = readAnyTable(spec);
    // a file that refers to the network fails in many ways: say the one that matters
    if (!table)
        if (auto refused = remoteRefusalMessage(displayPath(spec.path)); !refused.empty())
            return fail(refused);
    return table;
}

} // namespace swingmap::gis
