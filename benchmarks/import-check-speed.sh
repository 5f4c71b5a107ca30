#!/usr/bin/env bash
# `import` and `check` on the stress diary (about 100,000 cramps, benchmarks/stress-diary.sh)
# against SQLite doing the plain part of the same work: `sqlite3 .import` of the same CSV
# into a new table, and `PRAGMA integrity_check` with `PRAGMA foreign_key_check`. Runs
# alternate; medians of 5. Goals: import within 5x, check within 2x.
#   benchmarks/import-check-speed.sh [path/to/cramp-diary]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="$(realpath "${1:-build/release/app/cramp-diary}")"
source benchmarks/workdir.sh
export QT_QPA_PLATFORM=offscreen
bash benchmarks/stress-diary.sh "$binary" "$work/stress.sqlite"
"$binary" export --database "$work/stress.sqlite" --output "$work/all.csv" >/dev/null
# Without ids, as a file from elsewhere: every row becomes a new cramp.
python3 - "$work" <<'PY'
import csv, sys
work = sys.argv[1]
rows = list(csv.reader(open(f"{work}/all.csv", encoding="utf-8")))
with open(f"{work}/in.csv", "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(rows[0])
    for row in rows[1:]:
        writer.writerow([""] + row[1:])
PY
seconds() { /usr/bin/time -f "%e" -o "$work/time" "$@" >/dev/null 2>&1; cat "$work/time"; }
for run in 1 2 3 4 5; do
  rm -f "$work"/new.sqlite* "$work/floor.db"
  seconds "$binary" import --database "$work/new.sqlite" --input "$work/in.csv" >>"$work/import"
  seconds sqlite3 "$work/floor.db" ".import --csv $work/in.csv cramps" >>"$work/import-floor"
  seconds "$binary" check --database "$work/stress.sqlite" >>"$work/check"
  seconds sqlite3 "$work/stress.sqlite" "PRAGMA integrity_check; PRAGMA foreign_key_check;" >>"$work/check-floor"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rows=$(($(wc -l <"$work/in.csv") - 1))
awk -v a="$(median <"$work/import")" -v b="$(median <"$work/import-floor")" -v c="$(median <"$work/check")" \
    -v d="$(median <"$work/check-floor")" -v n="$rows" 'BEGIN {
  printf "import of %d rows %.2f s, sqlite3 .import %.2f s: %.1fx (goal 5x)\n", n, a, b, a / b
  printf "check %.2f s, integrity and foreign key checks %.2f s: %.1fx (goal 2x)\n", c, d, c / d }'
