// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/exporter.h"

#include "app/render/briefing.h"
#include "app/render/mapimage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace swingmap {

namespace {

QString askFile(QWidget* parent, const JobResult& loaded, const QString& title,
                const QString& suffix, const QString& filter) {
    const QFileInfo project(QString::fromStdString(loaded.project.file));
    const QString suggested =
        QDir(project.absolutePath()).filePath(project.completeBaseName() + suffix);
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString report(QWidget* parent, const Status& st, const QString& file) {
    if (st) return file;
    QMessageBox::warning(parent, QObject::tr("Export failed"), QString::fromStdString(st.error()));
    return {};
}

} // namespace

QString exportPdfInteractive(QWidget* parent, const JobResult& loaded, const Analysis& analysis) {
    const QString file = askFile(parent, loaded, QObject::tr("Export briefing PDF"),
                                 QStringLiteral("-briefing.pdf"), QObject::tr("PDF (*.pdf)"));
    if (file.isEmpty()) return {};
    return report(parent,
                  Briefing::writePdf(file.toStdString(), loaded.data, analysis, loaded.project),
                  file);
}

QString exportPngInteractive(QWidget* parent, const JobResult& loaded, const Analysis& analysis,
                             const QString& mapId) {
    const QString file = askFile(parent, loaded, QObject::tr("Export map PNG"),
                                 QStringLiteral("-map.png"), QObject::tr("PNG image (*.png)"));
    if (file.isEmpty()) return {};
    return report(parent,
                  writeThematicPng(file.toStdString(), loaded.data, analysis, loaded.project, mapId,
                                   exportMapSize()),
                  file);
}

QString exportSvgInteractive(QWidget* parent, const JobResult& loaded, const Analysis& analysis,
                             const QString& mapId) {
    const QString file = askFile(parent, loaded, QObject::tr("Export map SVG"),
                                 QStringLiteral("-map.svg"), QObject::tr("SVG image (*.svg)"));
    if (file.isEmpty()) return {};
    return report(parent,
                  writeThematicSvg(file.toStdString(), loaded.data, analysis, loaded.project, mapId,
                                   exportMapSize()),
                  file);
}

} // namespace swingmap
