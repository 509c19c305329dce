#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The container verbs' flags that cleanup and CI scripts lean on, as Podman
# has them (Tests/differential compares the same lines with podman itself).

load helpers

setup() { setup_with_image; }
teardown() { teardown_store; }

@test "rm -t 0 --all --force --ignore removes running and created containers, printing full ids" {
  a=$(hull create --name a busybox true)
  b=$(hull run -d --name b busybox sleep 1000)
  run hull rm -t 0 --all --force --ignore
  assert_status 0
  [ "$(echo "$output" | sort)" = "$(printf '%s\n' "$a" "$b" | sort)" ]
  [ -z "$(hull ps -aq)" ]
}

@test "rm --time needs --force" {
  hull create --name a busybox true >/dev/null
  run -125 hull rm -t 0 a
  assert_one_error_line
  [[ "$output" == *"--force option must be specified to use the --time option"* ]]
}

@test "rm of a container another joins (--network container:X) is refused; --depend removes both" {
  a=$(hull create --name a busybox true)
  b=$(hull create --name b --network container:a busybox true)
  run -125 hull rm a
  [ "$output" = "Error: container $a has dependent containers which must be removed before it: $b: container already exists" ]
  run hull rm --depend a
  assert_status 0
  [ "$output" = "$(printf '%s\n%s' "$b" "$a")" ]
  [ -z "$(hull ps -aq)" ]
}

@test "ps --all --external lists ids and names" {
  id=$(hull create --name one busybox true)
  run hull ps --all --external --format '{{.ID}} {{.Names}}'
  assert_status 0
  [ "$output" = "${id:0:12} one" ]
}

@test "ps lists in creation order; --sort, -n/--last and -l/--latest pick and order" {
  for n in c a b; do hull create --name $n busybox true >/dev/null; done
  [ "$(hull ps -a --format '{{.Names}}' | tr '\n' ' ')" = "c a b " ]
  [ "$(hull ps -a --sort names --format '{{.Names}}' | tr '\n' ' ')" = "a b c " ]
  # --last and --latest look at stopped containers without --all.
  [ "$(hull ps -n 2 --format '{{.Names}}' | tr '\n' ' ')" = "a b " ]
  [ "$(hull ps --latest --format '{{.Names}}')" = "b" ]
  run -125 hull ps -l -n 2
  [ "$output" = "Error: last and latest are mutually exclusive" ]
}

@test "ps -s shows what the container wrote and its virtual size" {
  hull run --name w busybox sh -c 'head -c 5000 /dev/zero > /file' >/dev/null
  run hull ps -a -s --format '{{.Size}}'
  assert_status 0
  [[ "$output" =~ ^5(\.[0-9]+)?kB\ \(virtual\ [0-9.]+MB\)$ ]]
}

@test "ps --filter status=stopped matches exited containers" {
  hull run --name done busybox true >/dev/null
  hull create --name fresh busybox true >/dev/null
  run hull ps --filter status=stopped --format '{{.Names}}'
  [ "$output" = "done" ]
}

@test "start --all and start --filter start what is not running" {
  a=$(hull create --name a busybox sleep 1000)
  b=$(hull create --name b busybox sleep 1000)
  run hull start --filter name=a
  [ "$output" = "$a" ]
  run hull start --all
  [ "$output" = "$b" ]
  [ "$(hull ps --format '{{.Names}}' | sort | tr '\n' ' ')" = "a b " ]
  run -125 hull start --all a
  [ "$output" = "Error: either start all containers or the container(s) provided in the arguments" ]
}

@test "stop --timeout that runs out warns before SIGKILL; the status is stopping meanwhile" {
  hull run -d --name a busybox sleep 1000 >/dev/null
  hull stop --timeout 3 a 2>"$BATS_TEST_TMPDIR/stop.err" &
  stopper=$!
  for _ in $(seq 50); do
    [ "$(hull inspect --format '{{.State.Status}}' a)" = stopping ] && break
    sleep 0.1
  done
  [ "$(hull inspect --format '{{.State.Status}}' a)" = stopping ]
  wait "$stopper"
  grep -q 'StopSignal SIGTERM failed to stop container a in 3 seconds, resorting to SIGKILL' "$BATS_TEST_TMPDIR/stop.err"
  [ "$(hull inspect --format '{{.State.Status}} {{.State.ExitCode}}' a)" = "exited 137" ]
}

@test "wait --condition returns once the state is reached" {
  hull create --name a busybox sh -c 'sleep 1; exit 3' >/dev/null
  run hull wait --condition created a
  [ "$output" = "-1" ]
  hull start a >/dev/null
  run hull wait --condition running a
  [ "$output" = "-1" ]
  run hull wait --condition stopped a
  [ "$output" = "3" ]
  run -125 hull wait --condition bogus a
  [ "$output" = "Error: unknown container state: bogus: invalid argument" ]
}

@test "inspect shows the resources and policies asked for in .HostConfig" {
  hull create --name a --memory 64m --cpus 1.5 --pids-limit 100 -v /tmp:/host-tmp:ro --restart on-failure:3 busybox true >/dev/null
  run hull inspect --format '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.PidsLimit}} {{.HostConfig.Binds}} {{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}' a
  [ "$output" = "67108864 1500000000 100 [/tmp:/host-tmp:ro,rprivate,rbind] on-failure:3" ]
}

@test "a field the object does not have is a template error, a missing label is not" {
  hull create --name a --label k=v busybox true >/dev/null
  run -125 hull inspect --format '{{.State.Nope}}' a
  [ "$output" = 'Error: inspecting object: printing inspect output: template: inspect:1:19: executing "inspect" at <.State.Nope>: can'"'"'t evaluate field Nope in type *define.InspectContainerState' ]
  run -125 hull ps -a --format '{{.Nope}}'
  [ "$output" = 'Error: template: ps:1:13: executing "ps" at <.Nope>: can'"'"'t evaluate field Nope in type containers.psReporter' ]
  run hull inspect --format '{{.Config.Labels.k}} {{.Config.Labels.missing}}' a
  [ "$output" = "v <no value>" ]
}

@test "create --replace removes the container holding the name first and prints its name" {
  old=$(hull create --name a busybox true)
  run hull create --replace --name a busybox echo new
  assert_status 0
  [ "${lines[0]}" = "a" ]
  [[ "${lines[1]}" =~ ^[0-9a-f]{64}$ ]]
  [ "$(hull ps -a --format '{{.Names}} {{.Command}}')" = "a echo new" ]
  run -125 hull create --replace busybox true
  [ "$output" = "Error: cannot replace container without --name being set" ]
}

@test "every container has TERM=xterm and /run/.containerenv; --unsetenv drops defaults" {
  run hull run --rm busybox sh -c 'echo $TERM; test -f /run/.containerenv && echo present'
  [ "$output" = $'xterm\npresent' ]
  run hull run --rm --unsetenv TERM busybox sh -c 'echo "[${TERM-unset}]"'
  [ "$output" = "[unset]" ]
  run hull run --rm --privileged --name p busybox grep '^name=' /run/.containerenv
  [ "$output" = 'name="p"' ]
}

@test "--shm-size sizes /dev/shm; --ipc none has none; --pid host sees the host's processes" {
  run hull run --rm --shm-size 2m busybox sh -c "df -k /dev/shm | awk 'NR==2 {print \$2}'"
  [ "$output" = 2048 ]
  run hull run --rm --ipc none busybox sh -c 'grep -q " /dev/shm " /proc/mounts && echo shm || echo none'
  [ "$output" = none ]
  run hull run --rm --pid host busybox cat /proc/1/comm
  [ "$output" = "$(cat /proc/1/comm)" ]
}

@test "cp copies between two containers" {
  hull create --name a busybox true >/dev/null
  hull create --name b busybox cat /tmp/p >/dev/null
  run hull cp a:/etc/group b:/tmp/p
  assert_status 0
  run hull start --attach b
  [ "${lines[0]}" = "root:x:0:" ]
}
