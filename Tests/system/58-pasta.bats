#!/usr/bin/env bats
# Rootless networking with pasta (Debian's passt): outbound connections
# and published ports for an unprivileged user's containers. The tests make
# their own user (with /etc/subuid and /etc/subgid lines) as 54-rootless
# does. pasta needs /dev/net/tun, mode 0600 on these machines: setup opens
# it to 0666 deliberately and teardown puts the recorded mode back.

load helpers
load rootless

setup_file() { rootless_network_setup_file hullpa; }
teardown_file() { rootless_network_teardown_file; }
setup() { fixtures; }
teardown() { rootless_network_teardown; }

# The pid of the pasta a container's hull started (from its run dir).
pasta_pid() {
  sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "/tmp/hull-run-$RL_UID/containers/$1/pasta.json"
}

@test "pasta: the rootless default; an interface, a default route and the host's loopback through the gateway" {
  port=$(free_port)
  mkdir -p "$BATS_TEST_TMPDIR/www" && echo from-host >"$BATS_TEST_TMPDIR/www/f"
  python3 -m http.server --bind 127.0.0.1 --directory "$BATS_TEST_TMPDIR/www" "$port" >/dev/null 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/f" >/dev/null && break; sleep 0.1; done
  # No --network: pasta, as Podman does for a user.
  run hull_as_user run --rm busybox sh -c 'ip -4 -o addr show eth0 | grep -c inet; gw=$(ip route | sed -n "s/^default via \([0-9.]*\).*/\1/p"); wget -q -O - "http://$gw:'"$port"'/f"'
  assert_status 0
  [ "$output" = "1
from-host" ]
  run hull_as_user run --rm --network pasta busybox sh -c 'ip route | grep -c "^default"'
  assert_status 0
  [ "$output" = 1 ]
  # --network none stays without an interface.
  run hull_as_user run --rm --network none busybox sh -c 'ls /sys/class/net'
  [ "$output" = lo ]
}

@test "pasta: -p HOST:CTR reaches the container from the host, which sees the client's own address; rm stops pasta" {
  port=$(free_port)
  id=$(hull_as_user run -d -p "$port:80" busybox sh -c 'echo hello >/index.html; exec httpd -f -v -p 80 -h /')
  pid=$(pasta_pid "$id")
  [ -n "$pid" ]
  kill -0 "$pid"
  for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/index.html" >/dev/null && break; sleep 0.1; done
  run curl -s -m 5 "http://127.0.0.1:$port/index.html"
  assert_status 0
  [ "$output" = hello ]
  run hull_as_user logs "$id"
  # httpd logs the peer: the host's loopback, not a forwarder's address.
  [[ "$output" == *"127.0.0.1]:"*"response:200"* ]]
  hull_as_user rm -f "$id" >/dev/null
  for _ in $(seq 50); do process_gone "$pid" && break; sleep 0.1; done
  process_gone "$pid"
  run curl -s -m 2 "http://127.0.0.1:$port/index.html"
  [ "$status" -ne 0 ]
}

@test "pasta: a container that exits on its own takes its pasta with it" {
  id=$(hull_as_user run -d busybox sleep 1)
  pid=$(pasta_pid "$id")
  [ -n "$pid" ]
  for _ in $(seq 100); do process_gone "$pid" && break; sleep 0.1; done
  process_gone "$pid"
  [ "$(hull_as_user inspect --format '{{.State.Status}}' "$id")" = exited ]
  [ ! -e "/tmp/hull-run-$RL_UID/containers/$id/pasta.json" ]
}

@test "pasta: without access to /dev/net/tun, or as root, one error line naming the way out" {
  chmod 0600 /dev/net/tun
  run hull_as_user run --rm busybox true
  chmod 0666 /dev/net/tun
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"/dev/net/tun"*"--network none"* ]]
  [ -z "$(ls "/tmp/hull-run-$RL_UID/containers" 2>/dev/null)" ] || [ -z "$(hull_as_user ps -aq)" ]
  setup_with_image
  run hull run --rm --network pasta busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"pasta is for rootless containers"* ]]
  teardown_store
}

@test "pasta: netns in hull.conf picks the default; none there keeps a user's containers offline" {
  conf=$(mktemp /tmp/hull-conf.XXXXXX)
  chmod 644 "$conf"
  printf '[containers]\nnetns = "none"\n' >"$conf"
  run runuser -u "$RL_USER" -- env -i PATH=/usr/bin:/bin HOME="/home/$RL_USER" XDG_DATA_HOME="/home/$RL_USER/data" \
    HULL_CONF="$conf" "$HULL_BIN" run --rm busybox ls /sys/class/net
  [ "$output" = lo ]
  printf '[containers]\nnetns = "pasta"\n' >"$conf"
  run runuser -u "$RL_USER" -- env -i PATH=/usr/bin:/bin HOME="/home/$RL_USER" XDG_DATA_HOME="/home/$RL_USER/data" \
    HULL_CONF="$conf" "$HULL_BIN" run --rm busybox sh -c 'ip route | grep -c "^default"'
  rm -f "$conf"
  assert_status 0
  [ "$output" = 1 ]
}
