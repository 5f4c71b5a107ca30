#!/usr/bin/env bash
# Ctrl+L in the window on the generated 10-year diary ending last night, from the key to
# the first paint of the quick log sheet, with Home and with Charts showing, against a bare
# window whose Ctrl+L opens a one-label dialog (benchmarks/KeyToSheet.cpp). Real windows on
# a virtual X screen, in a session bus as on a desktop. Medians of 15 keys, in 5 runs; the
# median run is printed. Goal: under one frame (16 ms).
#   benchmarks/key-to-sheet.sh [BUILD_DIR]   (default: build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(realpath "${1:-build/release}")"
source benchmarks/workdir.sh
QT_QPA_PLATFORM=offscreen "$build/app/cramp-diary" demo --database "$work/ten.sqlite" --nights 3653 >/dev/null
for run in 1 2 3 4 5; do
  cp "$work/ten.sqlite" "$work/run.sqlite"
  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session "$build/benchmarks/key_to_sheet" "$work/run.sqlite" \
    2>/dev/null >>"$work/runs"
  rm -f "$work"/run.sqlite*
done
sort -n -k4 "$work/runs" | sed -n 3p | awk '{
  printf "Ctrl+L to the sheet painted: Home %.1f ms, Charts %.1f ms; floor %.1f ms (ratios %.1f, %.1f); goal under 16 ms\n",
    $2, $4, $6, $2 / $6, $4 / $6 }'
