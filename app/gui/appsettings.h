// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSettings>

namespace swingmap {

/// The app's one settings file. QSettings needs an organisation; SwingMap's main() sets none (its
/// data folders stay "SwingMap"), so the application name is used for both.
inline QSettings appSettings() {
    const QString org = QCoreApplication::organizationName();
    return QSettings(org.isEmpty() ? QStringLiteral("SwingMap") : org,
                     QCoreApplication::applicationName());
}

} // namespace swingmap
