#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clang-tidy (.clang-tidy: bugprone, performance, concurrency, modernize) on every C++ file of
# core/, gis/, app/ and bench/, with the release build's compile commands. CI checks only the
# files a change touches (.ci/tidy); this checks them all. About 8 minutes on 2 cores.
#
#   bench/clang_tidy_all.sh            # configures and builds the release preset first
#   bench/clang_tidy_all.sh BUILD_DIR  # an existing, built build folder
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-}
if [ -z "$build" ]; then
  cmake --preset release >/dev/null
  cmake --build --preset release
  build=build/release
fi
start=$(date +%s)
status=0
.ci/tidy "$build" --all || status=$?
echo "clang-tidy on all files: $(($(date +%s) - start)) s"
exit $status
