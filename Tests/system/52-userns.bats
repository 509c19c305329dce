#!/usr/bin/env bats
# User namespaces for rootful containers: --uidmap/--gidmap, --userns=auto.

load helpers

setup() {
  setup_with_image
  # The container's root walks to its root file system as "others".
  chmod 711 "$STORE"
  # --userns=auto hands out the ranges of the user "containers"; a file of
  # this test's own instead of the host's /etc/subuid.
  export HULL_SUBUID_FILE=$STORE/subuid HULL_SUBGID_FILE=$STORE/subgid
  echo "containers:400000:200000" >"$HULL_SUBUID_FILE"
  echo "containers:500000:200000" >"$HULL_SUBGID_FILE"
}
teardown() { teardown_store; }

wait_running() {
  for _ in $(seq 50); do [ "$(hull inspect --format '{{.State.Status}}' "$1")" = running ] && return 0; sleep 0.1; done
  return 1
}

@test "--uidmap: root inside is a high host uid; image files are root's inside; new files are the host uid's" {
  id=$(hull run -d --uidmap 0:200000:65536 busybox sleep 60)
  wait_running "$id"
  pid=$(hull inspect --format '{{.State.Pid}}' "$id")
  [ "$(tr -s ' ' <"/proc/$pid/uid_map")" = " 0 200000 65536" ]
  [ "$(tr -s ' ' <"/proc/$pid/gid_map")" = " 0 200000 65536" ]
  [ "$(stat -c %u "/proc/$pid")" = 200000 ]
  run hull exec "$id" sh -c 'id -u; stat -c "%u:%g" / /bin/busybox /etc/passwd'
  assert_status 0
  [ "$output" = $'0\n0:0\n0:0\n0:0' ]
  hull exec "$id" sh -c 'echo data >/made-inside; mkdir -p /var/dir; chown 1000:1001 /var/dir'
  [ "$(stat -c %u:%g "$HULL_ROOT_DIR/containers/$id/upper/made-inside")" = 200000:200000 ]
  [ "$(stat -c %u:%g "$HULL_ROOT_DIR/containers/$id/upper/var/dir")" = 201000:201001 ]
  # The image's layers are untouched: still owned by the host's root.
  [ "$(stat -c %u "$HULL_ROOT_DIR"/layers/*/diff/bin/busybox)" = 0 ]
  run hull inspect --format '{{.HostConfig.UsernsMode}} {{.HostConfig.IDMappings.UidMap}} {{.HostConfig.IDMappings.GidMap}}' "$id"
  [ "$output" = "private [0:200000:65536] [0:200000:65536]" ]
}

@test "--uidmap with a separate --gidmap, and --user inside the namespace" {
  run hull run --rm --uidmap 0:300000:5000 --gidmap 0:310000:5000 -u 1000:1000 busybox sh -c 'id -u; id -g; cat /proc/self/uid_map /proc/self/gid_map | tr -s " "'
  assert_status 0
  [ "$output" = $'1000\n1000\n 0 300000 5000\n 0 310000 5000' ]
  # The idmapped overlay (fsconfig) of a --rm container is volatile too.
  run hull run --rm --uidmap 0:300000:5000 busybox awk '$5 == "/" { print $0 }' /proc/self/mountinfo
  assert_status 0
  [[ $output == *volatile* ]]
}

@test "a host process's view: the container runs as the mapped uid, with the default capabilities" {
  id=$(hull run -d --uidmap 0:200000:65536 busybox sleep 60)
  wait_running "$id"
  pid=$(hull inspect --format '{{.State.Pid}}' "$id")
  [ "$(awk '/^Uid:/ {print $2}' "/proc/$pid/status")" = 200000 ]
  run hull exec "$id" sh -c 'grep CapEff /proc/self/status'
  [[ "$output" == *00000000800405fb ]]
}

@test "--privileged in a user namespace: all capabilities, but only over its own namespaces" {
  run hull run --rm --privileged --uidmap 0:200000:65536 busybox sh -c '
    grep CapEff /proc/self/status | cut -f2
    mkdir -p /m && mount -t tmpfs none /m && echo mounted
    head -c 1 /proc/kcore >/dev/null 2>&1 && echo kcore-read || echo kcore-refused
    (echo 1 >/proc/sys/vm/drop_caches) 2>/dev/null && echo sysctl-written || echo sysctl-refused'
  assert_status 0
  # All that hull holds (here root lacks CAP_SYS_RESOURCE), as without a namespace.
  [ "${lines[0]}" = "$(hull run --rm --privileged busybox sh -c 'grep CapEff /proc/self/status | cut -f2')" ]
  [ "${lines[1]}" = mounted ]
  [ "${lines[2]}" = kcore-refused ]
  [ "${lines[3]}" = sysctl-refused ]
}

@test "--userns=auto: two containers get disjoint ranges from the \"containers\" user; rm frees them" {
  a=$(hull create --userns=auto busybox true)
  b=$(hull create --userns=auto:size=2000 busybox true)
  run hull inspect --format '{{.HostConfig.UsernsMode}} {{.HostConfig.IDMappings.UidMap}} {{.HostConfig.IDMappings.GidMap}}' "$a" "$b"
  [ "${lines[0]}" = "auto [0:400000:1024] [0:500000:1024]" ]
  [ "${lines[1]}" = "auto [0:401024:2000] [0:501024:2000]" ]
  hull rm "$a" >/dev/null
  c=$(hull create --userns=auto busybox true)
  [ "$(hull inspect --format '{{.HostConfig.IDMappings.UidMap}}' "$c")" = "[0:400000:1024]" ]
  run hull start -a "$b"
  assert_status 0
}

@test "--userns=auto from many hulls at once: no two containers share an id" {
  for i in $(seq 8); do hull create --userns=auto:size=10000 busybox true >/dev/null & done
  wait
  run bash -c "'$HULL_BIN' --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' inspect --format '{{.HostConfig.IDMappings.UidMap}}' \$('$HULL_BIN' --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' ps -aq) | sort | uniq -d"
  assert_status 0
  [ -z "$output" ]
  [ "$(hull ps -aq | wc -l)" -eq 8 ]
}

@test "--userns=auto runs the container as its range's first id" {
  run hull run --rm --userns=auto busybox sh -c 'cat /proc/self/uid_map | tr -s " "; touch /x; stat -c %u /x /bin/busybox'
  assert_status 0
  [ "$output" = $' 0 400000 1024\n0\n0' ]
}

@test "exec joins the user namespace; -t works inside it" {
  hull run -d --name u1 --uidmap 0:200000:65536 busybox sleep 60 >/dev/null
  wait_running u1
  run hull exec u1 sh -c 'cat /proc/self/uid_map | tr -s " "; id -u'
  assert_status 0
  [ "$output" = $' 0 200000 65536\n0' ]
  run hull exec -u 1000 u1 id -u
  [ "$output" = 1000 ]
  run hull run --rm -t --uidmap 0:200000:65536 busybox sh -c 'tty'
  assert_status 0
  [ "$output" = $'/dev/pts/0\r' ]
}

@test "user namespace with the host network, --read-only, and a map without group 5" {
  run hull run --rm --network host --uidmap 0:200000:65536 busybox sh -c 'ls /sys/class >/dev/null && echo sys-ok'
  assert_status 0
  [ "$output" = sys-ok ]
  # Its own network namespace: its own sysfs, showing its own devices.
  run hull run --rm --network none --uidmap 0:200000:65536 busybox ls /sys/class/net
  assert_status 0
  [ "$output" = lo ]
  run hull run --rm --read-only --uidmap 0:200000:65536 busybox sh -c 'touch /x'
  [ "$status" -ne 0 ]
  run hull run --rm --uidmap 0:200000:1 busybox sh -c 'id -u; cat /proc/self/gid_map | tr -s " "'
  assert_status 0
  [ "$output" = $'0\n 0 200000 1' ]
}

@test "bad --userns/--uidmap input: exit 125, one error line, nothing created" {
  for args in "--uidmap 0:200000" "--uidmap 0:200000:0" "--uidmap a:b:c" "--uidmap 0:4294967295:2" \
              "--gidmap 0:1:x" "--uidmap 0:200000:10 --uidmap 5:300000:10" \
              "--userns=keep-id" "--userns=nomap" "--userns=bogus" "--userns=auto:size=x" \
              "--userns=auto:size=100000" "--userns=auto --uidmap 0:200000:10"; do
    run hull run --rm $args busybox true
    assert_status 125
    assert_one_error_line
  done
  run hull run --rm --userns=keep-id busybox true
  [ "$output" = "Error: keep-id is only supported in rootless mode" ]
  [ -z "$(hull ps -aq)" ]
  [ -z "$(ls "$HULL_ROOT_DIR/containers")" ]
}

@test "--userns=auto with no range left, or none for \"containers\": exit 125, nothing created" {
  echo "containers:400000:1500" >"$HULL_SUBUID_FILE"
  hull create --name first --userns=auto busybox true >/dev/null
  run hull create --name second --userns=auto busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"no free range of 1024 ids"* ]]
  echo "someone:400000:100000" >"$HULL_SUBUID_FILE"
  run hull create --name third --userns=auto busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *'cannot find mappings for user "containers"'* ]]
  [ "$(hull ps -aq | wc -l)" -eq 1 ]
  [ "$(ls "$HULL_ROOT_DIR/containers" | wc -l)" -eq 1 ]
}

@test "a run root the namespace cannot reach is named in the error" {
  chmod 700 "$STORE"
  run hull run --rm --uidmap 0:200000:65536 busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"$STORE (mode 700) is not searchable"* ]]
  [ -z "$(hull ps -aq)" ]
}

@test "commit of a container in a user namespace stores the ids it saw, not the host's" {
  hull run --name cm --uidmap 0:200000:65536 busybox sh -c 'echo x >/root-file; mkdir /d; chown 1000:1001 /d'
  [ "$(stat -c %u "$HULL_ROOT_DIR/containers/$(hull inspect --format '{{.Id}}' cm)/upper/root-file")" = 200000 ]
  hull commit -q cm localhost/committed >/dev/null
  run hull run --rm localhost/committed stat -c '%n %u:%g' /root-file /d
  assert_status 0
  [ "$output" = $'/root-file 0:0\n/d 1000:1001' ]
}

@test "volumes in a user namespace: a new named volume is its root's; a host bind keeps host ownership" {
  run hull run --rm --uidmap 0:200000:65536 -v data:/etc busybox sh -c 'stat -c %u:%g /etc/passwd /etc; touch /etc/new && echo wrote'
  assert_status 0
  [ "$output" = $'0:0\n0:0\nwrote' ]
  dir=$(hull volume inspect data --format '{{.Mountpoint}}')
  [ "$(stat -c %u:%g "$dir/passwd" "$dir/new" | sort -u)" = 200000:200000 ]
  mkdir "$STORE/hostdir"
  echo host >"$STORE/hostdir/f"
  # As in Podman without :U or idmap: the host's root is nobody inside.
  run hull run --rm --uidmap 0:200000:65536 -v "$STORE/hostdir:/h" busybox sh -c 'cat /h/f; stat -c %u /h/f; touch /h/g 2>/dev/null || echo refused'
  assert_status 0
  [ "$output" = $'host\n65534\nrefused' ]
}

@test "export of a container in a user namespace shows the ids it saw" {
  hull run --name ex --uidmap 0:200000:65536 busybox sh -c 'echo x >/root-file; mkdir /d; chown 1000:1001 /d'
  run bash -c "'$HULL_BIN' --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' export ex | tar -tvf - | grep -E ' (root-file|d/|bin/busybox)\$' | awk '{print \$2, \$6}'"
  assert_status 0
  [ "$output" = $'0/0 bin/busybox\n1000/1001 d/\n0/0 root-file' ]
}
