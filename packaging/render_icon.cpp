// SPDX-License-Identifier: GPL-3.0-or-later
// swingmap-render-icon ICON.svg OUTDIR SIZE...: writes OUTDIR/<N>x<N>/apps/swingmap.png for each
// size, drawn by Qt's SVG renderer. A build-time tool for the hicolor icon theme; not installed.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fputs("usage: swingmap-render-icon ICON.svg OUTDIR SIZE...\n", stderr);
        return 2;
    }
    const QString svgFile = QString::fromLocal8Bit(argv[1]);
    QSvgRenderer svg(svgFile);
    if (!svg.isValid()) {
        std::fprintf(stderr, "swingmap-render-icon: %s is not an SVG file Qt can draw\n", argv[1]);
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "swingmap-render-icon: size \"%s\" is not a number of pixels\n",
                         argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString dir = QStringLiteral("%1x%1/apps").arg(size);
        const QString file = out.filePath(dir + QStringLiteral("/swingmap.png"));
        if (!out.mkpath(dir) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "swingmap-render-icon: could not write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
