# A real registry for the tests: Debian's docker-registry (the CNCF
# distribution registry) on 127.0.0.1 and a free port, its storage in the
# test's temp dir, optionally behind htpasswd basic auth. Stopped by PID.

# start_registry DIR [htpasswd]  -> REGISTRY=127.0.0.1:PORT, REGISTRY_PID
start_registry() {
  local dir=$1 auth=${2:-}
  mkdir -p "$dir/storage"
  local port
  port=$(free_port)
  {
    echo "version: 0.1"
    echo "log: {level: error, accesslog: {disabled: true}}"
    echo "storage: {filesystem: {rootdirectory: $dir/storage}, delete: {enabled: true}}"
    echo "http: {addr: 127.0.0.1:$port}"
    if [ "$auth" = htpasswd ]; then
      htpasswd -Bbc "$dir/htpasswd" tester secret >/dev/null 2>&1
      echo "auth: {htpasswd: {realm: hull-test, path: $dir/htpasswd}}"
    fi
  } >"$dir/config.yml"
  # fd 3 is bats' output: a server holding it would hang the run.
  docker-registry serve "$dir/config.yml" >"$dir/registry.log" 2>&1 3>&- &
  REGISTRY_PID=$!
  REGISTRY=127.0.0.1:$port
  for _ in $(seq 100); do
    curl -s -o /dev/null "http://$REGISTRY/v2/" && return 0
    sleep 0.05
  done
  echo "registry did not start:" >&2; cat "$dir/registry.log" >&2
  return 1
}

stop_registry() {
  if [ -n "${REGISTRY_PID:-}" ]; then
    kill "$REGISTRY_PID" 2>/dev/null || true
    wait "$REGISTRY_PID" 2>/dev/null || true
  fi
  REGISTRY_PID=
  return 0
}

# An OCI layout of the busybox fixture (one layer), built once per machine.
busybox_layout() {
  fixtures
  BUSYBOX_OCI=$FIXTURES_DIR/busybox-oci
  if [ ! -f "$BUSYBOX_OCI/index.json" ]; then
    python3 "$BATS_TEST_DIRNAME/../fixtures/oci-layout.py" "$BUSYBOX_OCI.tmp.$$" latest "$BUSYBOX_TAR" &&
      mv -T "$BUSYBOX_OCI.tmp.$$" "$BUSYBOX_OCI" 2>/dev/null || rm -rf "$BUSYBOX_OCI.tmp.$$"
  fi
}

# seed IMAGE_LAYOUT_DIR NAME:TAG [skopeo flags]: copies into the registry.
seed() {
  skopeo copy -q --dest-tls-verify=false "${@:3}" "oci:$1:latest" "docker://$REGISTRY/$2" >/dev/null
}

# start_proxy DIR MODE -> PROXY=127.0.0.1:PORT, PROXY_PID: a misbehaving
# proxy in front of $REGISTRY (see Tests/fixtures/registry-proxy.py).
start_proxy() {
  rm -f "$1/proxy.port"
  python3 "$BATS_TEST_DIRNAME/../fixtures/registry-proxy.py" "$1/proxy.port" "$REGISTRY" "$2" >/dev/null 2>&1 3>&- &
  PROXY_PID=$!
  for _ in $(seq 100); do
    [ -f "$1/proxy.port" ] && break
    sleep 0.05
  done
  PROXY=127.0.0.1:$(cat "$1/proxy.port")
}

stop_proxy() {
  if [ -n "${PROXY_PID:-}" ]; then
    kill "$PROXY_PID" 2>/dev/null || true
    wait "$PROXY_PID" 2>/dev/null || true
  fi
  PROXY_PID=
  return 0
}
