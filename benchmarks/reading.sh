#!/usr/bin/env bash
# Reading the 10-year diary against stepping its rows with the SQLite C API: medians of 9
# repetitions of each (benchmarks/ReadingBenchmark.cpp), and their ratio (goal: 1.5).
#   benchmarks/reading.sh [BUILD_DIR]   (default: build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(realpath "${1:-build/release}")"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$build/benchmarks/reading_benchmarks" --benchmark_repetitions=9 --benchmark_enable_random_interleaving=true \
  --benchmark_report_aggregates_only=true \
  --benchmark_format=json >"$out"
python3 - "$out" <<'PY'
import json, sys
runs = {b["run_name"]: b["real_time"] for b in json.load(open(sys.argv[1]))["benchmarks"] if b["aggregate_name"] == "median"}
floor, app = runs["steppingWithTheCApi"], runs["readingTheDiary"]
print(f"C API stepping {floor:.2f} ms, reading the diary {app:.2f} ms (medians of 9): ratio {app / floor:.2f}, goal 1.5")
PY
