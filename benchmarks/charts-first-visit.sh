#!/usr/bin/env bash
# The Charts page's first visit (benchmarks/ChartsFirstVisit.cpp: shown and painted, in ms)
# on the stress diary (about 100,000 cramps over ten years, ending last night) against a
# copy of it holding only the last 120 nights, more than the page's default three months.
# The page reads only the nights it shows, so the ratio should stay under 1.2. Runs
# alternate; medians of 9.
#   benchmarks/charts-first-visit.sh [BUILD_DIR]   (default: build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(realpath "${1:-build/release}")"
source benchmarks/workdir.sh
export QT_QPA_PLATFORM=offscreen
bash benchmarks/stress-diary.sh "$build/app/cramp-diary" "$work/stress.sqlite"
cp "$work/stress.sqlite" "$work/range.sqlite"
first=$(date -d "-121 days" +%F)
sqlite3 "$work/range.sqlite" "PRAGMA foreign_keys = ON;
  DELETE FROM episodes WHERE date(start_utc + utc_offset_s, 'unixepoch', '-12 hours') < '$first';
  DELETE FROM night_logs WHERE night < '$first'; DELETE FROM no_cramp_nights WHERE night < '$first';
  DELETE FROM untracked_periods WHERE last_night < '$first'; VACUUM;"
echo "stress diary: $(sqlite3 "$work/stress.sqlite" "SELECT count(*) FROM episodes") cramps; the copy: $(sqlite3 "$work/range.sqlite" "SELECT count(*) FROM episodes")"
for run in 1 2 3 4 5 6 7 8 9; do
  "$build/benchmarks/charts_first_visit" "$work/stress.sqlite" >>"$work/stress"
  "$build/benchmarks/charts_first_visit" "$work/range.sqlite" >>"$work/range"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
s=$(median <"$work/stress"); r=$(median <"$work/range")
awk -v s="$s" -v r="$r" 'BEGIN {printf "Charts first visit: stress diary %.1f ms, the copy of its last 120 nights %.1f ms (medians of 9): %.2fx; goal under 1.2\n", s, r, s / r}'
