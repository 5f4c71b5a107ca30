#!/usr/bin/env bash
# A command over a range costs what the range costs: `stats --json` and `report` for the
# last 12 weeks (2025-10-09 to 2025-12-31) of the 10-year diary and of the stress diary
# (about 100,000 cramps, benchmarks/stress-diary.sh), each against the same on a copy of
# that diary holding only those 12 weeks (every other night's rows deleted). Whole
# processes, runs alternating, medians of 7; prints each and the ratios (goal 1.2).
#   benchmarks/range-cost.sh [BUILD_DIR]   (default: build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(realpath "${1:-build/release}")"
app="$build/app/cramp-diary"
source benchmarks/workdir.sh
export QT_QPA_PLATFORM=offscreen
"$app" demo --database "$work/ten.sqlite" --nights 3653 --end 2025-12-31 >/dev/null
bash benchmarks/stress-diary.sh "$app" "$work/stress.sqlite"
# Nights run from noon to noon: the night of 2025-10-09 begins at noon that day.
for name in ten stress; do
  cp "$work/$name.sqlite" "$work/$name-weeks.sqlite"
  sqlite3 "$work/$name-weeks.sqlite" <<'SQL'
PRAGMA foreign_keys = ON;
DELETE FROM episodes WHERE start_utc + utc_offset_s < unixepoch('2025-10-09 12:00:00');
DELETE FROM night_logs WHERE night < '2025-10-09';
DELETE FROM untracked_periods WHERE last_night < '2025-10-09';
VACUUM;
SQL
done
range=(--from 2025-10-09 --to 2025-12-31)
for name in ten stress ten-weeks stress-weeks; do # each checked once now, as after any first open
  "$app" stats --json "${range[@]}" --database "$work/$name.sqlite" >"$work/$name.json"
done

measure() { # name command...: appends seconds to $work/name
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN {print e - s}' >>"$work/$name"
}
for run in 1 2 3 4 5 6 7; do
  for name in ten-weeks ten stress-weeks stress; do
    measure "stats-$name" "$app" stats --json "${range[@]}" --database "$work/$name.sqlite"
    measure "report-$name" "$app" report "${range[@]}" --output "$work/$name.pdf" --database "$work/$name.sqlite"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for what in stats report; do
  for name in ten stress; do
    w=$(median <"$work/$what-$name-weeks"); d=$(median <"$work/$what-$name")
    awk -v what="$what" -v name="$name" -v w="$w" -v d="$d" 'BEGIN {
      printf "%-6s 12 weeks, %-6s diary %.3f s, its 12 weeks alone %.3f s: ratio %.2f (goal 1.2)\n", what, name, d, w, d / w }'
  done
done
# The same figures whatever else the diary holds.
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
for name in ("ten", "stress"):
    whole, weeks = (json.load(open(f"{work}/{n}.json")) for n in (name, f"{name}-weeks"))
    for k in ("range", "baseline", "legs", "muscles", "crampsByHour", "weeks", "factorLinks"):
        if whole[k] != weeks[k]:
            sys.exit(f"the {name} diary and its 12 weeks alone disagree on {k}")
print("the 12 weeks' figures are identical in each diary and in its 12 weeks alone")
PY
