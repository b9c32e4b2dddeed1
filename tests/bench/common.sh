# common.sh: what compare.sh and scaling.sh share; sourced, not run.
# Sets here, repo and bench, and defines use_work_folder, install_pirlint and install_hello.

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
  private_bench
}

# private_bench: run-peers installs the peers (npm ci) beside their files wherever it can write, and as root it can
# write into ../shared, which is read-only by agreement. So the scripts run a copy of the kit in the user's cache
# (kept between runs, with the peers' node_modules), refreshed from ../shared each time; sets bench to it.
private_bench() {
  local copy=${XDG_CACHE_HOME:-$HOME/.cache}/pirlint-bench-kit
  mkdir -p "$copy"
  (cd "$bench" && tar --exclude=node_modules -cf - .) | (cd "$copy" && tar -xf -)
  chmod -R u+w "$copy"
  bench=$copy
}

# The runtime identifier of this machine, as the tool packages name it (linux-x64, osx-arm64, ...).
host_rid() {
  local os arch
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=osx ;; *) os=win ;; esac
  case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
  echo "$os-$arch"
}

# install_tool NAME PROJECT: packs PROJECT (Release) for this machine's runtime only (the package users get here) into a
# folder feed, and installs it as users do (dotnet tool install from the feed into $work/tools/NAME, with a NuGet
# cache of its own, so a cached package of the same version is never used). Prints the tool's path.
install_tool() {
  local name=$1 project=$2 rid feed
  rid=$(host_rid)
  feed="$work/feed-$name"
  rm -rf "$feed" "$work/tools/$name" "$work/nuget-$name"
  echo "== packing $name (Release, $rid) and installing it from a folder feed" >&2
  dotnet pack "$project" -c Release -o "$feed" -p:ToolPackageRuntimeIdentifiers="$rid" -nologo -v quiet >&2
  NUGET_PACKAGES="$work/nuget-$name" dotnet tool install "$name" --tool-path "$work/tools/$name" --add-source "$feed" \
    --version 0.1.0 >&2
  [ -d "$work/tools/$name/.store/$name/0.1.0/$name.$rid" ] || echo "warning: the $rid package of $name was not the one installed" >&2
  echo "$work/tools/$name/$name"
}

# install_pirlint: the pirlint tool as a user installs it (see install_tool); sets pirlint.
install_pirlint() {
  pirlint=$(install_tool pirlint "$repo/src/PirLint.Cli/PirLint.Cli.csproj")
}

# install_hello: the floor of any .NET tool, a hello-world console app packed and installed the same way as pirlint
# (ReadyToRun, framework-dependent, the same runtime settings); sets hello.
install_hello() {
  local dir="$work/hello-src"
  rm -rf "$dir"
  mkdir -p "$dir"
  cat >"$dir/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <PackAsTool>true</PackAsTool>
    <ToolCommandName>hello</ToolCommandName>
    <PackageId>hello</PackageId>
    <Version>0.1.0</Version>
    <InvariantGlobalization>true</InvariantGlobalization>
    <TieredPGO>false</TieredPGO>
    <RuntimeIdentifiers>$(ToolPackageRuntimeIdentifiers)</RuntimeIdentifiers>
    <SelfContained>false</SelfContained>
    <PublishReadyToRun Condition="'$(RuntimeIdentifier)' != 'any'">true</PublishReadyToRun>
  </PropertyGroup>
</Project>
XML
  echo 'System.Console.WriteLine("hello");' >"$dir/Program.cs"
  # Outside the repository, so that its Directory.Build.props and central package versions do not apply.
  hello=$(install_tool hello "$dir/hello.csproj")
}

# fastest RUNS CMD...: the fastest wall time of RUNS runs of CMD (output discarded), in seconds.
fastest() {
  local runs=$1 best="" secs
  shift
  for ((i = 1; i <= runs; i++)); do
    read -r secs _ < <(python3 "$here/measure.py" "$@")
    if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$secs; fi
  done
  echo "$best"
}
