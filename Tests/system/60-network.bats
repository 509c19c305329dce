#!/usr/bin/env bats
# Networking: the default bridge, published ports, user networks with name
# resolution, network modes, /etc files, network commands, teardown.
# Traffic stays on this machine: loopback, its own address and the bridges
# these tests create (each test has its own bridge names, see helpers.bash).

load helpers

setup() {
  setup_with_image
  # Bridge by default, on a bridge of this test's own.
  printf '[containers]\nnetns = "bridge"\n[network]\ndefault_network = "hull"\ndefault_bridge = "%s"\n' \
    "$(test_bridge_name 0)" >"$HULL_CONF"
  # Below the kernel's ephemeral range (32768 and up), where any outgoing
  # connection on the host may hold a port; tests use up to PORT + 124.
  PORT=$((20000 + RANDOM % 12000))
}

teardown() {
  teardown_store
}

host_ip() {
  ip -4 -o route get 1.1.1.1 2>/dev/null | sed -n 's/.* src \([0-9.]*\).*/\1/p'
}

# Serves "hello-NAME" over HTTP on port 80 of a detached container.
run_web() {
  local name=$1; shift
  hull run -d --name "$name" "$@" busybox sh -c "mkdir -p /www && echo hello-$name >/www/index.html && exec httpd -f -p 80 -h /www"
}

# GET / from host:port, retrying while the server starts.
http_get() {
  local i
  for i in $(seq 1 50); do
    if curl -sS -m 2 "http://$1/" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}

@test "the default bridge gives an address, a default route, the host's MTU and generated /etc files" {
  run hull run --rm busybox sh -c 'ip -4 -o addr show eth0; ip route; cat /sys/class/net/eth0/mtu; cat /etc/hosts; cat /etc/resolv.conf; hostname'
  assert_status 0
  subnet=$(hull network inspect hull --format '{{range .Subnets}}{{.Subnet}}{{end}}')
  gateway=$(hull network inspect hull --format '{{range .Subnets}}{{.Gateway}}{{end}}')
  prefix=${subnet%.*.*}
  [[ "$output" == *"inet $prefix."* ]]
  [[ "$output" == *"default via $gateway dev eth0"* ]]
  dev=$(ip route show default | awk '{print $5; exit}')
  [[ "$output" == *$'\n'"$(cat /sys/class/net/$dev/mtu)"$'\n'* ]]
  [[ "$output" == *"host.containers.internal"* ]]
  ! grep -q '^nameserver 127\.' <<<"$output"
  grep -q '^nameserver ' <<<"$output"
  bridge=$(test_bridge_name 0)
  ip link show "$bridge" >/dev/null
  nft list table ip "hull_$bridge" >/dev/null
  [ "$(hull network inspect hull --format '{{.NetworkInterface}}')" = "$bridge" ]
}

@test "a published port is reachable from the host on 127.0.0.1 and on the host's own address" {
  run_web web -p $PORT:80
  assert_status 0
  run http_get 127.0.0.1:$PORT
  assert_status 0
  [ "$output" = hello-web ]
  run http_get "$(host_ip):$PORT"
  assert_status 0
  [ "$output" = hello-web ]
  # From another container, through the host's address (hairpin).
  run hull run --rm busybox sh -c "echo -e 'GET / HTTP/1.0\r\n\r\n' | nc $(host_ip) $PORT"
  [[ "$output" == *hello-web* ]]
  run hull port web
  [ "$output" = "80/tcp -> 0.0.0.0:$PORT" ]
  run hull port web 80
  [ "$output" = "0.0.0.0:$PORT" ]
  run hull ps --format '{{.Ports}}'
  [ "$output" = "0.0.0.0:$PORT->80/tcp" ]
}

@test "a port published on 127.0.0.1 only, and a udp port" {
  run_web web -p 127.0.0.1:$PORT:80
  run http_get 127.0.0.1:$PORT
  [ "$output" = hello-web ]
  run curl -sS -m 2 "http://$(host_ip):$PORT/"
  [ "$status" -ne 0 ]
  # busybox has no UDP server: a host python3 listens inside the
  # container's network namespace instead.
  hull run -d --name udp -p $((PORT + 1)):5353/udp busybox sleep 300 >/dev/null
  pid=$(hull inspect udp --format '{{.State.Pid}}')
  nsenter --net=/proc/$pid/ns/net python3 -c '
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("0.0.0.0", 5353)); s.settimeout(10)
print(s.recvfrom(100)[0].decode().strip())' >"$STORE/udp.out" &
  receiver=$!
  for i in $(seq 1 50); do
    echo ping-over-udp >/dev/udp/127.0.0.1/$((PORT + 1))
    sleep 0.1
    [ -s "$STORE/udp.out" ] && break
  done
  wait $receiver
  [ "$(cat "$STORE/udp.out")" = ping-over-udp ]
  run hull port udp
  [ "$output" = "5353/udp -> 0.0.0.0:$((PORT + 1))" ]
}

@test "port ranges and -P for the image's exposed ports" {
  hull import --change 'EXPOSE 80' --change 'EXPOSE 81/udp' "$BUSYBOX_TAR" localhost/exposing:latest >/dev/null
  hull create --name ranged -p $PORT-$((PORT + 1)):80-81 busybox true >/dev/null
  run hull port ranged
  [ "${lines[0]}" = "80/tcp -> 0.0.0.0:$PORT" ]
  [ "${lines[1]}" = "81/tcp -> 0.0.0.0:$((PORT + 1))" ]
  hull run -d --name all -P exposing sh -c 'mkdir -p /www && echo hello-all >/www/index.html && exec httpd -f -p 80 -h /www' >/dev/null
  run hull port all
  [ "${#lines[@]}" -eq 2 ]
  [[ "$output" == *"81/udp -> 0.0.0.0:"* ]]
  hostport=$(hull port all 80 | sed 's/.*://')
  run http_get 127.0.0.1:$hostport
  [ "$output" = hello-all ]
  run hull inspect all --format '{{(index (index .HostConfig.PortBindings "80/tcp") 0).HostPort}}'
  [ "$output" = "$hostport" ]
}

@test "containers on a user network reach each other by name and alias, including ones started later" {
  run hull network create --interface-name "$(test_bridge_name 1)" appnet
  assert_status 0
  [ "$output" = appnet ]
  # --dns 127.0.0.1: a name missing from /etc/hosts fails at once, with
  # no query leaving this machine.
  run_web db --network appnet --network-alias database --dns 127.0.0.1
  run hull run --rm --network appnet busybox sh -c 'for i in $(seq 1 50); do echo -e "GET / HTTP/1.0\r\n\r\n" | nc db 80 && break; sleep 0.1; done'
  assert_status 0
  [[ "$output" == *hello-db* ]]
  run hull run --rm --network appnet busybox sh -c 'echo -e "GET / HTTP/1.0\r\n\r\n" | nc database 80'
  [[ "$output" == *hello-db* ]]
  run hull run --rm --network appnet --cap-add NET_RAW busybox ping -c1 -W2 db
  assert_status 0
  # A container started after db: db learns its name.
  run_web late --network appnet
  run hull exec db sh -c 'echo -e "GET / HTTP/1.0\r\n\r\n" | nc late 80'
  [[ "$output" == *hello-late* ]]
  hull rm -f late >/dev/null
  run hull exec db nc -w 1 late 80
  [[ "$output" == *"bad address 'late'"* ]]
  # A rename is seen at once.
  hull rename db store
  run hull run --rm --network appnet busybox sh -c 'echo -e "GET / HTTP/1.0\r\n\r\n" | nc store 80'
  [[ "$output" == *hello-db* ]]
  run hull exec store grep -w store /etc/hosts
  assert_status 0
  # The default network has no name resolution between containers (as Podman's).
  run hull run --rm --dns 127.0.0.1 busybox nc -w 1 db 80
  [[ "$output" == *"bad address 'db'"* ]]
}

@test "network connect and disconnect change a running container's interfaces and names" {
  hull network create --interface-name "$(test_bridge_name 1)" front >/dev/null
  hull network create --interface-name "$(test_bridge_name 2)" back >/dev/null
  run_web api --network front >/dev/null
  hull run -d --name worker --network back --dns 127.0.0.1 busybox sleep 300 >/dev/null
  run hull exec worker nc -w 1 api 80
  [[ "$output" == *"bad address 'api'"* ]]
  run hull network connect --alias api2 back api
  assert_status 0
  run hull exec api ip -4 -o addr show eth1
  assert_status 0
  run hull exec worker sh -c 'echo -e "GET / HTTP/1.0\r\n\r\n" | nc api2 80'
  [[ "$output" == *hello-api* ]]
  run hull network connect back api
  assert_status 125
  assert_one_error_line
  run hull network disconnect back api
  assert_status 0
  run hull exec api ip link show eth1
  [ "$status" -ne 0 ]
  run hull exec worker nc -w 1 api2 80
  [[ "$output" == *"bad address 'api2'"* ]]
}

@test "--network none has only loopback; host sees the host's interfaces; container: shares another's" {
  run hull run --rm --network none busybox sh -c 'ls /sys/class/net'
  assert_status 0
  [ "$output" = lo ]
  host_links=$(ls /sys/class/net | sort | tr '\n' ' ')
  run hull run --rm --network host busybox sh -c 'ls /sys/class/net | sort | tr "\n" " "'
  [ "$output" = "$host_links" ]
  hull run -d --name base busybox sleep 300 >/dev/null
  ip=$(hull inspect base --format '{{.NetworkSettings.IPAddress}}')
  [ -n "$ip" ]
  mac=$(hull inspect base --format '{{.NetworkSettings.MacAddress}}')
  run hull exec base cat /sys/class/net/eth0/address
  [ "$output" = "$mac" ]
  run hull run --rm --network container:base busybox ip -4 -o addr show eth0
  assert_status 0
  [[ "$output" == *"inet $ip/"* ]]
  run hull inspect base --format '{{.HostConfig.NetworkMode}} {{(index .NetworkSettings.Networks "hull").IPAddress}}'
  [ "$output" = "bridge $ip" ]
  # The namespace outlives base while a joiner holds it: base's address,
  # given back when it stops, must not stay on the bridge.
  hull run -d --name joiner --network container:base busybox sleep 300 >/dev/null
  hull stop -t 0 base >/dev/null
  run hull exec joiner ls /sys/class/net
  [ "$output" = lo ]
}

@test "--dns, --dns-search, --dns-option, --add-host, --hostname, --ip" {
  hull network create --interface-name "$(test_bridge_name 1)" --subnet 10.213.77.0/24 fixed >/dev/null || skip "10.213.77.0/24 is in use on this host"
  run hull run --rm --network fixed --ip 10.213.77.50 --hostname box --dns 192.0.2.53 --dns-search example.test \
    --dns-option ndots:2 --add-host db.example:192.0.2.10 busybox sh -c 'cat /etc/resolv.conf /etc/hosts; hostname; ip -4 -o addr show eth0'
  assert_status 0
  [[ "$output" == *"search example.test"* ]]
  [[ "$output" == *"nameserver 192.0.2.53"* ]]
  [[ "$output" == *"options ndots:2"* ]]
  [[ "$output" == *$'192.0.2.10\tdb.example'* ]]
  [[ "$output" == *$'10.213.77.50\tbox'* ]]
  [[ "$output" == *"inet 10.213.77.50/24"* ]]
  [[ "$(printf '%s\n' "$output" | grep -c '^nameserver')" -eq 1 ]]
  run hull run --rm --network fixed --ip 10.213.78.5 busybox true
  assert_status 125
  assert_one_error_line
}

@test "network ls, inspect, rm and prune, with Podman's formats and exit codes" {
  hull network create --interface-name "$(test_bridge_name 1)" --label team=a one >/dev/null
  hull network create --interface-name "$(test_bridge_name 2)" two >/dev/null
  run hull network ls
  assert_status 0
  [[ "${lines[0]}" =~ ^NETWORK\ ID\ +NAME\ +DRIVER$ ]]
  run hull network ls --format '{{.Name}} {{.Driver}}'
  [ "$output" = $'hull bridge\none bridge\ntwo bridge' ]
  run hull network ls -q --filter label=team=a
  [ "$output" = one ]
  run hull network inspect one
  [[ "$output" == *'"network_interface": "'"$(test_bridge_name 1)"'"'* ]]
  [[ "$output" == *'"dns_enabled": true'* ]]
  run hull network ls --format json
  [[ "$output" == *'"name": "two"'* ]]
  hull create --name user --network one busybox true >/dev/null
  run hull network rm one
  assert_status 2
  assert_one_error_line
  run hull network rm nosuch
  assert_status 1
  run bash -c "echo n | $HULL_BIN --root $HULL_ROOT_DIR --runroot $HULL_RUN_DIR network prune"
  [[ "$output" == *"Are you sure you want to continue? [y/N]"* ]]
  run hull network ls -q
  [[ "$output" == *two* ]]
  run hull network prune -f
  [ "$output" = two ]
  run hull network rm -f one
  assert_status 0
  [ "$output" = one ]
  run hull ps -a -q
  [ -z "$output" ]
  run ip link show "$(test_bridge_name 1)"
  [ "$status" -ne 0 ]
  run nft list table ip "hull_$(test_bridge_name 1)"
  [ "$status" -ne 0 ]
}

@test "bad input fails with one error line, exit 125, and creates nothing" {
  for bad in 80:80:80:80 abc 70000:80 8080:80/sctp 1-3:80-81; do
    run hull run --rm -p "$bad" busybox true
    assert_status 125
    assert_one_error_line
  done
  run hull run --rm -p 198.51.100.254:$PORT:80 busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"cannot assign requested address"* ]]
  run hull run --rm --network nosuch busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"network not found"* ]]
  # A port a host process holds.
  python3 -c 'import socket,sys,time; s=socket.socket(); s.bind(("0.0.0.0", int(sys.argv[1]))); s.listen(); time.sleep(30)' $PORT &
  listener=$!
  for i in $(seq 1 50); do (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.1; done
  run hull run --rm -p $PORT:80 busybox true
  kill $listener
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"address already in use"* ]]
  # A port another container publishes.
  hull run -d --name holder -p $((PORT + 2)):80 busybox sleep 300 >/dev/null
  run hull run --rm -p $((PORT + 2)):80 busybox true
  assert_status 125
  assert_one_error_line
  run hull ps -a --format '{{.Names}}'
  [ "$output" = holder ]
  # Overlapping subnets.
  hull network create --interface-name "$(test_bridge_name 1)" first >/dev/null
  subnet=$(hull network inspect first --format '{{range .Subnets}}{{.Subnet}}{{end}}')
  run hull network create --interface-name "$(test_bridge_name 2)" --subnet "$subnet" second
  assert_status 125
  assert_one_error_line
  [[ "$output" == *overlaps* ]]
  run hull network create --subnet 10.1.2.3/24 third
  assert_status 125
  assert_one_error_line
  dev=$(ip route show default | awk '{print $5; exit}')
  run hull network create --interface-name "$dev" fourth
  assert_status 125
  assert_one_error_line
  run hull network ls -q
  [ "$output" = $'first\nhull' ]
}

@test "many run/rm cycles, some killed with -9, leave no veth, nft element or lease behind" {
  hull network create --interface-name "$(test_bridge_name 1)" cyc >/dev/null
  for i in $(seq 1 24); do
    hull run --rm --network cyc -p $((PORT + i)):80 busybox true
    id=$(hull run -d --network cyc -p $((PORT + 100 + i)):80 busybox sleep 300)
    case $((i % 3)) in
      0) hull rm -f "$id" >/dev/null ;;
      1) # the container's process killed with -9
         kill -9 "$(hull inspect "$id" --format '{{.State.Pid}}')"
         hull wait "$id" >/dev/null || true
         hull rm -f "$id" >/dev/null ;;
      2) # its monitor and the container killed with -9: only rm -f is left to clean
         state=$HULL_ROOT_DIR/containers/$id/state.json
         kill -9 "$(sed -n 's/.*"recorderPid":\([0-9]*\).*/\1/p' "$state")" "$(sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "$state")"
         hull rm -f "$id" >/dev/null ;;
    esac
  done
  run hull ps -a -q
  [ -z "$output" ]
  [ ! -e "$HULL_ROOT_DIR/networks/cyc.leases.json" ]
  [ ! -e "$HULL_ROOT_DIR/networks/hull.leases.json" ]
  run nft list table ip "hull_$(test_bridge_name 1)"
  [[ "$output" != *elements* ]]
  # Veths of ended containers go with their namespaces (in the background).
  for i in $(seq 1 100); do
    [ -z "$(ls /sys/class/net/$(test_bridge_name 1)/brif 2>/dev/null)" ] && break
    sleep 0.1
  done
  run ls "/sys/class/net/$(test_bridge_name 1)/brif"
  [ -z "$output" ]
}

@test "containers started in parallel on a fresh network get distinct addresses" {
  hull network create --interface-name "$(test_bridge_name 1)" par >/dev/null
  for i in $(seq 1 12); do
    hull run -d --network par --name "p$i" busybox sleep 300 >/dev/null &
  done
  wait
  run hull ps -q
  [ "${#lines[@]}" -eq 12 ]
  ips=$(for i in $(seq 1 12); do hull inspect "p$i" --format '{{.NetworkSettings.IPAddress}}'; done | sort -u | grep -c .)
  [ "$ips" -eq 12 ]
  # Each one resolves the others by name.
  run hull exec p1 grep -c -w -E 'p(2|3|4|5|6|7|8|9|10|11|12)' /etc/hosts
  [ "$output" -eq 11 ]
}
