#!/usr/bin/env bash
# Start-up benchmark of the hololoom command line: wall time of whole short commands, launcher included.
#
#   benchmarks/startup.sh [-n RUNS] [-s SCENARIOS] [LABEL=LAUNCHER ...]
#
# Each LAUNCHER is a path to a `hololoom` launcher script (default: after=./hololoom of this checkout); give two
# to compare, e.g. a copy of the old launcher and jar tree against this one:
#   benchmarks/startup.sh -n 15 before=/tmp/startup-baseline/hololoom after=./hololoom
# Launchers are run round-robin (before, after, before, ...) so that a change of machine load hits both alike.
# Scenarios (-s, comma-separated; default all):
#   version       hololoom --version
#   plugins       hololoom plugins        (warm data directory)
#   config        hololoom config         (warm data directory)
#   weave-warm    hololoom weave "what is 17 * 23?"   on a data directory that has been used once before
#   weave-fresh   the same on a new, empty data directory every run (model extraction, built-in corpus,
#                 policy warm start: what a new user's first command costs)
# Every run must exit 0 and weave must answer 391, else the benchmark stops: a fast wrong answer is no result.
# Prints one line per scenario and launcher: median, p90 (nearest rank), min and max of the wall time in
# milliseconds, and the median CPU time (user + sys of the launcher and its JVM), which another process's load
# on the machine disturbs much less than the wall time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runs=10
scenarios="version,plugins,config,weave-warm,weave-fresh"
while getopts "n:s:" opt; do
  case "$opt" in
    n) runs="$OPTARG" ;;
    s) scenarios="$OPTARG" ;;
    *) echo "usage: $0 [-n RUNS] [-s SCENARIOS] [LABEL=LAUNCHER ...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "startup: -n wants a whole number of runs of at least 1, was [$runs]" >&2; exit 2
fi
IFS=',' read -r -a list <<<"$scenarios"
for scenario in "${list[@]}"; do
  case "$scenario" in
    version | plugins | config | weave-warm | weave-fresh) ;;
    *) echo "startup: unknown scenario [$scenario] in -s; known: version, plugins, config, weave-warm, weave-fresh" >&2
       exit 2 ;;
  esac
done
launchers=("$@")
if [ ${#launchers[@]} -eq 0 ]; then
  launchers=("after=$here/../hololoom")
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
query="what is 17 * 23?"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# run_once LAUNCHER SCENARIO LABEL -> appends the wall time in ms to $work/SCENARIO-LABEL.ms and the CPU time
# to .cpu; fails loudly on a wrong result
run_once() {
  local launcher="$1" scenario="$2" label="$3" home out start end t0 t1
  case "$scenario" in
    weave-fresh) home="$(mktemp -d "$work/fresh.XXXXXX")" ;;
    *) home="$work/warm-$label" ;;
  esac
  cpu_ms_now; t0="$cpu"
  start="$(now_ms)"
  case "$scenario" in
    version) out="$("$launcher" --version 2>&1)" ;;
    plugins) out="$("$launcher" plugins --home "$home" 2>&1)" ;;
    config) out="$("$launcher" config --home "$home" 2>&1)" ;;
    weave-warm | weave-fresh) out="$("$launcher" weave --home "$home" "$query" 2>&1)" ;;
    *) echo "unknown scenario [$scenario]; known: version, plugins, config, weave-warm, weave-fresh" >&2; exit 2 ;;
  esac || { echo "$out" >&2; echo "startup: [$label] $scenario failed" >&2; exit 1; }
  end="$(now_ms)"
  cpu_ms_now; t1="$cpu"
  if [[ "$scenario" == weave-* ]] && ! grep -q "^answer:     391$" <<<"$out"; then
    echo "$out" >&2; echo "startup: [$label] $scenario gave a wrong answer" >&2; exit 1
  fi
  if [ "$scenario" = weave-fresh ]; then rm -rf "$home"; fi
  echo $((end - start)) >> "$work/$scenario-$label.ms"
  echo $((t1 - t0)) >> "$work/$scenario-$label.cpu"
}

# Sets cpu to the CPU time (user + sys, ms) of this shell's finished children so far, from bash's `times`.
# Call it directly, not in $(...): `times` must run in this shell, a subshell would report its own children.
cpu_ms_now() {
  times > "$work/times"
  cpu="$(tail -1 "$work/times" | awk '{ s = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]);
    s += p[1] * 60 + p[2] }; printf "%d", s * 1000 }')"
}

# stats FILE -> "median p90 min max" (nearest-rank percentiles)
stats() {
  sort -n "$1" | awk '{v[NR]=$1} END {
    m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2
    p = int(0.9 * NR + 0.999999); if (p < 1) p = 1
    printf "%8d %8d %8d %8d", m, v[p], v[1], v[NR] }'
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $runs runs each; $(uptime | sed 's/^ *//')"
echo "# java: $(java -version 2>&1 | head -1)"
# warm up each launcher once (builds, start-up archive, page cache) and prepare its warm data directory
for entry in "${launchers[@]}"; do
  label="${entry%%=*}"; launcher="${entry#*=}"
  "$launcher" weave --home "$work/warm-$label" "$query" > /dev/null 2>&1 \
    || { echo "startup: [$label] $launcher does not run" >&2; exit 1; }
done
printf "%-12s %-10s %8s %8s %8s %8s %8s\n" scenario launcher median p90 min max cpu-med
for scenario in "${list[@]}"; do
  for ((i = 0; i < runs; i++)); do
    for entry in "${launchers[@]}"; do
      label="${entry%%=*}"; launcher="${entry#*=}"
      run_once "$launcher" "$scenario" "$label"
    done
  done
  for entry in "${launchers[@]}"; do
    label="${entry%%=*}"
    printf "%-12s %-10s %s %8d\n" "$scenario" "$label" "$(stats "$work/$scenario-$label.ms")" \
      "$(stats "$work/$scenario-$label.cpu" | awk '{print $1}')"
  done
done
