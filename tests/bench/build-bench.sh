#!/usr/bin/env bash
# build-bench.sh: what the PirLint package costs a build. Two generated class libraries with the same 500 reviews
# (clean ones, from make-corpus), one with the PirLint package and one without; for each, R full builds (Rebuild) and
# R no-op incremental builds (build again, nothing changed), interleaved; the medians and their ratios.
#
#   tests/bench/build-bench.sh [--reviews N] [--runs R] [--work DIR]
#
# The package is packed from this clone (the solution is built in Release first) into a folder feed, and restored
# into a private NUGET_PACKAGES folder, so a cached PirLint 0.1.0 is never used. Builds run as a CI build does, with
# nothing left running: no MSBuild node reuse, no build server, no compiler server (each build starts csc, so the
# analyzer and the generator load cold every time). The work folder is temporary unless --work is given.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
bench=${PIRLINT_SHARED_BENCH:-$repo/../shared/bench}
reviews=500
runs=5
work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --reviews) reviews=${2:?}; shift 2 ;;
    --runs) runs=${2:?}; shift 2 ;;
    --work) work=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "build-bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$bench/make-corpus" ] || { echo "build-bench.sh: $bench/make-corpus not found (set PIRLINT_SHARED_BENCH)" >&2; exit 2; }
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false
export NUGET_PACKAGES="$work/packages"

echo "== building the solution and packing PirLint (Release)" >&2
dotnet build "$repo/PirLint.sln" -c Release -nr:false -nologo -v quiet >&2
rm -rf "$work/feed"
dotnet pack "$repo/src/PirLint.Package/PirLint.Package.csproj" -c Release --no-build -o "$work/feed" -nr:false -nologo -v quiet >&2
rm -rf "$NUGET_PACKAGES/pirlint"  # a PirLint 0.1.0 restored by an earlier run of this script (with --work) is stale

if [ ! -f "$work/reviews/expected.tsv" ]; then
  echo "== make-corpus: $reviews clean reviews" >&2
  "$bench/make-corpus" "$work/reviews" --count "$reviews" --seed 1 --spec 1.1 --defect-share 0 --force >&2
fi

make_project() { # NAME WITH_PIRLINT
  local dir="$work/$1"
  rm -rf "$dir"
  mkdir -p "$dir"
  cp -r "$work/reviews" "$dir/reviews"
  local reference=""
  [ "$2" = yes ] && reference='<ItemGroup><PackageReference Include="PirLint" Version="0.1.0" /></ItemGroup>'
  cat >"$dir/$1.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RestoreAdditionalProjectSources>$work/feed</RestoreAdditionalProjectSources>
  </PropertyGroup>
  $reference
</Project>
EOF
  cat >"$dir/Incidents.cs" <<'EOF'
namespace Consumer;

public static class Incidents
{
    public static string Describe(int count) => count == 1 ? "one review" : count + " reviews";
}
EOF
  dotnet restore "$dir" -nr:false -nologo -v quiet >&2
}
make_project WithPirLint yes
make_project WithoutPirLint no

timed_build() { # DIR ARGS...: prints the wall seconds of one build; fails on a failed build
  local dir=$1 t0 t1
  shift
  t0=$(date +%s.%N)
  if ! dotnet build "$dir" --no-restore -nr:false -nologo -v quiet "$@" >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    echo "build-bench.sh: the build of $dir failed" >&2
    exit 1
  fi
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }'
}

# One full build of each first, so that the first measured run does not pay the SDK's own first-run costs.
timed_build "$work/WithPirLint" >/dev/null
timed_build "$work/WithoutPirLint" >/dev/null

declare -A times
for ((i = 1; i <= runs; i++)); do
  for project in WithPirLint WithoutPirLint; do
    times[$project.full]+="$(timed_build "$work/$project" -t:Rebuild) "
    times[$project.noop]+="$(timed_build "$work/$project") "
  done
  echo "run $i/$runs done" >&2
done

# The generated catalog is there (the generator ran): a check that the package did its work in the build.
grep -rqs "PirCatalog" "$work/WithPirLint/obj" || ls "$work/WithPirLint/obj/Debug/net10.0/" >&2

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
full_with=$(median <<<"${times[WithPirLint.full]}")
full_without=$(median <<<"${times[WithoutPirLint.full]}")
noop_with=$(median <<<"${times[WithPirLint.noop]}")
noop_without=$(median <<<"${times[WithoutPirLint.noop]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "met" : "MISSED" }'; }
full_ratio=$(ratio "$full_with" "$full_without")
noop_ratio=$(ratio "$noop_with" "$noop_without")

cat <<EOF

Build of a class library with $reviews reviews ($(nproc) cores, median of $runs runs, $(date -u +%Y-%m-%d))

| build | without PirLint | with PirLint | ratio | target | |
|---|---:|---:|---:|---:|---|
| full (Rebuild) | ${full_without} s | ${full_with} s | ${full_ratio}x | <= 1.5x | $(verdict "$full_ratio" 1.5) |
| no-op incremental | ${noop_without} s | ${noop_with} s | ${noop_ratio}x | <= 1.10x | $(verdict "$noop_ratio" 1.10) |

Each run (seconds): with full: ${times[WithPirLint.full]}; without full: ${times[WithoutPirLint.full]}
                    with no-op: ${times[WithPirLint.noop]}; without no-op: ${times[WithoutPirLint.noop]}
EOF
