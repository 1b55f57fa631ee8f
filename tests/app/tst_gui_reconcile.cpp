// SPDX-License-Identifier: GPL-3.0-or-later
// The Dresden example (docs/examples/de_dresden_afd_2019_2024.json: 2019 results moved onto the
// 2024 polling districts, postal rows shared out, household figures moved down from the
// Stadtteile) opened and run in the desktop app offscreen: the map hatches the areas whose
// figures are mostly estimated (dark blue horizontal lines, pixel check), the legend counts them
// and an area's tooltip gives each source's estimated share and how it was moved. The window is
// grabbed (SWINGMAP_KEEP_OUTPUT keeps it: docs/screenshots/dresden_reconcile.png).
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/trustdialog.h"
#include "app/render/hatch.h"
#include "app/render/hittest.h"
#include "app/render/legend.h"

#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace swingmap;

namespace {

const QString kExample = QStringLiteral(PROJECT_DIR "/docs/examples/de_dresden_afd_2019_2024.json");

/// How close a pixel is to the estimated hatch's colour (max channel difference).
int distance(QColor a, QColor b) {
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                     std::abs(a.blue() - b.blue())});
}

} // namespace

class TestGuiReconcile : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        // remembered answers and autosaves stay in the temporary folder
        qputenv("XDG_CONFIG_HOME", (m_home.path() + "/config").toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + "/data").toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SwingMapTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_reconcile"));
    }

    void dresdenHatchesEstimatedAreas() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy shown(&w, &MainWindow::analysisShown);
        QSignalSpy failed(&w, &MainWindow::jobFailed);
        trustProjectInputs(kExample); // its data lives in ../shared/data, outside its folder
        w.openProjectFile(kExample);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 || failed.count() == 1, 240000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        LoadedPtr loaded = w.loaded();
        QVERIFY(loaded);
        const Dataset& d = loaded->data;
        QCOMPARE(d.areaCount(), std::size_t(399));
        const auto& suppressed = loaded->analysis.areas.suppressed;
        auto isSuppressed = [&](std::size_t f) { return f < suppressed.size() && suppressed[f]; };
        std::size_t estimated = 0;
        for (std::size_t f = 0; f < d.estimated.size(); ++f)
            estimated += d.estimated[f] && !isSuppressed(f);
        QVERIFY2(estimated > 0 && estimated < 399, qPrintable(QString::number(estimated)));

        // The legend names the hatch and counts the hatched areas.
        MapCanvas* c = w.canvas();
        bool inLegend = false;
        for (const LegendEntry& e : c->legend().entries)
            if (e.label == estimatedLabel()) {
                inLegend = true;
                QCOMPARE(e.count, estimated);
            }
        QVERIFY(inLegend);

        // Pixels: inside an area (3 px from its outline) the fill is one colour; the hatch adds
        // pixels pulled towards the hatch colour. Count them in estimated and in other areas.
        QCoreApplication::processEvents();
        const QImage img = c->grab().toImage();
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        if (const QString keep = qEnvironmentVariable("SWINGMAP_KEEP_OUTPUT"); !keep.isEmpty()) {
            shot.save(QDir(keep).filePath(QStringLiteral("gui-dresden-reconcile.png")));
            img.save(QDir(keep).filePath(QStringLiteral("gui-dresden-canvas.png")));
        }
        const ViewTransform t = c->transform();
        const QColor hatch = estimatedHatchColour();
        const qreal dpr = img.devicePixelRatio();
        const int W = c->width(), H = c->height();
        std::vector<int> featureOf(std::size_t(W * H), -1);
        for (int y = 0; y < H; ++y)
            for (int x = 0; x < W; ++x) {
                const QPointF world = t.toWorld(QPointF(x + 0.5, y + 0.5));
                if (const auto f = featureAt(d.geometry, world.x(), world.y());
                    f && !isSuppressed(*f))
                    featureOf[std::size_t(y * W + x)] = int(*f);
            }
        auto interior = [&](int x, int y) {
            const int f = featureOf[std::size_t(y * W + x)];
            if (f < 0 || x < 3 || y < 3 || x >= W - 3 || y >= H - 3) return -1;
            for (int dy = -3; dy <= 3; dy += 3)
                for (int dx = -3; dx <= 3; dx += 3)
                    if (featureOf[std::size_t((y + dy) * W + x + dx)] != f) return -1;
            return f;
        };
        auto pixel = [&](int x, int y) { return img.pixelColor(int(x * dpr), int(y * dpr)); };
        std::map<int, std::map<QRgb, int>> colours; // per area: its interior pixels' colours
        for (int y = 0; y < H; ++y)
            for (int x = 0; x < W; ++x)
                if (const int f = interior(x, y); f >= 0) ++colours[f][pixel(x, y).rgb()];
        std::map<int, QColor> fill; // the most frequent colour: the area's fill
        for (const auto& [f, hist] : colours)
            fill[f] =
                QColor::fromRgb(std::max_element(hist.begin(), hist.end(), [](auto& a, auto& b) {
                                    return a.second < b.second;
                                })->first);
        std::size_t inHatched = 0, hatchedPixels = 0, inPlain = 0, plainPixels = 0;
        std::size_t probe = d.areaCount(); // an estimated area for the tooltip
        QPoint probePx;
        for (int y = 0; y < H; ++y)
            for (int x = 0; x < W; ++x) {
                const int f = interior(x, y);
                if (f < 0) continue;
                const QColor p = pixel(x, y);
                // pulled towards the hatch: off the fill, and nearer the hatch colour than it
                const bool hatched =
                    distance(p, fill[f]) > 24 && distance(p, hatch) < distance(fill[f], hatch);
                if (d.estimated[std::size_t(f)]) {
                    ++inHatched;
                    hatchedPixels += hatched;
                    // the south-westernmost hatched pixel: its tooltip fits the empty corner
                    if (hatched && (probe == d.areaCount() || x - y < probePx.x() - probePx.y())) {
                        probe = std::size_t(f);
                        probePx = QPoint(x, y);
                    }
                } else {
                    ++inPlain;
                    plainPixels += hatched;
                }
            }
        QVERIFY(inHatched > 2000 && inPlain > 2000);
        const double hatchedShare = double(hatchedPixels) / double(inHatched);
        const double plainShare = double(plainPixels) / double(inPlain);
        qInfo("hatch pixels: %.4f of estimated areas' interiors, %.4f of the others'", hatchedShare,
              plainShare);
        QVERIFY2(hatchedShare > 0.05 && plainShare < 0.005,
                 qPrintable(QStringLiteral("hatch pixels: %1 in estimated areas, %2 in the "
                                           "others")
                                .arg(hatchedShare)
                                .arg(plainShare)));

        // The tooltip of a hatched area: the estimated share of each moved source and how.
        QVERIFY(probe < d.areaCount());
        const QString tip = c->tooltipAt(QPointF(probePx) + QPointF(0.5, 0.5));
        QVERIFY2(tip.contains(QStringLiteral("Figures estimated from other areas (hatched)")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("2019 figures from other areas")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("by overlap area")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("stadtteil_2019 figures from other areas")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("in proportion to the electorate of 2024")),
                 qPrintable(tip));
        if (const QString keep = qEnvironmentVariable("SWINGMAP_KEEP_OUTPUT"); !keep.isEmpty()) {
            // The window with that tooltip drawn where the pointer would be (a tooltip is a
            // window of its own, so a grab does not show it): docs/screenshots.
            QImage withTip = shot;
            QLabel label;
            label.setTextFormat(Qt::RichText);
            label.setText(tip);
            label.setStyleSheet(QStringLiteral("QLabel { background: #ffffe1; color: black; "
                                               "border: 1px solid #767676; padding: 4px; }"));
            label.setWordWrap(true);
            label.setFixedWidth(440);
            label.adjustSize();
            label.setFixedHeight(label.heightForWidth(440));
            QPainter painter(&withTip);
            painter.scale(dpr, dpr);
            const QPoint cursor = c->mapTo(&w, probePx);
            // below the pointer, shifted left into the empty corner (as near a screen edge)
            QPoint at = cursor + QPoint(16 - label.width(), 20);
            at.setX(std::max(at.x(), c->mapTo(&w, QPoint(4, 0)).x()));
            at.setY(std::min(at.y(), w.height() - label.height() - 30));
            label.render(&painter, at);
            // the pointer
            const QPolygonF arrow({cursor, cursor + QPointF(0, 17), cursor + QPointF(4.5, 13),
                                   cursor + QPointF(8, 20), cursor + QPointF(10.5, 19),
                                   cursor + QPointF(7, 12), cursor + QPointF(12, 12)});
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(Qt::white, 1.2));
            painter.setBrush(Qt::black);
            painter.drawPolygon(arrow);
            painter.end();
            // A palette of the 256 most frequent colours keeps it small and the fills exact.
            const QImage rgb = withTip.convertToFormat(QImage::Format_RGB32);
            std::map<QRgb, int> freq;
            for (int y = 0; y < rgb.height(); ++y)
                for (int x = 0; x < rgb.width(); ++x)
                    ++freq[rgb.pixel(x, y)];
            std::vector<std::pair<int, QRgb>> byCount;
            for (const auto& [colour, n] : freq)
                byCount.push_back({n, colour});
            std::sort(byCount.rbegin(), byCount.rend());
            QList<QRgb> table;
            for (std::size_t i = 0; i < std::min<std::size_t>(256, byCount.size()); ++i)
                table.push_back(byCount[i].second);
            rgb.convertToFormat(QImage::Format_Indexed8, table, Qt::ThresholdDither)
                .save(QDir(keep).filePath(QStringLiteral("dresden_reconcile.png")), "PNG", 0);
        }
        double share = -1;
        for (const ReconcileInfo& info : d.reconcile)
            if (info.label == "2019") share = info.estimatedShare.at(probe);
        QVERIFY(share > loaded->project.estimatedHatch);
        QVERIFY2(tip.contains(QStringLiteral("%1%").arg(std::round(100 * share))), qPrintable(tip));
    }
};

QTEST_MAIN(TestGuiReconcile)
#include "tst_gui_reconcile.moc"
