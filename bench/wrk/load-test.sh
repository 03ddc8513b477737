#!/usr/bin/env bash
# The server load test of BENCHMARKS.md: starts `embargo serve` on the real lists, warms it up for
# 20 s, then runs wrk for 60 s of single-name GET /v1/screen requests (a different name each time, people
# on no list, so every request does the full candidate search), and reports the heap in use after a full
# GC before and after the run (memory must stay stable) with the server's own request counts.
# Usage: bench/wrk/load-test.sh [connections] [seconds]   (needs wrk; run from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/jdk.sh
connections=${1:-32}
seconds=${2:-60}
port=${PORT:-18099}
names=${NAMES:-../shared/eval/negatives_global.csv}
log=$(mktemp)
./embargo serve --lists ../shared/data/lists --port "$port" --reload-every 0 >"$log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null || true' EXIT
until grep -q "^ready:" "$log"; do
  kill -0 $launcher 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
grep "^ready:" "$log"
pid=$(pgrep -f "embargo.jar serve .*--port $port" | head -1)
heap() { "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null; "$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | grep -oE "used [0-9]+K" | head -1; }
echo "warm-up: 20 s"
NAMES=$names wrk -t2 -c"$connections" -d20s -s bench/wrk/screen.lua "http://127.0.0.1:$port" >/dev/null
echo "heap after warm-up and GC: $(heap)"
NAMES=$names wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/wrk/screen.lua "http://127.0.0.1:$port"
echo "heap after the run and GC: $(heap)"
echo "RSS: $(ps -o rss= -p "$pid") KB"
curl -s "http://127.0.0.1:$port/metrics" | grep -E '^embargo_http_requests_total\{endpoint="/v1/screen"'
