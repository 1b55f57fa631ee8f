// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/network.h"

#include "core/projectpaths.h"

#include <cerrno>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_http.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <cpl_vsi_virtual.h>
#include <map>
#include <mutex>
#include <ogr_srs_api.h>

namespace swingmap::gis {

namespace {
thread_local bool t_allow = false;
thread_local int t_depth = 0;
thread_local std::string t_refused;

/// Record the refusal; true when the network may be used.
bool permitted(const char* what, bool report) {
    if (t_allow) return true;
    if (t_refused.empty() && what) t_refused = what;
    if (report)
        CPLError(CE_Failure, CPLE_AppDefined,
                 "network access is off (the project does not say \"allow_remote\"): %s",
                 redactPath(what ? what : "").c_str());
    errno = EACCES;
    return false;
}

/// Stands in front of one of GDAL's network file systems: forwards only where permitted().
/// (VSIFilesystemHandler is GDAL's interface for its virtual file systems, cpl_vsi_virtual.h.)
/// Owns the real handler: GDAL's VSIFileManager deletes each installed handler once at cleanup.
class Gate final : public VSIFilesystemHandler {
public:
    explicit Gate(VSIFilesystemHandler* real) : m_real(real) {}
    ~Gate() override { delete m_real; }
    Gate(const Gate&) = delete;
    Gate& operator=(const Gate&) = delete;

    VSIVirtualHandle* Open(const char* file, const char* access, bool setError,
                           CSLConstList options) override {
        return permitted(file, true) ? m_real->Open(file, access, setError, options) : nullptr;
    }
    int Stat(const char* file, VSIStatBufL* buf, int flags) override {
        return permitted(file, false) ? m_real->Stat(file, buf, flags) : -1;
    }
    char** ReadDirEx(const char* dir, int maxFiles) override {
        return permitted(dir, false) ? m_real->ReadDirEx(dir, maxFiles) : nullptr;
    }
    char** ReadDir(const char* dir) override {
        return permitted(dir, false) ? m_real->ReadDir(dir) : nullptr;
    }
    char** SiblingFiles(const char* file) override {
        return permitted(file, false) ? m_real->SiblingFiles(file) : nullptr;
    }
    VSIDIR* OpenDir(const char* path, int depth, const char* const* options) override {
        return permitted(path, false) ? m_real->OpenDir(path, depth, options) : nullptr;
    }
    char** GetFileMetadata(const char* file, const char* domain, CSLConstList options) override {
        return permitted(file, false) ? m_real->GetFileMetadata(file, domain, options) : nullptr;
    }
    int HasOptimizedReadMultiRange(const char* path) override {
        return m_real->HasOptimizedReadMultiRange(path);
    }
    int IsCaseSensitive(const char* file) override { return m_real->IsCaseSensitive(file); }
    const char* GetActualURL(const char* file) override { return m_real->GetActualURL(file); }
    const char* GetOptions() override { return m_real->GetOptions(); }
    [[nodiscard]] std::string GetStreamingFilename(const std::string& file) const override {
        return m_real->GetStreamingFilename(file);
    }
    bool IsLocal(const char*) override { return false; }

private:
    VSIFilesystemHandler* m_real;
};

/// GDAL's HTTP requests (CPLHTTPFetch): refused unless permitted; nullptr lets GDAL fetch.
CPLHTTPResult* fetchGate(const char* url, CSLConstList options, GDALProgressFunc, void*,
                         CPLHTTPFetchWriteFunc, void*, void*) {
    const bool closing = CSLFetchNameValue(options, "CLOSE_PERSISTENT") != nullptr;
    if (closing || permitted(url, true)) {
        if (!closing) return nullptr;
        return static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    }
    auto* r = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    r->nStatus = 1;
    r->pszErrBuf = CPLStrdup("network access is off");
    return r;
}

bool isNetworkPrefix(const std::string& prefix) {
    for (const char* p : {"/vsicurl", "/vsis3", "/vsigs", "/vsiaz", "/vsiadls", "/vsioss",
                          "/vsiswift", "/vsiwebhdfs", "/vsihdfs"})
        if (prefix.rfind(p, 0) == 0) return true;
    return false;
}
} // namespace

void installNetworkGuard() {
    static std::once_flag once;
    std::call_once(once, [] {
        // Nothing in a file may run code or fetch more: Python in VRT, GML xlinks and WFS schemas.
        CPLSetConfigOption("GDAL_VRT_ENABLE_PYTHON", "NO");
        CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");
        CPLSetConfigOption("GML_DOWNLOAD_WFS_SCHEMA", "NO");
        OSRSetPROJEnableNetwork(FALSE);
        VSIFilesystemHandler* local = VSIFileManager::GetHandler("/");
        std::map<VSIFilesystemHandler*, Gate*> gates; // one gate per handler ("/vsicurl/", "?")
        char** prefixes = VSIGetFileSystemsPrefixes();
        for (char** p = prefixes; p && *p; ++p) {
            const std::string prefix = *p;
            if (!isNetworkPrefix(prefix)) continue;
            VSIFilesystemHandler* real = VSIFileManager::GetHandler(prefix.c_str());
            if (!real || real == local) continue;
            Gate*& gate = gates[real];
            if (!gate) gate = new Gate(real);
            VSIFileManager::InstallHandler(prefix, gate);
        }
        CSLDestroy(prefixes);
        CPLHTTPSetFetchCallback(&fetchGate, nullptr);
    });
}

NetworkScope::NetworkScope(bool allow) : m_previous(t_allow) {
    if (t_depth++ == 0) t_refused.clear();
    t_allow = allow;
    if (allow && !OSRGetPROJEnableNetwork()) {
        OSRSetPROJEnableNetwork(TRUE);
        m_projChanged = true;
    }
}

NetworkScope::~NetworkScope() {
    t_allow = m_previous;
    --t_depth;
    if (m_projChanged) OSRSetPROJEnableNetwork(FALSE);
}

std::string refusedRemote() {
    return t_refused;
}

} // namespace swingmap::gis
