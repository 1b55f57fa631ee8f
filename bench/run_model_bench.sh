#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configure a Release build with the model benchmark (build/bench), build it and run it.
# Usage: bench/run_model_bench.sh [--big] [--exact] [--n N]... [DIR]   (arguments go to model_bench; see bench/README.md)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${SWINGMAP_BENCH_BUILD_DIR:-$here/build/bench}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSWINGMAP_BUILD_GUI=OFF \
  -DSWINGMAP_BUILD_TESTS=OFF -DSWINGMAP_BUILD_BENCH=ON >/dev/null
nice cmake --build "$build" --target model_bench -j2
echo "model_bench on $(nproc) cores, $(date -u +%Y-%m-%d)"
nice "$build/bench/model_bench" "$@"
