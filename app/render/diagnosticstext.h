// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"

#include <QString>
#include <QStringList>

namespace swingmap {

/**
 * One plain sentence on what the LM tests suggest, following Anselin's decision rule at 5%:
 * neither simple test significant → OLS is fine; only one → that model; both → the robust forms
 * decide ("the LM tests point to a spatial error model" when adjRSerr is and adjRSlag is not).
 */
QString lmReading(const LmTests& t);

/**
 * The spatial diagnostics as short lines for the model panel: residual Moran's I, the five LM
 * tests with their reading, the spatial lag / error models against OLS, GWR and LISA counts.
 * Asked-for parts that failed say why. Empty when no model was fitted.
 */
QStringList diagnosticsLines(const Analysis& analysis);

} // namespace swingmap
