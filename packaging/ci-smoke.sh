#!/usr/bin/env bash
# Installer smoke test (issue 8), run by .ci/run after the test suite, as root on Debian:
#   1 build the .deb          ./mvnw -B -Pinstaller -DskipTests package
#   2 install it              dpkg -i (its dependencies first, through apt-get)
#   3 installed launchers     taskdeck-server --version, taskdeck --version, and the GUI launcher opens
#                             its "Taskdeck" window under Xvfb (JavaFX and GTK start from the installed runtime)
#   4 headless server         start on a free port with a temporary data dir, wait for the ready line,
#                             schedule a shell task with curl, see it COMPLETED with its output, SIGTERM -> exit 0
#   5 remove the package      dpkg -r, and check that nothing is left behind
# Every step prints its name; a failure names the step and the reason, and exits 1.
# Whatever happens, the server is stopped, the package removed and the temporary files deleted.
#
# Options (environment):
#   SMOKE_SCOPE=version   steps 1, 2, 3 (without the window) and 5 only
#   SMOKE_SKIP_BUILD=1    reuse target/installer/*.deb as it is
#   SMOKE_READY_TIMEOUT, SMOKE_TASK_TIMEOUT, SMOKE_STOP_TIMEOUT   seconds (defaults 90, 60, 60)
set -Eeuo pipefail

cd "$(dirname "$0")/.."
scope="${SMOKE_SCOPE:-full}"
ready_timeout="${SMOKE_READY_TIMEOUT:-90}"
task_timeout="${SMOKE_TASK_TIMEOUT:-60}"
stop_timeout="${SMOKE_STOP_TIMEOUT:-60}"
package=taskdeck
current_step="setup"
step_started=$SECONDS
work="$(mktemp -d -t taskdeck-smoke.XXXXXX)"
server_pid=""
gui_pid=""
xvfb_pid=""
installed_by_us=""

step() {
  current_step="$1"
  step_started=$SECONDS
  printf '\n=== ci-smoke [%s] %s\n' "$(date -u +%H:%M:%S)" "$1"
}

done_step() { printf -- '--- ok (%ss)\n' "$((SECONDS - step_started))"; }

fail() {
  printf '\nci-smoke FAILED in step "%s": %s\n' "$current_step" "$*" >&2
  exit 1
}

on_error() { # an unexpected command failure (set -e)
  printf '\nci-smoke FAILED in step "%s": command '%s' exited %s (line %s)\n' \
    "$current_step" "$2" "$1" "$3" >&2
}
trap 'on_error $? "$BASH_COMMAND" $LINENO' ERR

show_server_output() {
  for f in "$work/server.out" "$work/server.err" "$work/gui.out" "$work/xvfb.err"; do
    if [[ -s $f ]]; then
      printf -- '--- last lines of %s:\n' "${f##*/}" >&2
      tail -n 40 "$f" >&2
    fi
  done
}

cleanup() {
  local status=$?
  trap - ERR
  for pid in "$server_pid" "$gui_pid" "$xvfb_pid"; do
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
      echo "cleanup: killing pid $pid"
      kill -KILL "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  if ((status != 0)); then show_server_output; fi
  if [[ -n $installed_by_us ]] && dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q installed; then
    echo "cleanup: removing package $package"
    dpkg -r "$package" >/dev/null 2>&1 || echo "cleanup: dpkg -r $package failed" >&2
  fi
  rm -rf "$work"
  if ((status == 0)); then echo "ci-smoke: all steps passed"; fi
  exit "$status"
}
trap cleanup EXIT

# --- helpers -----------------------------------------------------------------------------------------

apt_updated=""
apt_install() { # packages...: installs the ones that are missing, with one apt-get update first
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0
  echo "installing with apt-get: ${missing[*]}"
  if [[ -z $apt_updated ]]; then
    apt-get update -qq || fail "apt-get update failed"
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]} failed"
}

json_field() { # name json: the top-level field "name" of a JSON object, or nothing
  jq -r --arg f "$1" '.[$f] // empty' <<<"$2" 2>/dev/null || true
}

http() { # method url [json-body]: prints "STATUS BODY"; fails the step when curl cannot connect
  local out args=(-sS --max-time 10 -o "$work/body" -w '%{http_code}' -X "$1" -H 'Content-Type: application/json')
  if (($# > 2)); then args+=(--data "$3"); fi
  out="$(curl "${args[@]}" "$2")" || fail "curl $1 $2 could not connect"
  printf '%s %s' "$out" "$(cat "$work/body")"
}

# --- steps -------------------------------------------------------------------------------------------

step "0/5 prerequisites"
[[ $(id -u) -eq 0 ]] || fail "must run as root (dpkg -i, apt-get)"
command -v dpkg-deb >/dev/null || fail "dpkg-deb not found: this smoke test needs Debian or Ubuntu"
# jpackage builds a .deb with dpkg-deb under fakeroot; the test talks to the server with curl and jq.
apt_install fakeroot curl jq
# The JDK that ./mvnw runs on (JAVA_HOME, else java on the PATH) is the one whose jpackage is used.
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
[[ -x $java_home/bin/jpackage ]] || fail "no jpackage in $java_home: a full JDK 17 is needed"
echo "JDK: $java_home"
done_step

step "1/5 build the .deb"
if [[ -z ${SMOKE_SKIP_BUILD:-} ]]; then
  rm -rf target/installer
  ./mvnw -B -q -Pinstaller -DskipTests package || fail "./mvnw -Pinstaller package failed"
fi
debs=(target/installer/"$package"_*_amd64.deb)
[[ -f ${debs[0]} ]] || fail "no target/installer/${package}_*_amd64.deb was written"
((${#debs[@]} == 1)) || fail "expected one .deb in target/installer, found: ${debs[*]}"
deb="${debs[0]}"
echo "$deb: $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes), installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
deb_version="$(dpkg-deb -f "$deb" Version)"
app_version="${deb_version%-*}"
done_step

step "2/5 install with dpkg -i"
# dpkg -i does not fetch dependencies: install those named in the package first.
read -r -a depends <<<"$(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' ' | sed 's/([^)]*)//g; s/|[^ ]*//g')"
apt_install "${depends[@]}"
installed_by_us=1
dpkg -i "$deb" || fail "dpkg -i $deb failed"
dpkg-query -W -f='${Status} ${Version}\n' "$package" | grep -q "install ok installed $deb_version" \
  || fail "dpkg does not report $package $deb_version as installed"
for launcher in taskdeck taskdeck-server; do
  [[ -x /opt/taskdeck/bin/$launcher ]] || fail "/opt/taskdeck/bin/$launcher is missing"
  [[ $(command -v "$launcher") == /usr/bin/$launcher ]] || fail "$launcher is not on the PATH as /usr/bin/$launcher"
done
done_step

step "3/5 installed launchers: --version"
version_out="$(taskdeck-server --version 2>&1)" || fail "taskdeck-server --version exited $?: $version_out"
echo "$version_out"
grep -qx "Taskdeck $app_version" <<<"$version_out" \
  || fail "taskdeck-server --version does not print 'Taskdeck $app_version'"
gui_out="$(taskdeck --version 2>&1)" || fail "taskdeck --version exited $?: $gui_out"
grep -qx "Taskdeck $app_version" <<<"$gui_out" || fail "taskdeck --version does not print 'Taskdeck $app_version'"
done_step

stopped_code=""
stop_pid() { # pid seconds: SIGTERM, wait up to seconds, set stopped_code; fails if it is still running
  kill -TERM "$1" 2>/dev/null || true
  for ((i = 0; i < $2 * 4; i++)); do
    kill -0 "$1" 2>/dev/null || break
    sleep 0.25
  done
  kill -0 "$1" 2>/dev/null && fail "pid $1 is still running $2s after SIGTERM"
  stopped_code=0
  wait "$1" || stopped_code=$?
}

if [[ $scope == full ]]; then
  step "3/5 installed GUI launcher: its window opens under Xvfb"
  apt_install xvfb x11-utils
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.err" &
  xvfb_pid=$!
  for ((i = 0; i < 40; i++)); do [[ -s $work/display ]] && break; sleep 0.25; done
  [[ -s $work/display ]] || fail "Xvfb did not start"
  display=":$(cat "$work/display")"
  DISPLAY="$display" taskdeck --data-dir "$work/gui" >"$work/gui.out" 2>&1 &
  gui_pid=$!
  window=""
  for ((i = 0; i < ready_timeout * 4; i++)); do
    window="$(DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -m 1 -E '^ *0x[0-9a-f]+ "Taskdeck( [^"]*)?": ' || true)"
    [[ -n $window ]] && break
    kill -0 "$gui_pid" 2>/dev/null || fail "taskdeck exited before showing its window"
    sleep 0.25
  done
  [[ -n $window ]] || fail "no window titled Taskdeck on $display within ${ready_timeout}s"
  echo "window after $((SECONDS - step_started))s:$window"
  stop_pid "$gui_pid" "$stop_timeout"
  gui_pid=""
  echo "GUI stopped by SIGTERM (exit code $stopped_code)"
  stop_pid "$xvfb_pid" 10
  xvfb_pid=""
  done_step

  step "4/5 headless server: start, schedule a shell task, SIGTERM"
  mkdir -p "$work/data"
  : >"$work/server.out"
  # The user's flags only: the launcher itself adds --headless (io.taskdeck.app.ServerMain).
  taskdeck-server --data-dir "$work/data" --http-port 0 >"$work/server.out" 2>"$work/server.err" &
  server_pid=$!
  echo "server pid $server_pid; waiting up to ${ready_timeout}s for its ready line"
  ready_re='^Taskdeck ready: (http://[^ ]+) \(node ([^)]+)\)$'
  base_url=""
  for ((i = 0; i < ready_timeout * 4; i++)); do
    line="$(grep -E -m 1 "$ready_re" "$work/server.out" || true)"
    if [[ -n $line ]]; then
      [[ $line =~ $ready_re ]] && base_url="${BASH_REMATCH[1]}"
      break
    fi
    kill -0 "$server_pid" 2>/dev/null || {
      wait "$server_pid" && code=0 || code=$?
      server_pid=""
      fail "the server exited with code $code before printing its ready line"
    }
    sleep 0.25
  done
  [[ -n $base_url ]] || fail "no line matching '$ready_re' on stdout within ${ready_timeout}s"
  echo "ready after $((SECONDS - step_started))s: $line"

  marker="taskdeck-smoke-$RANDOM$RANDOM"
  body="{\"name\":\"smoke\",\"type\":\"shell\",\"payload\":{\"command\":\"echo $marker\"},\"schedule\":{\"kind\":\"once\"}}"
  created="$(http POST "$base_url/api/v1/tasks" "$body")"
  [[ ${created%% *} == 201 ]] || fail "POST /api/v1/tasks answered ${created%% *}, expected 201: ${created#* }"
  task_id="$(json_field id "${created#* }")"
  [[ -n $task_id ]] || fail "POST /api/v1/tasks returned no id: ${created#* }"
  echo "scheduled shell task $task_id (echo $marker)"

  status=""
  for ((i = 0; i < task_timeout * 4; i++)); do
    got="$(http GET "$base_url/api/v1/tasks/$task_id")"
    [[ ${got%% *} == 200 ]] || fail "GET /api/v1/tasks/$task_id answered ${got%% *}: ${got#* }"
    status="$(json_field status "${got#* }")"
    case "$status" in
      COMPLETED) break ;;
      FAILED | CANCELLED) fail "the task ended $status instead of COMPLETED: ${got#* }" ;;
    esac
    sleep 0.25
  done
  [[ $status == COMPLETED ]] || fail "the task is still $status after ${task_timeout}s, expected COMPLETED"
  runs="$(http GET "$base_url/api/v1/tasks/$task_id/executions")"
  [[ ${runs%% *} == 200 ]] || fail "GET /api/v1/tasks/$task_id/executions answered ${runs%% *}: ${runs#* }"
  grep -q "$marker" <<<"${runs#* }" || fail "the execution log does not hold the command's output '$marker': ${runs#* }"
  compat="$(http GET "$base_url/taskStatus/$task_id")"
  [[ $(json_field status "${compat#* }") == Completed ]] \
    || fail "GET /taskStatus/$task_id does not say Completed: $compat"
  echo "task COMPLETED after $((SECONDS - step_started))s; its output holds $marker; /taskStatus says Completed"

  stop_pid "$server_pid" "$stop_timeout"
  server_pid=""
  ((stopped_code == 0)) || fail "the server exited with code $stopped_code after SIGTERM, expected 0"
  echo "SIGTERM: exit 0"
  done_step
else
  printf '\n=== ci-smoke: step 4/5 (headless server) skipped: SMOKE_SCOPE=%s\n' "$scope"
fi

step "5/5 remove with dpkg -r"
dpkg -r "$package" || fail "dpkg -r $package failed"
installed_by_us=""
dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
  && fail "$package is still installed"
for path in /opt/taskdeck/bin /usr/bin/taskdeck /usr/bin/taskdeck-server; do
  [[ ! -e $path ]] || fail "$path is left behind after dpkg -r"
done
done_step
