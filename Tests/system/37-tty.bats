#!/usr/bin/env bats
# Terminals: -t makes a pty inside the container; -i forwards input.

load helpers

setup() { setup_with_image; }
teardown() { teardown_store; }

hull_cmd() {
  echo "'$HULL_BIN' --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR'"
}

@test "run -t gives the process its own /dev/pts/0 and \\r\\n line ends" {
  run hull run --rm -t busybox sh -c 'tty; echo done'
  assert_status 0
  [ "$output" = $'/dev/pts/0\r\ndone\r' ]
}

@test "run -it through a real terminal: input, exit code, window size" {
  run bash -c "printf 'echo marker-\$((40+2))\nexit 3\n' | script -qec \"$(hull_cmd) run -it --rm busybox sh\" /dev/null"
  assert_status 3
  [[ "$output" == *"marker-42"* ]]
  # An open stdin: at EOF script(1) may hang up before the container runs.
  run bash -c "sleep 3 | script -qec \"stty rows 33 cols 77; $(hull_cmd) run -it --rm busybox stty size\" /dev/null"
  assert_status 0
  [[ "$output" == *"33 77"* ]]
}

@test "-it with a stdin that is not a terminal warns and still runs" {
  run bash -c "echo hello | $(hull_cmd) run -it --rm busybox sh -c 'read x; echo got \$x'"
  assert_status 0
  [[ "$output" == *"The input device is not a TTY"* ]]
  [[ "$output" == *"got hello"* ]]
}

@test "exec -it joins the container with a terminal" {
  hull run -d --name t1 busybox sleep 60 >/dev/null
  for _ in $(seq 50); do [ "$(hull inspect --format '{{.State.Status}}' t1)" = running ] && break; sleep 0.1; done
  run bash -c "printf 'tty\nexit 4\n' | script -qec \"$(hull_cmd) exec -it t1 sh\" /dev/null"
  assert_status 4
  [[ "$output" == *"/dev/pts/"* ]]
  run hull exec -t t1 sh -c 'echo x'
  [ "$output" = $'x\r' ]
  # Through the session's monitor too, the terminal starts at the caller's size.
  run bash -c "sleep 3 | script -qec \"stty rows 33 cols 77; $(hull_cmd) exec -it t1 stty size\" /dev/null"
  assert_status 0
  [[ "$output" == *"33 77"* ]]
}

@test "run -dt logs what the terminal shows" {
  hull run -dt --name t2 busybox sh -c 'tty; echo via-tty' >/dev/null
  hull wait t2 >/dev/null
  run hull logs t2
  [[ "${lines[0]}" == "/dev/pts/0"* ]]
  [[ "${lines[1]}" == "via-tty"* ]]
}

@test "a foreground run -t is logged as the terminal shows it" {
  run "$BATS_TEST_DIRNAME/pty-session.py" 'expect:hi' -- \
      "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" run -t --name t3 busybox echo hi
  assert_status 0
  run hull logs t3
  assert_status 0
  [ "${#lines[@]}" -eq 1 ]
  [[ "${lines[0]}" == hi* ]]
  # Without a terminal on hull's side too; lines as stdout in k8s-file form.
  hull run -t --name t4 busybox sh -c 'echo one; echo two' >/dev/null
  run hull logs t4
  [[ "${lines[0]}" == one* ]]
  [[ "${lines[1]}" == two* ]]
  grep -q ' stdout F one' "$HULL_ROOT_DIR"/containers/*/ctr.log
}

@test "a user's process owns its terminal" {
  run hull run --rm -t -u app busybox sh -c 'echo to-tty > $(tty) && echo ok'
  assert_status 0
  [[ "$output" == *"ok"* ]]
}
