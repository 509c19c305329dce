#!/usr/bin/env bash
# make demo: imports a busybox image made from Debian's busybox-static (no
# internet), runs a container from it on the default bridge network, and
# leaves the host as it found it: the demo's store, and the bridge, nft
# table and ip_forward setting the default network made, are removed or
# restored on the way out, also when a step fails.
# usage: demo.sh HULL_BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
hull_bin=$(realpath "$1")
demo=$(mktemp -d /tmp/hull-demo.XXXXXX)
hull() { "$hull_bin" --root "$demo/root" --runroot "$demo/run" "$@"; }

forward_before=$(cat /proc/sys/net/ipv4/ip_forward)
bridges_before=$(ip -o link show type bridge | awk -F': ' '{print $2}')
tables_before=$(nft list tables 2>/dev/null || true)

cleanup() {
  # The default network's bridge and nft table belong to the host, not the
  # store: remove only the ones this demo created.
  local bridge
  bridge=$(hull network inspect hull --format '{{.NetworkInterface}}' 2>/dev/null || true)
  if [ -n "$bridge" ] && ! grep -qx "$bridge" <<<"$bridges_before"; then
    ip link del "$bridge" 2>/dev/null || true
    # hull's host-wide record of the bridge (its subnet and leases).
    rm -f "/run/hull/host/bridges/$bridge.json" "/run/hull/host/bridges/$bridge.lock"
  fi
  if [ -n "$bridge" ] && ! grep -qx "table ip hull_$bridge" <<<"$tables_before"; then
    nft delete table ip "hull_$bridge" 2>/dev/null || true
  fi
  echo "$forward_before" >/proc/sys/net/ipv4/ip_forward
  umount -R "$demo/root" 2>/dev/null || true
  rm -rf "$demo"
}
trap cleanup EXIT

Tests/fixtures/busybox-rootfs.sh "$demo/fixture" >/dev/null
hull import -q "$demo/fixture/busybox.tar" localhost/busybox:latest >/dev/null
hull images
hull run --rm --hostname demo busybox sh -c 'echo "hello from $(hostname), pid $$ in its own namespace, address $(ip -4 -o addr show eth0 | awk "{print \$4}")"; uname -sr'
echo "demo done: its store, bridge and firewall table are removed; the host is as it was"
