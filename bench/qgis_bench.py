#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""QGIS's side of bench/run: load, full-extent render and A3 PDF of one GeoPackage layer.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/qgis_bench.py GPKG LAYER COLUMN OUT_PDF
       [--width 1600]

Headless PyQGIS (Debian's qgis 3.22: python3-qgis + qgis-providers), no GUI. The layer is
styled as SwingMap's choropleth: a graduated renderer of 5 quantile classes on COLUMN.
Timed (wall clock, time.perf_counter):
  load_s      QgsVectorLayer creation through the OGR provider + its extent and feature count
              (what QGIS does when a layer is added)
  classify_s  the 5-class quantile classification of COLUMN (reads every value of the column)
  render_s    one full-extent render, WIDTH px wide (height from the extent's aspect ratio), with
              QgsMapRendererParallelJob (the map canvas's job), waited until finished
  pdf_s       an A3 landscape QgsPrintLayout with one map item at the full extent, exported with
              QgsLayoutExporter.exportToPdf and the default export settings
Prints one JSON object on stdout; errors go to stderr with a non-zero exit code.
"""
import json
import os
import sys
import time


def fail(msg):
    print("qgis_bench: " + msg, file=sys.stderr)
    sys.exit(1)


def main():
    args = sys.argv[1:]
    width = 1600
    if "--width" in args:
        i = args.index("--width")
        width = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 4:
        fail("usage: qgis_bench.py GPKG LAYER COLUMN OUT_PDF [--width 1600]")
    gpkg, layer_name, column, out_pdf = args
    if not os.path.exists(gpkg):
        fail(gpkg + " does not exist; run swingmap-cli first (bench/run does).")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from qgis.core import (Qgis, QgsApplication, QgsClassificationQuantile,
                               QgsGradientColorRamp, QgsGraduatedSymbolRenderer, QgsLayoutExporter,
                               QgsLayoutItemMap, QgsLayoutPoint, QgsLayoutSize,
                               QgsMapRendererParallelJob, QgsMapSettings, QgsPrintLayout,
                               QgsProject, QgsUnitTypes, QgsVectorLayer)
        from qgis.PyQt.QtCore import QSize
        from qgis.PyQt.QtGui import QColor
    except ImportError as e:
        fail("PyQGIS is not importable (%s); install it with apt-get install python3-qgis "
             "qgis-providers." % e)

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    result = {"qgis_version": Qgis.QGIS_VERSION, "width": width, "column": column}

    # Load: what adding the layer costs.
    t0 = time.perf_counter()
    layer = QgsVectorLayer("%s|layername=%s" % (gpkg, layer_name), layer_name, "ogr")
    if not layer.isValid():
        fail("QGIS could not open layer %s of %s." % (layer_name, gpkg))
    extent = layer.extent()
    n = layer.featureCount()
    QgsProject.instance().addMapLayer(layer)
    QgsProject.instance().setCrs(layer.crs())
    result["load_s"] = time.perf_counter() - t0
    result["n_features"] = n

    # Style: 5 quantile classes, a diverging ramp (as SwingMap's choropleth).
    t0 = time.perf_counter()
    if layer.fields().indexOf(column) < 0:
        fail("layer %s of %s has no column %s." % (layer_name, gpkg, column))
    renderer = QgsGraduatedSymbolRenderer(column)
    renderer.setClassificationMethod(QgsClassificationQuantile())
    renderer.setSourceColorRamp(QgsGradientColorRamp(QColor("#2166ac"), QColor("#b2182b")))
    renderer.updateClasses(layer, 5)
    layer.setRenderer(renderer)
    result["classify_s"] = time.perf_counter() - t0
    result["classes"] = len(renderer.ranges())

    # Full-extent render at WIDTH px.
    height = max(1, int(round(width * extent.height() / max(extent.width(), 1e-9))))
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor("white"))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    t0 = time.perf_counter()
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    result["render_s"] = time.perf_counter() - t0
    result["render_size"] = "%dx%d" % (image.width(), image.height())
    png = os.path.splitext(out_pdf)[0] + "_render.png"
    image.save(png)
    result["render_png"] = png

    # A3 PDF through a print layout with one map item at full extent.
    t0 = time.perf_counter()
    project = QgsProject.instance()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize("A3", page.Landscape)
    margin = 10.0
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.setLayers([layer])
    map_item.setCrs(layer.crs())
    # 3.22: zoomToExtent from an empty extent does nothing, and setExtent on an item without a
    # size gives an empty extent; so size the item, set the extent (which reshapes the item to
    # the extent's aspect), size it back to the page area and fit the extent into it.
    size = QgsLayoutSize(420.0 - 2 * margin, 297.0 - 2 * margin, QgsUnitTypes.LayoutMillimeters)
    map_item.attemptMove(QgsLayoutPoint(margin, margin, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptResize(size)
    map_item.setExtent(extent)
    map_item.attemptResize(size)
    map_item.zoomToExtent(extent)
    exporter = QgsLayoutExporter(layout)
    status = exporter.exportToPdf(out_pdf, QgsLayoutExporter.PdfExportSettings())
    result["pdf_s"] = time.perf_counter() - t0
    if status != QgsLayoutExporter.Success or not os.path.exists(out_pdf):
        fail("QGIS's PDF export to %s failed (status %s)." % (out_pdf, status))
    result["pdf_bytes"] = os.path.getsize(out_pdf)
    result["pdf_path"] = out_pdf

    print(json.dumps(result))
    QgsProject.instance().removeAllMapLayers()
    app.exitQgis()


if __name__ == "__main__":
    main()
