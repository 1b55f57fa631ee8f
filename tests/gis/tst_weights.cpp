// SPDX-License-Identifier: GPL-3.0-or-later
// Spatial weights on real polygons (the NRW constituencies, read in place from ../shared/data and
// reprojected to EPSG:25832) equal spdep's: poly2nb queen and rook, knn2nb(sym = TRUE),
// dnearneigh. Fixture and script: tests/data/reference/weights/.
#include "app/shared/job.h"
#include "core/project.h"
#include "core/spatialweights.h"
#include "gis/spatial_weights.h"

#include <QtTest>
#include <fstream>
#include <map>
#include <sstream>

using namespace swingmap;

namespace {
using Lists = std::vector<std::vector<uint32_t>>;

std::map<std::string, Lists> readFixture() {
    std::map<std::string, Lists> out;
    std::ifstream in(TEST_DATA_DIR "/reference/weights/nrw_weights.txt");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream ss(line);
        std::string type, list;
        std::size_t index = 0;
        ss >> type >> index >> list;
        auto& l = out[type];
        l.resize(index + 1);
        if (list == "-") continue;
        std::istringstream ls(list);
        std::string tok;
        while (std::getline(ls, tok, ','))
            l[index].push_back(uint32_t(std::stoul(tok)));
    }
    return out;
}

Lists toLists(const Neighbours& nb) {
    Lists l(nb.size());
    for (std::size_t i = 0; i < nb.size(); ++i)
        l[i].assign(nb.index.begin() + nb.offset[i], nb.index.begin() + nb.offset[i + 1]);
    return l;
}
} // namespace

class TestWeights : public QObject {
    Q_OBJECT
    std::map<std::string, Lists> m_r;
    JobResult m_job;

private slots:
    void initTestCase() {
        m_r = readFixture();
        QCOMPARE(m_r.size(), std::size_t(4));
        auto p = loadProject(PROJECT_DIR "/docs/examples/de_nrw_afd_2021_2025.json");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        Feedback fb;
        auto job = runJob(*p, fb);
        QVERIFY2(job.ok(), job.ok() ? "" : job.error().c_str());
        m_job = std::move(*job);
        QCOMPARE(m_job.data.crsName, std::string("EPSG:25832"));
    }

    void equalsSpdep_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("distance");
        QTest::newRow("queen") << "queen" << 0 << 0.0;
        QTest::newRow("rook") << "rook" << 0 << 0.0;
        QTest::newRow("knn5") << "knn" << 5 << 0.0;
        QTest::newRow("d30km") << "distance" << 0 << 30000.0;
    }
    void equalsSpdep() {
        QFETCH(QString, type);
        QFETCH(int, k);
        QFETCH(double, distance);
        SpatialWeightsSpec spec;
        spec.type = type.toStdString();
        spec.k = k;
        spec.distance = distance;
        gis::WeightsInfo info;
        const Lists ours = toLists(gis::buildSpatialWeights(m_job.data, spec, info));
        const Lists& r = m_r.at(QTest::currentDataTag());
        QCOMPARE(ours.size(), r.size());
        for (std::size_t i = 0; i < r.size(); ++i)
            QVERIFY2(ours[i] == r[i],
                     qPrintable(QString("area %1 (%2)")
                                    .arg(i)
                                    .arg(QString::fromStdString(m_job.data.keys[i]))));
    }

    void rookIsASubsetOfQueen() {
        gis::WeightsInfo info;
        SpatialWeightsSpec rook;
        rook.type = "rook";
        const auto r = gis::buildSpatialWeights(m_job.data, rook, info);
        QVERIFY(r.linkCount() <= m_job.neighbours.linkCount());
    }

    void islandsCanBeLinked() {
        // a distance band so short that every area is an island, then link each to its nearest
        SpatialWeightsSpec spec;
        spec.type = "distance";
        spec.distance = 1.0;
        gis::WeightsInfo info;
        auto nb = gis::buildSpatialWeights(m_job.data, spec, info);
        QCOMPARE(info.islands, std::size_t(64));
        spec.linkIslands = true;
        nb = gis::buildSpatialWeights(m_job.data, spec, info);
        QCOMPARE(info.linkedIslands, std::size_t(64));
        QCOMPARE(info.islands, std::size_t(0));
        const Lists l = toLists(nb);
        const Lists& knn = m_r.at("knn5");
        for (std::size_t i = 0; i < l.size(); ++i) // each nearest neighbour is among the 5 nearest
            for (uint32_t j : l[i]) {
                const bool inKnn = std::find(knn[i].begin(), knn[i].end(), j) != knn[i].end();
                QVERIFY(inKnn);
            }
    }
};

QTEST_GUILESS_MAIN(TestWeights)
#include "tst_weights.moc"
