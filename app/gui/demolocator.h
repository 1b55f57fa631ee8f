// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace swingmap {

/**
 * Where the demo project lives: `fromCommandLine` (--demo DIR) if given, else $SWINGMAP_DEMO_DIR,
 * else <AppLocalDataLocation>/demo. The GUI writes the demo there with makeDemo() when its
 * project.json is missing.
 */
QString demoDirectory(const QString& fromCommandLine = {});
/// The demo's project file in `dir`.
QString demoProjectFile(const QString& dir);

} // namespace swingmap
