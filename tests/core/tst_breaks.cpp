// SPDX-License-Identifier: GPL-3.0-or-later
// Class breaks (core/breaks.h) against R's classInt::classIntervals
// (tests/data/reference/breaks/breaks.R), and natural breaks against a brute-force Fisher
// programme written here.
#include "core/breaks.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <random>
#include <sstream>

using namespace swingmap;

namespace {

const std::string kDir = TEST_DATA_DIR "/reference/breaks/";

std::vector<double> readValues(const std::string& set) {
    std::ifstream in(kDir + "values_" + set + ".txt");
    std::vector<double> v;
    double x = 0;
    while (in >> x)
        v.push_back(x);
    return v;
}

/// The within-class sum of squares of sorted[a..b).
double sse(const std::vector<double>& s, std::size_t a, std::size_t b) {
    double m = 0;
    for (std::size_t i = a; i < b; ++i)
        m += s[i];
    m /= static_cast<double>(b - a);
    double c = 0;
    for (std::size_t i = a; i < b; ++i)
        c += (s[i] - m) * (s[i] - m);
    return c;
}

/// The least total within-class sum of squares over every split into k classes: the plain
/// O(k n^2) Fisher programme.
double bruteForceFisher(const std::vector<double>& s, int k) {
    const std::size_t n = s.size();
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> prev(n + 1, inf), cur(n + 1, inf);
    for (std::size_t j = 1; j <= n; ++j)
        prev[j] = sse(s, 0, j);
    for (int c = 1; c < k; ++c) {
        std::fill(cur.begin(), cur.end(), inf);
        for (std::size_t j = static_cast<std::size_t>(c) + 1; j <= n; ++j)
            for (std::size_t i = static_cast<std::size_t>(c); i < j; ++i)
                cur[j] = std::min(cur[j], prev[i] + sse(s, i, j));
        std::swap(prev, cur);
    }
    return prev[n];
}

double costOfStarts(const std::vector<double>& s, const std::vector<std::size_t>& starts) {
    double c = 0;
    std::size_t a = 0;
    for (std::size_t b : starts) {
        c += sse(s, a, b);
        a = b;
    }
    return c + sse(s, a, s.size());
}

} // namespace

class TestBreaks : public QObject {
    Q_OBJECT
private slots:
    void matchesClassInt_data();
    void matchesClassInt();
    void naturalBreaksAreOptimal_data();
    void naturalBreaksAreOptimal();
    void naturalBreaksSeparateClustersAtScale();
    void degenerateInput();
    void manualBreaks();
    void methodNames();
};

void TestBreaks::matchesClassInt_data() {
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("style");
    QTest::addColumn<int>("classes");
    QTest::addColumn<std::vector<double>>("expected");
    std::ifstream in(kDir + "breaks.txt");
    QVERIFY2(in.good(), "tests/data/reference/breaks/breaks.txt is missing");
    std::string line;
    int rows = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream ss(line);
        std::string set, style;
        int n = 0;
        ss >> set >> style >> n;
        std::vector<double> b;
        double x = 0;
        while (ss >> x)
            b.push_back(x);
        const QString tag = QString::fromStdString(set + " " + style + " " + std::to_string(n));
        QTest::newRow(qPrintable(tag))
            << QString::fromStdString(set) << QString::fromStdString(style) << n << b;
        ++rows;
    }
    QVERIFY(rows > 80);
}

void TestBreaks::matchesClassInt() {
    QFETCH(QString, set);
    QFETCH(QString, style);
    QFETCH(int, classes);
    QFETCH(std::vector<double>, expected);
    BreakMethod m{};
    QVERIFY(parseBreakMethod(style.toStdString(), m));
    const std::vector<double> got = classBreaks(readValues(set.toStdString()), m, classes);
    QCOMPARE(got.size(), expected.size());
    const double scale = std::max(std::abs(expected.front()), std::abs(expected.back()));
    for (std::size_t i = 0; i < got.size(); ++i)
        QVERIFY2(std::abs(got[i] - expected[i]) <=
                     1e-6 * std::max(std::abs(expected[i]), 1e-3 * scale),
                 qPrintable(QStringLiteral("break %1: %2 vs R %3")
                                .arg(i)
                                .arg(got[i], 0, 'g', 17)
                                .arg(expected[i], 0, 'g', 17)));
}

void TestBreaks::naturalBreaksAreOptimal_data() {
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("classes");
    for (int seed : {1, 2, 3})
        for (int k : {2, 4, 6})
            QTest::newRow(qPrintable(QStringLiteral("seed %1, %2 classes").arg(seed).arg(k)))
                << seed << 120 + 40 * seed << k;
}

void TestBreaks::naturalBreaksAreOptimal() {
    QFETCH(int, seed);
    QFETCH(int, n);
    QFETCH(int, classes);
    std::mt19937 rng(static_cast<unsigned>(seed));
    std::gamma_distribution<double> g(1.5, 4.0);
    std::vector<double> v(static_cast<std::size_t>(n));
    for (double& x : v)
        x = std::round(g(rng) * 10) / 10; // some ties
    std::sort(v.begin(), v.end());
    const std::vector<std::size_t> starts = naturalBreakStarts(v, classes);
    QCOMPARE(starts.size(), static_cast<std::size_t>(classes - 1));
    for (std::size_t i = 0; i < starts.size(); ++i) {
        QVERIFY(starts[i] > (i ? starts[i - 1] : 0));
        QVERIFY(v[starts[i] - 1] < v[starts[i]]); // never splits equal values
    }
    const double best = bruteForceFisher(v, classes);
    QVERIFY2(std::abs(costOfStarts(v, starts) - best) <= 1e-9 * best,
             qPrintable(QStringLiteral("%1 vs optimum %2").arg(costOfStarts(v, starts)).arg(best)));
}

void TestBreaks::naturalBreaksSeparateClustersAtScale() {
    // 450,000 values in five well-separated clusters: the four breaks fall in the gaps.
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(0, 1);
    const double centres[] = {-30, -10, 0, 12, 40};
    std::vector<double> v;
    v.reserve(450000);
    for (int i = 0; i < 450000; ++i)
        v.push_back(centres[i % 5] + u(rng));
    const std::vector<double> b = classBreaks(v, BreakMethod::NaturalBreaks, 5);
    QCOMPARE(b.size(), std::size_t(6));
    const double gaps[][2] = {{-29, -10}, {-9, 0}, {1, 12}, {13, 40}};
    for (int i = 0; i < 4; ++i)
        QVERIFY2(b[std::size_t(i) + 1] > gaps[i][0] && b[std::size_t(i) + 1] < gaps[i][1],
                 qPrintable(QString::number(b[std::size_t(i) + 1])));
}

void TestBreaks::degenerateInput() {
    const double nan = std::nan("");
    QVERIFY(classBreaks({}, BreakMethod::Quantile, 5).empty());
    QVERIFY(classBreaks({nan, nan}, BreakMethod::NaturalBreaks, 5).empty());
    const std::vector<double> one = classBreaks({3, 3, nan, 3}, BreakMethod::NaturalBreaks, 5);
    QCOMPARE(one, (std::vector<double>{3, 3}));
    // Two distinct values and five classes asked: one break between them.
    const std::vector<double> two = classBreaks({1, 1, 2, 2, 2}, BreakMethod::NaturalBreaks, 5);
    QCOMPARE(two, (std::vector<double>{1, 1.5, 2}));
    QCOMPARE(innerBreaks({0, 1, 1, 2, 3}), (std::vector<double>{1, 2}));
    QCOMPARE(prettyBreaks(0, 0, 5), (std::vector<double>{-1, 0})); // R: pretty(c(0, 0)) is -1, 0
}

void TestBreaks::manualBreaks() {
    const std::vector<double> b =
        classBreaks({-8, -3, 0, 2, 9}, BreakMethod::Manual, 0, {5, -5, 0, 99, std::nan(""), 5});
    QCOMPARE(b, (std::vector<double>{-8, -5, 0, 5, 9}));
}

void TestBreaks::methodNames() {
    for (BreakMethod m :
         {BreakMethod::Quantile, BreakMethod::EqualInterval, BreakMethod::NaturalBreaks,
          BreakMethod::Pretty, BreakMethod::StdDev, BreakMethod::Manual}) {
        BreakMethod back{};
        QVERIFY(parseBreakMethod(breakMethodName(m), back));
        QCOMPARE(back, m);
    }
    BreakMethod x{};
    QVERIFY(!parseBreakMethod("jenks2", x));
}

QTEST_APPLESS_MAIN(TestBreaks)
#include "tst_breaks.moc"
