#!/usr/bin/env bash
# Logging one cramp on the 10-year diary with Home or Charts showing, against an SQLite
# insert and one repaint (benchmarks/LogOneCrampBenchmark.cpp): medians of 9 repetitions,
# their ratios, and the goal of one frame (16 ms).
#   benchmarks/log-one-cramp.sh [BUILD_DIR]   (default: build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(realpath "${1:-build/release}")"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
QT_QPA_PLATFORM=offscreen "$build/benchmarks/log_benchmarks" --benchmark_repetitions=9 --benchmark_enable_random_interleaving=true \
  --benchmark_report_aggregates_only=true --benchmark_format=json >"$out"
python3 - "$out" <<'PY'
import json, sys
runs = {b["run_name"]: b["real_time"] for b in json.load(open(sys.argv[1]))["benchmarks"] if b["aggregate_name"] == "median"}
for page, name in ((0, "home"), (2, "charts")):
    app, floor = runs[f"loggingInTheApp/{page}"], runs[f"insertAndRepaint/{page}"]
    print(f"{name:6} logging one cramp {app:.1f} ms, insert and repaint {floor:.1f} ms (medians of 9): "
          f"ratio {app / floor:.1f}; goal under 16 ms")
PY
