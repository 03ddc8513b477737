#!/usr/bin/env bash
# Starts `./embargo serve` RUNS times (default 7) on a free port and reports, from each start-up line, how long
# reading the lists and indexing them took until /readyz answered, and the medians. The launcher's own JVM
# options apply (on JDK 25+ the server's AOT cache: the first start of a new build records it and writes it
# when that server stops, and is reported apart).
# Usage: scripts/bench-serve-start.sh [RUNS] [LISTS_DIR]
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
runs=${1:-7}
lists=${2:-$root/../shared/data/lists}
port=${EMBARGO_BENCH_PORT:-18777}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
reads=()
indexes=()
for i in $(seq 1 "$runs"); do
  training=""
  # The launcher records the cache when there is none, or when the jar is newer than it.
  aot="$root/cli/target/embargo-serve.aot"
  { [ -f "$aot" ] && [ "$aot" -nt "$root/cli/target/embargo.jar" ]; } || training=" (records the AOT cache)"
  "$root/embargo" serve --lists "$lists" --port "$port" > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$port/readyz" > /dev/null 2>&1 && break
    kill -0 "$pid" 2> /dev/null || { cat "$log" >&2; echo "the server stopped before it was ready" >&2; exit 1; }
    sleep 0.1
  done
  kill "$pid"
  wait "$pid" 2> /dev/null || true
  line=$(grep -o 'lists read in [0-9]* ms, indexed in [0-9]* ms' "$log" || true)
  [ -n "$line" ] || { cat "$log" >&2; echo "no start-up line in the server's log" >&2; exit 1; }
  read_ms=$(echo "$line" | sed -E 's/lists read in ([0-9]+) ms.*/\1/')
  index_ms=$(echo "$line" | sed -E 's/.*indexed in ([0-9]+) ms/\1/')
  echo "start $i: lists read in $read_ms ms, indexed in $index_ms ms$training"
  if [ -z "$training" ]; then
    reads+=("$read_ms")
    indexes+=("$index_ms")
  fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
echo "median of ${#indexes[@]} starts: lists read in $(median "${reads[@]}") ms, indexed in $(median "${indexes[@]}") ms"
