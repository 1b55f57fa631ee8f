// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/dataset.h"
#include "core/project.h"

#include <QString>
#include <QStringList>

namespace swingmap {

/// All words printed on the briefing, kept apart from layout so they can be tested and reused.
struct BriefingText {
    QString title;
    QString banner; ///< "SYNTHETIC DEMO DATA ..." or empty
    QString subtitle;
    QString sources;
    QString date;        ///< ISO date of printing
    QString units;       ///< "Figures are percentage points." (empty for a census-column outcome)
    QString privacy;     ///< the privacy note: the rule used and how many areas it hides
    QStringList model;   ///< "What the model says", one sentence each
    QStringList spatial; ///< "Where the pattern holds": spatial checks and models, plain words
};

/// "p < 0.001" or "p = 0.034"
QString formatP(double p);
/// "Neighbouring areas' surprises are alike (Moran's I 0.31, p < 0.001): ..." and the negative.
QString moranSentence(const MoranTest& m);
/// The plain label of a covariate: the project's label, else humaniseColumn(name).
QString covariateLabel(const Project& project, const std::string& name);
/// What was modelled, in words: "change in vote share", or the census column's label.
QString outcomeText(const Analysis& analysis, const Project& project);
/// Sentences for the model box (one per covariate, then fit, spatial check, privacy).
QStringList modelSentences(const Analysis& analysis, const Project& project);
/// "Privacy: areas with fewer than 6 households are not shown (privacy rule: min_households = 6,
/// column households; ...)": the rule as applied (methods.md, Privacy) and the areas it hid.
QString privacyNote(const Analysis& analysis, const Project& project);
BriefingText briefingText(const Dataset& data, const Analysis& analysis, const Project& project);

} // namespace swingmap
