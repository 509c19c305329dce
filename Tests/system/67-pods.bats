#!/usr/bin/env bats
# Pods: containers sharing the namespaces of an infra container that is
# hull's own init (no pause image), pod-level ports and hostname, the pod's
# status derived from its containers, and verbs that leave nothing behind.

load helpers

setup() {
  setup_with_image
}

teardown() {
  teardown_store
}

# Retries a command in a container while the server in another starts.
until_ok() {
  local i
  for i in $(seq 1 50); do
    if "$@"; then return 0; fi
    sleep 0.1
  done
  return 1
}

@test "pod create prints a 64-hex id and pod ps shows Podman's columns with a Created pod" {
  run hull pod create --name shop --label team=web
  assert_status 0
  [[ "$output" =~ ^[0-9a-f]{64}$ ]]
  id=$output
  run hull pod ps
  assert_status 0
  [[ "${lines[0]}" == "POD ID"*"NAME"*"STATUS"*"CREATED"*"INFRA ID"*"# OF CONTAINERS" ]]
  [[ "${lines[1]}" == "${id:0:12}  shop"*"Created"* ]]
  [ "$(hull pod ps -q)" = "${id:0:12}" ]
  [ "$(hull pod ps --no-trunc -q)" = "$id" ]
  [ "$(hull pod ps --filter label=team=web --format '{{.Name}} {{.Status}}')" = "shop Created" ]
  [ -z "$(hull pod ps --filter name=nomatch -q)" ]
  [ "$(hull pod ps --filter ctr-number=0 --format "{{.Name}}")" = "shop" ]
  [ "$(hull pod inspect shop --format '{{.Name}} {{.State}} {{.SharedNamespaces}}')" = "shop Created [ipc net uts]" ]
  hull pod exists shop
  run hull pod exists nope
  assert_status 1
  [ -f "$STORE/root/pods/$id/pod.json" ] || [ -f "$HULL_ROOT_DIR/pods/$id/pod.json" ]
}

@test "two containers of a pod reach each other on 127.0.0.1 and share the pod's hostname" {
  pod=$(hull pod create --name shop --hostname shophost)
  hull run -d --pod shop --name web busybox sh -c 'mkdir -p /www && echo hello-from-web >/www/index.html && exec httpd -f -p 8080 -h /www' >/dev/null
  run hull run --rm --pod shop busybox sh -c 'for i in $(seq 1 50); do wget -qO- http://127.0.0.1:8080/ && break; sleep 0.1; done; hostname'
  assert_status 0
  [[ "$output" == *"hello-from-web"* ]]
  [[ "$output" == *"shophost" ]]
  [ "$(hull exec web hostname)" = "shophost" ]
  # Its infra container holds the namespaces: its PID 1 runs no command.
  infra=$(hull pod inspect shop --format '{{.InfraContainerID}}')
  [[ "$infra" =~ ^[0-9a-f]{64}$ ]]
  [ "$(hull ps --pod --format '{{.Names}} {{.PodName}}' | sort)" = "$(printf '%s\n' "${pod:0:12}-infra shop" "web shop" | sort)" ]
  pid=$(hull inspect "$infra" --format '{{.State.Pid}}')
  [ "$(readlink /proc/$pid/ns/net)" = "$(readlink /proc/$(hull inspect web --format '{{.State.Pid}}')/ns/net)" ]
  [ "$(readlink /proc/$pid/ns/ipc)" = "$(readlink /proc/$(hull inspect web --format '{{.State.Pid}}')/ns/ipc)" ]
  [ "$(readlink /proc/$pid/ns/pid)" != "$(readlink /proc/$(hull inspect web --format '{{.State.Pid}}')/ns/pid)" ]
  [ "$(hull pod ps --format '{{.Status}} {{.NumberOfContainers}}')" = "Running 2" ]
}

@test "a nc server and client in one pod talk over localhost; --share +pid shows one process tree" {
  hull pod create --name p --share +pid >/dev/null
  hull run -d --pod p --name server busybox sh -c 'echo over-localhost | nc -l -p 7070' >/dev/null
  run hull run --rm --pod p busybox sh -c 'for i in $(seq 1 50); do nc 127.0.0.1 7070 && break; sleep 0.1; done'
  assert_status 0
  [[ "$output" == *"over-localhost"* ]]
  # Shared pid namespace: the server's process is visible from another member.
  hull run -d --pod p --name sleeper busybox sleep 1000 >/dev/null
  run hull run --rm --pod p busybox ps -o args
  assert_status 0
  [[ "$output" == *"sleep 1000"* ]]
  [ "$(hull pod inspect p --format '{{.SharedNamespaces}}')" = "[ipc net uts pid]" ]
}

@test "the pod's status follows its containers: Running, Degraded, Stopped, Exited" {
  hull pod create --name p >/dev/null
  hull run -d --pod p --name a busybox sleep 1000 >/dev/null
  [ "$(hull pod ps --format '{{.Status}}')" = "Running" ]
  hull create --pod p --name b busybox true >/dev/null
  [ "$(hull pod ps --format '{{.Status}}')" = "Degraded" ]
  hull pod stop -t 0 p >/dev/null
  # b never ran: some stopped, one created is Podman's Stopped.
  [ "$(hull pod ps --format '{{.Status}}')" = "Stopped" ]
  hull rm b >/dev/null
  [ "$(hull pod ps --format '{{.Status}}')" = "Exited" ]
  run hull pod start p
  assert_status 0
  [ "$output" = "$(hull pod inspect p --format '{{.Id}}')" ]
  [ "$(hull inspect a --format '{{.State.Status}}')" = "running" ]
}

@test "pod stop, start and rm -f leave no processes, mounts or cgroups" {
  id=$(hull pod create --name p)
  hull run -d --pod p --name a busybox sleep 1000 >/dev/null
  hull run -d --pod p --name b busybox sleep 1000 >/dev/null
  pids=$(for c in $(hull ps -q --no-trunc); do hull inspect "$c" --format '{{.State.Pid}}'; done)
  ids=$(hull ps -aq --no-trunc)
  [ "$(echo "$ids" | wc -l)" -eq 3 ]
  hull pod stop -t 0 p >/dev/null
  hull pod start p >/dev/null
  [ "$(hull pod ps --format '{{.Status}}')" = "Running" ]
  pids="$pids $(for c in $(hull ps -q --no-trunc); do hull inspect "$c" --format '{{.State.Pid}}'; done)"
  run hull pod rm p
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"has containers that are not ready to be removed"* ]]
  run hull pod rm -f p
  assert_status 0
  [ "$output" = "$id" ]
  [ -z "$(hull ps -aq)" ]
  [ -z "$(hull pod ps -q)" ]
  for pid in $pids; do ! kill -0 "$pid" 2>/dev/null; done
  ! grep -q "$HULL_RUN_DIR" /proc/self/mountinfo
  for c in $ids; do
    ! ls -d /sys/fs/cgroup/*/hull/"$c" /sys/fs/cgroup/unified/hull/"$c" 2>/dev/null
  done
  run hull pod rm p
  assert_status 1
  assert_one_error_line
  [ "$output" = "Error: no pod with name or ID p found: no such pod" ]
  run hull pod rm -f p
  assert_status 0
  [ -z "$output" ]
}

@test "the infra container goes only with its pod: rm, rm -f and container prune leave it" {
  hull pod create --name p >/dev/null
  hull create --pod p --name a busybox true >/dev/null
  infra=$(hull pod inspect p --format '{{.InfraContainerID}}')
  run hull rm "$infra"
  assert_status 125
  assert_one_error_line
  [ "$output" = "Error: container $infra is the infra container of pod $(hull pod inspect p --format '{{.Id}}') and cannot be removed without removing the pod" ]
  hull rm a >/dev/null
  run hull rm -f "$infra"
  assert_status 125
  # container prune leaves a pod's infra container to the pod.
  hull container prune -f >/dev/null
  hull inspect "$infra" >/dev/null
  hull pod rm p >/dev/null
  run hull inspect "$infra"
  assert_status 125
}

@test "--exit-policy stop: the pod's last container to exit stops its infra container" {
  hull pod create --name stopper --exit-policy stop >/dev/null
  hull pod create --name keeper >/dev/null
  hull run --pod stopper busybox true
  hull run --pod keeper busybox true
  [ "$(hull pod inspect stopper --format '{{.ExitPolicy}} {{.State}}')" = "stop Exited" ]
  [ "$(hull pod inspect keeper --format '{{.ExitPolicy}} {{.State}}')" = "continue Degraded" ]
  hull pod rm -f stopper keeper >/dev/null
}

@test "pod-level -p publishes a member's port; -p on a member is refused with Podman's error" {
  printf '[containers]\nnetns = "bridge"\n[network]\ndefault_network = "hull"\ndefault_bridge = "%s"\n' \
    "$(test_bridge_name 0)" >"$HULL_CONF"
  port=$((20000 + RANDOM % 12000))
  hull pod create --name web -p "$port:80" >/dev/null
  run hull run -d --pod web -p 9999:80 busybox true
  assert_status 125
  assert_one_error_line
  [ "$output" = "Error: invalid config provided: published or exposed ports must be defined when the pod is created: network cannot be configured when it is shared with a pod" ]
  [ -z "$(hull ps -aq --filter name=-infra --format '{{.Names}}' | grep -v infra)" ]
  hull run -d --pod web busybox sh -c 'mkdir -p /www && echo pod-port >/www/index.html && exec httpd -f -p 80 -h /www' >/dev/null
  run until_ok curl -sS -m 2 "http://127.0.0.1:$port/"
  assert_status 0
  [ "$output" = "pod-port" ]
  hull pod rm -f web >/dev/null
}

@test "pod logs prefixes each container's lines; pod top lists the processes of every container" {
  hull pod create --name lp >/dev/null
  hull run -d --pod lp --name l1 busybox sh -c 'echo one; exec sleep 1000' >/dev/null
  hull run -d --pod lp --name l2 busybox sh -c 'echo two; exec sleep 1001' >/dev/null
  run until_ok sh -c "[ \"\$($HULL_BIN --root $HULL_ROOT_DIR --runroot $HULL_RUN_DIR pod logs --names lp | wc -l)\" -eq 2 ]"
  assert_status 0
  [ "$(hull pod logs --names lp)" = "$(printf 'l1 one\nl2 two')" ]
  [ "$(hull pod logs -c l2 lp)" = "$(hull inspect l2 --format '{{.ID}}' | cut -c1-12) two" ]
  run hull pod top lp
  assert_status 0
  [[ "${lines[0]}" == USER*PID*COMMAND ]]
  [[ "$output" == *"sleep 1000"* ]]
  [[ "$output" == *"sleep 1001"* ]]
  hull pod rm -f lp >/dev/null
}

@test "first members created at once share one infra container" {
  hull pod create --name race >/dev/null
  for i in 1 2 3 4; do hull create --pod race busybox true >/dev/null & done
  wait
  [ "$(hull ps -a --format '{{.Names}}' | grep -c -- '-infra$')" -eq 1 ]
  [ "$(hull pod ps --format '{{.NumberOfContainers}}')" = "5" ]
}

@test "run --pod new:NAME makes the pod" {
  hull run -d --pod new:fresh --name a busybox sleep 1000 >/dev/null
  [ "$(hull pod ps --format '{{.Name}} {{.Status}} {{.NumberOfContainers}}')" = "fresh Running 2" ]
  hull pod rm -f fresh >/dev/null
}

@test "bad pod flags give one Error line, exit 125 and create nothing" {
  run hull pod create --share foo
  assert_status 125
  assert_one_error_line
  [ "$output" = "Error: invalid kernel namespace to share: foo. Options are: cgroup, ipc, net, pid, uts or none" ]
  run hull pod create --infra=false --share net
  assert_status 125
  [ "$output" = "Error: cannot set share(net) namespaces without an infra container" ]
  run hull pod create --exit-policy foo
  assert_status 125
  [ "$output" = 'Error: running pod create option: invalid pod exit policy: "foo"' ]
  run hull pod create --infra=false -p 80:80
  assert_status 125
  [ "$output" = "Error: you must have an infra container to publish port bindings to the host" ]
  run hull pod ps --filter foo=bar
  assert_status 125
  [ "$output" = "Error: foo is an invalid filter" ]
  run hull run --pod new:p2 -h other busybox true
  assert_status 125
  [ "$output" = "Error: invalid config provided: cannot set hostname when joining the pod UTS namespace: invalid configuration" ]
  run hull run --pod nope busybox true
  assert_status 125
  assert_one_error_line
  [ "$output" = "Error: no pod with name or ID nope found: no such pod" ]
  [ -z "$(hull pod ps -q)" ]
  [ -z "$(hull ps -aq)" ]
  hull pod create --name dup >/dev/null
  run hull pod create --name dup
  assert_status 125
  [ "$output" = 'Error: adding pod to state: name "dup" is in use: pod already exists' ]
  [ "$(hull pod ps -q | wc -l)" -eq 1 ]
}
