#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tables and targets of bench/run (issue 9) from the files it leaves under OUT/N/.

Environment: OUT, SIZES, UK, LOAD_START, LOAD_END, NPROC, GIT_REV (set by bench/run).
Prints Markdown on stdout and writes OUT/results.json.
"""
import datetime
import json
import os
import re
import statistics
import sys

OUT = os.environ["OUT"]
SIZES = [int(s) for s in os.environ["SIZES"].split()]
UK = os.environ.get("UK") == "1"
GB = 1e9  # targets in decimal units: 1 GB = 10^9 bytes, 8 MB = 8 * 10^6 bytes
MB = 1e6


def load_json(path):
    try:
        with open(path) as f:
            text = f.read().strip()
    except OSError:
        return None
    try:
        return json.loads(text)
    except ValueError:
        pass
    # gui_bench prints one JSON object, maybe after other lines: the last line that parses
    for line in reversed(text.splitlines()):
        try:
            return json.loads(line)
        except ValueError:
            continue
    return None


def peak_bytes(path):
    try:
        with open(path) as f:
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
        return int(m.group(1)) * 1024 if m else None
    except OSError:
        return None


def wall_s(path):
    try:
        with open(path) as f:
            m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", f.read())
    except OSError:
        return None
    if not m:
        return None
    s = 0.0
    for part in m.group(1).split(":"):
        s = s * 60 + float(part)
    return s


def size_of(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def collect(n):
    d = os.path.join(OUT, str(n))
    floors = [load_json(os.path.join(d, "floor_%d.json" % i)) for i in (1, 2, 3)]
    floors = [f for f in floors if f]
    report = load_json(os.path.join(d, "swingmap", "report.json")) or {}
    r = {"n": n, "timings": report.get("timings", {})}
    r["floor_s"] = statistics.median(f["total_s"] for f in floors) if floors else None
    r["floor_runs_s"] = [f["total_s"] for f in floors]
    r["features"] = floors[0]["features"] if floors else None
    r["vertices"] = floors[0]["vertices"] if floors else None
    r["cli_wall_s"] = wall_s(os.path.join(d, "cli_time.txt"))
    r["cli_peak_bytes"] = peak_bytes(os.path.join(d, "cli_time.txt"))
    r["pdf_bytes"] = size_of(os.path.join(d, "swingmap", "briefing.pdf"))
    r["gpkg_bytes"] = size_of(os.path.join(d, "swingmap", "areas.gpkg"))
    try:
        with open(os.path.join(d, "pdf_page.txt")) as f:
            r["pdf_page"] = f.read().strip() or None
    except OSError:
        r["pdf_page"] = None
    ogr = load_json(os.path.join(d, "ogr2ogr.json"))
    r["ogr2ogr_copy_s"] = ogr["copy_s"] if ogr else None
    r["gui"] = load_json(os.path.join(d, "gui.json"))
    r["gui_peak_bytes"] = peak_bytes(os.path.join(d, "gui_time.txt")) if r["gui"] else None
    r["qgis"] = load_json(os.path.join(d, "qgis.json"))
    r["qgis_peak_bytes"] = peak_bytes(os.path.join(d, "qgis_time.txt")) if r["qgis"] else None
    return r


def fmt_s(v):
    return "–" if v is None else ("%.3f" % v)


def fmt_x(v, base):
    return "–" if v is None or not base else ("%.2f×" % (v / base))


def fmt_mb(v):
    return "–" if v is None else ("%.0f MB" % (v / MB))


def gui_get(r, key):
    return r["gui"].get(key) if r["gui"] else None


def open_choropleth(r):
    g = r["gui"]
    if not g or g.get("load_s") is None or g.get("first_paint_s") is None:
        return None
    return g["load_s"] + g["first_paint_s"]


def open_first_map(r):
    """Open -> the boundaries on screen, painted as soon as they are read (gui_bench)."""
    g = r["gui"]
    if not g or g.get("first_map_s") is None or g["first_map_s"] < 0:
        return None
    return g["first_map_s"]


def max_redraw(r):
    g = r["gui"]
    keys = ["redraw_pan_full_s", "redraw_zoom_full_s", "redraw_pan_street_s",
            "redraw_zoom_street_s"]
    if not g or any(g.get(k) is None for k in keys):
        return None
    return max(g[k] for k in keys)


def peak_swingmap(r):
    vals = [v for v in (r["cli_peak_bytes"], r["gui_peak_bytes"]) if v is not None]
    return max(vals) if vals else None


def phase_rows(r):
    t = r["timings"]
    q = r["qgis"] or {}
    return [
        ("GDAL floor: raw read of every feature (median of 3)", r["floor_s"]),
        ("open boundaries (validate, repair, prepare)", t.get("boundaries")),
        ("read tables", t.get("tables")),
        ("join", t.get("join")),
        ("spatial weights + fit + Moran's I + LM tests", t.get("model")),
        ("GeoPackage write", t.get("gpkg")),
        ("PDF (briefing; page size below)", t.get("pdf")),
        ("CLI total (report.json)", t.get("total")),
        ("CLI wall clock (process)", r["cli_wall_s"]),
        ("ogr2ogr copy of SwingMap's areas.gpkg", r["ogr2ogr_copy_s"]),
        ("GUI load", gui_get(r, "load_s")),
        ("GUI first paint", gui_get(r, "first_paint_s")),
        ("GUI open → first map (boundaries painted as soon as read)", open_first_map(r)),
        ("GUI open → choropleth (load + first paint)", open_choropleth(r)),
        ("GUI redraw after pan, full extent", gui_get(r, "redraw_pan_full_s")),
        ("GUI redraw after zoom, full extent", gui_get(r, "redraw_zoom_full_s")),
        ("GUI redraw after pan, street level", gui_get(r, "redraw_pan_street_s")),
        ("GUI redraw after zoom, street level", gui_get(r, "redraw_zoom_street_s")),
        ("GUI longest frame while panning", gui_get(r, "max_frame_pan_s")),
        ("QGIS load (layer + extent + count)", q.get("load_s")),
        ("QGIS 5-class quantile classification", q.get("classify_s")),
        ("QGIS full-extent render, 1600 px", q.get("render_s")),
        ("QGIS A3 PDF", q.get("pdf_s")),
    ]


def targets(rows_by_n):
    out = []
    big = [n for n in SIZES if n <= 450000]
    if not big:
        return out, None
    n = 450000 if 450000 in SIZES else max(big)
    r = rows_by_n[n]
    t = r["timings"]
    floor = r["floor_s"]
    q = r["qgis"] or {}

    def add(name, measured, limit, unit="s"):
        met = None if measured is None or limit is None else measured <= limit
        out.append({"n": n, "target": name, "measured": measured, "limit": limit, "unit": unit,
                    "met": met})

    add("open boundaries (CLI) ≤ 2× GDAL floor", t.get("boundaries"),
        2 * floor if floor else None)
    add("open → first map (GUI, boundaries painted as read) ≤ 2× GDAL floor", open_first_map(r),
        2 * floor if floor else None)
    add("redraw after pan/zoom, full extent and street level (worst) ≤ 50 ms", max_redraw(r),
        0.050)
    add("A3 PDF ≤ 0.25× QGIS's A3 PDF (same run)", t.get("pdf"),
        0.25 * q["pdf_s"] if q.get("pdf_s") else None)
    add("A3 PDF size ≤ 8 MB", r["pdf_bytes"], 8 * MB, "bytes")
    add("spatial weights + fit + Moran's I + LM tests ≤ 2 s", t.get("model"), 2.0)
    add("GeoPackage write ≤ 1.2× ogr2ogr copy of the output", t.get("gpkg"),
        1.2 * r["ogr2ogr_copy_s"] if r["ogr2ogr_copy_s"] else None)
    add("peak memory (CLI and GUI) ≤ 1 GB", peak_swingmap(r), 1 * GB, "bytes")
    if UK and 1800000 in rows_by_n:
        u = rows_by_n[1800000]
        base = r["cli_wall_s"]
        out.append({"n": 1800000, "target": "1.8M-area CLI run ≤ 5× the %d-area run" % n,
                    "measured": u["cli_wall_s"], "limit": 5 * base if base else None,
                    "unit": "s",
                    "met": None if u["cli_wall_s"] is None or not base
                    else u["cli_wall_s"] <= 5 * base})
        out.append({"n": 1800000, "target": "1.8M-area CLI peak memory ≤ 2.5 GB",
                    "measured": u["cli_peak_bytes"], "limit": 2.5 * GB, "unit": "bytes",
                    "met": None if u["cli_peak_bytes"] is None
                    else u["cli_peak_bytes"] <= 2.5 * GB})
    return out, n


def fmt_val(v, unit):
    if v is None:
        return "not measured"
    if unit == "bytes":
        return "%.1f MB" % (v / MB)
    return "%.3f s" % v


def main():
    rows_by_n = {n: collect(n) for n in SIZES}
    p = print
    p("# SwingMap national-scale benchmark")
    p()
    p("%s UTC, %s cores, commit %s" % (datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"),
                                       os.environ.get("NPROC", "?"),
                                       os.environ.get("GIT_REV", "?")))
    p()
    p("- load at start: `%s`" % os.environ.get("LOAD_START", "").strip())
    p("- load at end: `%s`" % os.environ.get("LOAD_END", "").strip())
    p()
    for n in SIZES:
        r = rows_by_n[n]
        p("## N = {:,} areas ({} vertices)".format(n, "{:,}".format(r["vertices"])
                                                   if r["vertices"] else "?"))
        p()
        p("| phase | s | × floor |")
        p("|---|---:|---:|")
        for name, v in phase_rows(r):
            p("| %s | %s | %s |" % (name, fmt_s(v), fmt_x(v, r["floor_s"])))
        p()
        p("Peak RSS: CLI %s, GUI %s, QGIS %s. Files: SwingMap PDF %s (%s), QGIS A3 PDF %s, "
          "areas.gpkg %s." % (fmt_mb(r["cli_peak_bytes"]), fmt_mb(r["gui_peak_bytes"]),
                              fmt_mb(r["qgis_peak_bytes"]), fmt_mb(r["pdf_bytes"]),
                              r["pdf_page"] or "page size unknown",
                              fmt_mb((r["qgis"] or {}).get("pdf_bytes")),
                              fmt_mb(r["gpkg_bytes"])))
        if not r["gui"]:
            p()
            p("GUI: gui_bench not built (or failed); no GUI figures.")
        if not r["qgis"]:
            p()
            p("QGIS: not installed (or failed); no QGIS figures.")
        p()

    # Growth: each phase across N.
    p("## Growth (seconds)")
    p()
    p("| phase | " + " | ".join("{:,}".format(n) for n in SIZES) + " |")
    p("|---|" + "---:|" * len(SIZES))
    names = [name for name, _ in phase_rows(rows_by_n[SIZES[0]])]
    for i, name in enumerate(names):
        vals = [phase_rows(rows_by_n[n])[i][1] for n in SIZES]
        if all(v is None for v in vals):
            continue
        p("| %s | %s |" % (name, " | ".join(fmt_s(v) for v in vals)))
    p("| peak RSS, CLI (MB) | %s |" % " | ".join(
        fmt_mb(rows_by_n[n]["cli_peak_bytes"]) for n in SIZES))
    p()

    # QGIS: SwingMap's ratio to each.
    have_q = [n for n in SIZES if rows_by_n[n]["qgis"]]
    if have_q:
        p("## SwingMap ÷ QGIS (same run; < 1 = SwingMap faster)")
        p()
        p("| N | open: boundaries ÷ QGIS load | open → first map ÷ QGIS load + render | "
          "first paint ÷ QGIS full-extent render | A3 PDF ÷ QGIS A3 PDF | PDF size ÷ QGIS |")
        p("|---:|---:|---:|---:|---:|---:|")
        for n in have_q:
            r = rows_by_n[n]
            q = r["qgis"]
            fp = gui_get(r, "first_paint_s")
            ofm = open_first_map(r)
            p("| {:,} | {} | {} | {} | {} | {} |".format(
                n, fmt_x(r["timings"].get("boundaries"), q.get("load_s")),
                fmt_x(ofm, q["load_s"] + q["render_s"]) if ofm else "–",
                fmt_x(fp, q.get("render_s")),
                fmt_x(r["timings"].get("pdf"), q.get("pdf_s")),
                fmt_x(r["pdf_bytes"], q.get("pdf_bytes"))))
        p()

    tgt, tn = targets(rows_by_n)
    if tgt:
        p("## Targets (issue 9)%s" % ("" if tn == 450000 else
                                      " — measured at N = {:,}; the targets are set for "
                                      "450,000".format(tn)))
        p()
        p("| N | target | measured | limit | |")
        p("|---:|---|---:|---:|---|")
        for t in tgt:
            status = {True: "met", False: "**NOT MET**", None: "**NOT MEASURED**"}[t["met"]]
            p("| {:,} | {} | {} | {} | {} |".format(t["n"], t["target"],
                                                    fmt_val(t["measured"], t["unit"]),
                                                    fmt_val(t["limit"], t["unit"]), status))
        p()
        page = rows_by_n[tn]["pdf_page"]
        if page and "A3" not in page:
            p("SwingMap's PDF is the one-page briefing, %s (`--paper A3` sets only the atlas's "
              "paper); QGIS's is A3 landscape." % page)
            p()
        missed = [t for t in tgt if t["met"] is not True]
        if tn != 450000:
            p("Targets evaluated at N = {:,}, not 450,000: run without --quick for the verdict."
              .format(tn))
        elif not missed:
            p("**All targets met.**")
        else:
            p("**%d of %d targets not met or not measured.**" % (len(missed), len(tgt)))
    result = {"date_utc": datetime.datetime.utcnow().isoformat(timespec="seconds") + "Z",
              "load_start": os.environ.get("LOAD_START", "").strip(),
              "load_end": os.environ.get("LOAD_END", "").strip(),
              "nproc": os.environ.get("NPROC"), "commit": os.environ.get("GIT_REV"),
              "sizes": {str(n): rows_by_n[n] for n in SIZES}, "targets": tgt}
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump(result, f, indent=1)
    sys.stdout.flush()
    print("\nresults.json: %s" % os.path.join(OUT, "results.json"), file=sys.stderr)


if __name__ == "__main__":
    main()
