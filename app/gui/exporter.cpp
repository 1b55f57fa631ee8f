// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/exporter.h"

#include "app/gui/mapcanvas.h"
#include "app/render/briefing.h"
#include "app/render/mapimage.h"
#include "core/streets.h"
#include "core/targets.h"
#include "gis/areas_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

namespace swingmap {

namespace {

/// The exports' user-facing strings (translation context "Exporter").
class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

QString askFile(QWidget* parent, const ExportInput& in, const QString& title, const QString& suffix,
                const QString& filter) {
    const QFileInfo project(QString::fromStdString(in.loaded->project.file));
    const QString suggested =
        QDir(project.absolutePath()).filePath(project.completeBaseName() + suffix);
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString report(QWidget* parent, const Status& st, const QString& file) {
    if (st) return file;
    QMessageBox::warning(parent, Exporter::tr("Export failed"), QString::fromStdString(st.error()));
    return {};
}

Status writeTextFile(const QString& file, const std::string& text) {
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(text.data(), qint64(text.size())) != qint64(text.size()) || !out.commit())
        return fail(QDir::toNativeSeparators(file).toStdString() + ": cannot be written (" +
                    out.errorString().toStdString() +
                    "). Choose a folder you may write to, with space left.");
    return Ok{};
}

Status missing() {
    return fail("Nothing to export: open a project first.");
}

} // namespace

ExportInput exportInput(const JobResult& loaded, const Analysis& analysis,
                        const MapCanvas& canvas) {
    ExportInput in;
    in.loaded = &loaded;
    in.analysis = &analysis;
    in.mapId = canvas.mapId();
    if (loaded.streets && canvas.streetRanking())
        in.streets = StreetsOverlay{&*loaded.streets, canvas.streetRanking()};
    in.streetsShown = canvas.streetsShown();
    in.style = canvas.classStyle();
    in.layers = canvas.layerStack();
    in.decor = {canvas.labelsShown(), canvas.northArrowShown()};
    return in;
}

Status writeMapPng(const QString& file, const ExportInput& in) {
    if (!in.loaded || !in.analysis) return missing();
    return writeThematicPng(file.toStdString(), in.loaded->data, *in.analysis, in.loaded->project,
                            in.mapId, exportMapSize(), in.mapStreets(), in.style, &in.layers,
                            in.decor);
}

Status writeMapSvg(const QString& file, const ExportInput& in) {
    if (!in.loaded || !in.analysis) return missing();
    return writeThematicSvg(file.toStdString(), in.loaded->data, *in.analysis, in.loaded->project,
                            in.mapId, exportMapSize(), in.mapStreets(), in.style, &in.layers,
                            in.decor);
}

Status writeBriefingPdf(const QString& file, const ExportInput& in) {
    if (!in.loaded || !in.analysis) return missing();
    return Briefing::writePdf(file.toStdString(), in.loaded->data, *in.analysis, in.loaded->project,
                              in.hasStreets() ? &in.streets : nullptr);
}

Status writeLists(const QString& folder, const ExportInput& in) {
    if (!in.loaded || !in.analysis) return missing();
    const QDir dir(folder);
    const Dataset& d = in.loaded->data;
    // areas.gpkg as swingmap-cli writes it: under a temporary name, then renamed over the old one
    const QString gpkg = dir.filePath(QStringLiteral("areas.gpkg"));
    const QString part = dir.filePath(QStringLiteral("areas.part.gpkg"));
    QFile::remove(part);
    if (auto st = gis::writeAreasGpkg(part.toStdString(), d, *in.analysis); !st) {
        QFile::remove(part);
        return st;
    }
    if ((QFile::exists(gpkg) && !QFile::remove(gpkg)) || !QFile::rename(part, gpkg)) {
        QFile::remove(part);
        return fail(QDir::toNativeSeparators(gpkg).toStdString() +
                    ": cannot be replaced. Close the programs that have it open, or choose "
                    "another folder.");
    }
    if (auto st = writeTextFile(dir.filePath(QStringLiteral("targets.csv")),
                                targetsCsv(d, *in.analysis, rankTargets(d, *in.analysis)));
        !st)
        return st;
    if (!in.hasStreets()) return Ok{};
    return writeTextFile(dir.filePath(QStringLiteral("streets.csv")),
                         streetsCsv(*in.streets.streets, d, *in.streets.ranking));
}

QString exportPdfInteractive(QWidget* parent, const ExportInput& in) {
    if (!in.loaded) return {};
    const QString file = askFile(parent, in, Exporter::tr("Export briefing PDF"),
                                 QStringLiteral("-briefing.pdf"), Exporter::tr("PDF (*.pdf)"));
    if (file.isEmpty()) return {};
    return report(parent, writeBriefingPdf(file, in), file);
}

QString exportPngInteractive(QWidget* parent, const ExportInput& in) {
    if (!in.loaded) return {};
    const QString file = askFile(parent, in, Exporter::tr("Export map PNG"),
                                 QStringLiteral("-map.png"), Exporter::tr("PNG image (*.png)"));
    if (file.isEmpty()) return {};
    return report(parent, writeMapPng(file, in), file);
}

QString exportSvgInteractive(QWidget* parent, const ExportInput& in) {
    if (!in.loaded) return {};
    const QString file = askFile(parent, in, Exporter::tr("Export map SVG"),
                                 QStringLiteral("-map.svg"), Exporter::tr("SVG image (*.svg)"));
    if (file.isEmpty()) return {};
    return report(parent, writeMapSvg(file, in), file);
}

QString exportListsInteractive(QWidget* parent, const ExportInput& in) {
    if (!in.loaded) return {};
    const QFileInfo project(QString::fromStdString(in.loaded->project.file));
    const QString folder = QFileDialog::getExistingDirectory(
        parent,
        in.hasStreets() ? Exporter::tr("Folder for areas.gpkg, targets.csv and streets.csv")
                        : Exporter::tr("Folder for areas.gpkg and targets.csv"),
        project.absolutePath());
    if (folder.isEmpty()) return {};
    return report(parent, writeLists(folder, in), folder);
}

} // namespace swingmap
