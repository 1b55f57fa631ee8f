#!/usr/bin/env bash
# Time `swingmap-cli run` per phase on the full German project (299 constituencies), several runs,
# and print a table (median and min per phase). Usage: bench/german.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/release}
runs=${2:-5}
cli=$build/app/cli/swingmap-cli
project=$here/docs/examples/de_bundestag_spd_2021_2025.json
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for i in $(seq 1 "$runs"); do
  "$cli" run "$project" --out "$out/run$i" --quiet
done
python3 - "$out" "$runs" <<'PY'
import json, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
reports = [json.load(open(f"{out}/run{i}/report.json")) for i in range(1, runs + 1)]
phases = list(reports[0]["timings"].keys())
print(f"swingmap-cli run, German Bundestag project (299 areas), {runs} runs")
print(f"{'phase':<12}{'median s':>10}{'min s':>10}")
for p in phases:
    v = [r["timings"][p] for r in reports]
    print(f"{p:<12}{statistics.median(v):>10.3f}{min(v):>10.3f}")
PY
