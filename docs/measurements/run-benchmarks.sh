#!/usr/bin/env bash
# The benchmark matrix of docs/BENCHMARKS.md ("Results after issue 10"), one scenario after another.
# Usage: ./mvnw -B -q -DskipTests package && docs/measurements/run-benchmarks.sh [pg|base|h2|all|second]
# "second" is the second pass ("Results after the H2 work"): the 500,000-task figures three times
# on both databases, the rest once.
# It copies the build aside first, so rebuilding meanwhile does not change what is measured.
# Output: stdout.log (the harness's tables and progress, with the load average before and after each
# run) and results.jsonl (one JSON object per run) in $OUT (default ./bench-out).
set -u
cd "$(dirname "$0")/../.."
OUT="${OUT:-$PWD/bench-out}"
PG="${PG:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
mkdir -p "$OUT/app"
cp -r target/taskdeck.jar target/lib "$OUT/app/"
J="$OUT/app/taskdeck.jar"
LOG="$OUT/stdout.log"
run() {
  echo "### $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg): bench $*" | tee -a "$LOG"
  timeout 1800 java -jar "$J" bench "$@" --json "$OUT/results.jsonl" >> "$LOG" 2>&1
  echo "### exit $? at $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
}
phase="${1:-all}"
if [ "$phase" = pg ] || [ "$phase" = all ]; then
  for i in 1 2 3; do run create --tasks 100000 --db "$PG"; done
  for i in 1 2 3; do run create --tasks 500000 --db "$PG"; done
  for k in 1 2; do for i in 1 2 3; do run drain --tasks 100000 --nodes $k --db "$PG"; done; done
  for k in 1 2; do for i in 1 2 3; do run drain --tasks 500000 --nodes $k --db "$PG"; done; done
  for i in 1 2 3; do run steady --rate 500 --seconds 30 --nodes 2 --db "$PG"; done
  for i in 1 2 3; do run crash --tasks 100000 --nodes 2 --db "$PG"; done
  run gui-page --tasks 500000 --db "$PG"
fi
if [ "$phase" = base ] || [ "$phase" = all ]; then
  for i in 1 2 3; do run create --engine quartz-baseline --tasks 100000 --db "$PG"; done
  for k in 1 2; do for i in 1 2 3; do run drain --engine quartz-baseline --tasks 5000 --nodes $k --db "$PG"; done; done
  run steady --engine quartz-baseline --rate 500 --seconds 30 --nodes 2 --db "$PG"
  run create --engine quartz-baseline --tasks 100000
fi
if [ "$phase" = h2 ] || [ "$phase" = all ]; then
  for i in 1 2 3; do run create --tasks 100000; done
  for i in 1 2 3; do run create --tasks 500000; done
  for k in 1 2; do for i in 1 2 3; do run drain --tasks 100000 --nodes $k; done; done
  for k in 1 2; do for i in 1 2 3; do run drain --tasks 500000 --nodes $k; done; done
  run steady --rate 500 --seconds 30 --nodes 2
fi
if [ "$phase" = second ]; then
  for db in pg h2; do
    if [ "$db" = pg ]; then D=(--db "$PG"); else D=(); fi
    for i in 1 2 3; do run create --tasks 500000 "${D[@]}"; done
    for k in 1 2; do for i in 1 2 3; do run drain --tasks 500000 --nodes $k "${D[@]}"; done; done
    for i in 1 2 3; do run steady --rate 500 --seconds 30 --nodes 2 "${D[@]}"; done
    run create --tasks 100000 "${D[@]}"
    for k in 1 2; do run drain --tasks 100000 --nodes $k "${D[@]}"; done
  done
  run crash --tasks 100000 --nodes 2 --db "$PG"
fi
echo "### done $(date -u +%H:%M:%S)" | tee -a "$LOG"
