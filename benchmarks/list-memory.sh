#!/usr/bin/env bash
# Peak memory of `cramp-diary list --json` over a whole diary: the generated 1-year diary
# against the stress diary (about 100,000 cramps, benchmarks/stress-diary.sh). The listing
# streams, so the ratio should stay under 2. Medians of three runs.
#   benchmarks/list-memory.sh [path/to/cramp-diary]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="$(realpath "${1:-build/release/app/cramp-diary}")"
source benchmarks/workdir.sh
export QT_QPA_PLATFORM=offscreen
"$binary" demo --database "$work/year.sqlite" --nights 365 --end 2025-12-31 >/dev/null
bash benchmarks/stress-diary.sh "$binary" "$work/stress.sqlite"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A peak
for diary in year stress; do
  kb=(); seconds=()
  for run in 1 2 3; do
    /usr/bin/time -f "%M %e" -o "$work/time" "$binary" list --json --from 2015-01-01 --to 2025-12-31 \
      --database "$work/$diary.sqlite" >"$work/out.json"
    read -r k s <"$work/time"
    kb+=("$k"); seconds+=("$s")
  done
  cramps=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$work/out.json")
  peak[$diary]=$(printf '%s\n' "${kb[@]}" | median)
  echo "$diary diary, $cramps cramps listed: peak $(( ${peak[$diary]} / 1024 )) MiB, $(printf '%s\n' "${seconds[@]}" | median) s (median of 3)"
done
awk -v a="${peak[stress]}" -v b="${peak[year]}" 'BEGIN {printf "peak memory, stress diary / 1-year diary: %.2f (goal: under 2)\n", a / b}'
