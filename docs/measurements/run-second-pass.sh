#!/usr/bin/env bash
# The second benchmark pass of 2026-11-27 (docs/BENCHMARKS.md, "Results after the H2 work"): the
# 500,000-task figures three times each on both databases, the rest once, in one sitting.
# Usage: ./mvnw -B -q -DskipTests package && OUT=... docs/measurements/run-second-pass.sh
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
  timeout 1200 java -jar "$J" bench "$@" --json "$OUT/results.jsonl" >> "$LOG" 2>&1
  echo "### exit $? at $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
}
for db in pg h2; do
  if [ "$db" = pg ]; then D=(--db "$PG"); else D=(); fi
  for i in 1 2 3; do run create --tasks 500000 "${D[@]}"; done
  for k in 1 2; do for i in 1 2 3; do run drain --tasks 500000 --nodes $k "${D[@]}"; done; done
  for i in 1 2 3; do run steady --rate 500 --seconds 30 --nodes 2 "${D[@]}"; done
  run create --tasks 100000 "${D[@]}"
  for k in 1 2; do run drain --tasks 100000 --nodes $k "${D[@]}"; done
done
run crash --tasks 100000 --nodes 2 --db "$PG"
echo "### done $(date -u +%H:%M:%S)" | tee -a "$LOG"
