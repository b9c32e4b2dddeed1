#!/usr/bin/env bash
# compare.sh: pirlint check against the peers (Spectral, ajv) on one make-corpus corpus, in one run.
#
#   tests/bench/compare.sh [--count N] [--runs R] [--work DIR]
#
# 1. publishes the CLI as a user runs it: Release, linux-x64, ReadyToRun (dotnet publish -r linux-x64);
# 2. generates N documents (default 10,000; seed 1) with ../shared/bench/make-corpus;
# 3. times `pirlint check CORPUS` and the peers with ../shared/bench/run-peers --pirlint (fastest of R runs, default 1);
# 4. measures pirlint check's peak memory (resident set) on the same corpus;
# 5. times one file (a one-document corpus) with pirlint and Spectral (fastest of 5 runs each);
# and prints documents per second for each and the ratios against the targets of issue 4.
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
    -h|--help) sed -n '2,17s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
use_work_folder compare.sh "$work"
publish_pirlint

corpus="$work/corpus-$count"
if [ ! -f "$corpus/expected.tsv" ]; then
  echo "== make-corpus: $count documents" >&2
  "$bench/make-corpus" "$corpus" --count "$count" --seed 1 --spec 1.0 --force >&2
fi
one="$work/corpus-one"
if [ ! -f "$one/expected.tsv" ]; then
  "$bench/make-corpus" "$one" --count 1 --seed 1 --spec 1.0 --markdown-share 0 --force >&2
fi

echo "== run-peers on $count documents (fastest of $runs run(s)); Spectral takes minutes" >&2
"$bench/run-peers" "$corpus" --runs "$runs" --only spectral,ajv --pirlint "$pirlint check" | tee "$work/peers.txt" >&2

echo "== peak memory of pirlint check" >&2
read -r mem_secs peak_kb _ < <(python3 "$here/measure.py" "$pirlint" check "$corpus")

echo "== one file: pirlint and Spectral, fastest of 5 runs each" >&2
"$bench/run-peers" "$one" --runs 5 --only spectral --pirlint "$pirlint check" | tee "$work/one.txt" >&2

field() { # FILE PEER COLUMN: a column of run-peers' line for PEER (2 = documents, 4 = seconds, 6 = documents/s)
  awk -v p="$2" -v c="$3" '$1 == p { print $c }' "$1"
}
p_docs=$(field "$work/peers.txt" pirlint 2); p_secs=$(field "$work/peers.txt" pirlint 4); p_rate=$(field "$work/peers.txt" pirlint 6)
s_docs=$(field "$work/peers.txt" spectral 2); s_secs=$(field "$work/peers.txt" spectral 4); s_rate=$(field "$work/peers.txt" spectral 6)
a_docs=$(field "$work/peers.txt" ajv 2); a_secs=$(field "$work/peers.txt" ajv 4); a_rate=$(field "$work/peers.txt" ajv 6)
one_p=$(field "$work/one.txt" pirlint 4); one_s=$(field "$work/one.txt" spectral 4)

verdict() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { ok = (dir == "min") ? v >= t : v <= t; print ok ? "met" : "MISSED" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
vs_spectral=$(ratio "$p_rate" "$s_rate")
vs_ajv=$(ratio "$p_rate" "$a_rate")
one_ratio=$(ratio "$one_s" "$one_p")
peak_mb=$(awk -v k="$peak_kb" 'BEGIN { printf "%.0f", k / 1024 }')

cat <<EOF

pirlint check against the peers: $count documents ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(date -u +%Y-%m-%d))

| tool | documents | seconds | documents/s |
|---|---:|---:|---:|
| pirlint check (all forms) | $p_docs | $p_secs | $p_rate |
| Spectral (.pir.yaml) | $s_docs | $s_secs | $s_rate |
| ajv validate.js (.pir.yaml) | $a_docs | $a_secs | $a_rate |

| target | measured | |
|---|---:|---|
| pirlint documents/s >= 100x Spectral's | ${vs_spectral}x | $(verdict "$vs_spectral" 100 min) |
| pirlint documents/s >= 8x ajv's | ${vs_ajv}x | $(verdict "$vs_ajv" 8 min) |
| pirlint check peak memory < 200 MB | $peak_mb MB | $(verdict "$peak_mb" 200 max) |
| one file: pirlint >= 4x faster than Spectral | ${one_p} s vs ${one_s} s: ${one_ratio}x | $(verdict "$one_ratio" 4 min) |
EOF
