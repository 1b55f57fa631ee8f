// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/projectpaths.h"

#include "core/text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace swingmap {

namespace {
namespace fs = std::filesystem;

std::string thousands(std::uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

/// The archive file of "/vsizip/<rest>": "{archive}/inner", or the longest prefix of `rest` at
/// a '/' that is a regular file, else the first component named like an archive, else `rest`.
std::string archiveOf(const std::string& rest) {
    if (!rest.empty() && rest[0] == '{') {
        const std::size_t close = rest.find('}');
        return close == std::string::npos ? rest.substr(1) : rest.substr(1, close - 1);
    }
    std::error_code ec;
    for (std::size_t slash = rest.find('/', 1);; slash = rest.find('/', slash + 1)) {
        std::string prefix = rest.substr(0, slash);
        if (fs::is_regular_file(prefix, ec)) return prefix;
        if (slash == std::string::npos) break;
    }
    static const std::array<const char*, 8> exts = {".zip", ".kmz",  ".tar", ".tgz",
                                                    ".gz",  ".xlsx", ".ods", ".7z"};
    for (std::size_t slash = 0; slash != std::string::npos; slash = rest.find('/', slash + 1)) {
        const std::size_t end = rest.find('/', slash + 1);
        std::string prefix = rest.substr(0, end);
        for (const char* e : exts) {
            const std::string ext = e;
            if (prefix.size() > ext.size() &&
                asciiLower(prefix.substr(prefix.size() - ext.size())) == ext)
                return prefix;
        }
        if (end == std::string::npos) break;
    }
    return rest;
}

/// True when `target` is `folder` or lies below it (both canonical, component by component).
bool isUnder(const fs::path& target, const fs::path& folder) {
    auto t = target.begin();
    for (auto f = folder.begin(); f != folder.end(); ++f, ++t) {
        if (f->empty()) continue; // a trailing separator
        if (t == target.end() || *t != *f) return false;
    }
    return true;
}

fs::path canonicalish(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return ec ? p.lexically_normal() : c;
}

void addInput(std::vector<InputFile>& out, const fs::path& folder, const std::string& role,
              const std::string& key, const std::string& path) {
    InputFile in;
    in.role = role;
    in.key = key;
    in.path = path;
    if (startsWithNoCase(path, "pg:") || startsWithNoCase(path, "postgres")) {
        in.kind = InputFile::Kind::Database;
    } else if (isRemotePath(path)) {
        in.kind = InputFile::Kind::Remote;
    } else if (auto local = localFileOf(path)) {
        in.kind = InputFile::Kind::File;
        fs::path p(*local);
        if (p.is_relative()) p = folder / p;
        in.file = canonicalish(p).string();
        in.outside = !isUnder(fs::path(in.file), folder);
    } else {
        in.kind = InputFile::Kind::Other;
        in.outside = true;
    }
    out.push_back(in);
    // a Shapefile's other parts are read too, and each may be a link of its own
    if (in.kind != InputFile::Kind::File || path.rfind("/vsi", 0) == 0) return;
    const fs::path shp(path);
    if (asciiLower(shp.extension().string()) != ".shp") return;
    std::error_code ec;
    for (const char* ext : {".shx", ".dbf", ".prj", ".cpg", ".SHX", ".DBF", ".PRJ", ".CPG"}) {
        fs::path part = shp;
        part.replace_extension(ext);
        if (!fs::exists(part, ec)) continue;
        InputFile s = in;
        s.part = true;
        s.path = part.string();
        s.file = canonicalish(part).string();
        s.outside = !isUnder(fs::path(s.file), folder);
        out.push_back(s);
    }
}

/// Mask the value after `password=` (quoted or not) in a key=value connection string.
std::string maskPasswords(std::string s) {
    for (std::size_t at = asciiLower(s).find("password"); at != std::string::npos;
         at = asciiLower(s).find("password", at + 1)) {
        std::size_t v = s.find_first_not_of(' ', at + 8);
        if (v == std::string::npos || s[v] != '=') continue;
        v = s.find_first_not_of(' ', v + 1);
        if (v == std::string::npos) break;
        std::size_t end = v;
        if (s[v] == '\'') {
            end = s.find('\'', v + 1);
            end = end == std::string::npos ? s.size() : end + 1;
        } else {
            end = s.find(' ', v);
            if (end == std::string::npos) end = s.size();
        }
        s.replace(v, end - v, "***");
    }
    return s;
}

/// Mask "user:secret@" after every "://".
std::string maskUserInfo(std::string s) {
    for (std::size_t scheme = s.find("://"); scheme != std::string::npos;
         scheme = s.find("://", scheme + 3)) {
        const std::size_t hostEnd = s.find_first_of("/?#", scheme + 3);
        const std::size_t atSign = s.rfind('@', hostEnd == std::string::npos ? s.size() : hostEnd);
        if (atSign == std::string::npos || atSign < scheme + 3) continue;
        const std::size_t colon = s.find(':', scheme + 3);
        if (colon != std::string::npos && colon < atSign)
            s.replace(colon + 1, atSign - colon - 1, "***");
    }
    return s;
}
} // namespace

bool isRemotePath(const std::string& path) {
    const std::string p = asciiLower(path);
    for (const char* url : {"http://", "https://", "ftp://", "ftps://"})
        if (p.find(url) != std::string::npos) return true;
    // a GDAL network file system: "/vsicurl/", "/vsicurl?", "/vsicurl_streaming/", …
    for (const char* fsName : {"/vsicurl", "/vsis3", "/vsigs", "/vsiaz", "/vsiadls", "/vsioss",
                               "/vsiswift", "/vsihdfs", "/vsiwebhdfs"}) {
        const std::string name = fsName;
        for (std::size_t at = p.find(name); at != std::string::npos; at = p.find(name, at + 1)) {
            const std::string rest = p.substr(at + name.size());
            if (rest.empty() || rest[0] == '/' || rest[0] == '?' ||
                rest.rfind("_streaming/", 0) == 0)
                return true;
        }
    }
    return false;
}

std::optional<std::string> localFileOf(const std::string& path) {
    if (startsWithNoCase(path, "pg:") || startsWithNoCase(path, "postgres") || isRemotePath(path))
        return std::nullopt;
    if (path.rfind("/vsi", 0) != 0) return path;
    for (const char* archive : {"/vsizip/", "/vsitar/", "/vsi7z/", "/vsirar/"}) {
        const std::string prefix = archive;
        if (path.rfind(prefix, 0) != 0) continue;
        const std::string rest = path.substr(prefix.size());
        if (rest.rfind("/vsi", 0) == 0) { // nested: the outer archive is a member of the inner
            const std::string inner = archiveOf(rest);
            return localFileOf(inner);
        }
        return archiveOf(rest);
    }
    if (path.rfind("/vsigzip/", 0) == 0) {
        const std::string rest = path.substr(9);
        return rest.rfind("/vsi", 0) == 0 ? localFileOf(rest) : std::optional<std::string>(rest);
    }
    if (path.rfind("/vsisubfile/", 0) == 0) { // /vsisubfile/offset_size,file
        const std::size_t comma = path.find(',');
        if (comma == std::string::npos) return std::nullopt;
        const std::string rest = path.substr(comma + 1);
        return rest.rfind("/vsi", 0) == 0 ? localFileOf(rest) : std::optional<std::string>(rest);
    }
    return std::nullopt; // /vsimem/, /vsistdin/, /vsicrypt/ …
}

std::vector<InputFile> projectInputs(const Project& p) {
    std::vector<InputFile> out;
    const fs::path folder = canonicalish(fs::path(p.file).parent_path());
    addInput(out, folder, "boundaries", "$.boundaries.path", p.boundaries.path);
    for (std::size_t i = 0; i < p.elections.size(); ++i)
        addInput(out, folder, "election " + p.elections[i].label,
                 "$.elections[" + std::to_string(i) + "].path", p.elections[i].source.path);
    for (std::size_t i = 0; i < p.census.size(); ++i)
        addInput(out, folder, "census table " + std::to_string(i + 1),
                 "$.census[" + std::to_string(i) + "].path", p.census[i].path);
    for (const ReconcileSource& r : reconcileSources(p))
        addInput(out, folder, r.role, r.key, r.source->path);
    if (p.streets) addInput(out, folder, "streets", "$.streets.path", p.streets->source.path);
    return out;
}

std::vector<InputFile> inputsToConfirm(const Project& project) {
    std::vector<InputFile> all = projectInputs(project), out;
    const InputFile* shp = nullptr;
    for (auto& in : all) {
        if (!in.part) shp = &in;
        if (!in.outside && in.kind != InputFile::Kind::Remote) continue;
        if (in.part && shp && shp->outside &&
            fs::path(in.file).parent_path() == fs::path(shp->file).parent_path())
            continue; // next to its .shp, which is listed
        const bool seen = std::any_of(out.begin(), out.end(), [&](const InputFile& o) {
            return o.path == in.path && o.file == in.file;
        });
        if (!seen) out.push_back(in);
    }
    return out;
}

std::string confirmationText(const std::vector<InputFile>& inputs) {
    if (inputs.empty()) return {};
    std::string files, remote;
    for (const auto& in : inputs) {
        std::string line = "  " + in.role + ": " + redactPath(in.path);
        if (in.kind == InputFile::Kind::File && in.file != fs::path(in.path).lexically_normal())
            line += " → " + in.file;
        (in.kind == InputFile::Kind::Remote ? remote : files) += line + "\n";
    }
    std::string text;
    if (!files.empty()) text += "This project reads files outside its folder:\n" + files;
    if (!remote.empty())
        text += "This project reads from the network (\"allow_remote\"):\n" + remote;
    return text;
}

std::string redactPath(const std::string& path) {
    std::string s = path;
    if (startsWithNoCase(s, "pg:") || startsWithNoCase(s, "postgres")) s = maskPasswords(s);
    return maskUserInfo(s);
}

std::string byteSize(std::uint64_t bytes) {
    static const std::array<const char*, 4> units = {"KiB", "MiB", "GiB", "TiB"};
    auto v = static_cast<double>(bytes);
    std::string unit = "bytes";
    for (const char* u : units) {
        if (v < 1024) break;
        v /= 1024;
        unit = u;
    }
    if (unit == "bytes") return thousands(bytes) + " bytes";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %s", v, unit.c_str());
    return std::string(buf) + " (" + thousands(bytes) + " bytes)";
}

std::string inputTooLargeMessage(const std::string& shown, std::uint64_t size,
                                 const InputPolicy& policy) {
    const std::uint64_t mb = policy.maxInputBytes >> 20;
    const std::uint64_t need = (size >> 20) + 1;
    return shown + ": the file is " + byteSize(size) + ", larger than the input limit of " +
           thousands(mb) +
           " MiB that guards against running out of memory. If it is the right file and the "
           "computer has the memory, raise the limit: \"limits\": {\"max_input_mb\": " +
           std::to_string(need) + "} in the project file, swingmap-cli --max-input-mb " +
           std::to_string(need) +
           ", or the environment variable SWINGMAP_MAX_INPUT_MB=" + std::to_string(need) + ".";
}

std::string tooManyFeaturesMessage(const std::string& shown, std::uint64_t count,
                                   const InputPolicy& policy) {
    return shown + ": more than " + thousands(policy.maxFeatures) + " features or rows (" +
           (count > policy.maxFeatures ? "at least " + thousands(count) : std::string("more")) +
           "), the limit that guards against running out of memory. If it is the right layer, "
           "raise it: \"limits\": {\"max_features\": N} in the project file.";
}

std::string remoteRefusedMessage(const std::string& shown) {
    return shown +
           " is a remote source (network). SwingMap uses no network unless the project says "
           "so: download the file and name the local copy in \"path\", or add \"allow_remote\": "
           "true at the top level of the project file.";
}

std::optional<std::uint64_t> parseMegabytes(const std::string& text) {
    if (text.empty() || text.size() > 10 ||
        !std::all_of(text.begin(), text.end(),
                     [](unsigned char c) { return std::isdigit(c) != 0; }))
        return std::nullopt;
    const std::uint64_t v = std::stoull(text);
    if (v < 1 || v > 2147483647ULL) return std::nullopt;
    return v;
}

Result<std::optional<std::uint64_t>> maxInputMbFromEnvironment() {
    // Read once per run; SwingMap sets variables only at start-up (main), before any thread.
    const char* env = std::getenv("SWINGMAP_MAX_INPUT_MB"); // NOLINT(concurrency-mt-unsafe)
    if (!env || !*env) return std::optional<std::uint64_t>();
    auto mb = parseMegabytes(env);
    if (!mb)
        return fail(std::string("SWINGMAP_MAX_INPUT_MB=") + env +
                    ": the environment variable must be a whole number of MiB from 1 to "
                    "2147483647 (e.g. 4096); unset it for the project's limit.");
    return std::optional<std::uint64_t>(*mb);
}

} // namespace swingmap
