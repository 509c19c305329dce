# Shared setup for hull's system tests. Every test gets its own store
# (--root/--runroot in a temp dir); nothing touches /var/lib/hull.

HULL_BIN=${HULL_BIN:-$(cd "$BATS_TEST_DIRNAME/../.." && pwd)/.build/release/hull}
FIXTURES_DIR=${HULL_FIXTURES:-/tmp/hull-test-fixtures}

# Builds the busybox fixture once per machine (the script is idempotent).
fixtures() {
  "$BATS_TEST_DIRNAME/../fixtures/busybox-rootfs.sh" "$FIXTURES_DIR" >/dev/null
  BUSYBOX_TAR=$FIXTURES_DIR/busybox.tar
  BUSYBOX_TGZ=$FIXTURES_DIR/busybox.tar.gz
}

setup_store() {
  fixtures
  STORE=$(mktemp -d /tmp/hull-bats.XXXXXX)
  HULL_ROOT_DIR=$STORE/root
  HULL_RUN_DIR=$STORE/run
  # hull's configuration (HULL_CONF, a containers.conf subset): tests never
  # share the host's default bridge hull0. Containers get a private
  # loopback-only namespace unless a test asks for a network
  # (60-network.bats writes its own file with bridge defaults).
  export HULL_CONF=$STORE/hull.conf
  printf '[containers]\nnetns = "none"\n[network]\ndefault_bridge = "%s"\n' "$(test_bridge_name 0)" >"$HULL_CONF"
}

# A bridge name of this test's own (at most 15 characters).
test_bridge_name() {
  echo "hbt$(basename "$STORE" | tr -dc 'a-zA-Z0-9' | tail -c 6)$1"
}

# Deletes the bridges and nftables tables of this store's networks.
teardown_networks() {
  local f br
  for f in "$HULL_ROOT_DIR"/networks/*.json; do
    [ -f "$f" ] || continue
    case $f in *.leases.json) continue ;; esac
    br=$(sed -n 's/.*"network_interface":"\([^"]*\)".*/\1/p' "$f")
    [ -n "$br" ] || continue
    ip link del "$br" 2>/dev/null || true
    nft delete table ip "hull_${br//[^a-zA-Z0-9]/_}" 2>/dev/null || true
    # The bridge's host-wide book (leases of every store on it).
    rm -f "/run/hull/host/bridges/$br.json" "/run/hull/host/bridges/$br.lock"
  done
}

hull() {
  "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" "$@"
}

# A store with localhost/busybox:latest imported.
setup_with_image() {
  setup_store
  IMAGE_ID=$(hull import "$BUSYBOX_TAR" localhost/busybox:latest)
}

teardown_store() {
  [ -n "${STORE:-}" ] || return 0
  # hull itself stops and removes what this test started (by recorded pid);
  # then any monitor left is killed by its recorded pid too.
  # Pods first: an infra container goes only with its pod.
  [ -d "$HULL_ROOT_DIR/pods" ] && "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" pod rm -f -a >/dev/null 2>&1
  "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" rm -f -a >/dev/null 2>&1 || true
  for state in "$HULL_ROOT_DIR"/containers/*/state.json; do
    [ -f "$state" ] || continue
    for key in pid recorderPid keeperPid; do
      pid=$(sed -n "s/.*\"$key\":\([0-9]*\).*/\1/p" "$state")
      [ -n "$pid" ] && [ "$pid" -gt 0 ] && kill -9 "$pid" 2>/dev/null || true
    done
  done
  teardown_networks
  rm -rf "$STORE" 2>/dev/null || { sleep 0.2; rm -rf "$STORE"; }
  # hull's cgroup parents, once empty (rmdir never removes a used one).
  rmdir /sys/fs/cgroup/hull /sys/fs/cgroup/*/hull 2>/dev/null || true
}

# No mount anywhere on the host refers to this test's store.
assert_no_mounts() {
  if grep -F "$STORE" /proc/self/mountinfo; then
    echo "mounts left behind under $STORE" >&2
    return 1
  fi
}

assert_status() {
  if [ "$status" -ne "$1" ]; then
    echo "expected exit status $1, got $status; output:" >&2
    echo "$output" >&2
    return 1
  fi
}

# Exactly one line, starting with "Error: ".
assert_one_error_line() {
  local lines
  lines=$(printf '%s\n' "$output" | grep -c .)
  if [ "$lines" -ne 1 ] || [[ "$output" != Error:* ]]; then
    echo "expected one 'Error: ...' line, got:" >&2
    echo "$output" >&2
    return 1
  fi
}

# Gone, or a zombie waiting for a parent that does not reap (some init
# processes in containers and sandboxes never do).
process_gone() {
  [ ! -e "/proc/$1" ] || grep -q '^State:[[:space:]]*Z' "/proc/$1/status"
}

# A TCP port nothing listens on right now, on 127.0.0.1.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
