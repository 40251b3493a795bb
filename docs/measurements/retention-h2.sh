#!/usr/bin/env bash
# Retention on H2, measured with the real server (docs/operations.md, "Measured"):
#   1. a fresh data dir, retention off: N no-op tasks created through the API and drained;
#      the file size while running, then after a clean shutdown (SHUTDOWN COMPACT);
#   2. the same data dir, retention PT1S/PT1S: the first purge (one minute after start) deletes
#      every finished task and its runs; the file size once it has purged and compacted online,
#      then after a clean shutdown.
# Usage: docs/measurements/retention-h2.sh N [PORT]   (run from the repository, after ./mvnw -DskipTests package)
set -euo pipefail
N=${1:-100000}; PORT=${2:-18480}; D=$(mktemp -d /tmp/td-retention-XXXX); API=http://127.0.0.1:$PORT
size() { stat -c %s "$D/taskdeck.mv.db"; }
metric() { curl -s "$API/metrics" | awk -v m="$1" -v f="${2:-%d}" 'index($0, m) == 1 { v = $NF } END { printf f, v + 0 }'; }
start() {
  java -jar target/taskdeck.jar --headless --data-dir "$D" --http-port "$PORT" "$@" > "$D/server.out" 2> "$D/server.err" &
  PID=$!
  until grep -q "Taskdeck ready" "$D/server.out" 2>/dev/null; do sleep 0.5; done
}
stop() { kill -TERM "$PID"; wait "$PID" || true; }

start --retain-executions 0 --retain-finished 0
t0=$(date +%s)
python3 - "$N" "$API" <<'PY'
import json, sys, urllib.request
n, api = int(sys.argv[1]), sys.argv[2]
for i in range(0, n, 1000):
    body = json.dumps({"tasks": [{"name": "r%d" % j} for j in range(i, min(n, i + 1000))]}).encode()
    req = urllib.request.Request(api + "/api/v1/tasks/bulk", body, {"Content-Type": "application/json"})
    urllib.request.urlopen(req).read()
PY
echo "created $N tasks in $(( $(date +%s) - t0 )) s"
until [ "$(metric 'taskdeck_tasks{status="COMPLETED"')" -ge "$N" ]; do sleep 5; done
echo "drained after $(( $(date +%s) - t0 )) s; file while running: $(size) bytes"
stop
echo "after a clean shutdown: $(size) bytes"

start --retain-executions PT1S --retain-finished PT1S
until [ "$(metric taskdeck_retention_last_purge_timestamp_seconds)" -gt 0 ]; do sleep 2; done
sleep 12   # the online compaction runs after the purge (10 steps, about 7 s)
echo "purged: $(metric 'taskdeck_retention_deleted_total{kind="tasks"') tasks, $(metric 'taskdeck_retention_deleted_total{kind="executions"') execution rows in $(metric taskdeck_retention_last_purge_duration_seconds %.3f) s"
echo "file while running, after the purge: $(size) bytes"
stop
echo "after a clean shutdown: $(size) bytes"
grep -h -i "compact\|purge deleted" "$D/server.out" "$D/server.err" "$D/logs/"* 2>/dev/null | sed 's/^.*INFO/INFO/' | sort -u || true
rm -rf "$D"
