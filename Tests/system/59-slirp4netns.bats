#!/usr/bin/env bats
# Rootless networking with slirp4netns (--network slirp4netns[:OPTIONS]):
# outbound connections through user-mode NAT (the container is 10.0.2.100,
# the host 10.0.2.2, DNS 10.0.2.3) and ports published through its API
# socket. The tests make their own user as 58-pasta does; slirp4netns needs
# /dev/net/tun, mode 0600 on these machines: setup opens it to 0666
# deliberately and teardown puts the recorded mode back.

load helpers
load rootless

setup_file() { rootless_network_setup_file hullsl; }
teardown_file() { rootless_network_teardown_file; }
setup() { fixtures; }
teardown() { rootless_network_teardown; remove_helper_dir; }

# A file server on ADDR:PORT for the container to reach.
serve() {
  mkdir -p "$BATS_TEST_TMPDIR/www" && echo from-host >"$BATS_TEST_TMPDIR/www/f"
  python3 -m http.server --bind "$1" --directory "$BATS_TEST_TMPDIR/www" "$2" >/dev/null 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 50); do curl -s "http://$1:$2/f" >/dev/null && break; sleep 0.1; done
}

# The pid of a container's slirp4netns (from its run dir).
slirp_pid() {
  sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "/tmp/hull-run-$RL_UID/containers/$1/slirp4netns.json"
}

@test "slirp4netns: tap0 at 10.0.2.100, DNS 10.0.2.3, and the host reached at its own address" {
  host_ip=$(ip -4 -o addr show scope global | awk '{print $4}' | cut -d/ -f1 | head -1)
  [ -n "$host_ip" ] || skip "no non-loopback IPv4 address on this machine"
  port=$(free_port)
  serve "$host_ip" "$port"
  run hull_as_user run --rm --network slirp4netns busybox sh -c \
    'ip -4 -o addr show tap0 | awk "{print \$4}"; ip route | sed -n "s/^default via \([0-9.]*\).*/\1/p"; grep nameserver /etc/resolv.conf; grep -c 10.0.2.100 /etc/hosts; wget -q -O - "http://'"$host_ip:$port"'/f"'
  assert_status 0
  [ "$output" = "10.0.2.100/24
10.0.2.2
nameserver 10.0.2.3
1
from-host" ]
}

@test "slirp4netns: the host's loopback through 10.0.2.2 only with allow_host_loopback=true" {
  port=$(free_port)
  serve 127.0.0.1 "$port"
  run hull_as_user run --rm --network slirp4netns:allow_host_loopback=true,mtu=1500 busybox sh -c \
    'cat /sys/class/net/tap0/mtu; wget -q -O - "http://10.0.2.2:'"$port"'/f"'
  assert_status 0
  [ "$output" = "1500
from-host" ]
  run hull_as_user run --rm --network slirp4netns busybox wget -q -T 3 -O - "http://10.0.2.2:$port/f"
  [ "$status" -ne 0 ]
}

@test "slirp4netns: cidr= moves the network (container .100, host .2, DNS .3); outbound_addr= leaves from that address" {
  host_ip=$(ip -4 -o addr show scope global | awk '{print $4}' | cut -d/ -f1 | head -1)
  [ -n "$host_ip" ] || skip "no non-loopback IPv4 address on this machine"
  port=$(free_port)
  serve "$host_ip" "$port"
  run hull_as_user run --rm --network "slirp4netns:cidr=10.0.7.0/24,allow_host_loopback=true,outbound_addr=$host_ip" busybox sh -c \
    'ip -4 -o addr show tap0 | awk "{print \$4}"; ip route | sed -n "s/^default via \([0-9.]*\).*/\1/p"; grep nameserver /etc/resolv.conf; grep -c "10.0.7.2.*host.containers.internal" /etc/hosts; wget -q -O - "http://'"$host_ip:$port"'/f"'
  assert_status 0
  [ "$output" = "10.0.7.100/24
10.0.7.2
nameserver 10.0.7.3
1
from-host" ]
  run hull_as_user run --rm --network slirp4netns:cidr=10.0.7.0/30 busybox true
  assert_status 125
  assert_one_error_line
}

@test "slirp4netns: -p HOST:CTR reaches the container from 127.0.0.1; inspect shows 10.0.2.100; rm stops slirp4netns" {
  port=$(free_port)
  id=$(hull_as_user run -d --network slirp4netns -p "$port:80" busybox sh -c 'echo hello >/index.html; exec httpd -f -p 80 -h /')
  pid=$(slirp_pid "$id")
  [ -n "$pid" ]
  kill -0 "$pid"
  run hull_as_user inspect --format '{{.NetworkSettings.IPAddress}} {{.NetworkSettings.Gateway}}' "$id"
  [ "$output" = "10.0.2.100 10.0.2.2" ]
  for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/index.html" >/dev/null && break; sleep 0.1; done
  run curl -s -m 5 "http://127.0.0.1:$port/index.html"
  assert_status 0
  [ "$output" = hello ]
  hull_as_user rm -f "$id" >/dev/null
  for _ in $(seq 50); do process_gone "$pid" && break; sleep 0.1; done
  process_gone "$pid"
  run curl -s -m 2 "http://127.0.0.1:$port/index.html"
  [ "$status" -ne 0 ]
}

@test "slirp4netns: a container that exits on its own takes its slirp4netns with it; so does a foreground run" {
  id=$(hull_as_user run -d --network slirp4netns busybox sleep 1)
  pid=$(slirp_pid "$id")
  [ -n "$pid" ]
  for _ in $(seq 100); do process_gone "$pid" && break; sleep 0.1; done
  process_gone "$pid"
  [ "$(hull_as_user inspect --format '{{.State.Status}}' "$id")" = exited ]
  [ ! -e "/tmp/hull-run-$RL_UID/containers/$id/slirp4netns.json" ]
  # Foreground: the slirp4netns seen from inside the run is gone after it.
  run hull_as_user run --name fg --network slirp4netns busybox true
  assert_status 0
  run pgrep -u "$RL_USER" -x slirp4netns
  [ "$status" -ne 0 ]
}

@test "slirp4netns: an unknown or malformed option is one error line, exit 125, nothing created" {
  run hull_as_user run --rm --network slirp4netns:bogus=1 busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *'unknown slirp4netns option "bogus=1"'* ]]
  run hull_as_user create --network slirp4netns:mtu=abc busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"mtu must be a number"* ]]
  run hull_as_user run --rm --network slirp4netns:port_handler=rootlesskit busybox true
  assert_status 125
  assert_one_error_line
  [ -z "$(hull_as_user ps -aq)" ]
}

@test "slirp4netns: as root too (as in Podman): the host's loopback with allow_host_loopback=true, and a published port" {
  setup_with_image
  port=$(free_port)
  serve 127.0.0.1 "$port"
  run hull run --rm --network slirp4netns:allow_host_loopback=true busybox wget -q -O - "http://10.0.2.2:$port/f"
  assert_status 0
  [ "$output" = from-host ]
  port2=$(free_port)
  id=$(hull run -d --network slirp4netns -p "127.0.0.1:$port2:80" busybox sh -c 'echo hello >/index.html; exec httpd -f -p 80 -h /')
  for _ in $(seq 50); do curl -s "http://127.0.0.1:$port2/index.html" >/dev/null && break; sleep 0.1; done
  run curl -s -m 5 "http://127.0.0.1:$port2/index.html"
  hull rm -f "$id" >/dev/null
  teardown_store
  assert_status 0
  [ "$output" = hello ]
}

@test "slirp4netns: the rootless default where pasta is not installed; neither installed: one error line naming the package" {
  before=$(hull_as_user ps -aq)
  helper_dir newuidmap newgidmap slirp4netns
  run hull_with_helpers run --rm busybox sh -c 'ip -4 -o addr show tap0 | awk "{print \$4}"'
  assert_status 0
  [ "$output" = "10.0.2.100/24" ]
  run hull_with_helpers info --format '{{.Host.RootlessNetworkCmd}}'
  assert_status 0
  [ "$output" = slirp4netns ]
  rm "$HELPER_DIR/slirp4netns"
  run hull_with_helpers run --rm busybox true
  assert_status 125
  [ "${#lines[@]}" -eq 1 ]
  [[ "$output" == "Error: "*"needs pasta: install the passt package"* ]]
  run hull_with_helpers run --rm --network slirp4netns busybox true
  assert_status 125
  [[ "$output" == "Error: "*"needs slirp4netns: install the slirp4netns package"* ]]
  run hull_as_user ps -aq
  [ "$output" = "$before" ]
}
