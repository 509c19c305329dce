#!/usr/bin/env bats
# Healthchecks (--health-* flags): the container's monitor runs them on
# their interval as exec sessions, keeps the last results in the state,
# and acts on --health-on-failure; `healthcheck run` runs one at once.
# Intervals are 1 s; every wait below is a poll with a generous cap, not
# a timing assertion.

load helpers

setup() {
  setup_with_image
}

teardown() {
  teardown_store
}

# Polls (30 s at most) until the template prints the expected text.
wait_for() {
  local name=$1 template=$2 want=$3 i
  for i in $(seq 300); do
    [ "$(hull inspect --format "$template" "$name" 2>/dev/null)" = "$want" ] && return 0
    sleep 0.1
  done
  echo "$name: $template is '$(hull inspect --format "$template" "$name")', not '$want'" >&2
  return 1
}

log_count() {
  hull inspect --format '{{len .State.Health.Log}}' "$1"
}

@test "a container is starting until its check passes, then healthy, and ps says so" {
  hull run -d --name web --health-cmd 'test -e /ready' --health-interval 1s --health-retries 1000 \
    localhost/busybox sleep 1000 >/dev/null
  run hull inspect --format '{{.State.Health.Status}} {{.State.Healthcheck.Status}}' web
  [ "$output" = "starting starting" ]
  hull exec web touch /ready
  wait_for web '{{.State.Health.Status}}' healthy
  run hull ps --format '{{.Names}} {{.Status}}'
  [[ "$output" =~ ^web\ Up\ .*\ \(healthy\)$ ]]
  run hull inspect --format '{{.State.Health.FailingStreak}} {{(index .State.Health.Log 0).ExitCode}}' web
  [ "${lines[0]%% *}" = 0 ]
  # Each check is an event (Podman's health_status) with the status it left.
  run hull events --stream=false --filter event=health_status --format '{{.Status}} {{.Name}} {{.HealthStatus}}'
  assert_status 0
  [[ "$output" == *"health_status web healthy"* ]]
}

@test "failures in a row up to --health-retries make it unhealthy; the log keeps the last 5 with their output" {
  hull run -d --name web --health-cmd 'if test -e /broken; then echo broken; exit 3; fi' \
    --health-interval 1s --health-retries 2 localhost/busybox sleep 1000 >/dev/null
  wait_for web '{{.State.Health.Status}}' healthy
  hull exec web touch /broken
  wait_for web '{{.State.Health.Status}}' unhealthy
  run hull inspect --format '{{.State.Health.FailingStreak}}' web
  [ "$output" -ge 2 ]
  # Podman's log codes: 1 for a failed check whatever the command's code.
  run hull inspect --format '{{range .State.Health.Log}}{{.ExitCode}}:{{.Output}} {{end}}' web
  [[ "$output" == *"1:broken "* ]]
  wait_for web '{{ge .State.Health.FailingStreak 6}}' true
  [ "$(log_count web)" = 5 ]
  run hull ps --format '{{.Status}}'
  [[ "$output" == *"(unhealthy)" ]]
  run hull wait --condition unhealthy web
  assert_status 0
  [ "$output" = -1 ]
  # Passing again makes it healthy at once, the streak back to 0.
  hull exec web rm /broken
  wait_for web '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' 'healthy 0'
}

@test "failures during --health-start-period do not count" {
  hull run -d --name slow --health-cmd false --health-interval 1s --health-retries 1 \
    --health-start-period 1h localhost/busybox sleep 1000 >/dev/null
  wait_for slow '{{ge (len .State.Health.Log) 2}}' true
  run hull inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' slow
  [ "$output" = "starting 0" ]
}

@test "wait --condition healthy returns once the check passes" {
  hull run -d --name web --health-cmd true --health-interval 1s localhost/busybox sleep 1000 >/dev/null
  run timeout 30 "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" wait --condition healthy web
  assert_status 0
  [ "$output" = -1 ]
  [ "$(hull inspect --format '{{.State.Health.Status}}' web)" = healthy ]
}

@test "healthcheck run: 0 when the check passes, 1 and 'unhealthy' when it fails" {
  hull run -d --name good --health-cmd 'echo fine' --health-interval 0 localhost/busybox sleep 1000 >/dev/null
  hull run -d --name bad --health-cmd '["sh", "-c", "echo no; exit 4"]' --health-interval 0 localhost/busybox sleep 1000 >/dev/null
  run hull healthcheck run good
  assert_status 0
  [ -z "$output" ]
  run hull inspect --format '{{.State.Health.Status}} {{(index .State.Health.Log 0).Output}}' good
  [ "$output" = "healthy fine" ]
  run hull healthcheck run bad
  assert_status 1
  [ "$output" = unhealthy ]
  run hull inspect --format '{{json .Config.Healthcheck.Test}} {{(index .State.Health.Log 0).Output}}' bad
  [ "$output" = '["CMD","sh","-c","echo no; exit 4"] no' ]
}

@test "healthcheck run refuses containers it cannot check, with Podman's words" {
  hull run -d --name plain localhost/busybox sleep 1000 >/dev/null
  id=$(hull inspect --format '{{.Id}}' plain)
  run hull healthcheck run plain
  assert_status 125
  assert_one_error_line
  [ "$output" = "Error: container $id has no defined healthcheck" ]
  hull create --name idle --health-cmd true localhost/busybox true >/dev/null
  run hull healthcheck run idle
  assert_status 125
  [ "$output" = "Error: container $(hull inspect --format '{{.Id}}' idle) is not running" ]
  run hull healthcheck run nosuch
  assert_status 125
  [ "$output" = 'Error: unable to look up nosuch to perform a health check: no container with name or ID "nosuch" found: no such container' ]
  run hull healthcheck run
  assert_status 125
  [ "$output" = "Error: accepts 1 arg(s), received 0" ]
}

@test "a check that outlives --health-timeout is ended and fails with exit code -1" {
  hull run -d --name hang --health-cmd 'sleep 77' --health-timeout 1s --health-interval 0 \
    localhost/busybox sleep 1000 >/dev/null
  run hull healthcheck run hang
  assert_status 125
  [ "$output" = "Error: healthcheck command exceeded timeout of 1s" ]
  run hull inspect --format '{{(index .State.Health.Log 0).ExitCode}} {{.State.Health.FailingStreak}}' hang
  [ "$output" = "-1 1" ]
  # The check's process was ended, not left running in the container.
  run hull top hang
  [[ "$output" != *"sleep 77"* ]]
}

@test "--health-on-failure kill: the monitor kills the unhealthy container" {
  hull run -d --name k --health-cmd false --health-interval 1s --health-retries 1 --health-on-failure kill \
    localhost/busybox sleep 1000 >/dev/null
  wait_for k '{{.State.Status}} {{.State.ExitCode}}' 'exited 137'
  [ "$(hull inspect --format '{{.State.Health.Status}}' k)" = unhealthy ]
}

@test "--health-on-failure stop: the stop signal, and the container stays stopped" {
  hull run -d --name s --health-cmd false --health-interval 1s --health-retries 1 --health-on-failure stop \
    --restart always localhost/busybox sh -c 'trap "exit 7" TERM; while :; do sleep 0.1; done' >/dev/null
  wait_for s '{{.State.Status}} {{.State.ExitCode}}' 'exited 7'
  sleep 1
  [ "$(hull inspect --format '{{.State.Status}} {{.RestartCount}}' s)" = "exited 0" ]
}

@test "--health-on-failure restart: the monitor starts the container again" {
  hull run -d --name r --health-cmd false --health-interval 1s --health-retries 1 --health-on-failure restart \
    --stop-timeout 1 localhost/busybox sleep 1000 >/dev/null
  first=$(hull inspect --format '{{.State.StartedAt}}' r)
  wait_for r '{{ge .RestartCount 1}}' true
  wait_for r '{{.State.Status}}' running
  [ "$(hull inspect --format '{{.State.StartedAt}}' r)" != "$first" ]
}

@test "the schedule survives stop and start: the new monitor checks again" {
  hull run -d --name web --health-cmd 'echo x >> /checks' --health-interval 1s localhost/busybox sleep 1000 >/dev/null
  wait_for web '{{.State.Health.Status}}' healthy
  hull stop -t 0 web >/dev/null
  before=$(hull start web >/dev/null; hull exec web wc -l /checks | awk '{print $1}')
  run hull inspect --format '{{.State.Health.Status}}' web
  [[ "$output" = starting || "$output" = healthy ]]
  for i in $(seq 300); do
    now=$(hull exec web wc -l /checks | awk '{print $1}')
    [ "$now" -gt "$before" ] && break
    sleep 0.1
  done
  [ "$now" -gt "$before" ]
  wait_for web '{{.State.Health.Status}}' healthy
}

@test "bad --health-* values: one Error: line, exit 125, nothing created" {
  while IFS='|' read -r flags message; do
    # shellcheck disable=SC2086
    run hull create $flags localhost/busybox true
    assert_status 125
    assert_one_error_line
    [ "$output" = "Error: $message" ] || { echo "$flags: $output" >&2; return 1; }
  done <<'CASES'
--health-cmd true --health-interval bogus|invalid healthcheck-interval: time: invalid duration "bogus"
--health-cmd true --health-timeout 0s|healthcheck-timeout must be at least 1 second
--health-cmd true --health-retries 0|healthcheck-retries must be greater than 0
--health-cmd true --health-start-period -1s|healthcheck-start-period must be 0 seconds or greater
--health-cmd true --health-start-period 5|invalid healthcheck-start-period: time: missing unit in duration "5"
--health-cmd true --health-timeout 1x|invalid healthcheck-timeout: time: unknown unit "x" in duration "1x"
--health-cmd true --health-on-failure bogus|invalid on-failure action "bogus" for health check: supported actions are none,kill,restart,stop
--no-healthcheck --health-cmd true|cannot specify both --no-healthcheck and --health-cmd
--health-on-failure kill|cannot set on-failure action to kill without a health check
CASES
  run hull ps -a -q
  [ -z "$output" ]
}

@test "the monitor of a container with a 1 s check stays small" {
  hull run -d --name web --health-cmd true --health-interval 1s localhost/busybox sleep 1000 >/dev/null
  wait_for web '{{ge (len .State.Health.Log) 3}}' true
  monitor=$(hull inspect --format '{{.State.ConmonPid}}' web)
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$monitor/status")
  echo "monitor RSS: $rss kB" >&3
  # The issue's target for a monitor: 4 MB resident.
  [ "$rss" -le 4096 ]
}

@test "the image's HEALTHCHECK runs with Podman's defaults; --no-healthcheck and --health-cmd override it" {
  python3 "$BATS_TEST_DIRNAME/../fixtures/oci-layout.py" "$STORE/layout" latest "$BUSYBOX_TAR" \
    --healthcheck '{"Test":["CMD-SHELL","echo from-image"],"Interval":1000000000}'
  tar -C "$STORE/layout" -cf "$STORE/hc.tar" .
  id=$(hull load -q -i "$STORE/hc.tar" | sed 's/.*sha256://')
  hull tag "$id" localhost/hc:latest
  hull run -d --name img localhost/hc sleep 1000 >/dev/null
  run hull inspect --format '{{json .Config.Healthcheck}}' img
  [ "$output" = '{"Test":["CMD-SHELL","echo from-image"],"Interval":1000000000,"Timeout":30000000000,"Retries":3}' ]
  wait_for img '{{.State.Health.Status}} {{(index .State.Health.Log 0).Output}}' 'healthy from-image'
  hull run -d --name off --no-healthcheck localhost/hc sleep 1000 >/dev/null
  run hull inspect --format '{{json .Config.Healthcheck.Test}} {{json .State.Health}}' off
  [ "$output" = '["NONE"] {"Status":"","FailingStreak":0,"Log":null}' ]
  run hull healthcheck run off
  assert_status 125
  hull run -d --name mine --health-cmd 'echo mine' --health-interval 0 localhost/hc sleep 1000 >/dev/null
  hull healthcheck run mine
  [ "$(hull inspect --format '{{(index .State.Health.Log 0).Output}}' mine)" = mine ]
}
