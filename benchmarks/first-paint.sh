#!/usr/bin/env bash
# Start to first paint of the main window, as whole processes on one virtual X screen:
# `cramp-diary --quit-at-first-paint` on the generated 10-year diary and on the stress
# diary (about 100,000 cramps, benchmarks/stress-diary.sh), both ending last night, and a
# first start (no settings, a new diary) timed to the first paint of its welcome, against
# the floor, a bare window with one 52-bar chart (first_paint_floor). Runs alternate;
# medians of 7. Prints each time, peak memory, and the ratios to the floor. Runs in a
# session bus (dbus-run-session), as on a desktop: without one, Qt's accessibility bridge
# starts a bus (dbus-launch) at the first accessible name, a cost no desktop session pays.
#   benchmarks/first-paint.sh [BUILD_DIR]   (default: build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(realpath "${1:-build/release}")"
app="$build/app/cramp-diary"
floor="$build/benchmarks/first_paint_floor"
source benchmarks/workdir.sh
QT_QPA_PLATFORM=offscreen "$app" demo --database "$work/ten.sqlite" --nights 3653 >/dev/null
QT_QPA_PLATFORM=offscreen bash benchmarks/stress-diary.sh "$app" "$work/stress.sqlite"
# Seen once, so no first-start dialog stands in front of the window.
mkdir -p "$work/config/CrampDiary"
printf '[guidance]\ndisclaimerAccepted=true\n' >"$work/config/CrampDiary/cramp-diary.conf"

cat >"$work/runs.sh" <<'RUNS'
set -euo pipefail
work="$1"; app="$2"; floor="$3"
measure() { # name command...: appends "seconds kilobytes" to $work/name
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/mem" "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$(awk -v s="$start" -v e="$end" 'BEGIN {print e - s}') $(cat "$work/mem")" >>"$work/$name"
}
for run in 1 2 3 4 5 6 7; do
  measure floor "$floor"
  measure ten "$app" --quit-at-first-paint --database "$work/ten.sqlite"
  measure floor2 "$floor"
  measure stress "$app" --quit-at-first-paint --database "$work/stress.sqlite"
  measure floor3 "$floor"
  # A first start: no settings yet and a new diary, so the welcome opens.
  XDG_CONFIG_HOME="$work/first-$run" measure first "$app" --quit-at-first-paint --database "$work/new-$run.sqlite"
done
RUNS
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session bash "$work/runs.sh" "$work" "$app" "$floor" 2>/dev/null
cat "$work/floor2" "$work/floor3" >>"$work/floor"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for name in floor ten stress first; do
  t=$(cut -d' ' -f1 "$work/$name" | median)
  m=$(cut -d' ' -f2 "$work/$name" | median)
  eval "time_$name=$t mem_$name=$m"
  printf '%-8s first paint %.3f s, peak %d MiB (median of %d)\n' "$name" "$t" $((m / 1024)) "$(wc -l <"$work/$name")"
done
awk -v a="$time_ten" -v b="$time_stress" -v f="$time_floor" -v ma="$mem_ten" -v mb="$mem_stress" -v mf="$mem_floor" \
  -v w="$time_first" 'BEGIN {printf "ratio to the floor: 10-year %.2f (memory %.2f), stress %.2f (memory %.2f), first start to its welcome %.2f; goals 1.2, 1.5, memory 1.5, welcome 1.3\n", a/f, ma/mf, b/f, mb/mf, w/f}'
