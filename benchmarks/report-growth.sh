#!/usr/bin/env bash
# The report grows linearly: the whole 10-year diary's report (goal under 1.5 s), and the
# appendix's time per row at about 1,000 and 10,000 rows of the stress diary (goal: within
# 1.3x), each as a report with the appendix minus the same report without it. Whole
# processes, medians of 5.
#   benchmarks/report-growth.sh [BUILD_DIR]   (default: build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(realpath "${1:-build/release}")"
app="$build/app/cramp-diary"
source benchmarks/workdir.sh
export QT_QPA_PLATFORM=offscreen
"$app" demo --database "$work/ten.sqlite" --nights 3653 --end 2025-12-31 >/dev/null
bash benchmarks/stress-diary.sh "$app" "$work/stress.sqlite"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { # runs the command 5 times; prints the median seconds
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN {print e - s}'
  done | median
}
rows() { "$app" stats --json --from "$2" --to "$3" --database "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["range"]["cramps"])'; }
all=$(seconds "$app" report --from 2016-01-01 --to 2025-12-31 --output "$work/all.pdf" --database "$work/ten.sqlite")
pages=$(pdfinfo "$work/all.pdf" | awk '/^Pages:/ {print $2}')
printf 'whole 10-year report: %.2f s, %d pages, %d appendix rows (goal under 1.5 s)\n' "$all" "$pages" \
  "$(rows "$work/ten.sqlite" 2016-01-01 2025-12-31)"
for range in "2025-12-14 2025-12-31" "2025-04-12 2025-12-31"; do
  set -- $range
  n=$(rows "$work/stress.sqlite" "$1" "$2")
  with=$(seconds "$app" report --from "$1" --to "$2" --output "$work/r.pdf" --database "$work/stress.sqlite")
  without=$(seconds "$app" report --from "$1" --to "$2" --sections medicines,reliefs,factors --output "$work/r.pdf" \
    --database "$work/stress.sqlite")
  echo "$n $with $without" >>"$work/growth"
  awk -v n="$n" -v w="$with" -v o="$without" 'BEGIN {printf "%6d rows: %.2f s with the appendix, %.2f s without: %.3f ms a row\n", n, w, o, (w - o) * 1000 / n}'
done
awk 'NR == 1 {a = ($2 - $3) / $1} NR == 2 {b = ($2 - $3) / $1} END {printf "time per row at the larger size / at the smaller: %.2f (goal within 1.3)\n", b / a}' "$work/growth"
