#!/usr/bin/env bats
# create, start, ps, inspect and rm.

load helpers

setup() { setup_with_image; }
teardown() { teardown_store; }

@test "create prints the full id and the container is Created" {
  run hull create --name c1 busybox echo hi
  assert_status 0
  [[ "$output" =~ ^[0-9a-f]{64}$ ]]
  id=$output
  run hull ps -a --format '{{.ID}} {{.Names}} {{.Status}} {{.Command}}'
  [ "$output" = "${id:0:12} c1 Created echo hi" ]
  run hull ps -q
  [ -z "$output" ]
}

@test "start -a runs a created container in the foreground" {
  hull create --name c2 busybox sh -c 'echo started; exit 4' >/dev/null
  run hull start -a c2
  assert_status 4
  [ "$output" = "started" ]
  run hull ps -a --format '{{.Status}}'
  [[ "$output" == "Exited (4) "*" ago" ]]
}

@test "start runs a container detached; its output goes to the log" {
  hull create --name bg busybox sh -c 'echo out; echo err >&2; sleep 1' >/dev/null
  run hull start bg
  assert_status 0
  [ "$output" = "bg" ]
  run hull ps --format '{{.Names}} {{.State}}'
  [ "$output" = "bg running" ]
  for _ in $(seq 60); do [ -z "$(hull ps -q)" ] && break; sleep 0.1; done
  run hull inspect --format '{{.State.Status}} {{.State.ExitCode}}' bg
  [ "$output" = "exited 0" ]
  log=$(hull inspect --format '{{.LogPath}}' bg)
  grep -E '^[0-9T:.-]+Z stdout F out$' "$log"
  grep -E '^[0-9T:.-]+Z stderr F err$' "$log"
}

@test "start returns at once inside \$(...) and keeps no caller fd open" {
  hull create --name slow busybox sleep 5 >/dev/null
  start=$(date +%s%N)
  out=$(hull start slow)
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  [ "$out" = "slow" ]
  echo "elapsed ${elapsed} ms"
  [ "$elapsed" -lt 3000 ]
  hull rm -f slow
}

@test "start of an unknown container exits 125" {
  run hull start nosuch
  assert_status 125
  assert_one_error_line
}

@test "ps shows running containers by default and all with -a" {
  hull create --name idle busybox true >/dev/null
  hull create --name busy busybox sleep 30 >/dev/null
  hull start busy >/dev/null
  run hull ps --format '{{.Names}}'
  [ "$output" = "busy" ]
  run hull ps -a --format '{{.Names}}'
  [ "${#lines[@]}" -eq 2 ]
  run hull ps
  [[ "${lines[0]}" =~ ^CONTAINER\ ID\ +IMAGE\ +COMMAND\ +CREATED\ +STATUS\ +PORTS\ +NAMES$ ]]
  [[ "${lines[1]}" == *"Up "* ]]
  run hull ps -a --filter status=created --format '{{.Names}}'
  [ "$output" = "idle" ]
  run hull ps --filter name=^bu --format '{{.Names}}'
  [ "$output" = "busy" ]
  hull rm -f busy >/dev/null
}

@test "ps --format json, --no-trunc and table templates" {
  id=$(hull create --name j1 --label tier=web busybox true)
  run hull ps -a --format json
  [[ "$output" == *"\"Id\": \"$id\""* ]]
  run hull ps -a --no-trunc -q
  [ "$output" = "$id" ]
  run hull ps -a --format 'table {{.ID}}\t{{.Names}}'
  [[ "${lines[0]}" =~ ^CONTAINER\ ID\ +NAMES$ ]]
  run hull ps -a --format '{{index .Labels "tier"}} {{.Labels.tier}}'
  [ "$output" = "web web" ]
  run hull ps -a --format '{{.Nope'
  assert_status 125
  assert_one_error_line
}

@test "inspect gives Podman's fields; unknown objects fail" {
  hull create --name i1 busybox true >/dev/null
  run hull inspect i1
  [ "${lines[0]}" = "[" ]
  run hull inspect --format '{{.State.Running}} {{.State.Pid}} {{.ImageName}} {{json .Config.Cmd}}' i1
  [ "$output" = 'false 0 localhost/busybox:latest ["true"]' ]
  hull create --name i2 -it busybox sh >/dev/null
  run hull inspect --format '{{.Config.Tty}} {{.Config.OpenStdin}}' i1 i2
  [ "$output" = $'false false\ntrue true' ]
  run hull container inspect --format '{{.Id}}' i1
  [[ "$output" =~ ^[0-9a-f]{64}$ ]]
  run hull inspect nosuch
  assert_status 125
}

@test "containers are found by name, full id and unique id prefix" {
  id=$(hull create --name p1 busybox true)
  run hull inspect --format '{{.Name}}' "${id:0:5}"
  [ "$output" = "p1" ]
  run hull inspect --format '{{.Name}}' "$id"
  [ "$output" = "p1" ]
}

@test "rm echoes its arguments; unknown exits 1, running exits 2" {
  hull create --name r1 busybox true >/dev/null
  run hull rm r1
  assert_status 0
  [ "$output" = "r1" ]
  run hull rm r1
  assert_status 1
  assert_one_error_line
  [[ "$output" == *'no container with name or ID "r1" found'* ]]
  run hull rm -f r1
  assert_status 0
  [ -z "$output" ]
  hull create --name r2 busybox sleep 30 >/dev/null
  hull start r2 >/dev/null
  run hull rm r2
  assert_status 2
  assert_one_error_line
  run hull rm -f r2
  assert_status 0
  [ -z "$(hull ps -aq)" ]
  assert_no_mounts
}

@test "rm removes every file of the container and frees its name" {
  id=$(hull create --name gone busybox true)
  hull start -a gone
  hull rm gone >/dev/null
  [ ! -e "$HULL_ROOT_DIR/containers/$id" ]
  [ ! -e "$HULL_RUN_DIR/containers/$id" ]
  [ ! -e "$HULL_ROOT_DIR/names/gone" ]
  run hull create --name gone busybox true
  assert_status 0
}

@test "rm -a removes all containers" {
  hull create busybox true >/dev/null
  hull create busybox true >/dev/null
  run hull rm -a
  assert_status 0
  [ "${#lines[@]}" -eq 2 ]
  [ -z "$(hull ps -aq)" ]
}

@test "hull killed with SIGKILL during create: ps still reads, rm -f cleans, the names are free" {
  for i in $(seq 8); do
    "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" create --name k$i busybox true >/dev/null 2>&1 &
    pid=$!
    sleep "0.00$i"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  run hull ps -a --format '{{.Names}}'
  assert_status 0
  run hull rm -f -a
  assert_status 0
  [ -z "$(hull ps -aq)" ]
  for i in $(seq 8); do
    run hull create --name k$i busybox true
    assert_status 0
  done
  hull rm -f -a >/dev/null
  [ -z "$(ls "$HULL_ROOT_DIR/tmp")" ]
  [ -z "$(ls "$HULL_ROOT_DIR/containers")" ]
  assert_no_mounts
}

# The root of a --rm container skips the overlay's syncs ("volatile", as
# Podman mounts it for --rm): no fsync per copy-up, no syncfs of the
# store's file system when it exits.
@test "run --rm: a volatile root overlay; without --rm the syncs stay; a --rm container whose hull was killed is gone" {
  run hull run --rm busybox awk '$5 == "/" { print $0 }' /proc/self/mountinfo
  assert_status 0
  [[ $output == *volatile* ]]
  run hull run --name kept busybox awk '$5 == "/" { print $0 }' /proc/self/mountinfo
  assert_status 0
  [[ $output == *overlay* && $output != *volatile* ]]
  # Its hull killed, the kernel kills the container (parent-death signal);
  # the next command that looks finds it gone, as --rm asked, and clears
  # what the run left.
  "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" run --rm --name killed busybox sleep 60 >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 100); do [ "$(hull inspect --format '{{.State.Status}}' killed 2>/dev/null)" = running ] && break; sleep 0.05; done
  id=$(hull inspect --format '{{.Id}}' killed)
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true
  for _ in $(seq 100); do [ ! -e "/proc/$(sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "$HULL_ROOT_DIR/containers/$id/state.json")" ] && break; sleep 0.05; done
  run hull ps -aq --filter name=killed
  assert_status 0
  [ -z "$output" ]
  [ ! -e "$HULL_ROOT_DIR/containers/$id" ]
  [ ! -e "$HULL_RUN_DIR/containers/$id" ] && [ ! -e "$HULL_RUN_DIR/containers/$id.lock" ]
  [ ! -e "/sys/fs/cgroup/pids/hull/$id" ] && [ ! -e "/sys/fs/cgroup/unified/hull/$id" ]
  run hull run --rm --name killed busybox echo again
  assert_status 0
  [ "$output" = again ]
  hull rm kept >/dev/null
  assert_no_mounts
}

@test "an rm -f killed with SIGKILL can simply be run again and finishes" {
  ids=()
  for i in $(seq 5); do
    ids+=("$(hull run -d --name v$i busybox sleep 60)")
    "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" rm -f v$i >/dev/null 2>&1 &
    pid=$!
    sleep "0.0$i"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    run hull rm -f v$i
    assert_status 0
  done
  [ -z "$(hull ps -aq)" ]
  [ -z "$(ls "$HULL_ROOT_DIR/containers")" ]
  [ -z "$(ls "$HULL_ROOT_DIR/names")" ]
  [ -z "$(ls "$HULL_ROOT_DIR/tmp")" ]
  for id in "${ids[@]}"; do
    [ ! -e "/sys/fs/cgroup/pids/hull/$id" ] && [ ! -e "/sys/fs/cgroup/hull/$id" ]
  done
  assert_no_mounts
}

@test "a foreground run's output is also in its log, streams kept apart" {
  # stdout and stderr to different files: two streams, logged apart.
  run hull run --name fg busybox sh -c 'echo to-out; echo to-err >&2; exit 3'
  assert_status 3
  hull run --name fg2 busybox sh -c 'echo visible; echo hidden >&2' >"$STORE/out" 2>"$STORE/err"
  [ "$(cat "$STORE/out")" = visible ]
  [ "$(cat "$STORE/err")" = hidden ]
  run hull logs fg2
  [[ "$output" == *"visible"* ]]
  [[ "$output" == *"hidden"* ]]
  grep -q 'stderr F hidden' "$HULL_ROOT_DIR"/containers/*/ctr.log
  # One file for both (2>&1): one stream, the container's order kept.
  run hull run --rm busybox sh -c 'echo 1; echo 2 >&2; echo 3; echo 4 >&2'
  [ "$output" = "$(printf '1\n2\n3\n4')" ]
  run hull logs fg
  [[ "$output" == *"to-out"*"to-err"* ]]
}

@test "after a reboot empties the run-time directory, stopped containers still start and rm" {
  # /run and /run/user/UID are tmpfs: a reboot leaves the store's
  # containers but none of the run-time files, not even the directory.
  hull run --name before-boot busybox true
  hull create --name created-before busybox sh -c 'echo again'
  rm -rf "$HULL_RUN_DIR"
  run hull ps -a --format '{{.Names}}'
  assert_status 0
  [[ "$output" == *before-boot* ]]
  run hull start -a before-boot
  assert_status 0
  rm -rf "$HULL_RUN_DIR"
  run hull start -a created-before
  assert_status 0
  [ "$output" = "again" ]
  rm -rf "$HULL_RUN_DIR"
  run hull rm before-boot created-before
  assert_status 0
  run hull ps -a -q
  [ -z "$output" ]
}
