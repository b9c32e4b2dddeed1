# common.sh: what compare.sh and scaling.sh share; sourced, not run.
# Sets here, repo and bench, and defines use_work_folder and publish_pirlint.

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
bench=${PIRLINT_SHARED_BENCH:-$repo/../shared/bench}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# use_work_folder SCRIPT [DIR]: checks make-corpus and sets work to DIR, or to a temporary folder removed on exit.
use_work_folder() {
  [ -x "$bench/make-corpus" ] || { echo "$1: $bench/make-corpus not found (set PIRLINT_SHARED_BENCH)" >&2; exit 2; }
  work=${2:-}
  if [ -z "$work" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
  fi
  mkdir -p "$work"
}

# publish_pirlint: the CLI as a user runs it (Release, linux-x64, ReadyToRun) into $work/pirlint; sets pirlint.
publish_pirlint() {
  echo "== publishing pirlint (Release, linux-x64, ReadyToRun)" >&2
  dotnet publish "$repo/src/PirLint.Cli/PirLint.Cli.csproj" -c Release -r linux-x64 --self-contained false \
    -o "$work/pirlint" -nologo -v quiet >&2
  pirlint="$work/pirlint/pirlint"
}
