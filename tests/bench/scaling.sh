#!/usr/bin/env bash
# scaling.sh: pirlint check on make-corpus corpora of growing size, to show that its cost is linear.
#
#   tests/bench/scaling.sh [--sizes "1000 10000 50000"] [--runs R] [--work DIR]
#
# Installs the pirlint tool as compare.sh does (packed, ReadyToRun for this platform, dotnet tool install), generates each corpus (seed 1) and prints, per
# size, the fastest of R runs (default 3): seconds, documents per second, microseconds per document and peak memory.
# Linear cost shows as documents per second that hold as the corpus grows. 50,000 documents take about 245 MB of disk
# and a minute and a half to generate. The work folder is temporary unless --work is given.
set -euo pipefail

source "$(dirname "$0")/common.sh"
sizes="1000 10000 50000"
runs=3
work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=${2:?}; shift 2 ;;
    --runs) runs=${2:?}; shift 2 ;;
    --work) work=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "scaling.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
use_work_folder scaling.sh "$work"
install_pirlint

echo
echo "pirlint check by corpus size ($(nproc) cores, fastest of $runs runs, $(date -u +%Y-%m-%d))"
echo
echo "| documents | seconds | documents/s | us per document | peak memory MB |"
echo "|---:|---:|---:|---:|---:|"
for n in $sizes; do
  corpus="$work/corpus-$n"
  if [ ! -f "$corpus/expected.tsv" ]; then
    echo "== make-corpus: $n documents" >&2
    "$bench/make-corpus" "$corpus" --count "$n" --seed 1 --spec 1.1 --force >&2
  fi
  best=""
  peak=0
  for ((i = 1; i <= runs; i++)); do
    read -r secs kb _ < <(python3 "$here/measure.py" "$pirlint" check "$corpus")
    if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$secs; fi
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  awk -v n="$n" -v s="$best" -v kb="$peak" \
    'BEGIN { printf "| %d | %.2f | %.0f | %.0f | %.0f |\n", n, s, n / s, 1e6 * s / n, kb / 1024 }'
done
