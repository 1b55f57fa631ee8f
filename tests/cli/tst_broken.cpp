// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of broken inputs (issue 4, point 12): one data-driven row per case, each run as a
// user runs it, `swingmap-cli run PROJECT --out DIR`, checking the exit code (0 repaired/reported,
// 1 input error, 2 usage), a phrase the message must contain (stderr for errors, stdout for runs
// that succeed with a repair or a report) and that a failed run leaves no output file, finished or
// half-written, in DIR.
//
// Each case is tests/data/broken/<case>/: the files that differ from tests/data/broken/_base/ (a
// 4 x 4 grid of 16 GeoJSON squares, keys 001-016, two elections e1.csv/e2.csv with parties A and
// B, census.csv with x1-x3, project.json fitting OLS of A's share change on x1 + x2) and an
// optional patch.json, a JSON merge patch (RFC 7386) applied to the base project.json. The test
// copies _base, then the case, into a temporary directory. Cases that need a binary file are made
// there at test time by the row's "prep" with GDAL's ogr2ogr from the base GeoJSON/CSV (a real
// ESRI Shapefile with .shp/.shx/.dbf/.prj then one part deleted or cut; a GeoPackage; an XLSX);
// nothing from ../shared/data is copied into the repository.
//
// 59 rows:
//   boundaries (18): missing .shp/.shx/.dbf/.prj, truncated and zero-byte .shp, zero-byte
//     GeoJSON, wrong file type with the right extension (text .geojson, zip bytes in .shp),
//     GeoPackage without the named layer, invalid (bow-tie) and self-intersecting polygons
//     (repaired: exit 0), NULL geometry (reported: exit 0), mixed geometry types (a point, a
//     line), every geometry NULL, duplicated boundary keys, unknown boundary key field;
//   tables (13): CSV without a header, duplicated header names, ragged row, bytes that are not
//     UTF-8 in a file declared UTF-8, zero-byte CSV, UTF-16 garbage, decimal comma without the
//     setting, text in a vote column, text in a covariate column, missing election file,
//     XLSX without the named sheet, unknown party column, unknown election label;
//   rows and keys (13): votes > valid, valid > electorate, negative votes, electorate 0, empty key,
//     duplicate keys, no key matches at all, keys matching only after padding / unpadding, a
//     total row, a party missing from one election, every census key unmatched, one area only
//     in the tables;
//   model (8; a model that cannot be fitted is not an input error: exit 0, and stdout and the
//     report say "not fitted" and why): fewer areas than covariates + 2, a constant covariate,
//     perfectly collinear covariates, all weights zero, an unknown covariate name, a covariate that
//     is all missing, log of a non-positive value, an unknown weights choice;
//   project file and command line (7): malformed JSON (line and column), a missing required key
//     (JSON path), a value of the wrong type, a project path that does not exist, usage errors,
//     a remote source without "allow_remote", an input limit of 0 MiB.
// A row may name a known defect in column "bug" (QEXPECT_FAIL: it turns into an XPASS failure
// once fixed); none is open.
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/common/process_run.h"

namespace {
using swingmap::test::Run;
using swingmap::test::run;

const QString kBroken = QStringLiteral(PROJECT_DIR "/tests/data/broken");

bool copyDir(const QString& from, const QString& to) {
    const QDir src(from);
    for (const QString& f : src.entryList(QDir::Files)) {
        QFile::remove(to + "/" + f);
        if (!QFile::copy(src.filePath(f), to + "/" + f)) return false;
        QFile(to + "/" + f).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

/// RFC 7386 JSON merge patch.
QJsonValue mergePatch(const QJsonValue& target, const QJsonValue& patch) {
    if (!patch.isObject()) return patch;
    QJsonObject t = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull())
            t.remove(it.key());
        else
            t[it.key()] = mergePatch(t.value(it.key()), it.value());
    }
    return t;
}

bool ogr2ogr(const QStringList& args) {
    const Run r = run("ogr2ogr", args);
    if (r.code != 0) qWarning("ogr2ogr failed: %s", qPrintable(r.err));
    return r.code == 0;
}

/// Files left in an output directory (recursively).
QStringList filesIn(const QString& dir) {
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}
} // namespace

class TestBroken : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    /// Build the case in its own directory; returns the project path ("" on failure).
    QString prepare(const QString& name, const QString& prep) {
        const QString dir = m_dir.path() + "/" + name;
        if (!QDir().mkpath(dir) || !copyDir(kBroken + "/_base", dir) ||
            !copyDir(kBroken + "/" + name, dir))
            return {};
        QFile patchFile(dir + "/patch.json");
        if (patchFile.open(QIODevice::ReadOnly)) {
            QFile pf(dir + "/project.json");
            if (!pf.open(QIODevice::ReadOnly)) return {};
            const QJsonValue merged =
                mergePatch(QJsonDocument::fromJson(pf.readAll()).object(),
                           QJsonDocument::fromJson(patchFile.readAll()).object());
            pf.close();
            if (!pf.open(QIODevice::WriteOnly | QIODevice::Truncate)) return {};
            pf.write(QJsonDocument(merged.toObject()).toJson());
        }
        for (const QString& step : prep.split(' ', Qt::SkipEmptyParts)) {
            if (step == "shp") {
                if (!ogr2ogr({"-f", "ESRI Shapefile", dir + "/areas.shp", dir + "/areas.geojson"}))
                    return {};
            } else if (step.startsWith('-')) { // delete one part of the shapefile
                if (!QFile::remove(dir + "/areas" + step.mid(1).prepend('.'))) return {};
            } else if (step == "truncate" || step == "zero") {
                QFile shp(dir + "/areas.shp");
                if (!shp.resize(step == "zero" ? 0 : shp.size() / 2)) return {};
            } else if (step == "gpkg") {
                if (!ogr2ogr({"-f", "GPKG", "-nln", "wahlkreise", dir + "/areas.gpkg",
                              dir + "/areas.geojson"}) ||
                    !ogr2ogr({"-f", "GPKG", "-update", "-nln", "gemeinden", dir + "/areas.gpkg",
                              dir + "/areas.geojson"}))
                    return {};
            } else if (step == "xlsx") {
                if (!ogr2ogr({"-f", "XLSX", "-nln", "Census", dir + "/census.xlsx",
                              dir + "/census.csv"}))
                    return {};
            } else {
                qWarning("unknown prep step %s", qPrintable(step));
                return {};
            }
        }
        return dir + "/project.json";
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void catalogue_data() {
        QTest::addColumn<QString>("prep");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("phrase");
        // a known defect still open: the row states what should happen and is an expected failure
        QTest::addColumn<QString>("bug");

        // --- boundaries
        QTest::newRow("shp_missing_shp") << "shp -shp" << 1 << "areas.shp" << QString();
        QTest::newRow("shp_missing_shx") << "shp -shx" << 1 << "areas.shx" << QString();
        QTest::newRow("shp_missing_dbf") << "shp -dbf" << 1 << "areas.dbf. Copy it" << QString();
        QTest::newRow("shp_missing_prj") << "shp -prj" << 1 << "\"crs\"" << QString();
        QTest::newRow("shp_truncated") << "shp truncate" << 1 << "cut short" << QString();
        QTest::newRow("shp_zero_byte") << "shp zero" << 1 << "empty (0 bytes)" << QString();
        QTest::newRow("boundary_zero_byte_geojson") << "" << 1 << "empty (0 bytes)" << QString();
        QTest::newRow("boundary_wrong_type_text") << "" << 1 << "areas.geojson" << QString();
        QTest::newRow("boundary_wrong_type_binary_shp") << "" << 1 << "areas.shp" << QString();
        QTest::newRow("gpkg_without_named_layer") << "gpkg" << 1 << "wahlkreise" << QString();
        QTest::newRow("invalid_polygon_bowtie") << "" << 0 << "1 repaired" << QString();
        QTest::newRow("self_intersecting_polygon") << "" << 0 << "1 repaired" << QString();
        QTest::newRow("null_geometry") << "" << 0 << "1 without geometry" << QString();
        QTest::newRow("mixed_geometry_point") << "" << 1 << "004" << QString();
        QTest::newRow("mixed_geometry_line") << "" << 1 << "004" << QString();
        QTest::newRow("all_geometries_null") << "" << 1 << "areas.geojson" << QString();
        QTest::newRow("boundary_duplicate_keys")
            << "" << 0 << "1 duplicate boundary keys (e.g. \"005\")" << QString();
        QTest::newRow("boundary_unknown_key") << "" << 1 << "areas.geojson" << QString();
        // --- tables
        QTest::newRow("csv_no_header") << "" << 1 << "e1.csv" << QString();
        QTest::newRow("csv_duplicated_header") << "" << 1 << "e1.csv" << QString();
        QTest::newRow("csv_ragged_row") << "" << 1 << "e1.csv" << QString();
        QTest::newRow("csv_unknown_encoding_bytes") << "" << 1 << "e1.csv" << QString();
        QTest::newRow("csv_zero_byte") << "" << 1 << "e2.csv" << QString();
        QTest::newRow("csv_binary_nul") << "" << 1 << "census.csv" << QString();
        QTest::newRow("csv_decimal_comma_without_setting")
            << "" << 1 << "add \"decimal\": \",\"" << QString();
        QTest::newRow("csv_text_in_vote_column") << "" << 1 << "n.v." << QString();
        QTest::newRow("csv_text_in_covariate")
            << "" << 1 << "row 12 (line 13), column \"x2\": \"approx. 40\"" << QString();
        QTest::newRow("missing_election_file") << "" << 1 << "results_2.csv" << QString();
        QTest::newRow("xlsx_without_named_sheet") << "xlsx" << 1 << "Census" << QString();
        QTest::newRow("unknown_party_column") << "" << 1 << "AB" << QString();
        QTest::newRow("unknown_election_label") << "" << 1 << "2025" << QString();
        // --- rows and keys
        QTest::newRow("votes_exceed_valid") << "" << 0 << "Row check: election 2" << QString();
        QTest::newRow("valid_exceeds_electorate")
            << "" << 0 << "Row check: election 2" << QString();
        QTest::newRow("negative_votes") << "" << 0 << "negative count" << QString();
        QTest::newRow("zero_electorate") << "" << 0 << "Row check: election 1" << QString();
        QTest::newRow("empty_key")
            << "" << 0 << "1 unmatched keys, 0 duplicates, 1 areas without a row" << QString();
        QTest::newRow("duplicate_keys")
            << "" << 0 << "1 duplicates, 1 areas without a row" << QString();
        QTest::newRow("no_key_matches") << "" << 1 << "e1.csv" << QString();
        QTest::newRow("keys_match_after_padding") << "" << 1 << "\"pad\": 3" << QString();
        QTest::newRow("keys_match_after_unpadding") << "" << 1 << "\"unpad\": true" << QString();
        QTest::newRow("total_row") << "" << 0 << "Total rows: 1" << QString();
        QTest::newRow("party_missing_from_one_election") << "" << 1 << "election 2" << QString();
        QTest::newRow("census_keys_never_match") << "" << 1 << "census.csv" << QString();
        QTest::newRow("area_only_in_tables")
            << "" << 0 << "17 rows, 16 matched, 1 unmatched keys" << QString();
        // --- model
        QTest::newRow("fewer_areas_than_covariates_plus_2")
            << "" << 0 << "not fitted: the model has 2 covariate(s) but only 3 area(s)"
            << QString();
        QTest::newRow("constant_covariate")
            << "" << 0 << "not fitted: covariate x3 is constant" << QString();
        QTest::newRow("collinear_covariates")
            << "" << 0 << "x1 and x3 are perfectly collinear" << QString();
        QTest::newRow("all_weights_zero")
            << "" << 0 << "not fitted: all weights are zero" << QString();
        QTest::newRow("unknown_covariate") << "" << 1 << "x_2" << QString();
        QTest::newRow("covariate_all_missing")
            << "" << 1 << "column \"x3\": every cell is empty" << QString();
        QTest::newRow("log_of_non_positive") << "" << 0 << "n = 15 (1 left out)" << QString();
        QTest::newRow("unknown_weights") << "" << 1 << "weights" << QString();
        // --- project file and command line
        QTest::newRow("malformed_project_json") << "" << 1 << "line 4, column 2" << QString();
        QTest::newRow("project_missing_analysis") << "" << 1 << "analysis" << QString();
        QTest::newRow("project_wrong_type") << "" << 1 << "parties" << QString();
        QTest::newRow("project_path_missing") << "noproject" << 1 << "does not exist" << QString();
        QTest::newRow("usage_without_out") << "noout" << 2 << "--out" << QString();
        QTest::newRow("remote_source_without_allow")
            << "" << 1
            << "$.boundaries.path: \"/vsicurl/http://127.0.0.1:9/areas.geojson\" is a "
               "remote source"
            << QString();
        QTest::newRow("limits_invalid") << "" << 1 << "$.limits.max_input_mb" << QString();
    }

    void catalogue() {
        QFETCH(QString, prep);
        QFETCH(int, code);
        QFETCH(QString, phrase);
        QFETCH(QString, bug);
        const QString name = QString::fromUtf8(QTest::currentDataTag());
        const bool noProject = prep == "noproject", noOut = prep == "noout";
        if (noProject || noOut) prep.clear();
        QString project = prepare(name, prep);
        QVERIFY2(!project.isEmpty(), "could not build the case");
        if (noProject) project = m_dir.path() + "/" + name + "/no-such-project.json";
        const QString out = m_dir.path() + "/out-" + name;
        const Run r = run(CLI_PATH, noOut ? QStringList{"run", project}
                                          : QStringList{"run", project, "--out", out});
        const QString msg = code == 0 ? r.out : r.err;
        if (qEnvironmentVariableIsSet("SWINGMAP_BROKEN_DUMP"))
            qInfo("%s -> %d\n%s", qPrintable(name), r.code,
                  qPrintable(r.code == 0 ? r.out : r.err));
        if (!bug.isEmpty()) {
            QEXPECT_FAIL("", qPrintable("known defect: " + bug), Abort);
            QVERIFY(r.code == code && msg.contains(phrase) &&
                    filesIn(out).isEmpty() == (code != 0));
            return;
        }
        QVERIFY2(r.code == code,
                 qPrintable(QString("exit %1, expected %2: %3").arg(r.code).arg(code).arg(r.err)));
        QVERIFY2(msg.contains(phrase), qPrintable(msg));
        const QStringList left = filesIn(out);
        if (code != 0) {
            // one sentence, no crash text, nothing written
            QVERIFY2(!r.err.trimmed().isEmpty(), "no message");
            QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
        } else {
            QVERIFY(QFile::exists(out + "/report.json"));
            for (const QString& f : left)
                QVERIFY2(!f.endsWith(".part"), qPrintable(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestBroken)
#include "tst_broken.moc"
