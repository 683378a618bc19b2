#!/usr/bin/env bash
# Times the govdisclosure tool against the Node.js + ajv baseline (ajv-validate.js) as whole processes, side by side in
# one run: validate of a folder of 10,000 generated reports, of one file, and the peak memory on 100,000 files.
#
#   benchmarks/cli/run.sh                 # every variant of the tool: jit, r2r, aot (aot only where it can be built)
#   VARIANTS="aot" RUNS=7 benchmarks/cli/run.sh
#
# Each case is run RUNS times (5 unless told) under /usr/bin/time; the table gives the median wall time, the median CPU
# time (user + sys) and the median peak resident set. The corpora are made once by the benchmarks project's corpus mode
# (GovDisclosure.Rules.Testing's generators, a fixed seed; a third consistent, two thirds breaking one rule each) and kept
# in benchmarks/cli/.work (not committed); delete that folder to make them again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/.work"
runs="${RUNS:-5}"
runs_large="${RUNS_LARGE:-$runs}"   # the 100,000-file case is there for its peak memory
variants="${VARIANTS:-jit r2r aot}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$work"

[ -x /usr/bin/time ] || { echo "run.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

# The corpora.
for count in 10000 100000; do
  if [ ! -f "$work/corpus-$count/.done" ]; then
    rm -rf "$work/corpus-$count"
    dotnet run -c Release --project "$root/benchmarks/GovDisclosure.Rules.Benchmarks" -- --corpus "$count" "$work/corpus-$count" 18 >&2
    touch "$work/corpus-$count/.done"
  fi
done
one="$work/corpus-10000/000001.json"

# The baseline, at the version package-lock.json pins.
[ -d "$here/node_modules/ajv" ] || (cd "$here" && npm ci --no-audit --no-fund >&2)

# The tool: framework-dependent (JIT), ReadyToRun, native AOT.
cli="$root/src/GovDisclosure.Rules.Cli/GovDisclosure.Rules.Cli.csproj"
rid=linux-x64
declare -A tool
for variant in $variants; do
  out="$work/tool-$variant"
  case $variant in
    jit) dotnet publish "$cli" -c Release -o "$out" -p:Aot=false -p:UseAppHost=true --nologo -v quiet >&2 ;;
    r2r) dotnet publish "$cli" -c Release -r "$rid" --self-contained false -p:Aot=false -p:PublishReadyToRun=true -o "$out" --nologo -v quiet >&2 ;;
    aot) dotnet publish "$cli" -c Release -r "$rid" -p:Aot=true -o "$out" --nologo -v quiet >&2 \
           || { echo "run.sh: native AOT could not be built here (a C linker: apt-get install clang); aot left out" >&2; continue; } ;;
    *) echo "run.sh: unknown variant $variant" >&2; exit 2 ;;
  esac
  tool[$variant]="$out/govdisclosure"
done

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# measure N NAME CASE COMMAND...: N runs, one warm-up first (the file cache), a table row of medians.
measure() {
  local n="$1" name="$2" case="$3"; shift 3
  local stats="$work/stats"
  : > "$stats"
  "$@" > /dev/null 2>&1 || true
  for _ in $(seq "$n"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/one" "$@" > /dev/null 2>&1 || true
    tail -n 1 "$work/one" >> "$stats"
  done
  local wall cpu rss
  wall=$(awk '{ print $1 }' "$stats" | median)
  cpu=$(awk '{ print $2 + $3 }' "$stats" | median)
  rss=$(awk '{ print $4 / 1024 }' "$stats" | median)
  printf '| %s | %s | %.2f | %.2f | %.0f |\n' "$case" "$name" "$wall" "$cpu" "$rss"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); dotnet $(dotnet --version); node $(node --version); ajv $(node -p "require('$here/node_modules/ajv/package.json').version"); $runs runs ($runs_large for 100,000 files), medians"
echo
echo "| case | program | wall (s) | CPU user+sys (s) | peak RSS (MB) |"
echo "|---|---|---:|---:|---:|"
for case in "10,000 files:$work/corpus-10000" "one file:$one" "100,000 files:$work/corpus-100000"; do
  label="${case%%:*}"; path="${case#*:}"
  n=$runs; [ "$label" = "100,000 files" ] && n=$runs_large
  measure "$n" "node + ajv" "$label" node "$here/ajv-validate.js" "$path"
  for variant in $variants; do
    [ -n "${tool[$variant]:-}" ] || continue
    measure "$n" "govdisclosure ($variant)" "$label" "${tool[$variant]}" validate "$path"
  done
done
