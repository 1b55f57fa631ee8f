// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a project will read, and where from: the files its sources name (resolved against the
// project folder, symbolic links followed), which of them lie outside that folder, which sources
// are remote, and the messages that refuse an input (too large, remote without "allow_remote").
#include "core/project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace swingmap {

/// One input of a project as the file system sees it.
struct InputFile {
    enum class Kind {
        File,     ///< a local file or folder (an archive's own file for /vsizip/…)
        Database, ///< a PG: connection string (not a file)
        Remote,   ///< a URL or a GDAL network file system (/vsicurl/, /vsis3/ …)
        Other,    ///< another GDAL virtual path (/vsimem/, /vsicrypt/ …): cannot be placed
    };
    std::string role; ///< "boundaries", "election 2021", "census table 1"
    std::string key;  ///< JSON path of the key naming it, e.g. "$.elections[0].path"
    std::string path; ///< as the source names it (absolute after parsing)
    std::string file; ///< Kind::File: the file read, symbolic links resolved
    Kind kind = Kind::File;
    bool outside = false; ///< a file outside the project folder, or a path that cannot be placed
    bool part = false;    ///< a Shapefile's .shx, .dbf, .prj or .cpg (listed after its .shp)
};

/// True when `path` reaches the network: an http(s)/ftp URL or a GDAL network file system
/// (/vsicurl/, /vsicurl_streaming/, /vsis3/, /vsigs/, /vsiaz/, /vsiadls/, /vsioss/, /vsiswift/,
/// /vsiwebhdfs/, /vsihdfs/), also nested (/vsizip//vsicurl/…) or after a driver prefix.
bool isRemotePath(const std::string& path);

/// The local file a GDAL path reads: the path itself, the archive of /vsizip/, /vsitar/,
/// /vsigzip/ (nested too) or the file of /vsisubfile/; nullopt for databases, remote and other
/// virtual paths. Not resolved against anything.
std::optional<std::string> localFileOf(const std::string& path);

/// Every input the project reads (boundaries, elections, census tables; a Shapefile's .shx,
/// .dbf, .prj and .cpg too), each flagged when it lies outside the project file's folder after
/// ".." and symbolic links are resolved.
std::vector<InputFile> projectInputs(const Project& project);

/// The inputs a person should see before they are read: files outside the project folder and
/// paths that cannot be placed (remote sources are refused unless allowed; then listed too). A
/// Shapefile part is left out when it lies next to its .shp, which is listed.
std::vector<InputFile> inputsToConfirm(const Project& project);

/// "This project reads files outside its folder:" and one line per input ("  boundaries:
/// /data/x.shp", "→ <file>" when links lead elsewhere), passwords masked; "" when there is
/// nothing to confirm.
std::string confirmationText(const std::vector<InputFile>& inputs);

/// The path as it may appear in a message: a PG: connection string's password and a URL's
/// user:password are masked ("***").
std::string redactPath(const std::string& path);

/// "3.0 GiB (3,221,225,472 bytes)".
std::string byteSize(std::uint64_t bytes);

/// The message refusing an input file of `size` bytes above the policy's limit: the file, its
/// size, the limit and how to raise it.
std::string inputTooLargeMessage(const std::string& shown, std::uint64_t size,
                                 const InputPolicy& policy);

/// The message refusing a layer or sheet with more features or rows than the policy allows.
std::string tooManyFeaturesMessage(const std::string& shown, std::uint64_t count,
                                   const InputPolicy& policy);

/// The message refusing a remote source of a project that does not allow the network.
std::string remoteRefusedMessage(const std::string& shown);

/// SWINGMAP_MAX_INPUT_MB parsed ("" / unset = nullopt); an error for a value that is not a
/// whole number of MiB from 1 up.
Result<std::optional<std::uint64_t>> maxInputMbFromEnvironment();

/// Parse a whole number of MiB (1 to 2^31-1) as --max-input-mb and SWINGMAP_MAX_INPUT_MB take it.
std::optional<std::uint64_t> parseMegabytes(const std::string& text);

} // namespace swingmap
