// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// No surprise network access (gis-internal). Once installed, GDAL cannot reach the network from
// any thread: its network file systems (/vsicurl/, /vsis3/, /vsigs/, /vsiaz/, /vsiadls/,
// /vsioss/, /vsiswift/, /vsiwebhdfs/, /vsihdfs/ and their streaming forms) refuse to open or stat
// anything, its HTTP requests (CPLHTTPFetch: the GeoJSON driver's URLs, WFS, GML schemas) fail,
// PROJ's network is off, Python in VRT files is off and GML xlinks are not resolved. A
// NetworkScope lifts the ban in its own thread while a project that says "allow_remote" is read.
#include <string>

namespace swingmap::gis {

/// Install the guard (idempotent; ensureGdalDrivers() calls it).
void installNetworkGuard();

/// While alive, GDAL may (allow = true) or may not use the network in this thread; scopes nest.
class NetworkScope {
public:
    explicit NetworkScope(bool allow);
    ~NetworkScope();
    NetworkScope(const NetworkScope&) = delete;
    NetworkScope& operator=(const NetworkScope&) = delete;

private:
    bool m_previous;
    bool m_projChanged = false;
};

/// The first remote path or URL GDAL was refused in this thread since the outermost scope
/// began ("" = none): for messages that say why a local file could not be read.
std::string refusedRemote();

} // namespace swingmap::gis
