#!/usr/bin/env bash
# Runs a whole benchmark pass of docs/BENCHMARKS.md in one go, from a frozen copy of the build.
#
#   ./mvnw -B -Pbench-peers clean package -DskipTests      # db-scheduler on the class path
#   docs/measurements/run-benchmarks.sh [peers|core|quick|smoke|pg|base|h2|second]
#
# peers (default)  today's table: Taskdeck and db-scheduler on PostgreSQL, K = 2 nodes x 10 threads,
#                  3 runs of each command, the engines alternating run by run (T D, D T, T D):
#                  create and drain at 100,000 and 500,000, steady 500/s, recurring 100,000 tasks
#                  every minute for 180 s. About two hours on a quiet 2-core machine.
# core             a shorter same-sitting comparison: create and drain at 100,000 only (3 runs each,
#                  alternating engines, K = 2 nodes x 10 threads); about 20 minutes on a quiet 2-core machine.
# quick            create 100,000 and drain 20,000 (K = 2 x 10), 3 runs each, alternating: about ten minutes.
# smoke            the same commands once each at a small size (10,000 tasks, 2,000 recurring for
#                  60 s): checks the build, the script and every scenario in about a quarter hour.
# pg, base, h2, second   the earlier passes of docs/measurements/HISTORY.md.
#
# Before each run the script runs CHECKPOINT and ANALYZE on the database (autovacuum is off on this
# server; during a run the harness itself analyzes the benchmark's schema every 10 s) and logs the
# load average; after it, the exit code, the duration and the load average again.
# Output, in $OUT (default docs/measurements/bench-YYYY-MM-DD-PHASE, with -HHMM when that exists):
#   stdout.txt     every table, note and progress line, with the lines above
#   results.jsonl  one JSON object per run
#   machine.txt    commit, Java, PostgreSQL settings, cores, memory
#   summary.md     python3 docs/measurements/summarize.py results.jsonl
# Environment: PG (the server's JDBC URL), PSQL (the psql command for CHECKPOINT and ANALYZE),
#   ENGINES (default "taskdeck db-scheduler"), RUNS (default 3; smoke 1).
set -u
cd "$(dirname "$0")/../.."
phase="${1:-peers}"
PG="${PG:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
PSQL="${PSQL:-psql -h 127.0.0.1 -p 5432 -U postgres -d test -X -q -v ON_ERROR_STOP=1}"
ENGINES=(${ENGINES:-taskdeck db-scheduler})
OUT="${OUT:-docs/measurements/bench-$(date -u +%Y-%m-%d)-$phase}"
[ -e "$OUT" ] && OUT="$OUT-$(date -u +%H%M)"

if [ ! -f target/taskdeck.jar ]; then
  echo "no target/taskdeck.jar: build first with ./mvnw -B -Pbench-peers clean package -DskipTests" >&2
  exit 1
fi
if [[ " ${ENGINES[*]} " == *" db-scheduler "* ]] && ! ls target/lib/db-scheduler-*.jar >/dev/null 2>&1; then
  echo "target/lib has no db-scheduler: build with ./mvnw -B -Pbench-peers clean package -DskipTests" >&2
  exit 1
fi
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
# A frozen copy of the build, so that rebuilding meanwhile does not change what is measured.
APP="$(mktemp -d -t taskdeck-bench-app.XXXXXX)"
trap 'rm -rf "$APP"' EXIT
cp -r target/taskdeck.jar target/lib "$APP/"
J="$APP/taskdeck.jar"
LOG="$OUT/stdout.txt"

{
  echo "phase: $phase, started $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse HEAD) ($(git status --porcelain | wc -l) changed files in the work tree)"
  echo "build: $(ls "$APP/lib" | grep -E '^(quartz|h2|postgresql|db-scheduler|HikariCP)-' | tr '\n' ' ')"
  java -version 2>&1 | head -1
  echo "cores: $(nproc); memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  $PSQL -Atc "select version()" 2>&1
  for s in shared_buffers max_wal_size checkpoint_timeout synchronous_commit fsync autovacuum; do
    echo "$s = $($PSQL -Atc "show $s" 2>&1)"
  done
} > "$OUT/machine.txt"

load() { cut -d' ' -f1-3 /proc/loadavg; }

# One run of the harness, with the database made ready before it and the machine's load around it.
run() {
  local prep=""
  if [[ " $* " == *" --db "* ]]; then
    local t0=$SECONDS
    $PSQL -c "CHECKPOINT" -c "ANALYZE" >> "$LOG" 2>&1 || echo "### CHECKPOINT/ANALYZE failed" >> "$LOG"
    prep=", CHECKPOINT and ANALYZE took $((SECONDS - t0)) s"
  fi
  echo "### $(date -u +%H:%M:%S) load $(load)$prep: bench $*" | tee -a "$LOG"
  local start=$SECONDS
  timeout 3600 java -jar "$J" bench "$@" --json "$OUT/results.jsonl" >> "$LOG" 2>&1
  echo "### exit $? after $((SECONDS - start)) s at $(date -u +%H:%M:%S) load $(load)" | tee -a "$LOG"
}

# Runs one command on each engine, RUNS times, alternating which engine goes first.
alternate() {
  local i e order
  for i in $(seq 1 "$RUNS"); do
    if [ $((i % 2)) -eq 1 ]; then order=("${ENGINES[@]}"); else order=($(printf '%s\n' "${ENGINES[@]}" | tac)); fi
    for e in "${order[@]}"; do run "$@" --engine "$e"; done
  done
}

case "$phase" in
  peers|smoke)
    if [ "$phase" = peers ]; then
      RUNS="${RUNS:-3}"; SIZES="100000 500000"
      STEADY=(--rate 500 --seconds 30); RECURRING=(--tasks 100000)
    else
      RUNS="${RUNS:-1}"; SIZES="10000"
      STEADY=(--rate 100 --seconds 10 --warmup 2); RECURRING=(--tasks 2000 --seconds 60)
    fi
    for n in $SIZES; do
      alternate create --tasks "$n" --db "$PG"
      alternate drain --tasks "$n" --nodes 2 --threads 10 --db "$PG"
    done
    alternate steady "${STEADY[@]}" --nodes 2 --threads 10 --db "$PG"
    alternate recurring "${RECURRING[@]}" --nodes 2 --threads 10 --db "$PG"
    ;;
  core)
    RUNS="${RUNS:-3}"
    alternate create --tasks 100000 --db "$PG"
    alternate drain --tasks 100000 --nodes 2 --threads 10 --db "$PG"
    ;;
  quick)
    RUNS="${RUNS:-3}"
    alternate create --tasks 100000 --db "$PG"
    alternate drain --tasks 20000 --nodes 2 --threads 10 --db "$PG"
    ;;
  pg)
    for i in 1 2 3; do run create --tasks 100000 --db "$PG"; done
    for i in 1 2 3; do run create --tasks 500000 --db "$PG"; done
    for k in 1 2; do for i in 1 2 3; do run drain --tasks 100000 --nodes $k --db "$PG"; done; done
    for k in 1 2; do for i in 1 2 3; do run drain --tasks 500000 --nodes $k --db "$PG"; done; done
    for i in 1 2 3; do run steady --rate 500 --seconds 30 --nodes 2 --db "$PG"; done
    for i in 1 2 3; do run crash --tasks 100000 --nodes 2 --db "$PG"; done
    run gui-page --tasks 500000 --db "$PG"
    ;;
  base)
    for i in 1 2 3; do run create --engine quartz-baseline --tasks 100000 --db "$PG"; done
    for k in 1 2; do for i in 1 2 3; do run drain --engine quartz-baseline --tasks 5000 --nodes $k --db "$PG"; done; done
    run steady --engine quartz-baseline --rate 500 --seconds 30 --nodes 2 --db "$PG"
    run create --engine quartz-baseline --tasks 100000
    ;;
  h2)
    for i in 1 2 3; do run create --tasks 100000; done
    for i in 1 2 3; do run create --tasks 500000; done
    for k in 1 2; do for i in 1 2 3; do run drain --tasks 100000 --nodes $k; done; done
    for k in 1 2; do for i in 1 2 3; do run drain --tasks 500000 --nodes $k; done; done
    run steady --rate 500 --seconds 30 --nodes 2
    ;;
  second)
    for db in pg h2; do
      if [ "$db" = pg ]; then D=(--db "$PG"); else D=(); fi
      for i in 1 2 3; do run create --tasks 500000 "${D[@]}"; done
      for k in 1 2; do for i in 1 2 3; do run drain --tasks 500000 --nodes $k "${D[@]}"; done; done
      for i in 1 2 3; do run steady --rate 500 --seconds 30 --nodes 2 "${D[@]}"; done
      run create --tasks 100000 "${D[@]}"
      for k in 1 2; do run drain --tasks 100000 --nodes $k "${D[@]}"; done
    done
    run crash --tasks 100000 --nodes 2 --db "$PG"
    ;;
  *)
    echo "unknown phase '$phase' (peers, core, quick, smoke, pg, base, h2 or second)" >&2
    exit 2
    ;;
esac
echo "### done $(date -u +%H:%M:%S)" | tee -a "$LOG"
if [ -s "$OUT/results.jsonl" ]; then
  python3 docs/measurements/summarize.py "$OUT/results.jsonl" > "$OUT/summary.md"
fi
echo "output in $OUT"
