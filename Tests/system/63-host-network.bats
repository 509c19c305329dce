#!/usr/bin/env bats
# A bridge belongs to the host, not to a store: two stores whose networks
# name the same bridge share it (one subnet, addresses unique across both),
# or the second gets one clear error and nothing is made. Traffic stays on
# this machine: loopback, the host's own address and the test's bridges.

load helpers

setup() {
  setup_with_image
  BRIDGE=$(test_bridge_name 0)
  printf '[containers]\nnetns = "bridge"\n[network]\ndefault_network = "hull"\ndefault_bridge = "%s"\n' \
    "$BRIDGE" >"$HULL_CONF"
  # A second store on the same host, with the same configuration.
  B_ROOT=$STORE/b-root
  B_RUN=$STORE/b-run
  hull_b import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  PORT=$((20000 + RANDOM % 12000))
}

hull_b() {
  "$HULL_BIN" --root "$B_ROOT" --runroot "$B_RUN" "$@"
}

teardown() {
  # The second store's containers, then its networks' bridges and tables
  # (teardown_networks reads the store at HULL_ROOT_DIR), then the first's.
  if [ -n "${STORE:-}" ]; then
    hull_b rm -f -a >/dev/null 2>&1 || true
    HULL_ROOT_DIR=$B_ROOT teardown_networks
  fi
  teardown_store
  if [ -n "${BRIDGE2:-}" ]; then
    ip link del "$BRIDGE2" 2>/dev/null || true
    nft delete table ip "hull_$BRIDGE2" 2>/dev/null || true
    rm -f "/run/hull/host/bridges/$BRIDGE2.json" "/run/hull/host/bridges/$BRIDGE2.lock"
  fi
}

host_ip() {
  ip -4 -o route get 1.1.1.1 2>/dev/null | sed -n 's/.* src \([0-9.]*\).*/\1/p'
}

# run_web CLI NAME [run flags]: "hello-NAME" over HTTP on port 80.
run_web() {
  local cli=$1 name=$2; shift 2
  "$cli" run -d --name "$name" "$@" busybox sh -c "mkdir -p /www && echo hello-$name >/www/index.html && exec httpd -f -p 80 -h /www"
}

http_get() {
  local i
  for i in $(seq 1 50); do
    if curl -sS -m 2 "http://$1/" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}

# GET / from inside a new container of store CLI, retrying while it starts.
get_from_container() {
  "$1" run --rm busybox sh -c "for i in \$(seq 30); do echo -e 'GET / HTTP/1.0\r\n\r\n' | nc -w 2 $2 $3 && exit 0; sleep 0.2; done; exit 1"
}

@test "two stores on one default bridge share its subnet and reach each other's published ports" {
  run_web hull web-a -p $PORT:80
  run_web hull_b web-b -p $((PORT + 1)):80
  subnet_a=$(hull network inspect hull --format '{{range .Subnets}}{{.Subnet}} {{.Gateway}}{{end}}')
  subnet_b=$(hull_b network inspect hull --format '{{range .Subnets}}{{.Subnet}} {{.Gateway}}{{end}}')
  [ "$subnet_a" = "$subnet_b" ]
  # The bridge has that gateway address: the second store's containers
  # have a gateway that exists.
  read -r subnet gateway <<<"$subnet_a"
  ip -4 -o addr show "$BRIDGE" | grep -q "inet $gateway/${subnet#*/} "
  ip_a=$(hull inspect web-a --format '{{.NetworkSettings.IPAddress}}')
  ip_b=$(hull_b inspect web-b --format '{{.NetworkSettings.IPAddress}}')
  [ -n "$ip_a" ] && [ "$ip_a" != "$ip_b" ]

  run http_get 127.0.0.1:$PORT
  [ "$output" = hello-web-a ]
  run http_get 127.0.0.1:$((PORT + 1))
  [ "$output" = hello-web-b ]
  run get_from_container hull "$(host_ip)" $((PORT + 1))
  [[ "$output" == *hello-web-b* ]]
  run get_from_container hull_b "$(host_ip)" $PORT
  [[ "$output" == *hello-web-a* ]]
  # And each other's containers directly, across the stores.
  run get_from_container hull_b "$ip_a" 80
  [[ "$output" == *hello-web-a* ]]
}

@test "containers of two stores started at once on one bridge never get the same address" {
  local n=6 i
  for i in $(seq $n); do
    hull run -d --name a$i busybox sleep 300 >/dev/null &
    hull_b run -d --name b$i busybox sleep 300 >/dev/null &
  done
  wait
  addresses=$( { for i in $(seq $n); do
      hull inspect a$i --format '{{.NetworkSettings.IPAddress}}'
      hull_b inspect b$i --format '{{.NetworkSettings.IPAddress}}'
    done; } | sort)
  echo "$addresses"
  [ "$(grep -c . <<<"$addresses")" -eq $((2 * n)) ]
  [ -z "$(uniq -d <<<"$addresses")" ]
  # One subnet for both: distinct addresses are the host-wide leases' doing.
  [ "$(hull network inspect hull --format '{{range .Subnets}}{{.Subnet}}{{end}}')" = \
    "$(hull_b network inspect hull --format '{{range .Subnets}}{{.Subnet}}{{end}}')" ]
  echo "# $((2 * n)) containers of 2 stores on one bridge, 0 duplicate addresses" >&3
}

@test "a subnet that conflicts with a shared bridge is one Error line, exit 125, and nothing is made" {
  hull run --rm busybox true
  shared=$(hull network inspect hull --format '{{range .Subnets}}{{.Subnet}}{{end}}')
  before=$(ip -4 -o addr show "$BRIDGE")
  # network create with another subnet on that bridge.
  run hull_b network create --subnet 10.254.77.0/24 --interface-name "$BRIDGE" other
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"$BRIDGE"*"$shared"*"10.254.77.0/24"* ]]
  # The default network of a store configured with another subnet.
  printf '[containers]\nnetns = "bridge"\n[network]\ndefault_network = "hull"\ndefault_bridge = "%s"\ndefault_subnet = "10.254.78.0/24"\n' \
    "$BRIDGE" >"$STORE/b.conf"
  run env HULL_CONF="$STORE/b.conf" "$HULL_BIN" --root "$B_ROOT" --runroot "$B_RUN" run --name c1 busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"$BRIDGE"*"10.254.78.0/24"* ]]
  [ -z "$(hull_b ps -aq)" ]
  [ ! -e "$B_ROOT/networks/hull.json" ]
  [ ! -e "$B_ROOT/networks/other.json" ]
  # --internal on a bridge that masquerades.
  run hull_b network create --internal --interface-name "$BRIDGE" other
  assert_status 125
  assert_one_error_line
  # The shared bridge is as it was, and still works for its store.
  [ "$(ip -4 -o addr show "$BRIDGE")" = "$before" ]
  nft list table ip "hull_$BRIDGE" >/dev/null
  run hull run --rm busybox true
  assert_status 0
}

@test "removing a network keeps the bridge while another store's network is on it" {
  BRIDGE2=$(test_bridge_name 2)
  hull network create --interface-name "$BRIDGE2" shared
  run_web hull user --network shared
  hull_b network create --interface-name "$BRIDGE2" shared
  [ "$(hull network inspect shared --format '{{range .Subnets}}{{.Subnet}}{{end}}')" = \
    "$(hull_b network inspect shared --format '{{range .Subnets}}{{.Subnet}}{{end}}')" ]
  run hull_b network rm shared
  assert_status 0
  ip link show "$BRIDGE2" >/dev/null
  nft list table ip "hull_$BRIDGE2" >/dev/null
  # The container on it is still reached through it.
  ip_user=$(hull inspect user --format '{{(index .NetworkSettings.Networks "shared").IPAddress}}')
  run http_get "$ip_user"
  [ "$output" = hello-user ]
  # The last network on it takes the bridge, its table and its book along.
  hull rm -f user
  hull network rm shared
  ! ip link show "$BRIDGE2" 2>/dev/null
  ! nft list table ip "hull_$BRIDGE2" 2>/dev/null
  [ ! -e "/run/hull/host/bridges/$BRIDGE2.json" ]
  [ ! -e "/run/hull/host/bridges/$BRIDGE2.lock" ]
}

@test "a bridge left without an address (its maker killed half-way) is completed at the next start" {
  ip link add "$BRIDGE" type bridge
  run hull run --rm busybox sh -c 'ip route | grep default'
  assert_status 0
  gateway=$(hull network inspect hull --format '{{range .Subnets}}{{.Gateway}}{{end}}')
  [[ "$output" == *"default via $gateway"* ]]
  ip -4 -o addr show "$BRIDGE" | grep -q "inet $gateway/"
  nft list table ip "hull_$BRIDGE" >/dev/null
}
