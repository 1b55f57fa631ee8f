// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/gwr.h"
#include "core/lisa.h"
#include "core/lmtests.h"
#include "core/moran.h"
#include "core/result.h"
#include "core/spatialreg.h"
#include "core/spatialweights.h"
#include "core/wls.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace swingmap {

/// The single class shown on the map: the first rule that applies, in this order (methods.md).
enum class AreaClass : uint8_t { None, BattleZone, UnderPerforming, Stronghold, Gained, Lost };
const char* classId(AreaClass c);    ///< "battle_zone", ... (stable, used in files)
const char* classLabel(AreaClass c); ///< "battle-zone", ... (for people)
inline constexpr AreaClass kClassOrder[] = {AreaClass::BattleZone, AreaClass::UnderPerforming,
                                            AreaClass::Stronghold, AreaClass::Gained,
                                            AreaClass::Lost,       AreaClass::None};

struct ClassRules {
    double strongholdLead = 15;  ///< points ahead of the runner-up at the later election
    double battleMargin = 10;    ///< first or second and within this many points of the other
    double gainThreshold = 5;    ///< share change >= +this: gained ground; <= -this: lost ground
    double underperformSd = 1.5; ///< residual <= -this * residual SD
    double turnoutTargetQuantile = 0.9;
};

/// The drop reason of every suppressed area (model.dropped): it enters no statistic
/// (docs/methods-notes.md, "Privacy and the model").
inline constexpr const char* kSuppressedDropReason = "suppressed (privacy rule)";

struct PrivacyRule {
    double minHouseholds = 6; ///< applied when the households column is known
    double minVoters = 10;    ///< applied otherwise, to the electorate at the later election
};

enum class Outcome {
    ShareChange,
    TurnoutChange,
    ButlerSwing,
    SteedSwing,
    ElectorateChange,
    LogOddsChange,
    Column ///< any numeric census column (AnalysisSettings::outcomeColumn)
};
const char* outcomeId(Outcome o);
std::optional<Outcome> outcomeFromId(const std::string& id);

struct AnalysisSettings {
    std::string party;
    std::string from, to; ///< election labels: earlier (A) and later (B)
    Outcome outcome = Outcome::ShareChange;
    std::string outcomeColumn;           ///< with Outcome::Column: the census column modelled
    std::string versus;                  ///< the other party for Butler / Steed swing
    std::string weights = "valid";       ///< "valid" (at B), "electorate" (at B) or "none"
    std::vector<std::string> covariates; ///< numeric columns, or text columns (treatment dummies)
    std::map<std::string, std::string> transforms; ///< column -> "log" or "standardise"
    std::vector<std::string> models{"ols"};        ///< also "lag", "error" (ML spatial models)
    bool lisa = false;                             ///< local Moran's I of the outcome
    GwrSettings gwr;                               ///< used when models holds "gwr"
    /// GWR's points: "centroid" (default), "inside" (a point inside each area), or "columns":
    /// the numeric census columns gwrX / gwrY (working-CRS units; degrees when it is geographic).
    std::string gwrPoints = "centroid";
    std::string gwrX, gwrY;
    SpatialWeightsSpec spatialWeights; ///< built by the caller (gis) into Neighbours
    std::string backtest; ///< label of a third election C to back-test the A -> B model on
    LisaSettings lisaSettings;
    ClassRules rules;
    PrivacyRule privacy;
};

/// The outcome as written in files: its id, or the column name for Outcome::Column.
std::string outcomeName(const AnalysisSettings& s);

/// Per-area figures, aligned with the dataset's areas. NaN where not defined.
struct AreaFigures {
    std::vector<double> shareFrom, shareTo, shareChange;
    std::vector<double> turnoutFrom, turnoutTo, turnoutChange;
    std::vector<double> butlerSwing, steedSwing; ///< against settings.versus (NaN without one)
    std::vector<double> electorateChange;        ///< change in votes per 100 electors
    std::vector<double> logOddsChange;           ///< logit(share B) - logit(share A)
    std::vector<double> samplingSe;              ///< binomial standard error of shareChange, points
    std::vector<uint8_t> withinNoise; ///< 1 = |shareChange| < 1.96 samplingSe: too small a base
    std::vector<double> outcome;      ///< the modelled y
    std::vector<double> fitted, residual, stdResidual;
    std::vector<double> leverage, cooksDistance;
    std::vector<double> potentialVotes;
    std::vector<AreaClass> cls;
    std::vector<uint8_t> suppressed; ///< 1 = below the privacy minimum: never show its figures
    std::vector<uint8_t> inModel;    ///< 1 = in the regression (never a suppressed area)
    std::vector<double> lisaI, lisaZ, lisaP, lisaPSim; ///< NaN unless settings.lisa
    std::vector<LisaCluster> lisaCluster;
    std::vector<std::vector<double>> gwrCoef, gwrSe; ///< [term][area], empty unless GWR ran
    std::vector<double> gwrLocalR2;
    std::vector<std::string> dropReason; ///< why an area is not in the model ("" when it is)
};

struct ModelSummary {
    bool fitted = false;
    std::string error; ///< why no model could be fitted
    std::size_t n = 0;
    std::size_t dropped = 0;
    std::map<std::string, std::size_t> dropReasons;
    WlsFit fit;
    bool hasMoran = false;
    MoranTest moran;
    bool hasLmTests = false;
    LmTests lmTests;
    std::optional<SpatialFit> lag;         ///< spatial lag model, when asked for and fitted
    std::optional<SpatialFit> errorModel;  ///< spatial error model, when asked for and fitted
    std::string lagError, errorModelError; ///< why an asked-for spatial model failed
    std::optional<GwrResult> gwr;          ///< local coefficients (matrices over model rows)
    std::string gwrError;
    std::string gwrCoordinates; ///< how distances were measured
};

struct Analysis {
    AnalysisSettings settings;
    AreaFigures areas;
    ModelSummary model;
    std::size_t suppressedCount = 0;
    std::size_t weightsIslands = 0; ///< areas with geometry and no neighbour in the weights used
    std::map<AreaClass, std::size_t> classCounts;
    double turnoutTarget = 0;            ///< u_target used for potential votes
    std::size_t butlerSteedDisagree = 0; ///< areas where the two swings have opposite signs
    std::size_t withinNoiseCount = 0;
    bool hasLisa = false;
    std::string lisaError;
    std::map<LisaCluster, std::size_t> lisaCounts;
};

/**
 * Compute the privacy flags, change measures, the swing model, residual Moran's I, classes and
 * potential votes. Suppressed areas are decided first and enter no statistic (model, LISA, GWR,
 * standardisation): the result is what the same data give without them, besides their rows. `nb`
 * holds the queen neighbours of every boundary feature (empty neighbours are fine). Fails with a
 * user-facing message for unknown parties, elections or covariates. A model that cannot be fitted
 * (too few areas, collinearity) is not a failure: model.error says why and the per-area change
 * figures are still returned.
 */
Result<Analysis> analyse(const Dataset& data, const Neighbours& nb, const AnalysisSettings& s);

/// Plain-language sentence for one coefficient with its robust (HC3) 95 % interval, e.g. "areas
/// with one point more residents aged 60–74 lost 0.89 points more (robust 95 % interval 0.72 to
/// 1.06)". df: residual degrees of freedom for the t quantile (0 = normal). fraction: the
/// covariate is a share from 0 to 1 (a reconciled census rate), so "one point" is 0.01 of it.
std::string describeTerm(const Term& t, const std::string& label, Outcome outcome, double df = 0,
                         const std::string& outcomeLabel = "", bool fraction = false);
/// Human label for a column name: the project's label if given, else the name with '_' → ' '.
std::string humaniseColumn(const std::string& name);

} // namespace swingmap
