#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Build the "fuzz" preset (clang, libFuzzer, ASan + UBSan) and run every fuzzer for SECONDS each.
#
#   bench/fuzz.sh SECONDS            # e.g. 600 for a long local run
#   FUZZ_JOBS=2 bench/fuzz.sh 600    # two fuzzers at a time (one per core)
#   FUZZ_TARGETS="fuzz_keys" bench/fuzz.sh 60
#
# Seeds (tests/fuzz/corpus/<target>) and saved crashes (tests/fuzz/regressions/<target>) are read,
# never written: new inputs go to a temporary working corpus. Prints one row per target
# (executions, crashes, coverage) and exits 1 if any target crashed, keeping the temporary folder
# with the crashing input (its path is printed). See tests/fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-}
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
  echo "usage: bench/fuzz.sh SECONDS   (each fuzzer runs SECONDS)" >&2
  exit 2
fi
targets=(${FUZZ_TARGETS:-fuzz_table fuzz_project fuzz_keys})
jobs=${FUZZ_JOBS:-1}
declare -A dict=([fuzz_table]=csv.dict [fuzz_project]=project.dict [fuzz_keys]=keys.dict)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
bin=build/fuzz/tests/fuzz
src=tests/fuzz

work=$(mktemp -d "${TMPDIR:-/tmp}/swingmap-fuzz.XXXXXX")
run() { # target: fuzz into $work/<target>/corpus, log to $work/<target>.log
  local t=$1
  mkdir -p "$work/$t/corpus" "$work/$t/artifacts"
  local rc=0
  "$bin/$t" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
    -dict="$src/${dict[$t]}" -artifact_prefix="$work/$t/artifacts/" \
    "$work/$t/corpus" "$src/corpus/$t" "$src/regressions/$t" >"$work/$t.log" 2>&1 || rc=$?
  echo "$rc" >"$work/$t.rc"
}

echo "Fuzzing ${targets[*]} for ${seconds} s each (${jobs} at a time); working folder $work" >&2
running=0
for t in "${targets[@]}"; do
  [ -x "$bin/$t" ] || { echo "no fuzzer $bin/$t" >&2; exit 2; }
  run "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true

crashed=0
total=0
printf '\n| %-13s | %13s | %7s | %8s | %9s |\n' target executions crashes coverage features
printf '|---------------|--------------:|--------:|---------:|----------:|\n'
for t in "${targets[@]}"; do
  log="$work/$t.log"
  rc=$(cat "$work/$t.rc")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  crashes=0
  [ "$rc" -eq 0 ] || crashes=1
  printf '| %-13s | %13s | %7s | %8s | %9s |\n' "$t" "${execs:-?}" "$crashes" "${cov:-?}" "${ft:-?}"
  total=$((total + ${execs:-0}))
  if [ "$crashes" -ne 0 ]; then
    crashed=1
    unit=$(grep -o 'Test unit written to .*' "$log" | tail -n 1 | sed 's/Test unit written to //')
    echo "  $t crashed (exit $rc): input ${unit:-?}; log $log" >&2
    grep -m 3 -E 'INVARIANT VIOLATED|ERROR: (AddressSanitizer|libFuzzer)|runtime error|what\(\)' \
      "$log" | sed 's/^/    /' >&2 || true
  fi
done
printf '| %-13s | %13s |\n' total "$total"
if [ "$crashed" -ne 0 ]; then
  echo "Crash inputs and logs kept in $work. Minimise one with" >&2
  echo "  $bin/<target> -minimize_crash=1 -runs=100000 -exact_artifact_path=OUT <input>" >&2
  echo "and save it as tests/fuzz/regressions/<target>/<what-it-is>." >&2
  exit 1
fi
rm -rf "$work"
