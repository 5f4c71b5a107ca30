#!/usr/bin/env bash
# Peak memory of the whole-diary data commands, the stress diary (about 100,000 cramps,
# benchmarks/stress-diary.sh) against the generated 1-year diary: `backup`, `backup
# --encrypt`, `restore` of each, and `export` (CSV). All of them stream, so each ratio
# should stay under 1.5. Also their times against SQLite's own: `sqlite3 .dump` for the
# backup, reading that dump into a new database for the restore, `.mode csv` for the
# export. Medians of three runs.
#   benchmarks/data-memory.sh [path/to/cramp-diary]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="$(realpath "${1:-build/release/app/cramp-diary}")"
source benchmarks/workdir.sh
export QT_QPA_PLATFORM=offscreen
"$binary" demo --database "$work/year.sqlite" --nights 365 >/dev/null
bash benchmarks/stress-diary.sh "$binary" "$work/stress.sqlite"
printf 'correct horse battery staple\n' >"$work/passphrase"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# measure NAME COMMAND...: median peak KiB and seconds of three runs, into $peak_kb and $seconds.
measure() {
  local kb=() s=() k t
  for run in 1 2 3; do
    rm -f "$work"/restored*
    /usr/bin/time -f "%M %e" -o "$work/time" "$@" >/dev/null
    read -r k t <"$work/time"
    kb+=("$k"); s+=("$t")
  done
  peak_kb=$(printf '%s\n' "${kb[@]}" | median)
  seconds=$(printf '%s\n' "${s[@]}" | median)
}

declare -A peak time
for diary in year stress; do
  db="$work/$diary.sqlite"
  cramps=$(sqlite3 "$db" "SELECT count(*) FROM episodes")
  measure "$binary" backup --database "$db" --output "$work/$diary.json"
  peak[backup-$diary]=$peak_kb; time[backup-$diary]=$seconds
  measure "$binary" backup --encrypt --passphrase-file "$work/passphrase" --database "$db" --output "$work/$diary.sealed"
  peak[sealed-$diary]=$peak_kb; time[sealed-$diary]=$seconds
  measure "$binary" restore --input "$work/$diary.json" --database "$work/restored.sqlite"
  peak[restore-$diary]=$peak_kb; time[restore-$diary]=$seconds
  measure "$binary" restore --input "$work/$diary.sealed" --passphrase-file "$work/passphrase" --database "$work/restored.sqlite"
  peak[unseal-$diary]=$peak_kb; time[unseal-$diary]=$seconds
  measure "$binary" export --database "$db" --output "$work/$diary.csv"
  peak[export-$diary]=$peak_kb; time[export-$diary]=$seconds
  echo "$diary diary ($cramps cramps, backup $(( $(stat -c %s "$work/$diary.json") / 1024 / 1024 )) MB):"
  for what in backup sealed restore unseal export; do
    echo "  $what: peak $(( ${peak[$what-$diary]} / 1024 )) MiB, ${time[$what-$diary]} s"
  done
done
for what in backup sealed restore unseal export; do
  awk -v w="$what" -v a="${peak[$what-stress]}" -v b="${peak[$what-year]}" \
    'BEGIN {printf "%s peak memory, stress diary / 1-year diary: %.2f (goal: under 1.5)\n", w, a / b}'
done

# The floors on the stress diary: SQLite writing and reading its own dump, and its CSV.
db="$work/stress.sqlite"
measure sqlite3 "$db" .dump
dump_s=$seconds
sqlite3 "$db" .dump >"$work/dump.sql"
measure sh -c "sqlite3 '$work/restored.sqlite' <'$work/dump.sql'"
read_s=$seconds
measure sqlite3 -csv "$db" "SELECT * FROM episodes"
csv_s=$seconds
awk -v b="${time[backup-stress]}" -v r="${time[restore-stress]}" -v e="${time[export-stress]}" \
    -v d="$dump_s" -v l="$read_s" -v c="$csv_s" 'BEGIN {
  printf "stress diary times against SQLite: backup %.2fx .dump (%s s), restore %.2fx reading the dump (%s s), export %.2fx CSV (%s s)\n", b / d, d, r / l, l, e / c, c }'
