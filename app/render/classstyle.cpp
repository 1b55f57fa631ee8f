// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/classstyle.h"

#include "app/render/uitext.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace swingmap {

namespace {

struct Ramp {
    const char* id;
    const char* name;
    bool diverging;
    std::vector<unsigned> rgb;
};

// ColorBrewer (Cynthia Brewer, Apache 2.0): 9-class sequential, 11-class diverging schemes; all
// are marked colour-blind safe except the Greys (safe by construction).
const std::vector<Ramp>& ramps() {
    static const std::vector<Ramp> r = {
        {"YlGnBu",
         QT_TRANSLATE_NOOP("Style", "Yellow–green–blue"),
         false,
         {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494,
          0x081d58}},
        {"YlOrRd",
         QT_TRANSLATE_NOOP("Style", "Yellow–orange–red"),
         false,
         {0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026,
          0x800026}},
        {"Greens",
         QT_TRANSLATE_NOOP("Style", "Greens"),
         false,
         {0xf7fcf5, 0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x006d2c,
          0x00441b}},
        {"Purples",
         QT_TRANSLATE_NOOP("Style", "Purples"),
         false,
         {0xfcfbfd, 0xefedf5, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x54278f,
          0x3f007d}},
        {"Greys",
         QT_TRANSLATE_NOOP("Style", "Greys"),
         false,
         {0xffffff, 0xf0f0f0, 0xd9d9d9, 0xbdbdbd, 0x969696, 0x737373, 0x525252, 0x252525,
          0x000000}},
        {"RdBu",
         QT_TRANSLATE_NOOP("Style", "Red–blue"),
         true,
         {0x67001f, 0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xf7f7f7, 0xd1e5f0, 0x92c5de, 0x4393c3,
          0x2166ac, 0x053061}},
        {"PuOr",
         QT_TRANSLATE_NOOP("Style", "Orange–purple"),
         true,
         {0x7f3b08, 0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0xb2abd2, 0x8073ac,
          0x542788, 0x2d004b}},
        {"BrBG",
         QT_TRANSLATE_NOOP("Style", "Brown–teal"),
         true,
         {0x543005, 0x8c510a, 0xbf812d, 0xdfc27d, 0xf6e8c3, 0xf5f5f5, 0xc7eae5, 0x80cdc1, 0x35978f,
          0x01665e, 0x003c30}},
        {"PiYG",
         QT_TRANSLATE_NOOP("Style", "Pink–green"),
         true,
         {0x8e0152, 0xc51b7d, 0xde77ae, 0xf1b6da, 0xfde0ef, 0xf7f7f7, 0xe6f5d0, 0xb8e186, 0x7fbc41,
          0x4d9221, 0x276419}},
    };
    return r;
}

const Ramp* findRamp(const QString& id) {
    for (const Ramp& r : ramps())
        if (id == QLatin1String(r.id)) return &r;
    return nullptr;
}

QColor mix(const QColor& a, const QColor& b, double t) {
    auto ch = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
    return QColor(ch(a.red(), b.red()), ch(a.green(), b.green()), ch(a.blue(), b.blue()));
}

/// The ramp colour at position t in [0, 1] (interpolated between neighbouring colours).
QColor rampAt(const std::vector<QColor>& ramp, double t) {
    t = std::clamp(t, 0.0, 1.0) * static_cast<double>(ramp.size() - 1);
    const auto i = static_cast<std::size_t>(std::floor(t));
    if (i + 1 >= ramp.size()) return ramp.back();
    return mix(ramp[i], ramp[i + 1], t - static_cast<double>(i));
}

QString fmt(double v, bool diverging) {
    return diverging ? formatSigned(v) : formatPlain(v);
}

void labelRanges(Classification& c, bool diverging, const QString& middle) {
    if (c.breaks.empty()) {
        c.labels.push_back(labels::translate("Legend", "all areas"));
        return;
    }
    c.labels.push_back(
        labels::translate("Legend", "below %1").arg(fmt(c.breaks.front(), diverging)));
    for (std::size_t i = 0; i + 1 < c.breaks.size(); ++i) {
        QString l = labels::translate("Legend", "%1 to %2")
                        .arg(fmt(c.breaks[i], diverging), fmt(c.breaks[i + 1], diverging));
        if (diverging && c.breaks[i] < 0 && c.breaks[i + 1] > 0)
            l += QStringLiteral(" (%1)").arg(middle);
        c.labels.push_back(l);
    }
    c.labels.push_back(
        labels::translate("Legend", "%1 or more").arg(fmt(c.breaks.back(), diverging)));
}

/// Colour the classes of `c` (breaks set) from the ramp of `palette`.
void colourClasses(Classification& c, bool diverging, const std::vector<double>& values,
                   const std::vector<QColor>& ramp) {
    const std::size_t n = c.breaks.size() + 1;
    c.colours.clear();
    if (!diverging) {
        for (std::size_t i = 0; i < n; ++i) {
            // spread over the ramp, skipping its palest colour (white areas read as "no data")
            const double t = n == 1 ? 0.5 : 0.125 + 0.875 * double(i) / double(n - 1);
            c.colours.push_back(rampAt(ramp, t));
        }
        return;
    }
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : values)
        if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    const double m = std::max({std::abs(lo), std::abs(hi), 1e-12});
    for (std::size_t i = 0; i < n; ++i) {
        const double a = i == 0 ? std::min(lo, c.breaks.front()) : c.breaks[i - 1];
        const double b = i + 1 == n ? std::max(hi, c.breaks.back()) : c.breaks[i];
        c.colours.push_back(rampAt(ramp, 0.5 + (a + b) / (4 * m)));
    }
}

} // namespace

QStringList sequentialPaletteIds() {
    QStringList out;
    for (const Ramp& r : ramps())
        if (!r.diverging) out << QString::fromLatin1(r.id);
    out << QStringLiteral("party");
    return out;
}

QStringList divergingPaletteIds() {
    QStringList out;
    for (const Ramp& r : ramps())
        if (r.diverging) out << QString::fromLatin1(r.id);
    return out;
}

QString paletteName(const QString& id) {
    if (id == QLatin1String("auto")) return labels::translate("Style", "Automatic");
    if (id == QLatin1String("party")) return labels::translate("Style", "Party colour");
    if (const Ramp* r = findRamp(id)) return labels::translate("Style", r->name);
    return id;
}

std::vector<QColor> paletteRamp(const QString& id, const QString& party) {
    if (id == QLatin1String("party")) {
        const QColor p = partyColour(party);
        std::vector<QColor> out;
        out.reserve(9);
        for (int i = 0; i < 9; ++i)
            out.push_back(mix(QColor(0xfafafa), p, 0.08 + 0.92 * i / 8.0));
        return out;
    }
    const Ramp* r = findRamp(id);
    if (!r) r = &ramps().front();
    std::vector<QColor> out;
    for (unsigned c : r->rgb)
        out.emplace_back(QRgb(c));
    return out;
}

QColor partyColour(const QString& party, bool* known) {
    static const std::pair<const char*, unsigned> table[] = {
        {"spd", 0xe3000f},         {"cdu", 0x2d3c4b},
        {"csu", 0x0570c9},         {"cdu/csu", 0x2d3c4b},
        {"union", 0x2d3c4b},       {"grüne", 0x1aa037},
        {"gruene", 0x1aa037},      {"greens", 0x1aa037},
        {"green", 0x1aa037},       {"b90/grüne", 0x1aa037},
        {"fdp", 0xd6a800},         {"afd", 0x009ee0},
        {"linke", 0xbe3075},       {"die linke", 0xbe3075},
        {"bsw", 0x7d254f},         {"labour", 0xe4003b},
        {"lab", 0xe4003b},         {"conservative", 0x0087dc},
        {"con", 0x0087dc},         {"liberal democrats", 0xfaa61a},
        {"ld", 0xfaa61a},          {"libdem", 0xfaa61a},
        {"snp", 0xc9a800},         {"reform", 0x12b6cf},
        {"plaid cymru", 0x005b54}, {"democrat", 0x1a6aff},
        {"democrats", 0x1a6aff},   {"dem", 0x1a6aff},
        {"republican", 0xe81b23},  {"republicans", 0xe81b23},
        {"gop", 0xe81b23},         {"rep", 0xe81b23},
        {"vvd", 0xff7709},         {"pvda", 0xdf111a},
        {"d66", 0x01af40},         {"cda", 0x007b5f},
        {"pvv", 0x0e2c5c},         {"sp", 0xee2e22},
        {"groenlinks", 0x39a935},  {"ps", 0xe4007c},
        {"lr", 0x0066cc},          {"rn", 0x0d378a},
        {"lfi", 0xcc2443},         {"eelv", 0x00c000},
    };
    const QString key = party.trimmed().toLower();
    for (const auto& [name, rgb] : table)
        if (key == QString::fromUtf8(name)) {
            if (known) *known = true;
            return QColor(QRgb(rgb));
        }
    if (known) *known = false;
    return QColor(0x3c5a78);
}

nlohmann::ordered_json classStyleToJson(const ClassStyle& style) {
    if (style == ClassStyle{}) return nullptr;
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    j["method"] = style.method.toStdString();
    if (style.classes > 0) j["classes"] = style.classes;
    j["palette"] = style.palette.toStdString();
    if (!style.manual.empty()) j["breaks"] = style.manual;
    return j;
}

ClassStyle classStyleFromJson(const nlohmann::ordered_json& j) {
    ClassStyle s;
    if (!j.is_object()) return s;
    if (j.contains("method") && j["method"].is_string()) {
        const QString m = QString::fromStdString(j["method"].get<std::string>());
        if (methodIds().contains(m)) s.method = m;
    }
    if (j.contains("classes") && j["classes"].is_number_integer())
        s.classes = std::clamp(j["classes"].get<int>(), 2, 9);
    if (j.contains("palette") && j["palette"].is_string()) {
        const QString p = QString::fromStdString(j["palette"].get<std::string>());
        if (sequentialPaletteIds().contains(p) || divergingPaletteIds().contains(p)) s.palette = p;
    }
    if (j.contains("breaks") && j["breaks"].is_array())
        for (const auto& b : j["breaks"])
            if (b.is_number() && std::isfinite(b.get<double>()))
                s.manual.push_back(b.get<double>());
    std::sort(s.manual.begin(), s.manual.end());
    s.manual.erase(std::unique(s.manual.begin(), s.manual.end()), s.manual.end());
    return s;
}

QStringList methodIds() {
    QStringList out{QStringLiteral("auto")};
    for (BreakMethod m :
         {BreakMethod::Quantile, BreakMethod::EqualInterval, BreakMethod::NaturalBreaks,
          BreakMethod::Pretty, BreakMethod::StdDev, BreakMethod::Manual})
        out << QString::fromLatin1(breakMethodName(m));
    return out;
}

QString methodName(const QString& id) {
    if (id == QLatin1String("auto")) return labels::translate("Style", "Automatic");
    if (id == QLatin1String("quantile"))
        return labels::translate("Style", "Quantiles (equal counts)");
    if (id == QLatin1String("equal")) return labels::translate("Style", "Equal intervals");
    if (id == QLatin1String("fisher")) return labels::translate("Style", "Natural breaks (Jenks)");
    if (id == QLatin1String("pretty")) return labels::translate("Style", "Round numbers");
    if (id == QLatin1String("sd")) return labels::translate("Style", "Standard deviations");
    if (id == QLatin1String("manual")) return labels::translate("Style", "Manual breaks");
    return id;
}

bool parseManualBreaks(const QString& text, std::vector<double>& out) {
    out.clear();
    static const QRegularExpression sep(QStringLiteral("[;\\s]+"));
    for (QString token : text.split(sep, Qt::SkipEmptyParts)) {
        token.replace(QChar(0x2212), QLatin1Char('-')); // a true minus sign, as legends show
        bool ok = false;
        const double v = token.toDouble(&ok);
        if (!ok || !std::isfinite(v)) return false;
        out.push_back(v);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return true;
}

QString formatManualBreaks(const std::vector<double>& breaks) {
    QStringList parts;
    for (double b : breaks)
        parts << QString::number(b, 'g', 6);
    return parts.join(QStringLiteral("; "));
}

Classification styledClassification(ScaleKind kind, const std::vector<double>& values,
                                    const ClassStyle& style, const QString& party,
                                    const QString& middle) {
    const bool continuous = kind == ScaleKind::Diverging || kind == ScaleKind::Sequential;
    if (!continuous || style.automatic()) return classificationFor(kind, values, middle);
    const bool diverging = kind == ScaleKind::Diverging;
    Classification c;
    BreakMethod method{};
    if (parseBreakMethod(style.method.toStdString(), method)) {
        const int n = style.classes > 0 ? std::clamp(style.classes, 2, 9) : (diverging ? 9 : 7);
        c.breaks = innerBreaks(classBreaks(values, method, n, style.manual));
        labelRanges(c, diverging, middle);
    } else {
        c = classificationFor(kind, values, middle); // automatic breaks, another palette
    }
    QString palette = style.palette;
    const QStringList allowed = diverging ? divergingPaletteIds() : sequentialPaletteIds();
    if (!allowed.contains(palette)) palette = diverging ? QStringLiteral("RdBu") : allowed.front();
    colourClasses(c, diverging, values, paletteRamp(palette, party));
    return c;
}

} // namespace swingmap
