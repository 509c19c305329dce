#!/usr/bin/env bats
# `hull events`: what each hull process records in <runroot>/events/events.log,
# read back with filters, time bounds, templates and follow mode; and the
# `system df` and `system reset` verbs.

load helpers

setup() { setup_with_image; }
teardown() {
  if [ -n "${FOLLOWER:-}" ]; then kill "$FOLLOWER" 2>/dev/null || true; fi
  teardown_store
}

# The events of one container, as "status exitcode" lines.
life_of() {
  hull events --stream=false --filter "container=$1" --format '{{.Status}} {{.ContainerExitCode}}'
}

@test "events: an empty log prints nothing and ends with --stream=false" {
  run "$HULL_BIN" --root "$STORE/fresh" --runroot "$STORE/fresh-run" events --stream=false
  assert_status 0
  [ -z "$output" ]
}

@test "events: a container's life in order, with its exit code on died" {
  hull create --name life localhost/busybox sh -c 'exit 3' >/dev/null
  hull start life >/dev/null
  run hull wait life
  [ "$output" = 3 ]
  hull rm life >/dev/null
  run life_of life
  assert_status 0
  [ "$output" = $'create 0\ninit 0\nstart 0\ndied 3\nremove 0' ]
}

@test "events: a foreground run --rm records died before remove" {
  run hull run --rm --name fg localhost/busybox sh -c 'exit 7'
  assert_status 7
  run life_of fg
  [ "$output" = $'create 0\ninit 0\nstart 0\nattach 0\ndied 7\nremove 0' ]
}

@test "events: exec, pause, unpause, kill, restart and stop of a running container" {
  hull run -d --name busy localhost/busybox sleep 1000 >/dev/null
  hull exec busy sh -c 'exit 4' || true
  hull pause busy >/dev/null
  hull unpause busy >/dev/null
  hull restart -t 0 busy >/dev/null
  hull kill busy >/dev/null
  hull wait busy >/dev/null
  run life_of busy
  assert_status 0
  [ "$output" = $'create 0\ninit 0\nstart 0\nexec 0\nexec_died 4\npause 0\nunpause 0\ndied 137\nstop 0\ninit 0\nstart 0\nrestart 0\nkill 0\ndied 137' ]
}

@test "events: the default line is Podman's, with full id, image, name and labels" {
  id=$(hull create --name lab --label tier=front localhost/busybox true)
  run hull events --stream=false
  assert_status 0
  [[ "$output" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}\ [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?\ \+0000\ UTC\ container\ create\ $id\ \(image=localhost/busybox:latest,\ name=lab,\ tier=front\)$ ]] \
    || [[ "$output" == *$'\n'*"container create $id (image=localhost/busybox:latest, name=lab, tier=front)" ]]
  run hull events --stream=false --filter container=lab --format json
  [ "$(printf '%s\n' "$output" | python3 -c 'import json,sys; e=json.loads(sys.stdin.read()); print(e["ID"], e["Name"], e["Status"], e["Type"], e["Attributes"]["tier"])')" = "$id lab create container front" ]
}

@test "events: image, volume and network events" {
  hull tag localhost/busybox localhost/other:1
  hull untag localhost/busybox localhost/other:1
  hull save -o "$STORE/bb.tar" localhost/busybox
  hull rmi localhost/busybox >/dev/null
  hull load -i "$STORE/bb.tar" >/dev/null
  hull volume create vol1 >/dev/null
  hull volume rm vol1 >/dev/null
  hull network create --interface-name "$(test_bridge_name 1)" net1 >/dev/null
  hull create --name netc --network net1 localhost/busybox true >/dev/null
  hull network disconnect net1 netc
  hull network connect net1 netc
  hull rm netc >/dev/null
  hull network rm net1 >/dev/null
  run hull events --stream=false --filter type=image --format '{{.Status}} {{.Name}}'
  [ "$output" = $'import localhost/busybox:latest\ntag localhost/other:1\nuntag localhost/other:1\nsave localhost/busybox:latest\nuntag localhost/busybox:latest\nremove localhost/busybox:latest\nload localhost/busybox:latest' ]
  run hull events --stream=false --filter type=volume --format '{{.Status}} {{.Name}}'
  [ "$output" = $'create vol1\nremove vol1' ]
  run hull events --stream=false --filter network=net1 --format '{{.Status}} {{.Name}}'
  [ "$output" = $'create net1\ndisconnect netc\nconnect netc\nremove net1' ]
}

@test "events: filters of one key are alternatives, of several keys all apply" {
  hull volume create va >/dev/null
  hull volume create vb >/dev/null
  hull create --name fa --label team=a localhost/busybox true >/dev/null
  hull create --name fb --label team=b localhost/busybox true >/dev/null
  run hull events --stream=false --filter volume=va --filter volume=vb --format '{{.Name}}'
  [ "$output" = $'va\nvb' ]
  run hull events --stream=false --filter type=container --filter label=team=b --format '{{.Name}}'
  [ "$output" = fb ]
  run hull events --stream=false --filter event=create --filter type=volume --format '{{.Name}}'
  [ "$output" = $'va\nvb' ]
  run hull events --stream=false --filter image=busybox --filter event=create --format '{{.Name}}'
  [ "$output" = $'fa\nfb' ]
}

@test "events: bad filters, times and templates are one error line, exit 125" {
  run hull events --stream=false --filter colour=red
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"colour is an invalid filter"* ]]
  run hull events --stream=false --since 5x
  assert_status 125
  assert_one_error_line
  run hull events --stream=false --until yesterday
  assert_status 125
  assert_one_error_line
  hull volume create v >/dev/null
  run hull events --stream=false --format '{{.Nope}}'
  assert_status 125
  assert_one_error_line
}

@test "events: --since and --until take timestamps and durations, boundaries included" {
  for v in t1 t2 t3; do hull volume create "$v" >/dev/null; done
  t2=$(hull events --stream=false --filter volume=t2 --format json | sed 's/.*"Time":"\([^"]*\)".*/\1/')
  run hull events --stream=false --since "$t2" --filter type=volume --format '{{.Name}}'
  [ "$output" = $'t2\nt3' ]
  run hull events --stream=false --until "$t2" --filter type=volume --format '{{.Name}}'
  [ "$output" = $'t1\nt2' ]
  run hull events --stream=false --since "$t2" --until "$t2" --filter type=volume --format '{{.Name}}'
  [ "$output" = t2 ]
  run hull events --stream=false --since 1h --filter type=volume --format '{{.Name}}'
  [ "$output" = $'t1\nt2\nt3' ]
  # A duration in --until is ahead of now (Podman's reading): all so far.
  run hull events --stream=false --until 1h --filter type=volume --format '{{.Name}}'
  [ "$output" = $'t1\nt2\nt3' ]
  run hull events --stream=false --until "$(($(date +%s) - 3600))"
  assert_status 0
  [ -z "$output" ]
  run hull events --stream=false --since "$(($(date +%s) + 3600))"
  assert_status 0
  [ -z "$output" ]
}

@test "events: following prints new events as they happen and ends when killed" {
  hull volume create old >/dev/null
  # The binary itself, not the hull function: a backgrounded function's $!
  # is its subshell, and killing that would leave the follower running.
  "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" events --format '{{.Status}} {{.Name}}' >"$STORE/follow.out" 2>&1 &
  FOLLOWER=$!
  sleep 0.5
  hull volume create new1 >/dev/null
  hull volume rm new1 >/dev/null
  for _ in $(seq 100); do
    [ "$(grep -c . "$STORE/follow.out")" -ge 2 ] && break
    sleep 0.1
  done
  kill "$FOLLOWER"
  wait "$FOLLOWER" || true
  FOLLOWER=
  [ "$(cat "$STORE/follow.out")" = $'create new1\nremove new1' ]
}

@test "events: following with --since prints the recorded events first; --until ends it" {
  hull volume create before >/dev/null
  run timeout 20 "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" events --since 1h --until 2s --filter type=volume --format '{{.Name}}'
  assert_status 0
  [ "$output" = before ]
}

@test "events: concurrent hull processes lose and tear no event" {
  for w in 1 2 3 4; do
    ( for i in $(seq 25); do hull volume create "w$w-$i" >/dev/null; done ) &
  done
  wait
  run hull events --stream=false --filter type=volume --format json
  [ "$(printf '%s\n' "$output" | grep -c .)" -eq 100 ]
  printf '%s\n' "$output" | python3 -c '
import json, sys
names = {json.loads(line)["Name"] for line in sys.stdin}
assert len(names) == 100, len(names)'
  python3 -c '
import json, sys
for line in open(sys.argv[1]): json.loads(line)' "$HULL_RUN_DIR/events/events.log"
}

@test "events: the log is rotated at its size limit and events --stream=false still reads every event" {
  export HULL_EVENTS_LOGFILE_MAX_SIZE=3000
  for i in $(seq 40); do hull volume create "r$i" >/dev/null; done
  [ -f "$HULL_RUN_DIR/events/events.log.1" ]
  [ "$(stat -c %s "$HULL_RUN_DIR/events/events.log")" -le 3000 ]
  run hull events --stream=false --filter type=volume --format '{{.Name}}'
  [ "$output" = "$(for i in $(seq 40); do echo "r$i"; done)" ]
}

@test "system df: counts, active and reclaimable sizes of images, containers and volumes" {
  hull volume create data >/dev/null
  hull run --name writer -v data:/data localhost/busybox sh -c 'head -c 200000 /dev/zero >/data/f; head -c 300000 /dev/zero >/g'
  hull volume create idle >/dev/null
  run hull system df --format '{{.Type}}|{{.Total}}|{{.Active}}|{{.RawSize}}|{{.RawReclaimable}}'
  assert_status 0
  [ "${lines[0]}" = "Images|1|1|$(hull image inspect --format '{{.Size}}' localhost/busybox)|0" ]
  [ "${lines[1]}" = "Containers|1|0|300000|300000" ]
  [ "${lines[2]}" = "Local Volumes|2|1|200000|0" ]
  run hull system df
  [ "${lines[0]}" = "TYPE           TOTAL       ACTIVE      SIZE        RECLAIMABLE" ]
  [ "${lines[2]}" = "Containers     1           0           300kB       300kB (100%)" ]
  run hull system df -v
  assert_status 0
  [[ "$output" == "Images space usage:"* ]]
  [[ "$output" == *$'\nLocal Volumes space usage:\n\nVOLUME NAME  LINKS       SIZE\ndata         1           200kB\nidle         0           0B' ]]
}

@test "system reset -f removes every container, image, volume and network and the store's directories" {
  hull run -d --name keep localhost/busybox sleep 1000 >/dev/null
  hull create --name stopped localhost/busybox true >/dev/null
  hull volume create v >/dev/null
  hull network create --interface-name "$(test_bridge_name 1)" resetnet >/dev/null
  run hull system reset -f
  assert_status 0
  [ ! -e "$HULL_ROOT_DIR" ]
  [ ! -e "$HULL_RUN_DIR/events" ]
  [ -z "$(hull ps -aq)" ]
  [ -z "$(hull images -q)" ]
  [ -z "$(hull volume ls -q)" ]
  ! ip link show "$(test_bridge_name 1)" 2>/dev/null
  run hull system info --format '{{.Store.ImageStore.Number}}'
  [ "$output" = 0 ]
}
