// SPDX-License-Identifier: GPL-3.0-or-later
// Local Moran's I against spdep::localmoran on the German constituencies (fixture and script in
// tests/data/reference/lisa), permutation p-values against the analytic ones, BH, clusters.
#include "core/lisa.h"

#include <QtTest>
#include <cmath>
#include <fstream>
#include <sstream>

using namespace swingmap;

namespace {
struct Fixture {
    std::vector<double> y;
    Neighbours nb;
    std::vector<std::array<double, 6>> r; // Ii, E, Var, Z, p, pBH
};

Fixture readFixture() {
    Fixture f;
    std::ifstream in(TEST_DATA_DIR "/reference/lisa/de_spd_localmoran.txt");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream ss(line);
        int idx = 0;
        double y = 0;
        std::array<double, 6> v{};
        std::string nbText;
        ss >> idx >> y >> v[0] >> v[1] >> v[2] >> v[3] >> v[4] >> v[5] >> nbText;
        f.y.push_back(y);
        f.r.push_back(v);
        if (nbText != "-") {
            std::istringstream ns(nbText);
            std::string tok;
            while (std::getline(ns, tok, ','))
                f.nb.index.push_back(uint32_t(std::stoul(tok)));
        }
        f.nb.offset.push_back(uint32_t(f.nb.index.size()));
    }
    return f;
}

bool near(double a, double b, double rel = 1e-6) {
    return std::fabs(a - b) <= rel * std::max(std::fabs(b), 1e-12);
}
} // namespace

class TestLisa : public QObject {
    Q_OBJECT
    Fixture m_f;
    Lisa m_lisa;

private slots:
    void initTestCase() {
        m_f = readFixture();
        QCOMPARE(m_f.y.size(), std::size_t(299));
        auto l = localMoran(m_f.y, m_f.nb);
        QVERIFY2(l.ok(), l.ok() ? "" : l.error().c_str());
        m_lisa = std::move(*l);
    }

    void equalsLocalmoran_data() {
        QTest::addColumn<int>("column");
        QTest::newRow("Ii") << 0;
        QTest::newRow("E.Ii") << 1;
        QTest::newRow("Var.Ii") << 2;
        QTest::newRow("Z.Ii") << 3;
        QTest::newRow("p two-sided") << 4;
    }
    void equalsLocalmoran() {
        QFETCH(int, column);
        const std::vector<double>* ours[] = {&m_lisa.i, &m_lisa.expectation, &m_lisa.variance,
                                             &m_lisa.z, &m_lisa.p};
        for (std::size_t i = 0; i < m_f.y.size(); ++i) {
            const double r = m_f.r[i][std::size_t(column)];
            const double o = (*ours[column])[i];
            // p-values far in the tail: compare absolutely
            const bool ok = column == 4 ? std::fabs(o - r) <= 1e-6 * r + 1e-15 : near(o, r);
            QVERIFY2(ok, qPrintable(QString("area %1: ours %2, R %3")
                                        .arg(i)
                                        .arg(o, 0, 'g', 17)
                                        .arg(r, 0, 'g', 17)));
        }
    }

    void benjaminiHochbergEqualsPAdjust() {
        const std::vector<double> adj = adjustBh(m_lisa.p);
        for (std::size_t i = 0; i < adj.size(); ++i)
            QVERIFY2(std::fabs(adj[i] - m_f.r[i][5]) <= 1e-6 * m_f.r[i][5] + 1e-15,
                     qPrintable(QString::number(i)));
    }

    void permutationAgreesWithAnalyticWithinMonteCarloError() {
        // folded pseudo p ~ one-sided analytic p = p / 2 (normal approximation); allow 4 Monte
        // Carlo SE plus the approximation's slack, and require most areas to agree
        int agree = 0;
        for (std::size_t i = 0; i < m_f.y.size(); ++i) {
            const double target = m_lisa.p[i] / 2;
            const double mcse = std::sqrt(std::max(target * (1 - target), 1e-4) / 1000);
            agree += std::fabs(m_lisa.pSim[i] - target) <= 4 * mcse + 0.02;
        }
        QVERIFY2(agree >= 0.9 * double(m_f.y.size()), qPrintable(QString::number(agree)));
    }

    void reproducibleWithItsSeed() {
        auto again = localMoran(m_f.y, m_f.nb);
        QVERIFY(again.ok());
        QCOMPARE(again->pSim, m_lisa.pSim);
        LisaSettings other;
        other.seed = 7;
        auto different = localMoran(m_f.y, m_f.nb, other);
        QVERIFY(different.ok());
        QVERIFY(different->pSim != m_lisa.pSim);
    }

    void clustersFollowQuadrants() {
        int significant = 0;
        for (std::size_t i = 0; i < m_f.y.size(); ++i) {
            if (m_lisa.cluster[i] == LisaCluster::NotSignificant) continue;
            ++significant;
            QVERIFY(m_lisa.pSimFdr[i] < 0.05);
            // Ii > 0 for HH and LL, < 0 for HL and LH
            const bool positive = m_lisa.i[i] > 0;
            const auto c = m_lisa.cluster[i];
            QCOMPARE(positive, c == LisaCluster::HighHigh || c == LisaCluster::LowLow);
        }
        QVERIFY(significant > 10); // SPD losses cluster strongly (Moran's I of residuals 0.40)
    }

    void pseudoPRange() {
        for (double p : m_lisa.pSim)
            QVERIFY(p >= 1.0 / 1000 && p <= 0.5 + 1e-12);
    }

    void errors() {
        QVERIFY(!localMoran({1, 2}, Neighbours{}).ok());
        Neighbours nb;
        nb.offset = {0, 0, 0, 0};
        QVERIFY(!localMoran({1, 1, 1}, nb).ok());
        QVERIFY(!localMoran({1, std::nan(""), 1}, nb).ok());
    }
};

QTEST_GUILESS_MAIN(TestLisa)
#include "tst_lisa.moc"
