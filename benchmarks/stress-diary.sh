#!/usr/bin/env bash
# Makes the stress diary of the performance benchmarks, reproducibly: the app's own generated
# 10-year diary (seed 1, ending on END, by default the day before the benchmark runs, so Home
# shows two full weeks), its cramps exported and imported again N-1 more times, each copy
# shifted by 7 minutes so no row is a duplicate. 68 copies give about 100,000 cramps over
# the same ten years.
#   benchmarks/stress-diary.sh BINARY TARGET.sqlite [COPIES] [END as YYYY-MM-DD]
set -euo pipefail
binary="$1"
target="$2"
copies="${3:-68}"
end="${4:-$(date -d yesterday +%F)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -f "$target"*
"$binary" demo --database "$target" --nights 3653 --end "$end" >/dev/null
"$binary" export --database "$target" --output "$work/one.csv" >/dev/null
python3 - "$work" "$copies" <<'PY'
import csv, datetime, sys
work, copies = sys.argv[1], int(sys.argv[2])
rows = list(csv.reader(open(f"{work}/one.csv", encoding="utf-8")))
header, body = rows[0], rows[1:]
start = header.index("start_local")
with open(f"{work}/more.csv", "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for k in range(1, copies):
        for row in body:
            row = list(row)
            row[start] = (datetime.datetime.fromisoformat(row[start]) - datetime.timedelta(minutes=7 * k)).isoformat()
            row[0] = ""
            writer.writerow(row)
PY
# The import takes at most 50 MB a file: in parts.
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
lines = open(f"{work}/more.csv", encoding="utf-8").read().split("\n")
header, body = lines[0], [l for l in lines[1:] if l]
size = 20000
for i in range(0, len(body), size):
    open(f"{work}/part{i // size:03d}.csv", "w", encoding="utf-8").write("\n".join([header] + body[i:i + size]) + "\n")
PY
for part in "$work"/part*.csv; do
  "$binary" import --database "$target" --input "$part" >/dev/null
done
