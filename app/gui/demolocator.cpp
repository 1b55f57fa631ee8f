// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/demolocator.h"

#include <QDir>
#include <QStandardPaths>

namespace swingmap {

QString demoDirectory(const QString& fromCommandLine) {
    if (!fromCommandLine.isEmpty()) return QDir(fromCommandLine).absolutePath();
    const QString env = qEnvironmentVariable("SWINGMAP_DEMO_DIR");
    if (!env.isEmpty()) return QDir(env).absolutePath();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo"));
}

QString demoProjectFile(const QString& dir) {
    return QDir(dir).filePath(QStringLiteral("project.json"));
}

} // namespace swingmap
