// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF briefing atlas end to end (docs/schema.md §8): Karlsruhe by Stadtteil (page count as the
// index promises, titles, legend, a known street on its Stadtteil's page, embedded fonts, the first
// group page against a control image), A3 landscape, an unknown column, the privacy rule on the
// demo, and Dresden without a street layer.
//
// Regenerate the control image after an intended change of the page's look:
//   SWINGMAP_UPDATE_CONTROL=1 ctest --preset release -R tst_atlas
#include "gis/reader.h"
#include "tests/common/process_run.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>

using namespace swingmap::test;

namespace {
const QString kKarlsruhe = PROJECT_DIR "/docs/examples/de_karlsruhe_2013_2017.json";
const QString kControl = PROJECT_DIR "/tests/data/control/atlas_karlsruhe_first_group.png";
const std::string kKaData = SHARED_DATA_DIR "/de_karlsruhe_wahlbezirke_btw2013_2017";

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int pdfPages(const QString& pdf) {
    const Run r = run("pdfinfo", {pdf});
    const auto m = QRegularExpression(R"(Pages:\s+(\d+))").match(r.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// pdftotext's text, one string per page.
QStringList pdfPageTexts(const QString& pdf) {
    const Run r = run("pdftotext", {"-layout", pdf, "-"});
    QStringList pages = r.out.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.back().trimmed().isEmpty()) pages.removeLast();
    return pages;
}

/// The page's title: its first line after the running header.
QString pageTitle(const QString& page) {
    const QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.size() > 1 ? lines[1].trimmed() : QString();
}

/// A layer's column by name, read with the gis reader.
std::vector<std::string> column(const std::string& path, const std::string& layer,
                                const std::string& name) {
    swingmap::SourceSpec spec;
    spec.path = path;
    spec.layer = layer;
    auto l = swingmap::gis::readPolygonLayer(spec);
    if (!l) return {};
    auto c = l->attributes.column(name);
    return c ? **c : std::vector<std::string>{};
}
} // namespace

class TestAtlas : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_ka; // the Karlsruhe run's output folder

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ka = m_dir.path() + "/ka";
        const Run r = run(CLI_PATH, {"run", kKarlsruhe, "--out", m_ka, "--no-pdf", "--atlas",
                                     "stadtteil", "--paper", "A4", "--orientation", "portrait"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(m_ka + "/atlas.pdf"));
        QVERIFY(!QFile::exists(m_ka + "/atlas.part.pdf"));
    }

    /// The index lists every Stadtteil of the boundary layer with its page; the PDF has exactly the
    /// pages the index and report promise, and every Stadtteil's page carries its name as title.
    void karlsruhePagesAndTitles() {
        const auto stadtteile =
            column(kKaData + "/boundaries/karlsruhe_wahlbezirke.gpkg", "wb_btw2017", "stadtteil");
        const std::set<std::string> names(stadtteile.begin(), stadtteile.end());
        QCOMPARE(names.size(), std::size_t{27});
        const QStringList pages = pdfPageTexts(m_ka + "/atlas.pdf");
        const int count = pdfPages(m_ka + "/atlas.pdf");
        QCOMPARE(pages.size(), count);
        const auto report = nlohmann::json::parse(readAll(m_ka + "/report.json").toStdString());
        QCOMPARE(report["atlas"]["pages"].get<int>(), count);
        QCOMPARE(report["atlas"]["groups"].get<int>(), 27);
        QVERIFY(report["timings"].contains("atlas"));
        // cover: the title and the legend entries
        QVERIFY2(pages[0].contains("Karlsruhe: AfD, Bundestag 2013 to 2017"), qPrintable(pages[0]));
        for (const char* legend : {"Change in AfD share, points", "no data", "What the model says"})
            QVERIFY2(pages[0].contains(legend), legend);
        QCOMPARE(pageTitle(pages[1]), QStringLiteral("Index"));
        // the index: "Name  areas  targets  streets  page"; the last index row points at the
        // last group's page, and every promised page has that Stadtteil's title
        int indexed = 0;
        for (const std::string& n : names) {
            const QString name = QString::fromStdString(n);
            const auto m = QRegularExpression("\\n\\s*" + QRegularExpression::escape(name) +
                                              R"(\s+\d+\s+\d+\s+\d+\s+(\d+)\s*\n)")
                               .match(pages[1]);
            QVERIFY2(m.hasMatch(), qPrintable(name));
            const int page = m.captured(1).toInt();
            QVERIFY(page >= 3 && page <= count);
            QCOMPARE(pageTitle(pages[page - 1]), name);
            ++indexed;
            QVERIFY2(pages[page - 1].contains("Change in AfD share, points"), qPrintable(name));
            QVERIFY(pages[page - 1].contains("Walk list"));
            QVERIFY(pages[page - 1].contains(QStringLiteral("Page %1 of %2").arg(page).arg(count)));
            QVERIFY(pages[page - 1].contains("OpenStreetMap contributors"));
            QVERIFY(pages[page - 1].contains("Privacy"));
        }
        QCOMPARE(indexed, 27);
        // every page that is not a Stadtteil's first page is the cover, the index or a
        // continuation
        for (int i = 2; i < count; ++i) {
            const QString t = pageTitle(pages[i]);
            QVERIFY2(names.count(t.toStdString()) || t.endsWith(QStringLiteral("… continued")),
                     qPrintable(t));
        }
    }

    /// The best-ranked street of streets.csv is listed on the page of the Stadtteil of its
    /// longest piece (area_keys are ordered by length; the Stadtteil read from the boundaries).
    void karlsruheStreetOnItsPage() {
        const QStringList csv = QString::fromUtf8(readAll(m_ka + "/streets.csv")).split('\n');
        QVERIFY(csv.size() > 2);
        const QStringList top = csv[1].split(',');
        const QString street = top[1];
        const QString firstKey = top.back().split(';').front();
        const auto codes =
            column(kKaData + "/boundaries/karlsruhe_wahlbezirke.gpkg", "wb_btw2017", "code");
        const auto st =
            column(kKaData + "/boundaries/karlsruhe_wahlbezirke.gpkg", "wb_btw2017", "stadtteil");
        QString stadtteil;
        for (std::size_t i = 0; i < codes.size(); ++i)
            if (QString::fromStdString(codes[i]) == firstKey)
                stadtteil = QString::fromStdString(st[i]);
        QVERIFY2(!stadtteil.isEmpty(), qPrintable(firstKey));
        bool found = false;
        for (const QString& page : pdfPageTexts(m_ka + "/atlas.pdf")) {
            const QString t = pageTitle(page);
            if (t != stadtteil && t != stadtteil + QStringLiteral(" … continued")) continue;
            found = found || page.contains(street);
        }
        QVERIFY2(found, qPrintable(street + " on " + stadtteil));
    }

    void karlsruheFontsEmbeddedAndSmall() {
        const Run r = run("pdffonts", {m_ka + "/atlas.pdf"});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2); // header, rule, fonts
        for (int i = 2; i < lines.size(); ++i)
            QVERIFY2(QRegularExpression(R"(\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)")
                         .match(lines[i])
                         .hasMatch(),
                     qPrintable(lines[i]));
        QVERIFY(QFile(m_ka + "/atlas.pdf").size() < 15LL * 1024 * 1024);
    }

    /// The first Stadtteil page at 40 dpi against the committed control image.
    void karlsruheFirstGroupPageLooksRight() {
        const Run r = run("pdftoppm", {"-png", "-r", "40", "-f", "3", "-l", "3", "-singlefile",
                                       m_ka + "/atlas.pdf", m_dir.path() + "/page3"});
        QCOMPARE(r.code, 0);
        const QImage page(m_dir.path() + "/page3.png");
        QVERIFY(!page.isNull());
        if (qEnvironmentVariableIsSet("SWINGMAP_UPDATE_CONTROL")) {
            QFile::remove(kControl);
            QVERIFY(page.save(kControl));
            QSKIP("control image written");
        }
        const QImage control(kControl);
        QVERIFY2(!control.isNull(), "missing control image: see the comment at the top");
        QCOMPARE(page.size(), control.size());
        const QImage a = page.convertToFormat(QImage::Format_RGB32),
                     b = control.convertToFormat(QImage::Format_RGB32);
        double sum = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
                sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                       std::abs(qBlue(p) - qBlue(q));
            }
        const double mean = sum / (3.0 * a.width() * a.height());
        QVERIFY2(mean < 2.0, qPrintable(QString::number(mean)));
    }

    void a3Landscape() {
        const QString out = m_dir.path() + "/a3";
        const Run r = run(CLI_PATH, {"run", kKarlsruhe, "--out", out, "--no-pdf", "--quiet",
                                     "--paper", "A3", "--orientation", "landscape"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run info = run("pdfinfo", {out + "/atlas.pdf"});
        const auto m =
            QRegularExpression(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)").match(info.out);
        QVERIFY2(m.hasMatch(), qPrintable(info.out));
        QVERIFY(std::abs(m.captured(1).toDouble() - 1190.55) < 1); // 420 mm wide
        QVERIFY(std::abs(m.captured(2).toDouble() - 841.89) < 1);  // 297 mm high
        const auto report = nlohmann::json::parse(readAll(out + "/report.json").toStdString());
        QCOMPARE(report["atlas"]["paper"].get<std::string>(), std::string("A3"));
        QCOMPARE(report["atlas"]["orientation"].get<std::string>(), std::string("landscape"));
    }

    /// The groups as a polygon layer (the 27 Stadtteile) instead of a column: each district goes
    /// to the Stadtteil it overlaps most, which gives the same pages as the city's own column.
    void groupsLayer() {
        auto project = nlohmann::json::parse(readAll(kKarlsruhe).toStdString());
        const QDir examples(QFileInfo(kKarlsruhe).absolutePath());
        std::function<void(nlohmann::json&)> absolute = [&](nlohmann::json& j) {
            if (j.is_object()) {
                for (auto& [k, v] : j.items()) {
                    if (k == "path" && v.is_string())
                        v = QDir::cleanPath(examples.absoluteFilePath(
                                                QString::fromStdString(v.get<std::string>())))
                                .toStdString();
                    else
                        absolute(v);
                }
            } else if (j.is_array()) {
                for (auto& v : j)
                    absolute(v);
            }
        };
        absolute(project);
        project["atlas"] = {{"groups",
                             {{"path", kKaData + "/boundaries/karlsruhe_wahlbezirke.gpkg"},
                              {"layer", "stadtteile"},
                              {"name", "stadtteil"}}},
                            {"walk_list", project["atlas"].value("walk_list", 25)}};
        const QString file = m_dir.path() + "/groups_layer.json";
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(project.dump(2)));
        f.close();
        const QString out = m_dir.path() + "/groups_layer";
        const Run r = run(CLI_PATH, {"run", file, "--out", out, "--no-pdf", "--quiet"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto report = nlohmann::json::parse(readAll(out + "/report.json").toStdString());
        QCOMPARE(report["atlas"]["group"].get<std::string>(), std::string("stadtteil"));
        QCOMPARE(report["atlas"]["groups"].get<int>(), 27);
        QCOMPARE(report["atlas"]["layer"]["straddling"].get<int>(), 0);
        QCOMPARE(report["atlas"]["layer"]["unassigned"].get<int>(), 0);
        QVERIFY(report["atlas"]["layer"]["source"].get<std::string>().find("stadtteile") !=
                std::string::npos);
        const QStringList byLayer = pdfPageTexts(out + "/atlas.pdf");
        const QStringList byColumn = pdfPageTexts(m_ka + "/atlas.pdf");
        QCOMPARE(byLayer.size(), byColumn.size());
        for (int i = 1; i < byLayer.size(); ++i)
            QCOMPARE(pageTitle(byLayer[i]), pageTitle(byColumn[i]));
        // a groups layer without its name column is refused with the columns listed
        project["atlas"]["groups"]["name"] = "Stadtteilname";
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::fromStdString(project.dump(2)));
        f.close();
        const Run bad = run(CLI_PATH, {"run", file, "--out", out + "_bad", "--no-pdf", "--quiet"});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("Stadtteilname") && bad.err.contains("stadtteil_nr"),
                 qPrintable(bad.err));
    }

    void unknownColumn() {
        const QString out = m_dir.path() + "/unknown";
        const Run r = run(CLI_PATH, {"run", kKarlsruhe, "--out", out, "--no-pdf", "--quiet",
                                     "--atlas", "no_such_column"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("\"no_such_column\"") && r.err.contains("stadtteil") &&
                     r.err.contains("Choose one of"),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out + "/atlas.pdf"));
    }

    /// The demo by ward: no suppressed area's name (so none of its figures) is on any page.
    void privacyDemo() {
        const QString demo = m_dir.path() + "/demo";
        QCOMPARE(run(CLI_PATH, {"make-demo", demo}).code, 0);
        const QString out = m_dir.path() + "/demo_out";
        const Run r = run(CLI_PATH, {"run", demo + "/project.json", "--out", out, "--no-pdf",
                                     "--quiet", "--atlas", "ward"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto names = column((out + "/areas.gpkg").toStdString(), "", "name");
        const auto sup = column((out + "/areas.gpkg").toStdString(), "", "suppressed");
        QCOMPARE(names.size(), sup.size());
        const QString text = pdfPageTexts(out + "/atlas.pdf").join('\n');
        QVERIFY(text.contains("Target areas"));
        std::size_t checked = 0;
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (sup[i] != "1" || names[i].empty()) continue;
            ++checked;
            const QRegularExpression word(
                "(^|[^\\w])" + QRegularExpression::escape(QString::fromStdString(names[i])) +
                "($|[^\\w])");
            QVERIFY2(!word.match(text).hasMatch(), names[i].c_str());
        }
        QVERIFY(checked > 0);
    }

    void dresdenWithoutStreets() {
        const QString out = m_dir.path() + "/dd";
        const Run r =
            run(CLI_PATH, {"run", PROJECT_DIR "/docs/examples/de_dresden_afd_2019_2024.json",
                           "--out", out, "--no-pdf", "--quiet", "--atlas", "stadtteil"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList pages = pdfPageTexts(out + "/atlas.pdf");
        QVERIFY(pages.size() > 3);
        // every group page (after the cover and the index pages) says so
        int groupPages = 0;
        for (const QString& page : pages) {
            const QString t = pageTitle(page);
            if (page.contains("Change in AfD share") && !t.startsWith("Index") &&
                page.contains("Walk list")) {
                ++groupPages;
                QVERIFY2(page.contains("No street layer in this project."), qPrintable(t));
            }
        }
        const auto report = nlohmann::json::parse(readAll(out + "/report.json").toStdString());
        QCOMPARE(groupPages, report["atlas"]["groups"].get<int>()); // no continuation here
        QVERIFY(groupPages > 50);                                   // Dresden's Stadtteile
    }
};

QTEST_GUILESS_MAIN(TestAtlas)
#include "tst_atlas.moc"
