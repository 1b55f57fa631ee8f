// SPDX-License-Identifier: GPL-3.0-or-later
// View › Model charts through the real widgets, offscreen, on the synthetic demo: the residual
// chart plots exactly the fitted areas that are not suppressed, clicking a point selects its area
// on the map and in the table, the coefficient chart's intervals are R's lmtest::coefci with
// sandwich::vcovHC(type = "HC3"), and the model panel's choices undo and redo with Ctrl+Z.
#include "app/gui/appsettings.h"
#include "app/gui/coefchart.h"
#include "app/gui/datatabledock.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/modelchartsdock.h"
#include "app/gui/modelpanel.h"
#include "app/gui/residualchart.h"
#include "app/gui/startpage.h"
#include "tests/common/r_fixture.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace swingmap;

namespace {

std::string fixture(const char* name) {
    return std::string(REFERENCE_DIR) + "/" + name;
}

/// Areas the residual chart must plot: in the model, not suppressed, with a fitted value.
std::vector<int> plottable(const Analysis& a) {
    std::vector<int> out;
    const AreaFigures& f = a.areas;
    for (std::size_t i = 0; i < f.fitted.size(); ++i)
        if (f.inModel[i] && !f.suppressed[i] && std::isfinite(f.fitted[i]) &&
            std::isfinite(f.residual[i]))
            out.push_back(static_cast<int>(i));
    return out;
}

/// The plotted areas, farthest first from their nearest neighbour on screen (safe to click).
std::vector<int> loneliest(const ResidualChart& chart) {
    std::vector<std::pair<double, int>> d;
    for (int i = 0; i < chart.pointCount(); ++i) {
        const QPointF p = chart.positionOf(chart.areaOfPoint(i));
        double nearest = std::numeric_limits<double>::infinity();
        for (int j = 0; j < chart.pointCount(); ++j)
            if (j != i) {
                const QPointF q = chart.positionOf(chart.areaOfPoint(j));
                nearest = std::min(nearest, std::hypot(p.x() - q.x(), p.y() - q.y()));
            }
        d.emplace_back(-nearest, chart.areaOfPoint(i));
    }
    std::sort(d.begin(), d.end());
    std::vector<int> out;
    for (const auto& [minusDistance, area] : d)
        out.push_back(area);
    return out;
}

} // namespace

class TestGuiCharts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void residualsPlotFittedUnsuppressedAreas();
    void suppressedAreaIsNeverPlotted();
    void clickingPointSelectsArea();
    void intervalsAreRCoefci();
    void demoIntervalsUseTQuantile();
    void modelPanelUndoRedo();

private:
    [[nodiscard]] ModelChartsDock* charts() const { return m_w->modelCharts(); }
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_w;
};

void TestGuiCharts::initTestCase() {
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    appSettings().clear();
    m_w = std::make_unique<MainWindow>();
    m_w->setDemoDirectory(m_dir.path());
    m_w->resize(1400, 900);
    m_w->show();
    m_w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
    QSignalSpy shown(m_w.get(), &MainWindow::analysisShown);
    QSignalSpy failed(m_w.get(), &MainWindow::jobFailed);
    QTest::mouseClick(m_w->startPage()->demoButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 || failed.count() == 1, 120000);
    QVERIFY(failed.isEmpty());
    // View › Model charts with its keyboard shortcut
    QVERIFY(!charts()->isVisible());
    QTest::keyClick(m_w.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(charts()->residualChart()->isVisible());
}

void TestGuiCharts::residualsPlotFittedUnsuppressedAreas() {
    const Analysis& a = *m_w->analysis();
    QVERIFY(a.model.fitted);
    QVERIFY(a.suppressedCount > 0); // the demo's hamlets: the privacy rule is exercised
    const ResidualChart* chart = charts()->residualChart();
    const std::vector<int> expected = plottable(a);
    QCOMPARE(chart->pointCount(), static_cast<int>(expected.size()));
    QCOMPARE(static_cast<std::size_t>(chart->pointCount()), a.model.n);
    for (std::size_t i = 0; i < a.areas.suppressed.size(); ++i)
        if (a.areas.suppressed[i]) QCOMPARE(chart->positionOf(static_cast<int>(i)).x(), -1.0);
    // each point where its fitted value and residual say, inside the axes
    for (int area : expected) {
        const QPointF p = chart->positionOf(area);
        QVERIFY(p.x() > 0 && p.x() < chart->width() && p.y() > 0 && p.y() < chart->height());
    }
    QVERIFY(chart->xTicks().front() <= a.areas.fitted[std::size_t(expected.front())]);
    QVERIFY(chart->yTicks().front() < 0 && chart->yTicks().back() > 0); // the zero line shows
}

void TestGuiCharts::suppressedAreaIsNeverPlotted() {
    // An analysis in which an area of the model is flagged suppressed but kept its figures: the
    // chart must check the flag itself.
    auto tampered = std::make_shared<Analysis>(*m_w->analysis());
    const int victim = plottable(*tampered).front();
    tampered->areas.suppressed[std::size_t(victim)] = 1;
    ResidualChart chart;
    chart.resize(400, 300);
    chart.setData(m_w->loaded(), tampered);
    QCOMPARE(chart.pointCount(), charts()->residualChart()->pointCount() - 1);
    QCOMPARE(chart.positionOf(victim).x(), -1.0);
}

void TestGuiCharts::clickingPointSelectsArea() {
    MapCanvas* c = m_w->canvas();
    c->clearSelection();
    ResidualChart* chart = charts()->residualChart();
    charts()->tabs()->setCurrentWidget(chart);
    QTRY_VERIFY(chart->isVisible());
    const std::vector<int> lone = loneliest(*chart);
    QVERIFY(lone.size() >= 2);
    const int first = lone[0], second = lone[1];
    const QPoint at = chart->positionOf(first).toPoint();
    QCOMPARE(chart->areaAt(at), first);
    QTest::mouseClick(chart, Qt::LeftButton, {}, at);
    QCOMPARE(c->selectedCount(), std::size_t(1));
    QCOMPARE(int(c->selection()[std::size_t(first)]), 1);
    // the table follows the map: one row
    QTRY_COMPARE(m_w->dataTable()->view()->selectionModel()->selectedRows().size(), 1);
    // Ctrl+click adds another, Ctrl+click again takes it out; a plain click replaces
    QTest::mouseClick(chart, Qt::LeftButton, Qt::ControlModifier,
                      chart->positionOf(second).toPoint());
    QCOMPARE(c->selectedCount(), std::size_t(2));
    QCOMPARE(int(c->selection()[std::size_t(second)]), 1);
    QTest::mouseClick(chart, Qt::LeftButton, Qt::ControlModifier,
                      chart->positionOf(second).toPoint());
    QCOMPARE(c->selectedCount(), std::size_t(1));
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->positionOf(second).toPoint());
    QCOMPARE(c->selectedCount(), std::size_t(1));
    QCOMPARE(int(c->selection()[std::size_t(second)]), 1);
    if (qEnvironmentVariableIsSet("SWINGMAP_KEEP_SCREENSHOTS")) {
        // both tabs side by side, as the dock shows them, with one area selected
        QTest::mouseClick(chart, Qt::LeftButton, {}, at);
        charts()->resize(520, 420);
        const QImage left = charts()->grab().toImage();
        charts()->tabs()->setCurrentWidget(charts()->coefChart());
        const QImage right = charts()->grab().toImage();
        QImage both(left.width() + right.width() + 12, std::max(left.height(), right.height()),
                    QImage::Format_RGB32);
        both.fill(Qt::white);
        QPainter p(&both);
        p.drawImage(0, 0, left);
        p.drawImage(left.width() + 12, 0, right);
        p.end();
        both.save(qEnvironmentVariable("SWINGMAP_KEEP_SCREENSHOTS") +
                  QStringLiteral("/charts.png"));
        charts()->tabs()->setCurrentWidget(chart);
    }
    c->clearSelection();
}

void TestGuiCharts::intervalsAreRCoefci() {
    // The German SPD model's terms as R reports them (estimate, HC3 SE), drawn by the chart; the
    // interval ends must be R's coefci(fit, vcov. = vcovHC(fit, "HC3")).
    const auto terms = test::readScalarFixture(fixture("de_bundestag/de_spd_2021_2025.txt"));
    const auto ci = test::readScalarFixture(fixture("charts/coefci_de_spd.txt"));
    QVERIFY(!terms.empty() && !ci.empty());
    std::vector<Term> model;
    for (const char* name :
         {"(Intercept)", "pct_age_60_74", "unemployment_rate", "pct_school_leavers_abitur",
          "pct_foreigners", "disposable_income_eur_per_capita"}) {
        Term t;
        t.name = name;
        t.estimate = terms.at(std::string("estimate:") + name);
        t.hc3StdError = terms.at(std::string("hc3_std_error:") + name);
        model.push_back(t);
    }
    CoefChart chart;
    chart.resize(500, 300);
    chart.setTerms(model, ci.at("df"), {});
    QCOMPARE(chart.rowCount(), 5); // the intercept is left out
    for (int i = 0; i < chart.rowCount(); ++i) {
        const std::string name = chart.term(i).name;
        QCOMPARE(name, model[std::size_t(i) + 1].name); // the model table's order
        const auto [lo, hi] = chart.interval(i);
        const double rLo = ci.at("lower:" + name), rHi = ci.at("upper:" + name);
        QVERIFY2(std::fabs(lo - rLo) <= 1e-9 * std::fabs(rLo), name.c_str());
        QVERIFY2(std::fabs(hi - rHi) <= 1e-9 * std::fabs(rHi), name.c_str());
        QCOMPARE(chart.crossesZero(i), rLo <= 0 && rHi >= 0);
        QVERIFY(chart.xOf(lo) < chart.xOf(chart.term(i).estimate));
        QVERIFY(chart.xOf(chart.term(i).estimate) < chart.xOf(hi));
    }
    QVERIFY(chart.crossesZero(2) && !chart.crossesZero(0)); // abitur crosses zero, age does not
}

void TestGuiCharts::demoIntervalsUseTQuantile() {
    // The demo's chart: every covariate of the model table, in its order, with estimate -/+
    // qt(0.975, residual df) * HC3 SE; qt from R.
    const auto ci = test::readScalarFixture(fixture("charts/coefci_de_spd.txt"));
    const Analysis& a = *m_w->analysis();
    const CoefChart* chart = charts()->coefChart();
    const auto& terms = a.model.fit.terms;
    QCOMPARE(chart->rowCount(), static_cast<int>(terms.size()) - 1);
    const double df = a.model.fit.fDf2;
    QCOMPARE(df, double(a.model.n - terms.size()));
    const std::string key = "qt975:" + std::to_string(static_cast<int>(df));
    QVERIFY2(ci.count(key), key.c_str());
    const double q = ci.at(key);
    QVERIFY(std::fabs(chart->quantile() - q) < 1e-9);
    const QTableWidget* table = m_w->modelPanel()->table();
    for (int i = 0; i < chart->rowCount(); ++i) {
        const Term& t = terms[std::size_t(i) + 1];
        QCOMPARE(chart->term(i).name, t.name);
        QCOMPARE(chart->label(i), table->item(i + 1, 0)->text());
        const auto [lo, hi] = chart->interval(i);
        QVERIFY(std::fabs(lo - (t.estimate - q * t.hc3StdError)) < 1e-9 * (1 + std::fabs(lo)));
        QVERIFY(std::fabs(hi - (t.estimate + q * t.hc3StdError)) < 1e-9 * (1 + std::fabs(hi)));
    }
}

void TestGuiCharts::modelPanelUndoRedo() {
    ModelPanel* panel = m_w->modelPanel();
    QUndoStack* undo = m_w->undoStack();
    undo->clear();
    const AnalysisSettings start = panel->settings();
    // 1. another party with the keyboard (a user change: QComboBox::activated)
    QComboBox* party = panel->partyCombo();
    QVERIFY(party->count() >= 2);
    party->setFocus();
    QTest::keyClick(party, party->currentIndex() == 0 ? Qt::Key_Down : Qt::Key_Up);
    QVERIFY(panel->settings().party != start.party);
    QCOMPARE(undo->count(), 1);
    const std::string otherParty = panel->settings().party;
    // 2. tick or untick the first covariate with the space bar
    QListWidget* list = panel->covariateList();
    QVERIFY(list->count() >= 1);
    list->setFocus();
    list->setCurrentRow(0);
    const bool wasOn = list->item(0)->checkState() == Qt::Checked;
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(0)->checkState() == Qt::Checked, !wasOn);
    QCOMPARE(undo->count(), 2);
    const AnalysisSettings edited = panel->settings();
    // 3. Ctrl+Z twice: the covariate, then the party, as they were; no new commands
    QTest::keyClick(m_w.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(list->item(0)->checkState() == Qt::Checked, wasOn);
    QCOMPARE(panel->settings().party, otherParty);
    QTest::keyClick(m_w.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(panel->settings().party, start.party);
    QCOMPARE(panel->settings().covariates, start.covariates);
    QCOMPARE(undo->count(), 2);
    QCOMPARE(undo->index(), 0);
    // 4. redo both
    QTest::keyClick(m_w.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_w.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(undo->index(), 2);
    QCOMPARE(panel->settings().party, edited.party);
    QCOMPARE(panel->settings().covariates, edited.covariates);
    // 5. a fit with the edited choices redraws the charts from the new model
    QSignalSpy shown(m_w.get(), &MainWindow::analysisShown);
    QTest::mouseClick(panel->fitButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, 60000);
    QCOMPARE(m_w->analysis()->settings.party, edited.party);
    QCOMPARE(charts()->coefChart()->rowCount(),
             static_cast<int>(m_w->analysis()->model.fit.terms.size()) - 1);
    QCOMPARE(charts()->residualChart()->pointCount(),
             static_cast<int>(plottable(*m_w->analysis()).size()));
}

QTEST_MAIN(TestGuiCharts)
#include "tst_gui_charts.moc"
