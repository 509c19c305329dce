#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# Detached containers: run -d, logs, stop, kill, wait, restart, exec.

load helpers

setup() { setup_with_image; }
teardown() { teardown_store; }

wait_running() {
  for _ in $(seq 50); do
    [ "$(hull inspect --format '{{.State.Status}}' "$1")" = running ] && return 0
    sleep 0.1
  done
  return 1
}

@test "run -d prints the full id and returns at once inside \$(...)" {
  start=$(date +%s%N)
  id=$(hull run -d --name d1 busybox sleep 30)
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  [[ "$id" =~ ^[0-9a-f]{64}$ ]]
  [ "$elapsed" -lt 1000 ]
  run hull ps --format '{{.Names}} {{.State}}'
  [ "$output" = "d1 running" ]
}

@test "run -d of a missing command fails at once with 127" {
  run -127 hull run -d busybox nosuchcmd
  assert_one_error_line
  run hull ps -a --format '{{.Status}}'
  [[ "$output" == "Exited (127)"* ]]
}

@test "logs shows stdout and stderr; --tail, -t and --since" {
  # Pauses keep the order of the two streams, which travel on separate pipes.
  hull run -d --name l1 busybox sh -c 'echo one; sleep 0.2; echo two >&2; sleep 0.2; echo three' >/dev/null
  hull wait l1 >/dev/null
  run hull logs l1
  [ "${lines[0]}" = "one" ] && [ "${lines[1]}" = "two" ] && [ "${lines[2]}" = "three" ]
  run --separate-stderr hull logs l1
  [ "$output" = $'one\nthree' ]
  [ "$stderr" = "two" ]
  run hull logs --tail 1 l1
  [ "$output" = "three" ]
  run hull logs -t --tail 1 l1
  [[ "$output" =~ ^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z\ three$ ]]
  run hull logs --since 2099-01-01T00:00:00Z l1
  [ -z "$output" ]
  run hull logs --since 10m l1
  [ "${#lines[@]}" -eq 3 ]
  run hull logs --since yesterday l1
  assert_status 125
}

@test "logs -f follows a running container and ends when it exits" {
  hull run -d --name f1 busybox sh -c 'echo a; sleep 1; echo b' >/dev/null
  run timeout 10 "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" logs -f f1
  assert_status 0
  [ "$output" = $'a\nb' ]
}

@test "logs of several containers prefix the short id" {
  a=$(hull run -d busybox echo from-a)
  b=$(hull run -d busybox echo from-b)
  hull wait "$a" "$b" >/dev/null
  run hull logs "$a" "$b"
  [ "${lines[0]}" = "${a:0:12} from-a" ]
  [ "${lines[1]}" = "${b:0:12} from-b" ]
}

@test "stop sends SIGTERM to a process that handles it" {
  hull run -d --name s1 busybox sh -c 'trap "echo bye; exit 0" TERM; while true; do sleep 0.1; done' >/dev/null
  wait_running s1
  sleep 0.3
  run hull stop s1
  assert_status 0
  [ "$output" = "s1" ]
  run hull inspect --format '{{.State.Status}} {{.State.ExitCode}}' s1
  [ "$output" = "exited 0" ]
  run hull logs s1
  [ "$output" = "bye" ]
}

@test "stop of a PID 1 that ignores SIGTERM waits the timeout, then 137" {
  hull run -d --name s2 busybox sleep 60 >/dev/null
  wait_running s2
  start=$(date +%s)
  run hull stop -t 1 s2
  assert_status 0
  [ $(( $(date +%s) - start )) -ge 1 ]
  run hull inspect --format '{{.State.ExitCode}}' s2
  [ "$output" = "137" ]
  run hull stop s2
  assert_status 0
}

@test "--stop-signal and kill -s" {
  hull run -d --name k1 --stop-signal USR1 busybox sh -c 'trap "echo usr1; exit 3" USR1; while true; do sleep 0.1; done' >/dev/null
  wait_running k1
  sleep 0.3
  hull stop k1 >/dev/null
  run hull inspect --format '{{.State.ExitCode}}' k1
  [ "$output" = "3" ]
  hull run -d --name k2 busybox sh -c 'trap "exit 7" HUP; while true; do sleep 0.1; done' >/dev/null
  wait_running k2
  sleep 0.3
  run hull kill -s HUP k2
  assert_status 0
  [ "$output" = "k2" ]
  run hull wait k2
  [ "$output" = "7" ]
}

@test "kill: bad signal, unknown container, stopped container" {
  hull create --name k3 busybox true >/dev/null
  run hull kill -s NOPE k3
  assert_status 125
  assert_one_error_line
  run hull kill nosuch
  assert_status 125
  run hull kill k3
  assert_status 125
  assert_one_error_line
}

@test "wait prints the exit code of each container" {
  a=$(hull run -d busybox sh -c 'exit 2')
  b=$(hull run -d busybox sh -c 'sleep 0.5; exit 9')
  run hull wait "$a" "$b"
  [ "${lines[0]}" = "2" ]
  [ "${lines[1]}" = "9" ]
}

@test "restart runs the container again" {
  hull run -d --name r1 busybox sh -c 'echo run' >/dev/null
  hull wait r1 >/dev/null
  run hull restart r1
  assert_status 0
  hull wait r1 >/dev/null
  run hull logs r1
  [ "$output" = $'run\nrun' ]
}

@test "run -d --rm removes the container when it exits" {
  id=$(hull run -d --rm busybox true)
  for _ in $(seq 50); do [ -z "$(hull ps -aq)" ] && break; sleep 0.1; done
  [ -z "$(hull ps -aq)" ]
  [ ! -e "$HULL_ROOT_DIR/containers/$id" ]
}

@test "exec runs in the container's namespaces with its settings" {
  hull run -d --name e1 -e FROM_RUN=1 -w /tmp --hostname eh busybox sleep 60 >/dev/null
  wait_running e1
  run hull exec e1 sh -c 'hostname; pwd; echo $FROM_RUN; tr "\0" " " </proc/1/cmdline'
  assert_status 0
  [ "${lines[0]}" = "eh" ]
  [ "${lines[1]}" = "/tmp" ]
  [ "${lines[2]}" = "1" ]
  [ "${lines[3]}" = "sleep 60 " ]
  run hull exec -e X=2 -u app -w / e1 sh -c 'echo $X; id -u; pwd'
  [ "$output" = $'2\n1000\n/' ]
  run bash -c "echo piped | '$HULL_BIN' --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' exec -i e1 cat"
  [ "$output" = "piped" ]
}

@test "exec passes exit codes through: 0, N, 126, 127" {
  hull run -d --name e2 busybox sleep 60 >/dev/null
  wait_running e2
  run hull exec e2 sh -c 'exit 6'
  assert_status 6
  run -127 hull exec e2 nosuchcmd
  assert_one_error_line
  run -126 hull exec e2 /etc/passwd
  assert_one_error_line
}

@test "exec -d leaves the process running in the container" {
  hull run -d --name e3 busybox sleep 60 >/dev/null
  wait_running e3
  run hull exec -d e3 sh -c 'echo bg > /tmp/marker; sleep 30'
  assert_status 0
  sleep 0.5
  run hull exec e3 cat /tmp/marker
  [ "$output" = "bg" ]
}

@test "parallel execs into one container all succeed" {
  hull run -d --name e4 busybox sleep 60 >/dev/null
  wait_running e4
  for i in $(seq 10); do
    ( rc=0; "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" exec e4 sh -c "exit $i" || rc=$?; echo $rc >"$STORE/exec.$i" ) &
  done
  wait
  for i in $(seq 10); do [ "$(cat "$STORE/exec.$i")" = "$i" ]; done
}

@test "exec into a stopped or unknown container exits 125" {
  hull create --name e5 busybox true >/dev/null
  run hull exec e5 true
  assert_status 125
  assert_one_error_line
  run hull exec nosuch true
  assert_status 125
  assert_one_error_line
}

@test "50 parallel run -d give exactly 50 running containers" {
  for i in $(seq 50); do
    "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" run -d busybox sleep 30 >"$STORE/id.$i" 2>&1 &
  done
  wait
  # Shown when the test fails: what the runs that gave no id said.
  grep -vhE '^[0-9a-f]{64}$' "$STORE"/id.* || true
  [ "$(cat "$STORE"/id.* | grep -cE '^[0-9a-f]{64}$')" -eq 50 ]
  [ "$(hull ps -q | wc -l)" -eq 50 ]
  run hull rm -f -a
  assert_status 0
  [ -z "$(hull ps -aq)" ]
}

@test "rename keeps the container and moves its name" {
  hull create --name before busybox true >/dev/null
  hull create --name taken busybox true >/dev/null
  run hull rename before after
  assert_status 0
  run hull ps -a --format '{{.Names}}'
  [[ "$output" == *after* ]] && [[ "$output" != *before* ]]
  run hull rename after taken
  assert_status 125
  assert_one_error_line
  run hull create --name before busybox true
  assert_status 0
}

@test "diff lists added, changed and deleted paths" {
  hull run --name d2 busybox sh -c 'echo x > /newfile; rm /etc/group; mkdir /tmp/d'
  run hull diff d2
  assert_status 0
  [ "$output" = $'C /etc\nD /etc/group\nA /newfile\nC /tmp\nA /tmp/d' ]
  run hull diff --format json d2
  [[ "$output" == *'"deleted": ['* ]]
}

@test "top lists the container's processes with its own pids" {
  hull run -d --name tp busybox sh -c 'sleep 100 & exec sleep 200' >/dev/null
  sleep 0.5
  run hull top tp
  assert_status 0
  [[ "${lines[0]}" =~ ^USER\ +PID\ +PPID\ +%CPU\ +ELAPSED\ +TTY\ +TIME\ +COMMAND$ ]]
  [[ "${lines[1]}" =~ ^root\ +1\ +0\ + ]]
  [[ "$output" == *"sleep 100"* ]]
  hull create --name notrunning busybox true >/dev/null
  run hull top notrunning
  assert_status 125
}

@test "container prune removes stopped containers only" {
  hull create --name p1 busybox true >/dev/null
  hull run --name p2 busybox true
  hull run -d --name p3 busybox sleep 30 >/dev/null
  run hull container prune -f
  assert_status 0
  [ "${#lines[@]}" -eq 2 ]
  run hull ps -a --format '{{.Names}}'
  [ "$output" = "p3" ]
}

@test "--init runs a PID 1 that reaps orphans and relays signals" {
  run hull run --rm --init busybox sh -c 'sh -c "sleep 0.2 & exit 0"; sleep 0.5; ps -o stat= | grep -c "^Z" || true; echo $$; exit 4'
  assert_status 4
  [ "${lines[0]}" = "0" ]
  [ "${lines[1]}" != "1" ]
  hull run -d --init --name in1 busybox sleep 100 >/dev/null
  sleep 0.3
  run hull stop -t 5 in1
  assert_status 0
  # SIGTERM reached sleep through the init: 128+15, no 5-second wait.
  run hull inspect --format '{{.State.ExitCode}}' in1
  [ "$output" = "143" ]
}

@test "--restart on-failure:N retries N times; always stops on stop" {
  hull run -d --name rp --restart on-failure:2 busybox sh -c 'echo try; exit 1' >/dev/null
  for _ in $(seq 60); do [ "$(hull logs rp | wc -l)" -ge 3 ] && [ -z "$(hull ps -q)" ] && break; sleep 0.1; done
  sleep 0.5
  [ "$(hull logs rp | wc -l)" -eq 3 ]
  run hull inspect --format '{{.State.Status}} {{.State.ExitCode}}' rp
  [ "$output" = "exited 1" ]
  hull run -d --name ra --restart always busybox sh -c 'echo a; sleep 0.2' >/dev/null
  sleep 1
  hull stop ra >/dev/null
  sleep 0.5
  run hull ps --format '{{.Names}}'
  [ -z "$output" ]
  run hull run --rm --restart always busybox true
  assert_status 125
  run hull run --restart sometimes busybox true
  assert_status 125
  assert_one_error_line
}

@test "commit turns a container's changes into an image" {
  hull run --name src -e GREETING=hi busybox sh -c 'echo payload > /data; rm /etc/group; mkdir -p /opt/app'
  run hull commit -q --change 'CMD ["cat","/data"]' src localhost/committed:1
  assert_status 0
  [[ "$output" =~ ^[0-9a-f]{64}$ ]]
  run hull run --rm committed:1
  [ "$output" = "payload" ]
  run hull run --rm committed:1 sh -c 'ls /etc/group 2>&1; echo $GREETING; test -d /opt/app && echo dir'
  [[ "${lines[0]}" == *"No such file"* ]]
  [ "${lines[1]}" = "hi" ]
  [ "${lines[2]}" = "dir" ]
  run hull image inspect --format '{{len .RootFS.Layers}}' committed:1
  [ "$output" = "2" ]
  run hull commit nosuch img
  assert_status 125
}

@test "--log-opt max-size rotates the log and logs reads both parts" {
  hull run -d --name lr --log-opt max-size=1k busybox sh -c 'for i in $(seq 60); do echo line-$i; sleep 0.01; done' >/dev/null
  hull wait lr >/dev/null
  dir=$HULL_ROOT_DIR/containers/$(hull inspect --format '{{.Id}}' lr)
  [ -f "$dir/ctr.log.1" ]
  [ "$(stat -c %s "$dir/ctr.log")" -lt 2048 ]
  run hull logs lr
  [ "${lines[-1]}" = "line-60" ]
  run hull run --log-opt bogus=1 busybox true
  assert_status 125
  assert_one_error_line
}

@test "ps --filter before= and since=" {
  hull create --name first busybox true >/dev/null
  hull create --name middle busybox true >/dev/null
  hull create --name last busybox true >/dev/null
  run hull ps -a --filter since=middle --format '{{.Names}}'
  [ "$output" = "last" ]
  run hull ps -a --filter before=middle --format '{{.Names}}'
  [ "$output" = "first" ]
  run hull ps -a --filter since=nosuch
  assert_status 125
}
