#!/usr/bin/env bash
# compare.sh: the pirlint tool, installed as users install it, against the floor of any .NET tool and the peers
# (Spectral, ajv), in one run.
#
#   tests/bench/compare.sh [--count N] [--runs R] [--work DIR]
#
# 1. packs pirlint (ReadyToRun for this platform) and a hello-world console tool packed the same way, and installs
#    both with dotnet tool install from a folder feed into a temporary tool path;
# 2. one review: `pirlint check one.pir.yaml` against `hello` (fastest of 10 runs each): the floor of any .NET tool;
# 3. 100 reviews: pirlint, Spectral and ajv with ../shared/bench/run-peers --pirlint (fastest of R runs, default 1);
# 4. N reviews (default 10,000; seed 1): the same, and pirlint check's peak memory (resident set);
# and prints documents per second for each and the ratios against the targets.
#
# pirlint's documents per second count every document (YAML and Markdown); the peers read only the .pir.yaml files
# (70% of the corpus), as run-peers reports them. Needs dotnet, python3, node 20+ with npm (run-peers installs the
# peers with npm ci, in a copy outside ../shared), bash and coreutils. The work folder is temporary unless --work is given.
set -euo pipefail

source "$(dirname "$0")/common.sh"
count=10000
runs=1
work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=${2:?}; shift 2 ;;
    --runs) runs=${2:?}; shift 2 ;;
    --work) work=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,16s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
use_work_folder compare.sh "$work"
install_pirlint
install_hello

corpus() { # N [make-corpus options]: makes $work/corpus-N once; prints its path
  local n=$1 dir="$work/corpus-$1"
  shift
  if [ ! -f "$dir/expected.tsv" ]; then
    echo "== make-corpus: $n documents" >&2
    "$bench/make-corpus" "$dir" --count "$n" --seed 1 --spec 1.1 --force "$@" >&2
  fi
  echo "$dir"
}
one=$(corpus 1 --markdown-share 0)
one_file=$(find "$one" -name '*.pir.yaml' | head -1)
hundred=$(corpus 100)
large=$(corpus "$count")

echo "== one review: pirlint check and hello, fastest of 10 runs each" >&2
"$pirlint" check "$one_file" >/dev/null || true  # the first run after install warms the disk cache
one_p=$(fastest 10 "$pirlint" check "$one_file")
one_h=$(fastest 10 "$hello")

echo "== run-peers on 100 documents (fastest of $runs run(s))" >&2
"$bench/run-peers" "$hundred" --runs "$runs" --only spectral,ajv --pirlint "$pirlint check" | tee "$work/peers-100.txt" >&2

echo "== run-peers on $count documents (fastest of $runs run(s)); Spectral takes minutes" >&2
"$bench/run-peers" "$large" --runs "$runs" --only spectral,ajv --pirlint "$pirlint check" | tee "$work/peers.txt" >&2

echo "== peak memory of pirlint check on $count documents" >&2
read -r _ peak_kb _ < <(python3 "$here/measure.py" "$pirlint" check "$large")

field() { # FILE PEER COLUMN: a column of run-peers' line for PEER (2 = documents, 4 = seconds, 6 = documents/s)
  awk -v p="$2" -v c="$3" '$1 == p { print $c }' "$1"
}
verdict() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { ok = (dir == "min") ? v >= t : v <= t; print ok ? "met" : "MISSED" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
row() { # FILE LABEL PEER
  echo "| $2 | $(field "$1" "$3" 2) | $(field "$1" "$3" 4) | $(field "$1" "$3" 6) |"
}
floor_ratio=$(ratio "$one_p" "$one_h")
vs_spectral=$(ratio "$(field "$work/peers.txt" pirlint 6)" "$(field "$work/peers.txt" spectral 6)")
vs_ajv=$(ratio "$(field "$work/peers.txt" pirlint 6)" "$(field "$work/peers.txt" ajv 6)")
vs_spectral_100=$(ratio "$(field "$work/peers-100.txt" pirlint 6)" "$(field "$work/peers-100.txt" spectral 6)")
vs_ajv_100=$(ratio "$(field "$work/peers-100.txt" pirlint 6)" "$(field "$work/peers-100.txt" ajv 6)")
peak_mb=$(awk -v k="$peak_kb" 'BEGIN { printf "%.0f", k / 1024 }')

cat <<EOF

The pirlint tool as installed ($(host_rid), ReadyToRun) against the floor and the peers ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(date -u +%Y-%m-%d))

One review (fastest of 10 runs): pirlint check ${one_p} s, a hello-world tool ${one_h} s: ${floor_ratio}x the floor.

| 100 reviews | documents | seconds | documents/s |
|---|---:|---:|---:|
$(row "$work/peers-100.txt" "pirlint check (all forms)" pirlint)
$(row "$work/peers-100.txt" "Spectral (.pir.yaml)" spectral)
$(row "$work/peers-100.txt" "ajv validate.js (.pir.yaml)" ajv)

| $count reviews | documents | seconds | documents/s |
|---|---:|---:|---:|
$(row "$work/peers.txt" "pirlint check (all forms)" pirlint)
$(row "$work/peers.txt" "Spectral (.pir.yaml)" spectral)
$(row "$work/peers.txt" "ajv validate.js (.pir.yaml)" ajv)

| target | measured | |
|---|---:|---|
| one review: at most 1.5x a hello-world tool installed the same way | ${floor_ratio}x (${one_p} s against ${one_h} s) | $(verdict "$floor_ratio" 1.5 max) |
| 100 reviews: documents/s against Spectral's and ajv's (no target) | ${vs_spectral_100}x and ${vs_ajv_100}x | |
| $count reviews: documents/s at least 200x Spectral's | ${vs_spectral}x | $(verdict "$vs_spectral" 200 min) |
| $count reviews: documents/s at least 15x ajv's | ${vs_ajv}x | $(verdict "$vs_ajv" 15 min) |
| $count reviews: peak memory under 200 MB | $peak_mb MB | $(verdict "$peak_mb" 200 max) |
EOF
