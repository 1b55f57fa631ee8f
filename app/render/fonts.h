// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace swingmap {

/// DejaVu Sans (installed with fonts-dejavu-core) at `points`, so output looks the same everywhere.
QFont uiFont(double points, bool bold = false);

} // namespace swingmap
