// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// RAII helpers for the GDAL and GEOS C handles used inside gis/. Never include from core/.

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <geos_c.h>

#include "gis/network.h"

#include <memory>
#include <string>

namespace swingmap::gis {

/// While alive, captures CPLError messages (instead of printing them to stderr) so they can be
/// put into a user-facing error. Scoped to the current thread, as GDAL error handlers are.
class CplErrorCapture {
public:
    CplErrorCapture() { CPLPushErrorHandlerEx(&CplErrorCapture::handler, this); }
    ~CplErrorCapture() { CPLPopErrorHandler(); }
    CplErrorCapture(const CplErrorCapture&) = delete;
    CplErrorCapture& operator=(const CplErrorCapture&) = delete;

    /// The last error (not warning) message, or "" if none.
    [[nodiscard]] const std::string& lastError() const { return m_lastError; }
    /// " (GDAL: <message>)" or "" — for appending to a sentence.
    [[nodiscard]] std::string detail() const {
        return m_lastError.empty() ? std::string() : " (GDAL: " + m_lastError + ")";
    }

private:
    static void CPL_STDCALL handler(CPLErr cls, CPLErrorNum, const char* msg) {
        auto* self = static_cast<CplErrorCapture*>(CPLGetErrorHandlerUserData());
        if (self && cls >= CE_Failure && msg) self->m_lastError = msg;
    }
    std::string m_lastError;
};

/// A GEOS context handle that records the last error message GEOS reports.
class GeosContext {
public:
    GeosContext() : m_ctx(GEOS_init_r()) {
        GEOSContext_setErrorMessageHandler_r(m_ctx, &GeosContext::onError, this);
    }
    ~GeosContext() { GEOS_finish_r(m_ctx); }
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    [[nodiscard]] GEOSContextHandle_t get() const { return m_ctx; }
    [[nodiscard]] const std::string& lastError() const { return m_lastError; }
    [[nodiscard]] std::string detail() const {
        return m_lastError.empty() ? std::string() : " (GEOS: " + m_lastError + ")";
    }

private:
    static void onError(const char* msg, void* self) {
        if (msg) static_cast<GeosContext*>(self)->m_lastError = msg;
    }
    GEOSContextHandle_t m_ctx;
    std::string m_lastError;
};

struct GeosGeomDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(ctx, g); }
};
using GeosGeomPtr = std::unique_ptr<GEOSGeometry, GeosGeomDeleter>;

struct GeosPreparedDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(const GEOSPreparedGeometry* g) const { GEOSPreparedGeom_destroy_r(ctx, g); }
};
using GeosPreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, GeosPreparedDeleter>;

struct GeosTreeDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(GEOSSTRtree* t) const { GEOSSTRtree_destroy_r(ctx, t); }
};
using GeosTreePtr = std::unique_ptr<GEOSSTRtree, GeosTreeDeleter>;

/// Takes ownership of a geometry returned by a GEOS _r function (nullptr stays nullptr).
inline GeosGeomPtr geosOwn(const GeosContext& ctx, GEOSGeometry* g) {
    return GeosGeomPtr(g, GeosGeomDeleter{ctx.get()});
}

/// Registers all GDAL drivers once (thread-safe, idempotent). No surprise network access: GDAL's
/// remote file systems and HTTP stay off unless a project allows them (gis/network.h).
inline void ensureGdalDrivers() {
    static const bool registered = [] {
        GDALAllRegister();
        installNetworkGuard();
        return true;
    }();
    (void)registered;
}

} // namespace swingmap::gis
