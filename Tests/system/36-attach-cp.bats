#!/usr/bin/env bats
# attach, start -a, detach keys, the signal proxy; cp in both directions;
# logs -f across log rotation; container prune filters.

load helpers

setup() { setup_with_image; }
teardown() { teardown_store; }

PTY="$BATS_TEST_DIRNAME/pty-session.py"

wait_running() {
  for _ in $(seq 100); do [ "$(hull inspect --format '{{.State.Status}}' "$1")" = running ] && return 0; sleep 0.1; done
  return 1
}

# Waits (up to 10 s) until FILE contains TEXT.
wait_for_text() {
  for _ in $(seq 100); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "never saw '$2' in $1:" >&2; cat "$1" >&2
  return 1
}

@test "run -it: ctrl-p ctrl-q detaches and leaves the container running and logging; attach takes it back" {
  run "$PTY" 'expect:# ' 'send:echo hi-$((40+2))\r' 'expect:hi-42' \
      'send:(while [ ! -e /tmp/go ]; do sleep 0.1; done; echo after-detach) &\r' 'send:\x10\x11' -- \
      "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" run -it --name d1 busybox sh
  assert_status 0
  [ "$(hull inspect --format '{{.State.Status}}' d1)" = running ]
  # Output while nobody is attached still reaches the log.
  hull exec d1 touch /tmp/go
  for _ in $(seq 100); do hull logs d1 | grep -q after-detach && break; sleep 0.1; done
  hull logs d1 | grep -q after-detach
  run "$PTY" 'send:echo back-$((2+3))\r' 'expect:back-5' 'send:exit 5\r' -- \
      "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" attach d1
  assert_status 5
  [ "$(hull inspect --format '{{.State.Status}} {{.State.ExitCode}}' d1)" = "exited 5" ]
}

@test "start -ai with --detach-keys; the default keys are then plain input" {
  hull create -it --name s1 busybox sh >/dev/null
  run "$PTY" 'expect:# ' 'send:echo started\r' 'expect:started' 'send:\x01\x02' -- \
      "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" start -ai --detach-keys ctrl-a,ctrl-b s1
  assert_status 0
  [ "$(hull inspect --format '{{.State.Status}}' s1)" = running ]
  # An empty sequence never detaches: ctrl-p ctrl-q reach the shell, exit ends it.
  run "$PTY" 'send:\x10\x11' 'send:\x15exit 3\r' -- \
      "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" attach --detach-keys '' s1
  assert_status 3
}

@test "bad detach keys: one error line, exit 125, nothing created" {
  run hull run -it --detach-keys ctrl-P --name bad busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"invalid detach keys"* ]]
  run hull ps -aq
  [ -z "$output" ]
}

# hull exec on a pty (pty-session.py) in the store of this test.
exec_on_pty() {
  local steps=()
  while [ "$1" != -- ]; do steps+=("$1"); shift; done
  shift
  "$PTY" "${steps[@]}" -- "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" exec "$@"
}

# The number of processes in container $1 whose command line is exactly $2.
count_commands() {
  hull top "$1" | awk -v cmd="$2" 'NR > 1 && $NF == cmd && NF == 8' | wc -l
}

@test "exec -it: ctrl-p ctrl-q detaches, hull exec exits 0, the session keeps running" {
  hull run -d --name x1 busybox sleep 1000 >/dev/null
  wait_running x1
  run exec_on_pty 'expect:# ' 'send:echo in-$((40+2))\r' 'expect:in-42' \
      'send:(while [ ! -e /tmp/go ]; do sleep 0.1; done; echo done > /tmp/after) &\r' 'send:\x10\x11' -- -it x1 sh
  assert_status 0
  # Nothing after the detach: no message, no error.
  [[ "$output" != *Error* ]]
  # The shell itself still runs, and its job goes on without a client.
  [ "$(count_commands x1 sh)" -ge 1 ]
  hull exec x1 touch /tmp/go
  for _ in $(seq 100); do hull exec x1 test -e /tmp/after && break; sleep 0.1; done
  run hull exec x1 cat /tmp/after
  [ "$output" = done ]
  # The container's own log has none of the session's output (as with Podman).
  run hull logs x1
  [[ "$output" != *in-42* ]]
}

@test "exec -it --detach-keys: custom keys detach, the default ones are then plain input" {
  hull run -d --name x2 busybox sleep 1000 >/dev/null
  wait_running x2
  run exec_on_pty 'expect:# ' 'send:\x10\x11' 'send:\x15echo still-$((1+1))\r' 'expect:still-2' 'send:\x01\x02' -- \
      -it --detach-keys ctrl-a,ctrl-b x2 sh
  assert_status 0
  [ "$(count_commands x2 sh)" -eq 1 ]
  # One printable key works too.
  run exec_on_pty 'expect:# ' 'send:echo two-$((1+1))\r' 'expect:two-2' 'send:Z' -- -it --detach-keys Z x2 sh
  assert_status 0
  [ "$(count_commands x2 sh)" -eq 2 ]
}

@test "exec -it --detach-keys '': ctrl-p ctrl-q reach the process; its exit code is hull's" {
  hull run -d --name x3 busybox sleep 1000 >/dev/null
  wait_running x3
  run exec_on_pty 'expect:# ' 'send:\x10\x11' 'send:\x15exit 3\r' -- -it --detach-keys '' x3 sh
  assert_status 3
  [ "$(count_commands x3 sh)" -eq 0 ]
  # Without detaching, a session through the monitor ends with its process.
  run exec_on_pty 'expect:# ' 'send:exit 4\r' -- -it x3 sh
  assert_status 4
  [ "$(count_commands x3 sh)" -eq 0 ]
}

@test "exec -i from a terminal without -t: the detach keys leave the process running" {
  hull run -d --name x4 busybox sleep 1000 >/dev/null
  wait_running x4
  # The caller's terminal stays in line mode: keys arrive with the newline.
  run exec_on_pty 'send:echo piped-$((1+1))\n' 'expect:piped-2' 'send:\x01\n' -- -i --detach-keys ctrl-a x4 sh
  assert_status 0
  [ "$(count_commands x4 sh)" -eq 1 ]
  # Piped input is not typed: any bytes pass, the session ends with its process.
  run bash -c "printf 'echo a\x10\x11b | od -An -c\n' | '$HULL_BIN' --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' exec -i x4 sh"
  assert_status 0
  [[ "$output" == *"a 020 021   b"* ]]
}

@test "exec: bad detach keys are one error line, exit 125" {
  hull run -d --name x5 busybox sleep 1000 >/dev/null
  run hull exec -it --detach-keys ctrl-P x5 sh
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"invalid detach keys"* ]]
}

@test "attach to a detached container without a terminal sees its output and returns its exit code" {
  hull run -d --name a1 busybox sh -c 'while [ ! -e /tmp/go ]; do echo waiting; sleep 0.1; done; echo late; echo late-err >&2; exit 7' >/dev/null
  wait_running a1
  hull attach --no-stdin a1 >"$STORE/out" 2>"$STORE/err" &
  local pid=$!
  wait_for_text "$STORE/out" waiting
  hull exec a1 touch /tmp/go
  local rc=0
  wait "$pid" || rc=$?
  [ "$rc" -eq 7 ]
  grep -q '^late$' "$STORE/out"
  grep -q '^late-err$' "$STORE/err"
}

@test "attach passes stdin to a container run with -i" {
  hull run -di --name i1 busybox sh -c 'read x; echo got-$x' >/dev/null
  wait_running i1
  run bash -c "echo hello | $(printf '%q ' "$HULL_BIN") --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' attach i1"
  assert_status 0
  [ "$output" = "got-hello" ]
}

@test "run -i passes stdin and its end, keeps stdout and stderr apart, returns the exit code" {
  run bash -c "printf 'a\nb\n' | $(printf '%q ' "$HULL_BIN") --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' run --rm -i busybox sh -c 'wc -l; echo to-err >&2; exit 3' 2>'$STORE/err'"
  assert_status 3
  [ "$(echo $output)" = "2" ]
  [ "$(cat "$STORE/err")" = "to-err" ]
  # --rm: gone afterwards.
  run hull ps -aq
  [ -z "$output" ]
}

@test "start -a attaches stdout and stderr and returns the exit code" {
  hull create --name s2 busybox sh -c 'echo out; echo err >&2; exit 4' >/dev/null
  run bash -c "$(printf '%q ' "$HULL_BIN") --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' start -a s2 2>'$STORE/err'"
  assert_status 4
  [ "$output" = "out" ]
  [ "$(cat "$STORE/err")" = "err" ]
}

@test "attach to a stopped container is an error" {
  hull create --name st busybox true >/dev/null
  run hull attach st
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"you can only attach to running containers"* ]]
}

@test "the signal proxy forwards SIGTERM to the container; --sig-proxy=false leaves it running" {
  "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" run -i --name sp busybox \
      sh -c 'trap "echo caught; exit 9" TERM; echo ready; while true; do sleep 1; done' </dev/null >"$STORE/out" 2>&1 &
  local pid=$!
  wait_for_text "$STORE/out" ready
  kill -TERM "$pid"
  local rc=0
  wait "$pid" || rc=$?
  [ "$rc" -eq 9 ]
  grep -q caught "$STORE/out"

  "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" run --sig-proxy=false --name np busybox \
      sh -c 'echo ready; while true; do sleep 1; done' >"$STORE/out2" 2>&1 &
  pid=$!
  wait_for_text "$STORE/out2" ready
  kill -TERM "$pid"
  rc=0
  wait "$pid" || rc=$?
  [ "$rc" -eq 143 ]
  [ "$(hull inspect --format '{{.State.Status}}' np)" = running ]
}

@test "cp out of a running container: file, directory, contents with /., tar to stdout" {
  hull run -d --name c1 busybox sh -c 'mkdir -p /data/sub && echo one > /data/a && echo two > /data/sub/b && ln -s /etc/passwd /data/link && touch /tmp/ready && sleep 1000' >/dev/null
  for _ in $(seq 100); do hull exec c1 test -e /tmp/ready && break; sleep 0.1; done
  cd "$STORE"
  hull cp c1:/data/a .
  [ "$(cat a)" = one ]
  hull cp c1:/data/a renamed
  [ "$(cat renamed)" = one ]
  echo old > existing
  hull cp c1:/data/a existing
  [ "$(cat existing)" = one ]
  hull cp c1:/data out
  [ "$(cat out/sub/b)" = two ]
  # Symlinks are copied as symlinks, not followed.
  [ "$(readlink out/link)" = /etc/passwd ]
  # An existing directory: the source goes in under its name...
  hull cp c1:/data out
  [ "$(cat out/data/a)" = one ]
  # ...or only its contents with /.
  mkdir contents
  hull cp c1:/data/. contents
  [ "$(cat contents/a)" = one ]
  [ ! -e contents/data ]
  run bash -c "$(printf '%q ' "$HULL_BIN") --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' cp c1:/data - | tar -t | sort"
  assert_status 0
  [ "$(echo $output)" = "data/ data/a data/link data/sub/ data/sub/b" ]
}

@test "cp into a running container: file, into a directory, a directory, a tar on stdin; owners root unless -a" {
  hull run -d --name c2 busybox sleep 1000 >/dev/null
  wait_running c2
  cd "$STORE"
  echo host > hostfile
  chown 1234:5678 hostfile
  hull cp hostfile c2:/tmp/
  hull cp hostfile c2:/tmp/renamed
  hull cp -a hostfile c2:/tmp/kept
  [ "$(hull exec c2 cat /tmp/hostfile)" = host ]
  [ "$(hull exec c2 stat -c %u:%g /tmp/renamed)" = 0:0 ]
  [ "$(hull exec c2 stat -c %u:%g /tmp/kept)" = 1234:5678 ]
  mkdir -p tree/x && echo y > tree/x/y
  hull cp tree c2:/srv
  [ "$(hull exec c2 cat /srv/x/y)" = y ]
  tar -C tree -c . | hull cp - c2:/tmp
  [ "$(hull exec c2 cat /tmp/x/y)" = y ]
  # A file cannot replace a directory, a directory not a file.
  run hull cp hostfile c2:/srv/x
  [ "$status" -eq 0 ]   # into the directory /srv/x
  run hull cp tree c2:/tmp/hostfile
  assert_status 125
  assert_one_error_line
}

@test "cp cannot leave the container through its symlinks, either way" {
  hull run -d --name c3 busybox sh -c 'ln -s / /escape && ln -s /../../../../.. /up && ln -s /etc/marker /dangling && touch /tmp/ready && sleep 1000' >/dev/null
  for _ in $(seq 100); do hull exec c3 test -e /tmp/ready && break; sleep 0.1; done
  cd "$STORE"
  local marker="hull-escape-$$-$RANDOM"
  echo secret > "/tmp/$marker"
  # Reading: /escape/tmp/MARKER is the container's /tmp, not the host's.
  run hull cp "c3:/escape/tmp/$marker" got
  assert_status 125
  [ ! -e got ]
  run hull cp "c3:/up/tmp/$marker" got
  assert_status 125
  # Writing through symlinks lands inside the container.
  echo payload > "$marker.in"
  hull cp "$marker.in" c3:/escape/tmp/
  hull cp "$marker.in" c3:/up/tmp/
  [ ! -e "/tmp/$marker.in" ]
  [ "$(hull exec c3 cat /tmp/$marker.in)" = payload ]
  # A file copied onto a symlink replaces the link, never writes its target.
  hull cp "$marker.in" c3:/dangling
  [ ! -e /etc/marker ]
  [ "$(hull exec c3 cat /dangling)" = payload ]
  # A tar entry with .. is refused.
  mkdir evil && echo x > evil/f
  run bash -c "tar -C evil -c --transform 's,^,../../,' f | $(printf '%q ' "$HULL_BIN") --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' cp - c3:/tmp"
  assert_status 125
  rm -f "/tmp/$marker" "/tmp/$marker.in"
}

@test "cp with a stopped container, both ways, leaves no mount behind" {
  hull run --name c4 busybox sh -c 'mkdir /data && echo before > /data/f' >/dev/null
  cd "$STORE"
  hull cp c4:/data/f f
  [ "$(cat f)" = before ]
  echo after > g
  hull cp g c4:/data/
  run bash -c "$(printf '%q ' "$HULL_BIN") --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' cp c4:/data - | tar -t | sort"
  [ "$(echo $output)" = "data/ data/f data/g" ]
  assert_no_mounts
  [ -z "$(ls "$HULL_ROOT_DIR/tmp")" ]
  # The copy is in the container's own layer: it sees it when started.
  hull start -a c4 >/dev/null 2>&1 || true
  run hull diff c4
  [[ "$output" == *"A /data/g"* ]]
}

@test "cp errors: missing paths, a file with a trailing slash, no container side" {
  hull run -d --name c5 busybox sleep 1000 >/dev/null
  wait_running c5
  cd "$STORE"
  run hull cp c5:/nonexistent .
  assert_status 125
  assert_one_error_line
  [[ "$output" == *'"/nonexistent" could not be found on container c5'* ]]
  run hull cp nonexistent c5:/tmp
  assert_status 125
  assert_one_error_line
  run hull cp c5:/etc/hostname/ x
  assert_status 125
  run hull cp hostfile-missing c5:/nodir/
  assert_status 125
  run hull cp a b
  assert_status 125
  assert_one_error_line
  run hull cp nosuch:/etc/hosts .
  assert_status 125
  assert_one_error_line
}

@test "logs -f follows across size-based rotation and ends when the container exits" {
  # Paced: one kept rotation (ctr.log.1) cannot hold a burst that
  # rotates many times between two looks of the follower.
  hull run -d --name lf --log-opt max-size=1k busybox sh -c 'while [ ! -e /tmp/go ]; do sleep 0.1; done; for i in $(seq 120); do echo line-$i; sleep 0.02; done' >/dev/null
  wait_running lf
  hull logs -f lf >"$STORE/out" &
  local pid=$!
  hull exec lf touch /tmp/go
  wait "$pid"
  # Rotated at least once (ctr.log.1 exists) and yet every line arrived once, in order.
  ls "$HULL_ROOT_DIR"/containers/*/ctr.log.1
  seq 120 | sed 's/^/line-/' | diff - "$STORE/out"
}

@test "container prune --filter label and until; rm of a running container without -f" {
  hull create --name p1 --label keep=yes busybox true >/dev/null
  hull create --name p2 busybox true >/dev/null
  hull run -d --name p3 busybox sleep 1000 >/dev/null
  run hull container prune -f --filter label!=keep=yes
  assert_status 0
  run hull ps -a --format '{{.Names}}'
  [ "$(echo $(printf '%s\n' "$output" | sort))" = "p1 p3" ]
  run hull container prune -f --filter until=2000-01-01T00:00:00Z
  run hull ps -a --format '{{.Names}}'
  [[ "$output" == *p1* ]]
  run hull container prune -f --filter bogus=1
  assert_status 125
  assert_one_error_line
  run hull rm p3
  assert_status 2
  assert_one_error_line
  [[ "$output" == *"cannot remove container"*"as it is running - running or paused containers cannot be removed without force: container state improper"* ]]
}

@test "cp with a stopped container reaches its named volume" {
  hull run --name cv -v cpvol:/data busybox sh -c 'echo in-volume > /data/f' >/dev/null
  cd "$STORE"
  hull cp cv:/data/f f
  [ "$(cat f)" = in-volume ]
  echo added > g
  hull cp g cv:/data/
  run hull run --rm -v cpvol:/data busybox cat /data/g
  assert_status 0
  [ "$output" = added ]
  assert_no_mounts
  hull rm cv >/dev/null
  hull volume rm cpvol >/dev/null
}

@test "run -i without a terminal passes any bytes, the detach keys too, both ways unchanged" {
  { printf 'a\x10\x11b\x10c'; head -c 3000000 /dev/urandom; } > "$STORE/in"
  "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" run --rm -i busybox cat <"$STORE/in" >"$STORE/out"
  cmp "$STORE/in" "$STORE/out"
}
