#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# hull run: isolation, command rules, exit codes and cleanup.

load helpers

setup() { setup_with_image; }
teardown() { teardown_store; }

@test "run prints the command's output and passes exit code 0" {
  run hull run --rm busybox echo hello
  assert_status 0
  [ "$output" = "hello" ]
}

@test "env, workdir, hostname and name" {
  run hull run --name web -e A=1 -w /tmp --hostname h1 busybox sh -c 'echo $A; pwd; hostname; cat /etc/hostname; echo $HOSTNAME'
  assert_status 0
  [ "${lines[0]}" = "1" ]
  [ "${lines[1]}" = "/tmp" ]
  [ "${lines[2]}" = "h1" ]
  [ "${lines[3]}" = "h1" ]
  [ "${lines[4]}" = "h1" ]
  run hull inspect --format '{{.Name}} {{.State.Status}} {{.State.ExitCode}} {{.Config.Hostname}}' web
  [ "$output" = "web exited 0 h1" ]
}

@test "the container's exit code becomes hull's" {
  run hull run --rm busybox sh -c 'exit 3'
  assert_status 3
}

@test "a container killed by signal N gives 128+N" {
  "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" run --name sig busybox sleep 100 &
  pid=$!
  for _ in $(seq 50); do [ "$(hull ps -q | wc -l)" -eq 1 ] && break; sleep 0.1; done
  kill -9 "$(hull inspect --format '{{.State.Pid}}' sig)"
  status=0
  wait "$pid" || status=$?
  [ "$status" -eq 137 ]
  run hull inspect --format '{{.State.ExitCode}}' sig
  [ "$output" = "137" ]
}

@test "a command that is not found exits 127 with one error line" {
  run -127 hull run --rm busybox nosuchcmd
  assert_one_error_line
  [[ "$output" == *nosuchcmd* ]]
  run -127 hull run --rm busybox /no/such/path
}

@test "a command that cannot be invoked exits 126" {
  run -126 hull run --rm busybox /etc/passwd
  assert_one_error_line
}

@test "an unknown image exits 125" {
  # Not in the store, so run tries to pull it (docker.io, unreachable here).
  run hull run --rm -q nosuchimage true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"nosuchimage"* ]]
  run hull run --rm --pull=never nosuchimage true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"nosuchimage: image not known"* ]]
}

@test "run --rm leaves no container, directory or mount behind" {
  hull run --rm busybox true
  run hull ps -aq
  [ -z "$output" ]
  [ -z "$(ls "$HULL_ROOT_DIR/containers")" ]
  [ -z "$(ls "$HULL_ROOT_DIR/tmp")" ]
  [ -z "$(ls "$HULL_RUN_DIR/containers" | grep -v '^$')" ]
  assert_no_mounts
}

@test "the container has its own pid, uts, ipc and network namespaces" {
  run hull run --rm busybox sh -c 'echo $$; ps -o pid | wc -l; ls /sys/class/net; readlink /proc/self/ns/ipc'
  assert_status 0
  [ "${lines[0]}" = "1" ]
  [ "${lines[2]}" = "lo" ]
  [ "${lines[3]}" != "$(readlink /proc/self/ns/ipc)" ]
  run hull run --rm busybox cat /sys/class/net/lo/operstate
  [ "$output" != "down" ]
}

@test "the container sees its image as / and cannot see the host's files" {
  touch "$STORE/host-only-file"
  run hull run --rm busybox sh -c "ls $STORE/host-only-file; ls /bin/busybox"
  [ "${lines[-1]}" = "/bin/busybox" ]
  [[ "$output" == *"No such file"* ]]
}

@test "writes stay in the container's layer, not in the image" {
  hull run --name w busybox sh -c 'echo data > /created; rm /etc/group'
  run hull run --rm busybox sh -c 'ls /created; cat /etc/group | head -1'
  [[ "$output" == *"No such file"* ]]
  [[ "$output" == *"root:x:0:"* ]]
  [ -f "$HULL_ROOT_DIR/containers/$(hull inspect --format '{{.Id}}' w)/upper/created" ]
}

@test "kernel paths are masked or read-only" {
  run hull run --rm busybox sh -c 'cat /proc/keys /proc/timer_list 2>/dev/null | wc -c'
  [ "$output" = "0" ]
  run hull run --rm busybox sh -c 'echo 1 > /proc/sys/kernel/domainname'
  [ "$status" -ne 0 ]
  run hull run --rm busybox sh -c 'touch /sys/x'
  [ "$status" -ne 0 ]
  run hull run --rm busybox sh -c 'ls /dev'
  for d in null zero full random urandom tty pts shm; do [[ "$output" == *"$d"* ]]; done
  [[ "$output" != *"sda"* ]] && [[ "$output" != *"vda"* ]]
}

@test "--user takes names and ids from the image's passwd and group" {
  run hull run --rm --user app busybox id
  # Supplementary groups from /etc/group; the primary one is not repeated (as runc does).
  [ "$output" = "uid=1000(app) gid=1000(app) groups=10(wheel)" ]
  run hull run --rm --user 1000:10 busybox id -u
  [ "$output" = "1000" ]
  run hull run --rm --user app busybox sh -c 'echo $HOME'
  [ "$output" = "/home/app" ]
  run hull run --rm --user nosuchuser busybox id
  assert_status 125
  assert_one_error_line
}

@test "entrypoint and cmd follow Docker's rules" {
  hull import --change 'ENTRYPOINT ["echo","ep"]' --change 'CMD ["default"]' "$BUSYBOX_TAR" epimg >/dev/null
  run hull run --rm epimg
  [ "$output" = "ep default" ]
  run hull run --rm epimg given
  [ "$output" = "ep given" ]
  run hull run --rm --entrypoint /bin/echo epimg
  [ "$output" = "" ]
  run hull run --rm --entrypoint '' epimg echo cleared
  [ "$output" = "cleared" ]
  run hull run --rm busybox
  assert_status 125
  [[ "$output" == *"no command"* ]]
}

@test "options after the image belong to the command" {
  run hull run --rm busybox echo -e --rm -x
  [ "$output" = "--rm -x" ]
}

@test "stdin is not read without -i, and is passed with -i" {
  run bash -c "echo secret | '$HULL_BIN' --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' run --rm busybox cat"
  assert_status 0
  [ -z "$output" ]
  run bash -c "echo secret | '$HULL_BIN' --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' run --rm -i busybox cat"
  [ "$output" = "secret" ]
}

@test "a missing workdir is created, as Docker and Podman do" {
  run hull run --rm -w /new/dir busybox pwd
  assert_status 0
  [ "$output" = "/new/dir" ]
  # Made for the process's user (Podman chowns it); an existing one is kept.
  run hull run --rm -u 1000:1001 -w /new/dir busybox sh -c 'stat -c %u:%g . ..; touch f && echo wrote'
  assert_status 0
  [ "$output" = $'1000:1001\n0:0\nwrote' ]
  run hull run --rm -u 1000 -w /etc busybox stat -c %u /etc
  assert_status 0
  [ "$output" = 0 ]
}

@test "no host file descriptor reaches the container" {
  run bash -c "exec 7</etc/hostname; '$HULL_BIN' --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' run --rm busybox ls /proc/self/fd"
  assert_status 0
  [ "$(echo "$output" | tr '\n' ' ')" = "0 1 2 3 " ]
}

@test "a duplicate name is refused with one clear error" {
  hull create --name dup busybox true >/dev/null
  run hull run --name dup busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"already in use"* ]]
}

@test "concurrent creates with the same name: exactly one wins" {
  for i in 1 2 3 4 5 6; do
    ( rc=0; "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" create --name race busybox true >"$STORE/out.$i" 2>&1 || rc=$?; echo $rc >"$STORE/rc.$i" ) &
  done
  wait
  [ "$(cat "$STORE"/rc.* | grep -c '^0$')" -eq 1 ]
  [ "$(cat "$STORE"/rc.* | grep -c '^125$')" -eq 5 ]
  grep -h "already in use" "$STORE"/out.* | wc -l | grep -qx 5
  [ "$(hull ps -aq | wc -l)" -eq 1 ]
}

@test "SIGKILL of hull during run leaves state that ps reads and rm -f cleans" {
  "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" run --name victim busybox sleep 100 &
  pid=$!
  for _ in $(seq 50); do [ "$(hull ps -q | wc -l)" -eq 1 ] && break; sleep 0.1; done
  cpid=$(hull inspect --format '{{.State.Pid}}' victim)
  [ "$cpid" -gt 0 ]
  kill -9 "$pid"
  wait "$pid" || true
  sleep 0.2
  run hull ps -a --format '{{.Names}} {{.State}}'
  [ "$output" = "victim exited" ]
  run hull rm -f victim
  assert_status 0
  [ -z "$(hull ps -aq)" ]
  assert_no_mounts
  # The container died with its hull (parent-death signal).
  process_gone "$cpid"
}
