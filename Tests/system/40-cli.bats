#!/usr/bin/env bats
# Command-line conventions: version, help, errors, global options, docs.

load helpers

setup() { setup_store; }
teardown() { teardown_store; }

@test "hull --version and hull version" {
  run "$HULL_BIN" --version
  assert_status 0
  [[ "$output" =~ ^hull\ version\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
  run hull version --format '{{.Client.Version}}'
  [[ "$output" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]
}

@test "--help lists the commands" {
  run "$HULL_BIN" --help
  assert_status 0
  for verb in run create start ps rm inspect images import rmi; do
    [[ "$output" == *"  $verb"* ]]
  done
}

@test "a bad flag exits 125 with one error line" {
  run hull ps --no-such-flag
  assert_status 125
  assert_one_error_line
  run hull nosuchverb
  assert_status 125
}

@test "flags accept =true and =false, short flags bundle" {
  hull import "$BUSYBOX_TAR" busybox >/dev/null
  run hull run --rm=true busybox true
  assert_status 0
  [ -z "$(hull ps -aq)" ]
  run hull run --rm=false --name kept busybox true
  [ "$(hull ps -aq | wc -l)" -eq 1 ]
  run hull ps -aq --no-trunc=false
  [[ "$output" =~ ^[0-9a-f]{12}$ ]]
  run bash -c "echo piped | '$HULL_BIN' --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' run -i --rm busybox cat"
  [ "$output" = "piped" ]
}

@test "global options work after the verb, and HULL_ROOT selects the store" {
  hull import "$BUSYBOX_TAR" g1 >/dev/null
  run "$HULL_BIN" images -q --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR"
  [ "${#lines[@]}" -eq 1 ]
  run env HULL_ROOT="$HULL_ROOT_DIR" HULL_RUNROOT="$HULL_RUN_DIR" "$HULL_BIN" images -q
  [ "${#lines[@]}" -eq 1 ]
}

@test "--noout silences stdout" {
  run hull --noout import "$BUSYBOX_TAR" quiet
  assert_status 0
  [ -z "$output" ]
}

@test "man pages and completions are up to date with the command tree" {
  out=$STORE/docs
  bash "$BATS_TEST_DIRNAME/../../scripts/generate-docs.sh" "$HULL_BIN" "$out/man" "$out/completions"
  repo=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
  diff -r "$repo/man" "$out/man"
  diff -r "$repo/completions" "$out/completions"
  [ -f "$repo/man/hull-run.1" ] && [ ! -e "$repo/man/hull-container-monitor.1" ]
}

@test "--log-level and --debug: Podman's levels and errors; debug shows what caused an error" {
  run hull --log-level foo ps
  assert_status 1
  [ "$output" = 'Log Level "foo" is not supported, choose from: trace, debug, info, warn, warning, error, fatal, panic' ]
  run hull --debug --log-level info ps
  assert_status 1
  [ "$output" = "Setting --log-level and --debug is not allowed" ]
  run hull ps --log-level warning
  assert_status 0
  echo x >"$STORE/file"
  run "$HULL_BIN" --root "$STORE/file/store" --runroot "$STORE/run2" volume create v
  assert_status 125
  assert_one_error_line
  run "$HULL_BIN" --root "$STORE/file/store" --runroot "$STORE/run2" --log-level debug volume create v
  assert_status 125
  [[ "$output" == *'level=debug msg="caused by LinuxError: mkdir '*': not a directory"'* ]]
  [[ "$output" == *"Error: preparing the store: mkdir "* ]]
}
