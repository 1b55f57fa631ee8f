// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/areas_writer.h"

#include "gis/vector_writer.h"

#include <cctype>
#include <cmath>

namespace swingmap::gis {

namespace {
/// A column of the analysis written as it is (a view: `v` outlives the write).
FieldColumn real(const std::string& name, const std::vector<double>& v) {
    FieldColumn c;
    c.name = name;
    c.type = FieldColumn::Type::Real;
    c.numbersView = &v;
    return c;
}

FieldColumn realOwned(const std::string& name, std::vector<double> v) {
    FieldColumn c;
    c.name = name;
    c.type = FieldColumn::Type::Real;
    c.numbers = std::move(v);
    return c;
}

FieldColumn text(const std::string& name, std::vector<std::string> v) {
    FieldColumn c;
    c.name = name;
    c.type = FieldColumn::Type::Text;
    c.texts = std::move(v);
    return c;
}

FieldColumn textView(const std::string& name, const std::vector<std::string>& v) {
    FieldColumn c;
    c.name = name;
    c.type = FieldColumn::Type::Text;
    c.textsView = &v;
    return c;
}

FieldColumn integer(const std::string& name, const std::vector<uint8_t>& v,
                    const std::vector<uint8_t>& isNull = {}) {
    FieldColumn c;
    c.name = name;
    c.type = FieldColumn::Type::Integer;
    c.numbers.assign(v.begin(), v.end());
    c.isNull = isNull; // a suppressed area's flag derived from its figures is NULL too
    return c;
}
} // namespace

Status writeAreasGpkg(const std::string& path, const Dataset& d, const Analysis& a) {
    const AreaFigures& f = a.areas;
    std::vector<std::string> cls(d.areaCount()), reason(d.areaCount()), lisa(d.areaCount());
    for (std::size_t i = 0; i < d.areaCount(); ++i) {
        cls[i] = f.suppressed[i] ? "suppressed" : classId(f.cls[i]);
        reason[i] = f.suppressed[i] ? "" : f.dropReason[i];
        lisa[i] = a.hasLisa && !std::isnan(f.lisaI[i]) ? lisaClusterId(f.lisaCluster[i]) : "";
    }
    std::vector<FieldColumn> fields{textView("key", d.keys),
                                    textView("name", d.names),
                                    integer("suppressed", f.suppressed),
                                    real("share_from", f.shareFrom),
                                    real("share_to", f.shareTo),
                                    real("share_change", f.shareChange),
                                    real("turnout_from", f.turnoutFrom),
                                    real("turnout_to", f.turnoutTo),
                                    real("turnout_change", f.turnoutChange),
                                    real("butler_swing", f.butlerSwing),
                                    real("steed_swing", f.steedSwing),
                                    real("electorate_change", f.electorateChange),
                                    real("log_odds_change", f.logOddsChange),
                                    real("sampling_se", f.samplingSe),
                                    integer("within_noise", f.withinNoise, f.suppressed),
                                    real("outcome", f.outcome),
                                    real("fitted", f.fitted),
                                    real("residual", f.residual),
                                    real("std_residual", f.stdResidual),
                                    real("leverage", f.leverage),
                                    real("cooks_distance", f.cooksDistance),
                                    real("potential_votes", f.potentialVotes),
                                    text("class", std::move(cls)),
                                    real("lisa_i", f.lisaI),
                                    real("lisa_z", f.lisaZ),
                                    real("lisa_p", f.lisaP),
                                    real("lisa_p_sim_fdr", f.lisaPSim),
                                    text("lisa_class", std::move(lisa)),
                                    integer("in_model", f.inModel),
                                    text("drop_reason", std::move(reason))};
    for (std::size_t c = 0; c < f.gwrCoef.size(); ++c) {
        std::string term = c == 0 ? "intercept" : a.model.fit.terms[c].name;
        for (char& ch : term)
            if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
        fields.push_back(real("gwr_" + term, f.gwrCoef[c]));
        fields.push_back(real("gwr_se_" + term, f.gwrSe[c]));
    }
    if (!f.gwrLocalR2.empty()) fields.push_back(real("gwr_local_r2", f.gwrLocalR2));
    for (const auto& r : d.reconcile) { // docs/schema.md: estimated_share_<source>
        if (r.estimatedShare.size() != d.areaCount()) continue;
        std::string label = r.label;
        for (char& ch : label)
            if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
        std::vector<double> share = r.estimatedShare;
        std::string method = r.method;
        if (r.hasPostal) method += ", postal " + r.postal.method;
        std::vector<std::string> how(d.areaCount(), method);
        for (std::size_t i = 0; i < share.size(); ++i)
            if (f.suppressed[i]) {
                share[i] = std::nan("");
                how[i].clear();
            }
        fields.push_back(realOwned("estimated_share_" + label, std::move(share)));
        fields.push_back(text("estimated_method_" + label, std::move(how)));
    }
    return writePolygons(path, "areas", d.geometry, d.crsWkt, fields);
}

} // namespace swingmap::gis
