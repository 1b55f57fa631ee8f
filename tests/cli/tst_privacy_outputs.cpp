// SPDX-License-Identifier: GPL-3.0-or-later
// The privacy rule in every output (issue 10, methods.md "Privacy"): two tiny areas are planted in
// the demo — one with 3 households, a unique name and its own figures (Red 4 of 13 valid votes in
// 2019, 4 of 11 in 2024: shares 30.769… % and 36.363… %, change +5.594… points, turnout 55 %:
// ordinary enough not to distort the model and the clusters, and with potential votes), one with
// 4 households whose 2024 row fails a row check (valid 91 > voters 77). swingmap-cli runs the
// project twice, with the rule (min_households 6) and without it (0, the control that shows each
// check can fail), writing report.json, areas.gpkg, targets.csv, briefing.pdf, map.png and map.svg.
// Each format is checked for the planted areas' names and figures, the map pixels at the planted
// area for the hatch, and every total in report.json and the PDF is recomputed from the per-area
// figures areas.gpkg publishes (nothing hidden may be inside one).
// The model (docs/methods-notes.md, "Privacy and the model"): a third run has the five suppressed
// areas removed from every input, and every statistic both runs publish must be the same (a
// suppressed area enters no fit, lag or standardisation); the subtraction attacks are replayed on
// the published figures: the weighted residuals of the published model rows sum to zero, and each
// published local Moran's I is recomputed from the published outcomes and the neighbours among the
// published areas.
// The demo is written in its on-districts form (app/shared/demo.h, DemoForm::OnDistricts: the same
// county's figures with every input row one area, no reconcile step), because "removed from every
// input" is only defined when an input row is an area: with reconcile, removing a district's rows
// would change how the postal votes and the census are shared out among the others.
#include "app/render/hittest.h"
#include "app/render/palette.h"
#include "app/render/viewtransform.h"
#include "app/shared/demo.h"
#include "core/centroid.h"
#include "core/classify.h"
#include "gis/contiguity.h"
#include "gis/reader.h"
#include "gis/vector_writer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "tests/cli/privacy_files.h"
#include "tests/common/process_run.h"

namespace {
using namespace swingmap::test; // run(), readAll(), cell(), ... (tests/common, privacy_files.h)

const QString kName = QStringLiteral("Quillmarsh Privacy Hamlet");
/// The planted area's own figures: shares at A and B, change (= Butler swing against Blue).
const double kShares[] = {400.0 / 13, 400.0 / 11, 400.0 / 11 - 400.0 / 13};
/// ... as a page would print them (the PDF and the SVG print no per-area figure otherwise).
const QStringList kPrinted = {"30.77", "36.36", "+5.59"};
const QString kRowCheck = QStringLiteral("valid 91 > voters 77");
const QSize kMapSize(1600, 1200); // swingmap-cli --png / --svg
constexpr int kHalf = 6;          // the pixel window checked: 13 x 13 around the planted point
constexpr int kMargin = 4;        // ... and that much further must still be inside the area

/// Pixels of the hatched grey ("too few households to show"): every pixel grey, between the hatch
/// line colour and the fill, with both some hatch-line and some fill pixels in the window.
QString hatchVerdict(const QImage& img, QPoint at) {
    int dark = 0, light = 0;
    const QColor line = swingmap::suppressedHatchColour(), fill = swingmap::suppressedColour();
    for (int dy = -kHalf; dy <= kHalf; ++dy)
        for (int dx = -kHalf; dx <= kHalf; ++dx) {
            const QColor c = img.pixelColor(at + QPoint(dx, dy));
            if (std::abs(c.red() - c.green()) > 3 || std::abs(c.green() - c.blue()) > 3 ||
                c.red() < line.red() - 6 || c.red() > fill.red() + 6)
                return QStringLiteral("pixel (%1, %2) is %3, not the hatch")
                    .arg(at.x() + dx)
                    .arg(at.y() + dy)
                    .arg(c.name());
            dark += c.red() <= line.red() + 30;
            light += c.red() >= fill.red() - 8;
        }
    if (dark == 0 || light == 0)
        return QStringLiteral("%1 hatch-line and %2 fill pixels: not hatched").arg(dark).arg(light);
    return {};
}

QImage rasterise(const QString& svgPath) {
    QSvgRenderer svg(svgPath);
    QImage img(kMapSize, QImage::Format_ARGB32);
    img.fill(Qt::white);
    if (!svg.isValid()) return {};
    QPainter p(&img);
    svg.render(&p, QRectF(QPointF(0, 0), QSizeF(kMapSize)));
    return img;
}

QString normalised(QString text) {
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}
} // namespace

class TestPrivacyOutputs : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_planted, m_rowChecked; ///< keys of the two planted tiny areas
    QPoint m_pixel;                  ///< the planted area on map.png / map.svg
    std::set<QString> m_hamlets;     ///< the demo's own suppressed areas

    QString out(const QString& which) const { return m_dir.path() + "/out-" + which; }
    QString pdfText(const QString& which) const {
        const Run r =
            run(QStringLiteral("pdftotext"), {out(which) + "/briefing.pdf", QStringLiteral("-")});
        return r.code == 0 ? r.out : QString();
    }
    swingmap::Table areas(const QString& which) const {
        swingmap::SourceSpec spec;
        spec.path = (out(which) + "/areas.gpkg").toStdString();
        spec.layer = "areas";
        auto layer = gis::readPolygonLayer(spec);
        return layer ? layer->attributes : swingmap::Table{};
    }
    static std::size_t rowOf(const swingmap::Table& t, const QString& key) {
        for (std::size_t r = 0; r < t.rowCount(); ++r)
            if (cell(t, "key", r) == key) return r;
        return t.rowCount();
    }
    /// What a person reads in an output: the PDF's text, the SVG's text elements, the files.
    QString outputText(const QString& which, const QString& format) const {
        if (format == QLatin1String("briefing.pdf")) return pdfText(which);
        const QString text = QString::fromUtf8(readAll(out(which) + "/" + format));
        if (!format.endsWith(QLatin1String(".svg"))) return text;
        QStringList words; // coordinates are numbers too: only the <text> elements count
        static const QRegularExpression element(QStringLiteral("<text[^>]*>([^<]*)</text>"));
        for (auto it = element.globalMatch(text); it.hasNext();)
            words << it.next().captured(1);
        return words.join(QLatin1Char('\n'));
    }

    /// Pick the two areas to plant: large enough on the 1600 x 1200 map that a window around an
    /// inside point stays inside, away from the legend (top left) and scale bar (bottom left).
    void choosePlanted(const gis::LoadedLayer& l) {
        const swingmap::PolygonLayer& g = l.geometry;
        const swingmap::ViewTransform t(
            g.extent, QRectF(12, 12, kMapSize.width() - 24.0, kMapSize.height() - 24.0),
            swingmap::xStretchFor(g.extent, l.geographic));
        std::vector<std::size_t> order;
        for (std::size_t f = 0; f < g.featureCount(); ++f)
            if (g.hasGeometry(f) && !m_hamlets.count(cell(l.attributes, "code", f)))
                order.push_back(f);
        auto size = [&](std::size_t f) {
            return (g.bbox[f].maxX - g.bbox[f].minX) * (g.bbox[f].maxY - g.bbox[f].minY);
        };
        std::sort(order.begin(), order.end(), [&](auto a, auto b) { return size(a) > size(b); });
        for (std::size_t f : order) {
            const auto p = swingmap::featureInteriorPoint(g, f);
            const QPoint px = t.toDevice(p[0], p[1]).toPoint();
            if (px.x() < 450 || px.x() > 1500 || px.y() < 150 || px.y() > 1050) continue;
            bool inside = true;
            const int r = kHalf + kMargin;
            for (int dy = -r; dy <= r && inside; ++dy)
                for (int dx = -r; dx <= r && inside; ++dx) {
                    const QPointF w = t.toWorld(QPointF(px + QPoint(dx, dy)) + QPointF(0.5, 0.5));
                    inside = swingmap::featureContains(g, f, w.x(), w.y());
                }
            if (!inside) continue;
            if (m_planted.isEmpty()) {
                m_planted = cell(l.attributes, "code", f);
                m_pixel = px;
            } else {
                m_rowChecked = cell(l.attributes, "code", f);
                return;
            }
        }
    }

    void plant() {
        swingmap::SourceSpec spec;
        spec.path = (m_demo + "/districts.gpkg").toStdString();
        spec.layer = "districts";
        auto layer = gis::readPolygonLayer(spec);
        QVERIFY2(layer.ok(), layer ? "" : layer.error().c_str());
        const QStringList census =
            QString::fromUtf8(readAll(m_demo + "/census.csv")).split(QLatin1Char('\n'));
        for (const QString& line : census.mid(1)) {
            const QStringList c = line.split(QLatin1Char(','));
            if (c.size() > 1 && c[1].toDouble() < 6) m_hamlets.insert(c[0]);
        }
        QCOMPARE(m_hamlets.size(), std::size_t(3)); // the demo's own three hamlets
        choosePlanted(*layer);
        QVERIFY2(!m_planted.isEmpty() && !m_rowChecked.isEmpty(), "no area large enough to plant");
        // the planted name in the boundaries
        const swingmap::Table& a = layer->attributes;
        std::vector<gis::FieldColumn> fields;
        for (const std::string& col :
             {std::string("code"), std::string("name"), std::string("ward")}) {
            gis::FieldColumn c{col, gis::FieldColumn::Type::Text, {}, {}, {}};
            c.texts = a.cells[static_cast<std::size_t>(a.columnIndex(col))];
            if (col == "name")
                for (std::size_t r = 0; r < c.texts.size(); ++r)
                    if (cell(a, "code", r) == m_planted) c.texts[r] = kName.toStdString();
            fields.push_back(std::move(c));
        }
        auto st =
            gis::writePolygons(spec.path, "districts", layer->geometry, layer->crsWkt, fields);
        QVERIFY2(st.ok(), st ? "" : st.error().c_str());
        // households: 3 and 4; figures: code,electorate,voters,valid,Red,Blue,Green,Orange,Other
        QVERIFY(
            replaceRow(m_demo + "/census.csv", m_planted, m_planted + ",3,20.0,2.0,20.0,4.0,20.0"));
        QVERIFY(replaceRow(m_demo + "/census.csv", m_rowChecked,
                           m_rowChecked + ",4,20.0,2.0,20.0,4.0,20.0"));
        QVERIFY(replaceRow(m_demo + "/election_2019.csv", m_planted,
                           m_planted + ",20,13,13,4,9,0,0,0"));
        QVERIFY(replaceRow(m_demo + "/election_2024.csv", m_planted,
                           m_planted + ",20,11,11,4,7,0,0,0"));
        QVERIFY(replaceRow(m_demo + "/election_2024.csv", m_rowChecked,
                           m_rowChecked + ",90,77,91,50,41,0,0,0"));
    }

    /// A copy of the planted demo with the five suppressed areas removed from every input.
    void makeRemoved() {
        std::set<QString> hidden = m_hamlets;
        hidden.insert(m_planted);
        hidden.insert(m_rowChecked);
        QVERIFY(QDir().mkpath(removedDir()));
        for (const char* name : {"census.csv", "election_2019.csv", "election_2024.csv"}) {
            const QStringList lines =
                QString::fromUtf8(readAll(m_demo + "/" + name)).split(QLatin1Char('\n'));
            QStringList kept;
            for (const QString& line : lines)
                if (!hidden.count(line.section(QLatin1Char(','), 0, 0))) kept << line;
            QCOMPARE(kept.size(), lines.size() - 5);
            QVERIFY(writeAll(removedDir() + "/" + name, kept.join(QLatin1Char('\n')).toUtf8()));
        }
        swingmap::SourceSpec spec;
        spec.path = (m_demo + "/districts.gpkg").toStdString();
        spec.layer = "districts";
        auto layer = gis::readPolygonLayer(spec);
        QVERIFY2(layer.ok(), layer ? "" : layer.error().c_str());
        const gis::LoadedLayer rest = without(*layer, "code", hidden);
        QCOMPARE(rest.geometry.featureCount(), layer->geometry.featureCount() - 5);
        auto st = gis::writePolygons((removedDir() + "/districts.gpkg").toStdString(), "districts",
                                     rest.geometry, rest.crsWkt, textFields(rest.attributes));
        QVERIFY2(st.ok(), st ? "" : st.error().c_str());
        QVERIFY(QFile::copy(m_demo + "/streets.gpkg", removedDir() + "/streets.gpkg"));
    }
    QString removedDir() const { return m_dir.path() + "/removed"; }

    /// With the rule ("private"), without it ("open", the control), and with the rule on the
    /// inputs without the suppressed areas ("removed").
    void runAll() {
        Json project = Json::parse(readAll(m_demo + "/project.json").toStdString());
        project["analysis"]["versus"] = "Blue"; // Butler / Steed swing counts in the report too
        // a back-test on a third election (the 2024 file again): its figures are published too
        Json third = project["elections"][1];
        third["label"] = "2029";
        project["elections"].push_back(third);
        project["analysis"]["backtest"] = "2029";
        const Json streets = project["streets"]; // the demo's streets: in runs of their own below
        project.erase("streets");                // (they cross the hatched area mapPixels looks at)
        for (const auto& [name, minimum, dir] :
             {std::tuple{"private", 6, m_demo}, std::tuple{"open", 0, m_demo},
              std::tuple{"removed", 6, removedDir()}}) {
            project["privacy"]["min_households"] = minimum;
            const QString path = dir + "/" + name + ".json";
            QVERIFY(writeAll(path, QByteArray::fromStdString(project.dump(2))));
            const Run r =
                run(CLI_PATH, {"run", path, "--out", out(name), "--png", "--svg", "--quiet"});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            for (const char* file :
                 {"report.json", "areas.gpkg", "targets.csv", "briefing.pdf", "map.png", "map.svg"})
                QVERIFY2(QFile::exists(out(name) + "/" + file), file);
            QCOMPARE(QDir(out(name)).entryList({"*.part*"}, QDir::Files), QStringList());
        }
        project["streets"] = streets;
        project["privacy"]["min_households"] = 6;
        for (const auto& [name, dir] :
             {std::pair{"private-streets", m_demo}, std::pair{"removed-streets", removedDir()}}) {
            const QString path = dir + "/" + name + ".json";
            QVERIFY(writeAll(path, QByteArray::fromStdString(project.dump(2))));
            const Run r = run(CLI_PATH, {"run", path, "--out", out(name), "--no-pdf", "--quiet"});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.path() + "/demo";
        const swingmap::Status made =
            swingmap::makeDemo(m_demo.toStdString(), swingmap::DemoForm::OnDistricts);
        QVERIFY2(made.ok(), made ? "" : made.error().c_str());
        plant();
        makeRemoved();
        runAll();
    }

    /// The planted name, key and figures appear in no text output of the run with the rule.
    void noPlantedFigures_data() {
        QTest::addColumn<QString>("format");
        for (const char* f : {"report.json", "targets.csv", "briefing.pdf", "map.svg"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void noPlantedFigures() {
        QFETCH(QString, format);
        const QString text = outputText(QStringLiteral("private"), format);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(kName), "the planted name is printed");
        if (format == QLatin1String("report.json")) { // every number in it, at full precision
            const Json report = Json::parse(text.toStdString());
            std::vector<const Json*> todo{&report};
            std::size_t numbers = 0;
            while (!todo.empty()) {
                const Json* j = todo.back();
                todo.pop_back();
                if (j->is_structured())
                    for (const auto& child : *j)
                        todo.push_back(&child);
                if (!j->is_number()) continue;
                ++numbers;
                for (double figure : kShares)
                    QVERIFY2(!close(j->get<double>(), figure),
                             qPrintable(QString::number(figure, 'g', 17) + " is published"));
            }
            QVERIFY(numbers > 100);
        } else if (format != QLatin1String("targets.csv")) { // targets.csv: its rows, below
            for (const QString& figure : kPrinted)
                QVERIFY2(!text.contains(figure),
                         qPrintable("its figure " + figure + " is printed"));
        }
        QVERIFY2(!text.contains(kRowCheck), "the row check shows its figures");
        // keys: only in report.json, and there only as withheld ("KEY: figures withheld ...")
        for (const QString& key : {m_planted, m_rowChecked}) {
            const QRegularExpression any(QStringLiteral("\\b%1\\b").arg(key));
            const QRegularExpression masked(
                QStringLiteral("\"%1: figures withheld \\(too few households to show\\)\"")
                    .arg(key));
            const auto all = text.count(any), withheld = text.count(masked);
            QVERIFY2(all == (format == QLatin1String("report.json") ? withheld : 0),
                     qPrintable(QStringLiteral("%1 appears %2 times, %3 of them withheld")
                                    .arg(key)
                                    .arg(all)
                                    .arg(withheld)));
        }
        if (format == QLatin1String("report.json")) // the row check is still counted
            QVERIFY(text.contains(m_rowChecked + ": figures withheld"));
    }

    /// The control: without the rule the same outputs do show them (so the checks above can fail).
    void controlShowsThem() {
        QVERIFY(outputText(QStringLiteral("open"), QStringLiteral("report.json"))
                    .contains(m_rowChecked + ": " + kRowCheck));
        // listed as a target, with its figures and name
        const QString targets = outputText(QStringLiteral("open"), QStringLiteral("targets.csv"));
        QVERIFY(targets.contains(QStringLiteral(",%1,%2,").arg(m_planted, kName)));
        QVERIFY(targets.contains(QStringLiteral(",36.36,5.59,")));
        const swingmap::Table t = areas(QStringLiteral("open"));
        const std::size_t r = rowOf(t, m_planted);
        QVERIFY(r < t.rowCount());
        QCOMPARE(cell(t, "name", r), kName);
        QCOMPARE(cell(t, "suppressed", r), QStringLiteral("0"));
        QVERIFY(close(number(t, "share_from", r), kShares[0]));
        QVERIFY(close(number(t, "share_to", r), kShares[1]));
        QVERIFY(close(number(t, "share_change", r), kShares[2]));
        QVERIFY(close(number(t, "butler_swing", r), kShares[2]));
    }

    /// areas.gpkg: the planted rows keep key, name and geometry, flagged, every figure NULL.
    void geopackageRows() {
        const swingmap::Table t = areas(QStringLiteral("private"));
        QVERIFY(t.rowCount() > 0);
        const std::set<std::string> kept{"key", "name", "suppressed", "class", "in_model"};
        for (const QString& key : {m_planted, m_rowChecked}) {
            const std::size_t r = rowOf(t, key);
            QVERIFY(r < t.rowCount());
            QCOMPARE(cell(t, "suppressed", r), QStringLiteral("1"));
            QCOMPARE(cell(t, "class", r), QStringLiteral("suppressed"));
            QCOMPARE(cell(t, "in_model", r), QStringLiteral("0")); // in no statistic
            for (const std::string& c : t.columns)
                if (!kept.count(c))
                    QVERIFY2(cell(t, c, r).isEmpty(),
                             qPrintable(QString::fromStdString(c) + " = " + cell(t, c, r)));
        }
        QCOMPARE(cell(t, "name", rowOf(t, m_planted)), kName);
    }

    /// Every count and total report.json publishes, recomputed from areas.gpkg's published rows.
    void reportTotalsAddUp() {
        const swingmap::Table t = areas(QStringLiteral("private"));
        const Json rep = Json::parse(readAll(out("private") + "/report.json").toStdString());
        std::size_t suppressed = 0, noise = 0, disagree = 0, inModel = 0;
        std::map<std::string, std::size_t> classes, lisa, reasons;
        std::vector<double> turnout;
        std::vector<std::pair<double, std::string>> potential;
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            const bool hidden = cell(t, "suppressed", r) == QLatin1String("1");
            suppressed += hidden;
            ++classes[cell(t, "class", r).toStdString()];
            inModel += cell(t, "in_model", r) == QLatin1String("1");
            if (!cell(t, "drop_reason", r).isEmpty())
                ++reasons[cell(t, "drop_reason", r).toStdString()];
            else if (hidden)
                ++reasons["suppressed (privacy rule)"];
            if (hidden) continue;
            noise += cell(t, "within_noise", r) == QLatin1String("1");
            disagree += number(t, "butler_swing", r) * number(t, "steed_swing", r) < 0;
            if (!cell(t, "lisa_class", r).isEmpty()) ++lisa[cell(t, "lisa_class", r).toStdString()];
            turnout.push_back(number(t, "turnout_to", r));
            const double pv = number(t, "potential_votes", r);
            if (std::isfinite(pv) && pv > 0)
                potential.emplace_back(pv, cell(t, "key", r).toStdString());
        }
        QCOMPARE(suppressed, std::size_t(5)); // the demo's three hamlets and the two planted
        QCOMPARE(rep["privacy"]["suppressed"].get<std::size_t>(), suppressed);
        for (const auto& [id, count] : rep["classes"].items())
            QVERIFY2(count.get<std::size_t>() == classes[id], id.c_str());
        QCOMPARE(rep["classes"]["suppressed"].get<std::size_t>(), suppressed);
        for (const auto& [id, count] : rep["lisa"]["clusters"].items())
            QVERIFY2(count.get<std::size_t>() == lisa[id], id.c_str());
        QCOMPARE(rep["within_noise"].get<std::size_t>(), noise);
        QCOMPARE(rep["model"]["butler_steed_disagree"].get<std::size_t>(), disagree);
        QCOMPARE(rep["model"]["n"].get<std::size_t>(), inModel);
        QCOMPARE(rep["model"]["dropped"]["count"].get<std::size_t>(), t.rowCount() - inModel);
        std::map<std::string, std::size_t> published;
        for (const auto& [why, count] : rep["model"]["dropped"]["reasons"].items())
            published[why] = count.get<std::size_t>();
        QVERIFY(published == reasons);
        const double target = swingmap::quantile7(turnout, 0.9);
        QVERIFY2(close(rep["turnout_target"].get<double>(), target),
                 qPrintable(QString::number(target, 'g', 17)));
        // the top 20 targets: the published areas with most potential votes, ties by key
        std::sort(potential.begin(), potential.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        const Json& targets = rep["targets"];
        QCOMPARE(targets.size(), std::min<std::size_t>(20, potential.size()));
        for (std::size_t i = 0; i < targets.size(); ++i) {
            QCOMPARE(targets[i]["key"].get<std::string>(), potential[i].second);
            QVERIFY(close(targets[i]["potential_votes"].get<double>(), potential[i].first));
        }
        // GWR local coefficients: five numbers of each published gwr_<term> column
        const Json& local = rep["model"]["gwr"]["local_coefficients"];
        QVERIFY(local.size() >= 2);
        for (const auto& [term, five] : local.items()) {
            std::string column = term == "(Intercept)" ? "gwr_intercept" : "gwr_" + term;
            std::vector<double> v;
            for (std::size_t r = 0; r < t.rowCount(); ++r)
                if (std::isfinite(number(t, column, r))) v.push_back(number(t, column, r));
            QVERIFY2(!v.empty(), column.c_str());
            const char* names[] = {"min", "q1", "median", "q3", "max"};
            const double qs[] = {0, 0.25, 0.5, 0.75, 1};
            for (int k = 0; k < 5; ++k)
                QVERIFY2(close(five[names[k]].get<double>(), swingmap::quantile7(v, qs[k])),
                         qPrintable(QString::fromStdString(term) + " " + names[k]));
        }
    }

    /// The main check of the model: with the five areas suppressed every published statistic is
    /// what the same project publishes when they are not in the inputs at all, so not one of their
    /// figures entered a fit, a neighbour's lag, a standardisation or a count (methods-notes.md).
    void suppressedEqualsRemoved() {
        auto report = [&](const char* which) {
            return Json::parse(
                readAll(out(QString::fromLatin1(which)) + "/report.json").toStdString());
        };
        Json hidden = report("private"), removed = report("removed");
        QVERIFY(hidden.contains("backtest") && hidden["lisa"].contains("clusters"));
        // the five are dropped from the model for the privacy rule only, without their keys
        QVERIFY2(hidden["model"]["dropped"] ==
                     Json({{"count", 5}, {"reasons", {{"suppressed (privacy rule)", 5}}}}),
                 hidden["model"]["dropped"].dump().c_str());
        QCOMPARE(removed["model"]["dropped"]["count"].get<int>(), 0);
        // what may differ besides: the inputs and the run (join, privacy, timings), the
        // suppressed class count, and the islands of the full layer's weights (kept for maps, a
        // matter of geometry, not of figures)
        for (Json* r : {&hidden, &removed}) {
            for (const char* key :
                 {"swingmap_version", "generated", "project", "join", "privacy", "timings"})
                r->erase(key);
            (*r)["model"].erase("dropped");
            (*r)["classes"].erase("suppressed");
            (*r)["spatial_weights"].erase("islands");
        }
        const std::string difference = jsonDifference(hidden, removed, "report.json");
        QVERIFY2(difference.empty(), difference.c_str());
        // areas.gpkg: every published area, every column
        const swingmap::Table a = areas(QStringLiteral("private")),
                              b = areas(QStringLiteral("removed"));
        QCOMPARE(b.rowCount() + 5, a.rowCount());
        QVERIFY(a.columns == b.columns);
        for (std::size_t r = 0; r < b.rowCount(); ++r) {
            const QString key = cell(b, "key", r);
            const std::size_t h = rowOf(a, key);
            QVERIFY(h < a.rowCount());
            for (const std::string& c : b.columns) {
                const QString x = cell(a, c, h), y = cell(b, c, r);
                bool isNumber = false;
                x.toDouble(&isNumber);
                QVERIFY2(isNumber ? close(x.toDouble(), y.toDouble()) : x == y,
                         qPrintable(QStringLiteral("%1 %2: %3 here, %4 without the areas")
                                        .arg(key, QString::fromStdString(c), x, y)));
            }
        }
    }

    /// The demo's streets: with the five areas suppressed streets.csv is what the same project
    /// lists without them in the inputs (no figure of theirs moves a street's votes, length or
    /// rank), and neither their keys nor their name appear in it.
    void streetsSuppressedEqualsRemoved() {
        const QByteArray hidden = readAll(out(QStringLiteral("private-streets")) + "/streets.csv"),
                         removed = readAll(out(QStringLiteral("removed-streets")) + "/streets.csv");
        QVERIFY(hidden.count('\n') > 400);
        // rows by street without their rank: streets of equal votes per km (all inside one
        // area) are ordered by the last bits of their quotients, which may differ between runs
        auto byStreet = [](const QByteArray& csv) {
            std::map<QByteArray, QByteArray> rows;
            for (const QByteArray& line : csv.split('\n'))
                if (const auto comma = line.indexOf(','); comma > 0)
                    rows[line.mid(comma + 1, line.indexOf(',', comma + 1) - comma - 1)] =
                        line.mid(comma + 1);
            return rows;
        };
        const auto a = byStreet(hidden), b = byStreet(removed);
        QCOMPARE(a.size(), b.size());
        for (const auto& [street, row] : a)
            QVERIFY2(b.count(street) && b.at(street) == row,
                     (row + " here, " + (b.count(street) ? b.at(street) : "nothing") +
                      " without the areas")
                         .constData());
        const QString text = QString::fromUtf8(hidden);
        QVERIFY(!text.contains(kName));
        for (const QString& key : {m_planted, m_rowChecked})
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(key))),
                     qPrintable(key));
        auto streets = [&](const char* which) {
            return Json::parse(
                readAll(out(QString::fromLatin1(which)) + "/report.json").toStdString())["streets"];
        };
        Json x = streets("private-streets"), y = streets("removed-streets");
        QVERIFY(x["not_listed_privacy"].get<int>() > 0); // streets inside only the five areas
        QCOMPARE(x["listed"].get<int>() + x["not_listed_privacy"].get<int>() +
                     x["outside"].get<int>(),
                 y["listed"].get<int>() + y["outside"].get<int>());
        for (Json* r : {&x, &y})
            for (const char* key : {"source", "not_listed_privacy", "outside"})
                r->erase(key);
        const std::string difference = jsonDifference(x, y, "report.json.streets");
        QVERIFY2(difference.empty(), difference.c_str());
    }

    /// The subtraction attack on the fit: a weighted least-squares fit with an intercept has
    /// sum w_i e_i = 0 over its rows, and the weights can be read back from the published
    /// residual, std_residual, leverage and sigma. Over the published model rows the sum must
    /// be zero, or the rest is a hidden area's weighted residual.
    void weightedResidualsSumToZero() {
        const swingmap::Table t = areas(QStringLiteral("private"));
        const Json rep = Json::parse(readAll(out("private") + "/report.json").toStdString());
        const double sigma = rep["model"]["sigma"].get<double>();
        std::map<QString, double> valid; // the regression weights: valid votes at 2024
        for (const QString& line :
             QString::fromUtf8(readAll(m_demo + "/election_2024.csv")).split(QLatin1Char('\n')))
            valid[line.section(QLatin1Char(','), 0, 0)] =
                line.section(QLatin1Char(','), 3, 3).toDouble();
        double sum = 0, scale = 0;
        std::size_t rows = 0, withFigures = 0;
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            if (cell(t, "in_model", r) != QLatin1String("1")) continue;
            ++rows;
            const double e = number(t, "residual", r), h = number(t, "leverage", r);
            if (!std::isfinite(e) || !std::isfinite(h)) continue; // a hidden row in the fit
            ++withFigures;
            if (e == 0) continue;
            const double w =
                std::pow(number(t, "std_residual", r) * sigma * std::sqrt(1 - h) / e, 2);
            // the attack works: these are the weights
            QVERIFY(std::fabs(w - valid[cell(t, "key", r)]) <= 1e-6 * w);
            sum += w * e;
            scale += std::fabs(w * e);
        }
        QVERIFY2(std::fabs(sum) <= 1e-9 * scale,
                 qPrintable(QStringLiteral("sum w e = %1 over the published rows (sum |w e| = %2)")
                                .arg(sum)
                                .arg(scale)));
        // every model row is published with its figures, and they are all the model has
        QCOMPARE(withFigures, rows);
        QCOMPARE(rows, rep["model"]["n"].get<std::size_t>());
    }

    /// The subtraction attack on LISA: each published local I = z_i / m2 * mean of the
    /// neighbours' z is recomputed from the published outcomes and the queen neighbours among
    /// the published areas; a suppressed value in a lag, the mean or m2 would show.
    void lisaFromPublishedNeighbours() {
        swingmap::SourceSpec spec;
        spec.path = (out(QStringLiteral("private")) + "/areas.gpkg").toStdString();
        spec.layer = "areas";
        auto layer = gis::readPolygonLayer(spec);
        QVERIFY2(layer.ok(), layer ? "" : layer.error().c_str());
        const swingmap::Table& t = layer->attributes;
        std::vector<bool> keep(t.rowCount(), false);
        std::vector<std::size_t> rows;
        double mean = 0;
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            keep[r] = cell(t, "suppressed", r) == QLatin1String("0") &&
                      layer->geometry.hasGeometry(r) && std::isfinite(number(t, "outcome", r));
            if (!keep[r]) continue;
            rows.push_back(r);
            mean += number(t, "outcome", r);
        }
        QCOMPARE(rows.size(), t.rowCount() - 5);
        mean /= static_cast<double>(rows.size());
        std::vector<double> z;
        double m2 = 0;
        for (std::size_t r : rows) {
            z.push_back(number(t, "outcome", r) - mean);
            m2 += z.back() * z.back();
        }
        m2 /= static_cast<double>(rows.size());
        const swingmap::Neighbours nb = gis::queenContiguity(layer->geometry).subset(keep);
        QCOMPARE(nb.size(), rows.size());
        for (std::size_t k = 0; k < rows.size(); ++k) {
            double lag = 0;
            for (uint32_t j = nb.offset[k]; j < nb.offset[k + 1]; ++j)
                lag += z[nb.index[j]];
            if (nb.degree(k) > 0) lag /= static_cast<double>(nb.degree(k));
            const double expected = z[k] / m2 * lag, published = number(t, "lisa_i", rows[k]);
            QVERIFY2(close(published, expected),
                     qPrintable(QStringLiteral("%1: lisa_i %2, from the published areas %3")
                                    .arg(cell(t, "key", rows[k]))
                                    .arg(published, 0, 'g', 17)
                                    .arg(expected, 0, 'g', 17)));
        }
    }

    /// targets.csv: exactly the published areas with potential votes, with the published figures.
    void targetsCsvAddsUp() {
        const swingmap::Table t = areas(QStringLiteral("private"));
        std::map<QString, double> expected;
        for (std::size_t r = 0; r < t.rowCount(); ++r)
            if (cell(t, "suppressed", r) == QLatin1String("0") &&
                number(t, "potential_votes", r) > 0)
                expected[cell(t, "key", r)] = number(t, "potential_votes", r);
        const QStringList lines = QString::fromUtf8(readAll(out("private") + "/targets.csv"))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(std::size_t(lines.size() - 1), expected.size());
        for (const QString& line : lines.mid(1)) {
            const QStringList c = line.split(QLatin1Char(','));
            QVERIFY2(expected.count(c[1]), qPrintable(c[1]));
            QVERIFY(std::fabs(c[8].toDouble() - expected[c[1]]) <= 0.05 + 1e-9);
        }
    }

    /// briefing.pdf: the privacy note names the rule; its counts leave the hidden areas out.
    void briefingNoteAndCounts() {
        const QString raw = pdfText(QStringLiteral("private"));
        QVERIFY(writeAll(QStringLiteral(SCREENSHOT_DIR "/privacy-briefing.txt"), raw.toUtf8()));
        const QString text = normalised(raw);
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("Privacy: areas with fewer than 6 households are not "
                                              "shown (privacy rule: min_households = 6, column "
                                              "households")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("5 areas are hatched")));
        // legend counts: "too few households to show (5)", the others sum to the published areas
        const swingmap::Table t = areas(QStringLiteral("private"));
        QVERIFY(text.contains(QStringLiteral("too few households to show (5)")));
        const QString open = normalised(pdfText(QStringLiteral("open")));
        QVERIFY(!open.contains(QStringLiteral("too few households to show (")));
        QVERIFY(open.contains(QStringLiteral("No area falls below it.")));
        // page 1's legend: the other entries count exactly the published areas
        const qsizetype from = text.indexOf(QStringLiteral("Change in Red share, points"));
        const qsizetype to = text.indexOf(QStringLiteral("too few households to show (5)"), from);
        QVERIFY(from >= 0 && to > from);
        std::size_t legend = 0;
        static const QRegularExpression count(QStringLiteral("\\((\\d+)\\)"));
        for (auto it = count.globalMatch(text.mid(from, to - from)); it.hasNext();)
            legend += it.next().captured(1).toULongLong();
        std::size_t published = 0;
        std::map<QString, std::size_t> clusters;
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            published += cell(t, "suppressed", r) == QLatin1String("0");
            ++clusters[cell(t, "lisa_class", r)];
        }
        QCOMPARE(legend, published);
        // page 2's cluster legend, e.g. "high among high (HH) (12)", "not significant (380)"
        for (const char* id : {"HH", "LL", "HL", "LH"}) {
            const QString c = QString::fromLatin1(id);
            const auto m =
                QRegularExpression(QStringLiteral("\\(%1\\) \\((\\d+)\\)").arg(c)).match(text);
            QVERIFY2(m.hasMatch(), qPrintable(c));
            QCOMPARE(m.captured(1).toULongLong(), clusters[c]);
        }
        const auto ns =
            QRegularExpression(QStringLiteral("not significant \\((\\d+)\\)")).match(text);
        QVERIFY(ns.hasMatch());
        QCOMPARE(ns.captured(1).toULongLong(), clusters[QStringLiteral("ns")]);
        // LISA sentence: "N areas sit in clusters of high ... and M in clusters of low"
        const QRegularExpression lisa(QStringLiteral("(\\d+) areas? sits? in clusters of high .*? "
                                                     "and (\\d+) in clusters of low"));
        const auto m = lisa.match(text);
        QVERIFY2(m.hasMatch(),
                 qPrintable(text.mid(text.indexOf(QStringLiteral("clusters")) - 200)));
        std::size_t hh = 0, ll = 0;
        for (std::size_t r = 0; r < t.rowCount(); ++r) {
            hh += cell(t, "lisa_class", r) == QLatin1String("HH");
            ll += cell(t, "lisa_class", r) == QLatin1String("LL");
        }
        QCOMPARE(m.captured(1).toULongLong(), hh);
        QCOMPARE(m.captured(2).toULongLong(), ll);
        // a page for people to look at
        const Run png =
            run(QStringLiteral("pdftoppm"),
                {"-png", "-r", "60", "-f", "1", "-l", "1", out("private") + "/briefing.pdf",
                 QStringLiteral(SCREENSHOT_DIR "/privacy-briefing")});
        QCOMPARE(png.code, 0);
    }

    /// map.png / map.svg: the planted area is hatched grey with the rule, coloured without.
    void mapPixels_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("png") << QStringLiteral("map.png");
        QTest::newRow("svg") << QStringLiteral("map.svg");
    }
    void mapPixels() {
        QFETCH(QString, format);
        auto image = [&](const QString& which) {
            const QString path = out(which) + "/" + format;
            return format.endsWith(QLatin1String(".svg")) ? rasterise(path) : QImage(path);
        };
        const QImage hidden = image(QStringLiteral("private")),
                     shown = image(QStringLiteral("open"));
        QCOMPARE(hidden.size(), kMapSize);
        QCOMPARE(shown.size(), kMapSize);
        const QString verdict = hatchVerdict(hidden, m_pixel);
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        QVERIFY2(!hatchVerdict(shown, m_pixel).isEmpty(), "the control is hatched too");
        hidden.save(QStringLiteral(SCREENSHOT_DIR "/privacy-") + format + QStringLiteral(".png"));
        if (format.endsWith(QLatin1String(".svg"))) {
            // the same picture as map.png: nothing (such as a hatch) spills outside its area
            const QImage png(out(QStringLiteral("private")) + "/map.png");
            qint64 differ = 0;
            for (int y = 0; y < png.height(); ++y)
                for (int x = 0; x < png.width(); ++x) {
                    const QColor a = png.pixelColor(x, y), b = hidden.pixelColor(x, y);
                    differ +=
                        std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                                  std::abs(a.blue() - b.blue())}) > 64;
                }
            qInfo("map.svg and map.png differ in %lld of %d pixels", differ,
                  png.width() * png.height());
            QVERIFY(differ < png.width() * png.height() / 400);
            const QString svg =
                QString::fromUtf8(readAll(out(QStringLiteral("private")) + "/" + format));
            QVERIFY(svg.contains(swingmap::suppressedLabel() + QStringLiteral(" (5)")));
        }
    }
};

QTEST_MAIN(TestPrivacyOutputs)
#include "tst_privacy_outputs.moc"
