// SPDX-License-Identifier: GPL-3.0-or-later
// GWR through the whole pipeline on the classic Georgia data (read in place from ../shared/data):
// a project with no elections, the outcome a census column, the boundaries a GeoPackage without a
// CRS (declared in the project), and GWR's points taken from the table's X / Y columns, as GWR4
// used them. The per-county estimates, standard errors, t-values and local R² must equal GWR4
// 4.0.90's listwise output (adaptive bisquare, k = 90) to its printed precision, and the same
// figures must come out of the GeoPackage. "inside" and "centroid" points give other numbers.
#include "app/shared/job.h"
#include "core/project.h"
#include "gis/areas_writer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

using namespace swingmap;

namespace {

const std::string kGeorgia = SHARED_DATA_DIR "/us_georgia_gwr_fbc2002";

std::string project(const std::string& coordinates) {
    return R"({
  "title": "Georgia 1990: PctBach, GWR as GWR4",
  "boundaries": {"path": ")" +
           kGeorgia + R"(/georgia.gpkg", "layer": "georgia", "key": "AreaKey",
                 "name": "AREANAME", "crs": "EPSG:26916"},
  "census": [{"path": ")" +
           kGeorgia + R"(/GData_utm.csv", "key": "AreaKey"}],
  "analysis": {"outcome": "PctBach", "covariates": ["PctRural", "PctPov", "PctBlack"],
               "weights": "none", "models": ["ols", "gwr"],
               "gwr": {"bandwidth": 90, "coordinates": )" +
           coordinates + R"(}},
  "privacy": {"min_households": 0, "min_voters": 0}
})";
}

/// GWR4's listwise CSV: column name -> values, and the AreaKey of each row.
struct Listwise {
    std::vector<std::string> keys;
    std::map<std::string, std::vector<double>> col;
};

Listwise readListwise() {
    std::ifstream in(kGeorgia + "/source/georgia_BS_NN_listwise.csv");
    Listwise l;
    std::string line;
    std::getline(in, line);
    std::vector<std::string> head;
    auto split = [](const std::string& s) {
        std::vector<std::string> out;
        std::stringstream ss(s);
        for (std::string c; std::getline(ss, c, ',');) {
            const auto a = c.find_first_not_of(' '), b = c.find_last_not_of(" \r");
            out.push_back(a == std::string::npos ? "" : c.substr(a, b - a + 1));
        }
        return out;
    };
    head = split(line);
    while (std::getline(in, line)) {
        const auto cells = split(line);
        if (cells.size() != head.size()) continue;
        l.keys.push_back(cells[1]);
        for (std::size_t c = 0; c < head.size(); ++c)
            l.col[head[c]].push_back(std::strtod(cells[c].c_str(), nullptr));
    }
    return l;
}

Result<JobResult> run(const std::string& coordinates) {
    auto p = parseProject(project(coordinates), "/tmp/georgia.json");
    if (!p) return p.takeError();
    Feedback fb;
    return runJob(*p, fb);
}

} // namespace

class TestPipelineGeorgia : public QObject {
    Q_OBJECT
    Listwise m_ref;
    JobResult m_job;
    std::map<std::string, std::size_t> m_index;

private slots:
    void initTestCase() {
        m_ref = readListwise();
        QCOMPARE(m_ref.keys.size(), std::size_t{159});
        auto job = run(R"({"x": "X", "y": "Y"})");
        QVERIFY2(job.ok(), job.ok() ? "" : job.error().c_str());
        m_job = std::move(*job);
        for (std::size_t i = 0; i < m_job.data.keys.size(); ++i)
            m_index[m_job.data.keys[i]] = i;
    }

    void joinsEveryCounty() {
        QCOMPARE(m_job.data.areaCount(), std::size_t{159});
        QCOMPARE(m_job.analysis.model.n, std::size_t{159});
        QVERIFY(m_job.data.elections.empty());
        QVERIFY2(m_job.analysis.model.gwr.has_value(), m_job.analysis.model.gwrError.c_str());
        QCOMPARE(m_job.analysis.model.gwr->bandwidth, 90);
        QVERIFY(m_job.analysis.model.gwrCoordinates.find("columns X, Y") != std::string::npos);
    }

    /// Printed to six decimals: half a unit in the last place plus the rounding of the inputs.
    void equalsGwr4PerCounty() {
        const AreaFigures& a = m_job.analysis.areas;
        const char* terms[] = {"Intercept", "PctRural", "PctPov", "PctBlack"};
        QCOMPARE(a.gwrCoef.size(), std::size_t{4});
        double dev = 0, devT = 0;
        for (std::size_t r = 0; r < m_ref.keys.size(); ++r) {
            const auto it = m_index.find(m_ref.keys[r]);
            QVERIFY2(it != m_index.end(), m_ref.keys[r].c_str());
            const std::size_t i = it->second;
            for (std::size_t t = 0; t < 4; ++t) {
                const double est = a.gwrCoef[t][i], se = a.gwrSe[t][i];
                dev = std::max(dev, std::fabs(est - m_ref.col["est_" + std::string(terms[t])][r]));
                dev = std::max(dev, std::fabs(se - m_ref.col["se_" + std::string(terms[t])][r]));
                const double tRef = m_ref.col["t_" + std::string(terms[t])][r];
                devT = std::max(devT, std::fabs(est / se - tRef) / std::max(1.0, std::fabs(tRef)));
            }
            dev = std::max(dev, std::fabs(a.gwrLocalR2[i] - m_ref.col["localR2"][r]));
        }
        qInfo("max |deviation| from GWR4: estimates, SE, local R2 %.2g; t (relative) %.2g", dev,
              devT);
        QVERIFY(dev < 6e-7);
        QVERIFY(devT < 1e-5);
        QVERIFY(std::fabs(m_job.analysis.model.gwr->aicc - 896.462831) < 2e-6);
    }

    /// The GeoPackage carries the same local figures.
    void geoPackageCarriesThem() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("areas.gpkg").toStdString();
        const Status s = gis::writeAreasGpkg(path, m_job.data, m_job.analysis);
        QVERIFY2(s.ok(), s.ok() ? "" : s.error().c_str());
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        OGRLayer* layer = ds->GetLayerByName("areas");
        QVERIFY(layer);
        std::size_t seen = 0;
        for (auto& f : *layer) {
            const std::string key = f->GetFieldAsString("key");
            const auto it = std::find(m_ref.keys.begin(), m_ref.keys.end(), key);
            QVERIFY2(it != m_ref.keys.end(), key.c_str());
            const auto r = static_cast<std::size_t>(it - m_ref.keys.begin());
            QVERIFY(std::fabs(f->GetFieldAsDouble("gwr_PctPov") - m_ref.col["est_PctPov"][r]) <
                    6e-7);
            QVERIFY(std::fabs(f->GetFieldAsDouble("gwr_se_PctPov") - m_ref.col["se_PctPov"][r]) <
                    6e-7);
            QVERIFY(std::fabs(f->GetFieldAsDouble("gwr_local_r2") - m_ref.col["localR2"][r]) <
                    6e-7);
            ++seen;
        }
        QCOMPARE(seen, std::size_t{159});
    }

    /// Polygon centroids lie 0.3 to 17.7 km from GWR4's points, so they give other estimates;
    /// points inside the areas work too and differ from both.
    void otherPointsGiveOtherNumbers() {
        for (const char* how : {R"("centroid")", R"("inside")"}) {
            auto job = run(how);
            QVERIFY2(job.ok(), job.ok() ? "" : job.error().c_str());
            const ModelSummary& m = job->analysis.model;
            QVERIFY2(m.gwr.has_value(), m.gwrError.c_str());
            QVERIFY(std::fabs(m.gwr->aicc - 896.462831) > 1e-3);
            QVERIFY(
                m.gwrCoordinates.find(std::string(how) == R"("inside")" ? "inside" : "centroids") !=
                std::string::npos);
        }
    }

    void missingCoordinateColumnIsExplained() {
        auto job = run(R"({"x": "X", "y": "Northing"})");
        QVERIFY2(job.ok(), job.ok() ? "" : job.error().c_str());
        const std::string& e = job->analysis.model.gwrError;
        QVERIFY2(e.find("\"Northing\" is not a numeric column") != std::string::npos, e.c_str());
    }
};

QTEST_APPLESS_MAIN(TestPipelineGeorgia)
#include "tst_pipeline_georgia.moc"
