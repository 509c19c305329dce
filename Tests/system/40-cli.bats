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

@test "flag errors are worded as Podman's, with where to find help, exit 125" {
  run hull ps --no-such-flag
  assert_status 125
  [ "$output" = "Error: unknown flag: --no-such-flag
See 'hull ps --help'" ]
  run hull ps -aZ
  assert_status 125
  [ "${lines[0]}" = "Error: unknown shorthand flag: 'Z' in -Z" ]
  run hull run -h
  assert_status 125
  [ "$output" = "Error: flag needs an argument: 'h' in -h
See 'hull run --help'" ]
  run hull image rm --bogus x
  [ "${lines[1]}" = "See 'hull image rm --help'" ]
  run "$HULL_BIN" --bogus ps
  assert_status 125
  [ "$output" = "Error: unknown flag: --bogus
See 'hull --help'" ]
  run hull stop -t soon x
  assert_status 125
  [ "${lines[0]}" = 'Error: invalid argument "soon" for "-t, --time" flag: strconv.ParseUint: parsing "soon": invalid syntax' ]
}

@test "an unknown command names itself, suggests near ones, and points at help" {
  run hull rnu
  assert_status 125
  [ "$output" = "Error: unrecognized command \`hull rnu\`

Did you mean this?
	rm
	run
	rmi

Try 'hull --help' for more information" ]
  run hull nosuchverb
  assert_status 125
  [ "$output" = "Error: unrecognized command \`hull nosuchverb\`
Try 'hull --help' for more information" ]
  # In a group, only names the word begins.
  run hull volume exist v
  assert_status 125
  [ "${lines[2]}" = "	exists" ]
  [ "${lines[3]}" = "Try 'hull volume --help' for more information" ]
  # A group (or hull) without a command: its help, then the refusal.
  run hull image
  assert_status 125
  [[ "$output" == *"USAGE: hull image <subcommand>"* ]]
  [ "${lines[-1]}" = "Error: missing command 'hull image COMMAND'" ]
  run hull
  assert_status 125
  [ "${lines[-1]}" = "Error: missing command 'hull COMMAND'" ]
}

@test "negative numbers are option values, not flags" {
  hull import "$BUSYBOX_TAR" busybox >/dev/null
  run hull run --rm --cpus -1 --pids-limit -1 busybox echo unlimited
  assert_status 0
  [ "$output" = "unlimited" ]
  id=$(hull run -d busybox sleep 60)
  run hull kill -s -INT "$id"
  assert_status 0
  [ "$output" = "$id" ]
  hull rm -f "$id" >/dev/null
  # A negative number is still refused where the value cannot be negative.
  run hull create -c -1 busybox
  assert_status 125
  [ "${lines[0]}" = 'Error: invalid argument "-1" for "-c, --cpu-shares" flag: strconv.ParseUint: parsing "-1": invalid syntax' ]
  [ -z "$(hull ps -aq)" ]
}

@test "-v answers after global options too; version prints Podman's fields" {
  run hull -v
  assert_status 0
  [[ "$output" =~ ^hull\ version\ [0-9.]+$ ]]
  run hull version
  assert_status 0
  for field in "Client:" "Version:" "API Version:" "Swift Version:" "Built:" "OS/Arch:"; do
    printf '%s\n' "$output" | grep -q "^$field  *[^ ]"
  done
  run hull version --format json
  [[ "$output" == '{"Client":{"APIVersion":'* ]]
  run hull version --format '{{.Client.OsArch}}'
  [[ "$output" =~ ^linux/[a-z0-9]+$ ]]
  # No server part locally: Podman reads .Server as the client.
  run hull version --format '{{.Server.Version}}'
  [[ "$output" =~ ^[0-9.]+$ ]]
}

@test "image, container, volume and network exists: exit 0 or 1, nothing printed" {
  hull import "$BUSYBOX_TAR" busybox >/dev/null
  hull create --name c1 busybox true >/dev/null
  hull volume create v1 >/dev/null
  hull network create n1 >/dev/null
  for pair in "image busybox" "container c1" "volume v1" "network n1" "network hull"; do
    run hull ${pair%% *} exists "${pair#* }"
    assert_status 0
    [ -z "$output" ]
    run hull ${pair%% *} exists nosuch
    assert_status 1
    [ -z "$output" ]
  done
  run hull image exists
  assert_status 125
  [ "$output" = "Error: accepts 1 arg(s), received 0" ]
  hull network rm n1 >/dev/null
}

@test "Podman's global engine flags: accepted where they make sense, refused as Podman refuses" {
  hull import "$BUSYBOX_TAR" busybox >/dev/null
  run hull --storage-driver overlay --events-backend file --cgroup-manager cgroupfs --runtime-flag debug run --rm busybox echo ok
  assert_status 0
  [ "$output" = "ok" ]
  run hull --config /nonexistent images -q
  assert_status 0
  [[ "$output" == *"The --config flag is ignored by hull. Exists for Docker compatibility"* ]]
  run hull --events-backend bogus ps
  assert_status 125
  [ "$output" = 'Error: configuring runtime: "bogus" is not a valid events backend: invalid argument' ]
  run hull --cgroup-manager bogus ps
  assert_status 125
  [ "$output" = "Error: configuring runtime: cgroup manager must be one of cgroupfs and systemd: invalid argument" ]
  # A store is overlay once made; a new one cannot be made with another driver.
  run hull --storage-driver vfs ps
  assert_status 125
  [ "$output" = 'Error: database storage graph driver "overlay" does not match our storage graph driver "vfs": database configuration mismatch' ]
  run "$HULL_BIN" --root "$STORE/fresh" --runroot "$STORE/fresh-run" --storage-driver bogus ps
  assert_status 125
  [ "$output" = "Error: failed to GetDriver graph bogus $STORE/fresh: driver not supported" ]
  [ ! -e "$STORE/fresh" ]
  # An invalid runtime flag fails where the runtime would run: at start, 126.
  run hull --runtime-flag bogus run --rm busybox true
  assert_status 126
  [ "$output" = "Error: OCI runtime error: hull: unrecognized runtime option '--bogus'" ]
  [ -z "$(hull ps -aq)" ]
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
