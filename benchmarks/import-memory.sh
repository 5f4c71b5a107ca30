#!/usr/bin/env bash
# Peak memory and time of `cramp-diary import` as the file grows: a CSV of the app's own
# generated 20-year diary, repeated with every copy shifted by a few minutes (so no row is
# a duplicate), imported into a new diary. Prints the median of three runs per size and
# the ratio of the largest file's peak memory to the smallest's (bounded: about 1).
#   benchmarks/import-memory.sh [path/to/cramp-diary]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-build/release/app/cramp-diary}"
source benchmarks/workdir.sh
export QT_QPA_PLATFORM=offscreen

"$binary" demo --database "$work/source.sqlite" --nights 7300 --end 2025-12-31 >/dev/null
"$binary" export --database "$work/source.sqlite" --output "$work/one.csv" >/dev/null
python3 - "$work" <<'PY'
import csv, datetime, sys
work = sys.argv[1]
rows = list(csv.reader(open(f"{work}/one.csv", encoding="utf-8")))
header, body = rows[0], rows[1:]
start = header.index("start_local")
for copies in (1, 8, 32):
    with open(f"{work}/x{copies}.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        for k in range(copies):
            for row in body:
                row = list(row)
                moment = datetime.datetime.fromisoformat(row[start]) - datetime.timedelta(minutes=7 * k)
                row[start] = moment.isoformat()
                row[0] = ""
                writer.writerow(row)
PY

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A peak
for copies in 1 8 32; do
  rows=$(($(wc -l <"$work/x$copies.csv") - 1))
  kb=(); seconds=()
  for run in 1 2 3; do
    rm -f "$work/target.sqlite"*
    /usr/bin/time -f "%M %e" -o "$work/time" "$binary" import --database "$work/target.sqlite" \
      --input "$work/x$copies.csv" >/dev/null
    read -r k s <"$work/time"
    kb+=("$k"); seconds+=("$s")
  done
  peak[$copies]=$(printf '%s\n' "${kb[@]}" | median)
  echo "$rows rows: peak $(( ${peak[$copies]} / 1024 )) MiB, $(printf '%s\n' "${seconds[@]}" | median) s (median of 3)"
done
awk -v a="${peak[32]}" -v b="${peak[1]}" 'BEGIN {printf "peak memory, largest file / smallest: %.2f\n", a / b}'
