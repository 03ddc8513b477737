#!/usr/bin/env bash
# Figures of issue 20: records per second of the Spark job against `embargo screen --input` on the same
# generated records (names from ../shared/eval and the lists' name parts, 0.1 % listed), Spark's fixed start-up
# cost, local[1] against local[2], and the broadcast size of the lists.
#
#   scripts/bench-spark.sh 1000000            # 1M records: screen --input, spark local[1], spark local[2]
#   SPARK_ONLY=1 MASTERS=2 scripts/bench-spark.sh 10000000   # the job alone, local[2] only
#
# The per-core rate is what to compare: the CLI screens on every core of the machine, Spark on the N of local[N].
# Time shared with other work shows in wall time: run it on a quiet machine, or read the CPU times printed.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
records=${1:-100000}
lists=${LISTS:-$root/../shared/data/lists}
eval_dir=${EVAL:-$root/../shared/eval}
work=$(mktemp -d /tmp/embargo-bench-spark.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$root"
./embargo bench portfolio --lists "$lists" --eval "$eval_dir" --records "$records" --generate-only "$work/gen.csv" \
  >/dev/null
# screen --input and spark-screen read the same header names: type, dob, country.
{ echo "id,name,type,dob,country,identifiers,segment,opened"; tail -n +2 "$work/gen.csv"; } >"$work/records.csv"
rm "$work/gen.csv"
echo "records: $records ($(wc -c <"$work/records.csv") bytes), machine: $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"

# Wall seconds and CPU seconds (user + system, children included) of a command.
timed() {
  local label=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$work/cpu" "$@" >"$work/out" 2>"$work/err" || true
  t1=$(date +%s.%N)
  # GNU time puts "Command exited with non-zero status N" first when the command exits non-zero (a hit).
  read -r user sys < <(tail -n 1 "$work/cpu")
  awk -v l="$label" -v w="$(echo "$t1 - $t0" | bc)" -v u="$user" -v s="$sys" -v n="$records" \
    'BEGIN { printf "%-22s %8.1f s wall %8.1f s CPU  %10.0f records/s  %8.0f records per CPU second\n", l, w, u+s, n/w, n/(u+s) }'
  grep -h "screened .* records in" "$work/err" || true
}

if [ -z "${SPARK_ONLY:-}" ]; then
  timed "screen --input" ./embargo screen --lists "$lists" --input "$work/records.csv" --output "$work/cli.jsonl" \
    --progress never
fi
for n in ${MASTERS:-1 2}; do
  rm -rf "$work/spark-out"
  timed "spark-screen local[$n]" ./embargo spark-screen --lists "$lists" --input "$work/records.csv" \
    --output "$work/spark-out" --format json --master "local[$n]"
done
echo "(spark-screen's line: time once running, its start-up — JVM, Spark, lists read and checked — and the"
echo " lists' bytes broadcast; each executor JVM builds one index from them)"
