#!/usr/bin/env bats
# Pulling from a real registry (Debian's docker-registry on 127.0.0.1),
# seeded with skopeo; faults injected by a proxy in front of it.

load helpers
load registry

setup_file() {
  export BATS_FILE_DIR=$(mktemp -d /tmp/hull-registry.XXXXXX)
  fixtures
  busybox_layout
  export BUSYBOX_OCI
  start_registry "$BATS_FILE_DIR/plain"
  export REGISTRY REGISTRY_PID
  seed "$BUSYBOX_OCI" busybox:latest
  # A second image on the same base plus one layer, the last one zstd.
  mkdir -p "$BATS_FILE_DIR/extra/etc"
  echo "layer two" >"$BATS_FILE_DIR/extra/etc/motd"
  tar -C "$BATS_FILE_DIR/extra" --numeric-owner --owner=0 --group=0 -cf "$BATS_FILE_DIR/extra.tar" etc
  python3 "$BATS_TEST_DIRNAME/../fixtures/oci-layout.py" "$BATS_FILE_DIR/two" latest "$BUSYBOX_TAR" "$BATS_FILE_DIR/extra.tar" --zstd-last
  seed "$BATS_FILE_DIR/two" team/two:1.0
  python3 "$BATS_TEST_DIRNAME/../fixtures/oci-layout.py" "$BATS_FILE_DIR/multi" latest "$BUSYBOX_TAR" --index
  skopeo copy -q --all --dest-tls-verify=false "oci:$BATS_FILE_DIR/multi:latest" "docker://$REGISTRY/multi:latest" >/dev/null
}

teardown_file() {
  stop_registry
  rm -rf "$BATS_FILE_DIR"
}

setup() {
  setup_store
}

teardown() {
  stop_proxy
  [ -n "${EXTRA_REGISTRY_PID:-}" ] && kill "$EXTRA_REGISTRY_PID" 2>/dev/null
  teardown_store
}

@test "pull by tag from a local registry, then run it" {
  run hull pull "$REGISTRY/busybox"
  assert_status 0
  [[ "$output" == *"Copying blob"*"done"* ]]
  id=${lines[-1]}
  [[ "$id" =~ ^[0-9a-f]{64}$ ]]
  run hull images --format '{{.Repository}}:{{.Tag}} {{.ID}}'
  [ "$output" = "$REGISTRY/busybox:latest ${id:0:12}" ]
  run hull run --rm "$REGISTRY/busybox" echo pulled-ok
  assert_status 0
  [ "$output" = "pulled-ok" ]
}

@test "pull -q prints only the ID; a second pull downloads nothing" {
  run hull pull -q "$REGISTRY/busybox:latest"
  assert_status 0
  [ "${#lines[@]}" -eq 1 ]
  run hull pull "$REGISTRY/busybox:latest"
  assert_status 0
  [[ "$output" == *"skipped: already exists"* ]]
}

@test "pull by digest records the repo digest" {
  digest=$(skopeo inspect --tls-verify=false --format '{{.Digest}}' "docker://$REGISTRY/busybox:latest")
  run hull pull -q "$REGISTRY/busybox@$digest"
  assert_status 0
  run hull image inspect --format '{{.Digest}}' "${lines[0]}"
  [ "$output" = "$digest" ]
}

@test "a pulled image is found by NAME@DIGEST, a tag beside the digest ignored; run by digest does not pull again" {
  hull pull -q "$REGISTRY/busybox" >/dev/null
  digest=$(hull image inspect --format '{{.Digest}}' "$REGISTRY/busybox")
  id=$(hull image inspect --format '{{.Id}}' "$REGISTRY/busybox")
  run hull image inspect --format '{{.Id}}' "$REGISTRY/busybox@$digest"
  assert_status 0
  [ "$output" = "$id" ]
  run hull image inspect --format '{{.Id}}' "$REGISTRY/busybox:nosuchtag@$digest"
  assert_status 0
  [ "$output" = "$id" ]
  # Without -q a pull would print its progress here.
  run hull run --rm "$REGISTRY/busybox@$digest" echo ran
  assert_status 0
  [ "$output" = ran ]
  run hull image inspect "$REGISTRY/other@$digest"
  assert_status 125
  # A multi-platform image is found by its index's digest.
  hull pull -q "$REGISTRY/multi" >/dev/null
  index=$(skopeo inspect --raw --tls-verify=false "docker://$REGISTRY/multi:latest" | sha256sum | cut -d' ' -f1)
  run hull image inspect --format '{{.Architecture}}' "$REGISTRY/multi@sha256:$index"
  assert_status 0
  [ "$output" = amd64 ]
}

@test "layers are shared: the base of a second image is not downloaded again" {
  # The second image's own layer is zstd-compressed.
  skopeo inspect --raw --tls-verify=false "docker://$REGISTRY/team/two:1.0" | grep -q 'tar+zstd'
  hull pull -q "$REGISTRY/busybox" >/dev/null
  run hull pull "$REGISTRY/team/two:1.0"
  assert_status 0
  [[ "$output" == *"skipped: already exists"* ]]
  [ "$(ls "$HULL_ROOT_DIR/layers" | wc -l)" -eq 2 ]
  run hull run --rm "$REGISTRY/team/two:1.0" cat /etc/motd
  [ "$output" = "layer two" ]
}

@test "a multi-platform index gives this machine's image; --platform picks another" {
  run hull pull -q "$REGISTRY/multi"
  assert_status 0
  run hull image inspect --format '{{.Architecture}}' "$REGISTRY/multi"
  [ "$output" = amd64 ]
  run hull pull -q --platform linux/arm64 "$REGISTRY/multi"
  assert_status 0
  run hull image inspect --format '{{.Architecture}}' "$REGISTRY/multi"
  [ "$output" = arm64 ]
  run hull pull --platform linux/s390x "$REGISTRY/multi"
  assert_status 125
  [[ "$output" == *"no image for linux/s390x"*"linux/amd64"* ]]
}

@test "run pulls a missing image; --pull=never refuses to" {
  run hull run --rm --pull=never "$REGISTRY/busybox" true
  assert_status 125
  [[ "$output" == *"image not known"* ]]
  run hull run --rm -q "$REGISTRY/busybox" echo ran
  assert_status 0
  [ "$output" = ran ]
  run hull create --pull=always "$REGISTRY/busybox"
  assert_status 0
}

@test "tag and untag move names between images" {
  hull pull -q "$REGISTRY/busybox" >/dev/null
  run hull tag "$REGISTRY/busybox" mybox:1 "$REGISTRY/other:2"
  assert_status 0
  run hull images --format '{{.Repository}}:{{.Tag}}'
  [[ "$output" == *"localhost/mybox:1"* ]]
  [[ "$output" == *"$REGISTRY/other:2"* ]]
  run hull untag mybox:1 mybox:1
  assert_status 0
  run hull images --format '{{.Repository}}:{{.Tag}}'
  [[ "$output" != *"mybox"* ]]
  run hull tag nosuchimage x:1
  assert_status 125
}

@test "bad references and missing images give one clear error" {
  run hull pull 'Bad/UPPER:x'
  assert_status 125
  [[ "$output" == "Error: invalid reference format"* ]]
  run hull pull "$REGISTRY/does/not-exist:1"
  assert_status 125
  [[ "$output" == *"manifest unknown"* ]]
  run hull pull 127.0.0.1:1/busybox
  assert_status 125
  [[ "${lines[-1]}" == Error:* ]]
}

@test "bearer token flow: login, pull, logout" {
  start_proxy "$STORE" bearer
  auth=$STORE/auth.json
  run hull pull --authfile "$auth" "$PROXY/busybox"
  assert_status 125
  [[ "$output" == *"authentication required"* ]]
  run hull login --authfile "$auth" -u tester -p wrong "$PROXY"
  assert_status 125
  [[ "$output" == *"invalid username/password"* ]]
  [ ! -e "$auth" ]
  run hull login --authfile "$auth" -u tester --password-stdin "$PROXY" <<<secret
  assert_status 0
  [ "$output" = "Login Succeeded!" ]
  [ "$(stat -c %a "$auth")" = 600 ]
  run hull login --authfile "$auth" --get-login "$PROXY"
  [ "$output" = tester ]
  run hull pull -q --authfile "$auth" "$PROXY/busybox"
  assert_status 0
  run hull logout --authfile "$auth" "$PROXY"
  assert_status 0
  run hull logout --authfile "$auth" "$PROXY"
  assert_status 125
  [[ "$output" == *"not logged into"* ]]
  # --creds works without a stored login; REGISTRY_AUTH_FILE is honoured.
  run hull pull -q --creds tester:secret "$PROXY/busybox"
  assert_status 0
  REGISTRY_AUTH_FILE=$auth run hull login -u tester -p secret "$PROXY"
  assert_status 0
  grep -q "$PROXY" "$auth"
}

@test "basic auth (htpasswd) registry" {
  start_registry "$STORE/secure" htpasswd
  EXTRA_REGISTRY_PID=$REGISTRY_PID
  skopeo copy -q --dest-tls-verify=false --dest-creds tester:secret "oci:$BUSYBOX_OCI:latest" "docker://$REGISTRY/busybox:latest" >/dev/null
  run hull pull --authfile "$STORE/auth.json" "$REGISTRY/busybox"
  assert_status 125
  [[ "$output" == *"authentication required"* ]]
  run hull login --authfile "$STORE/auth.json" -u tester -p nope "$REGISTRY"
  assert_status 125
  run hull login --authfile "$STORE/auth.json" -u tester -p secret "$REGISTRY"
  assert_status 0
  run hull pull -q --authfile "$STORE/auth.json" "$REGISTRY/busybox"
  assert_status 0
}

@test "a registry answering 500 once is retried" {
  start_proxy "$STORE" fail500once
  run hull pull -q "$PROXY/busybox"
  assert_status 0
}

# A failed pull stores nothing, and the next (good) pull works.
assert_nothing_stored() {
  run hull images -q
  [ -z "$output" ]
  [ -z "$(ls -A "$HULL_ROOT_DIR/layers" 2>/dev/null)" ]
  [ -z "$(ls -A "$HULL_ROOT_DIR/tmp" 2>/dev/null)" ]
  run hull pull -q "$REGISTRY/busybox"
  assert_status 0
}

@test "a corrupted blob is refused: digest mismatch, nothing stored" {
  start_proxy "$STORE" corrupt
  run hull pull "$PROXY/busybox"
  assert_status 125
  [[ "$output" == *"digest mismatch"* || "$output" == *"invalid layer"* ]]
  assert_nothing_stored
}

@test "a truncated blob is refused after retries, nothing stored" {
  start_proxy "$STORE" truncate
  run hull pull "$PROXY/busybox"
  assert_status 125
  [[ "${lines[-1]}" == Error:*"partial file"* || "${lines[-1]}" == Error:*"got "*" of "*" bytes"* ]]
  assert_nothing_stored
}

@test "a malformed manifest and an unknown layer media type are clear errors" {
  start_proxy "$STORE" badmanifest
  run hull pull "$PROXY/busybox"
  assert_status 125
  [[ "$output" == *"malformed manifest"* ]]
  stop_proxy
  start_proxy "$STORE" unknownmedia
  run hull pull "$PROXY/busybox"
  assert_status 125
  [[ "$output" == *"unsupported layer media type"* ]]
  assert_nothing_stored
}

@test "pulls killed at random moments leave a usable store" {
  for i in 1 2 3 4 5 6; do
    "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" pull -q "$REGISTRY/team/two:1.0" >/dev/null 2>&1 &
    pid=$!
    sleep "0.0$((RANDOM % 9))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    run hull images
    assert_status 0
  done
  run hull pull -q "$REGISTRY/team/two:1.0"
  assert_status 0
  run hull run --rm "$REGISTRY/team/two:1.0" cat /etc/motd
  [ "$output" = "layer two" ]
  [ -z "$(ls -A "$HULL_ROOT_DIR/tmp")" ]
}

@test "a full disk fails the pull cleanly and the store stays usable" {
  small=$STORE/small
  mkdir -p "$small"
  mount -t tmpfs -o size=600k tmpfs "$small"
  run "$HULL_BIN" --root "$small/root" --runroot "$STORE/run2" pull -q "$REGISTRY/busybox"
  status_full=$status
  run "$HULL_BIN" --root "$small/root" --runroot "$STORE/run2" images -q
  images_status=$status
  leftovers=$(ls -A "$small/root/layers" "$small/root/tmp" 2>/dev/null | grep -v ':$' | grep -c . || true)
  umount "$small"
  [ "$status_full" -eq 125 ]
  [ "$images_status" -eq 0 ]
  [ "$leftovers" -eq 0 ]
}

@test "push: skopeo reads what hull pushed, and a pull elsewhere gives the same image ID" {
  id=$(hull import "$BUSYBOX_TGZ" mybox:1)
  run hull push mybox:1 "$REGISTRY/pushed/box:1"
  assert_status 0
  [[ "$output" == *"Writing manifest to image destination"* ]]
  # skopeo verifies every digest while copying.
  run skopeo copy -q --src-tls-verify=false "docker://$REGISTRY/pushed/box:1" "oci:$STORE/copied:latest"
  assert_status 0
  run "$HULL_BIN" --root "$STORE/other" --runroot "$STORE/other-run" pull -q "$REGISTRY/pushed/box:1"
  assert_status 0
  [ "$output" = "$id" ]
  run "$HULL_BIN" --root "$STORE/other" --runroot "$STORE/other-run" run --rm "$REGISTRY/pushed/box:1" echo round-trip
  [ "$output" = round-trip ]
}

@test "push of a pulled image keeps its ID; an unchanged second push uploads nothing" {
  id=$(hull pull -q "$REGISTRY/team/two:1.0")
  run hull push --digestfile "$STORE/digest" "$REGISTRY/team/two:1.0" "$REGISTRY/team/two-copy:1"
  assert_status 0
  [[ "$(cat "$STORE/digest")" == sha256:* ]]
  run hull push "$REGISTRY/team/two:1.0" "$REGISTRY/team/two-copy:1"
  assert_status 0
  [[ "$output" != *"done"*"done"*"Copying config"* ]]
  [[ "$output" == *"skipped"* ]]
  run "$HULL_BIN" --root "$STORE/other" --runroot "$STORE/other-run" pull -q "$REGISTRY/team/two-copy:1"
  [ "$output" = "$id" ]
}

@test "push: a committed container image, a missing image and a bad destination" {
  hull import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  hull run --name c1 busybox sh -c 'echo changed >/etc/note'
  hull commit c1 committed:1 >/dev/null
  run hull push committed:1 "$REGISTRY/committed:1"
  assert_status 0
  run "$HULL_BIN" --root "$STORE/other" --runroot "$STORE/other-run" run --rm -q "$REGISTRY/committed:1" cat /etc/note
  [ "$output" = changed ]
  run hull push nosuch:1 "$REGISTRY/x:1"
  assert_status 125
  [[ "$output" == *"image not known"* ]]
  run hull push committed:1
  assert_status 125
  [[ "$output" == *"destination"* ]]
}

@test "blob redirects are followed" {
  start_proxy "$STORE" redirect
  run hull pull -q "$PROXY/team/two:1.0"
  assert_status 0
}

@test "a large layer is pushed in chunks and pulled back intact" {
  mkdir -p "$STORE/big/data"
  head -c 40M /dev/urandom >"$STORE/big/data/blob"
  sum=$(sha256sum "$STORE/big/data/blob" | cut -d' ' -f1)
  tar -C "$STORE/big" -cf "$STORE/big.tar" data
  hull import "$STORE/big.tar" big:1 >/dev/null
  run hull push -q big:1 "$REGISTRY/big:1"
  assert_status 0
  run "$HULL_BIN" --root "$STORE/other" --runroot "$STORE/other-run" pull -q "$REGISTRY/big:1"
  assert_status 0
  [ "$(sha256sum "$STORE/other/layers"/*/diff/data/blob | cut -d' ' -f1)" = "$sum" ]
}

@test "on a terminal, pull shows per-layer progress" {
  run script -qfec "$HULL_BIN --root $HULL_ROOT_DIR --runroot $HULL_RUN_DIR pull $REGISTRY/team/two:1.0" /dev/null
  assert_status 0
  [[ "$output" == *"Copying blob"*"/s"* || "$output" == *"Copying blob"*"done"* ]]
  [[ "$output" == *$'\e['* ]]
}

@test "a pulled layer with entries escaping its root is refused, nothing stored" {
  evil=$STORE/evil
  python3 "$BATS_TEST_DIRNAME/../fixtures/evil-tars.py" "$evil"
  for f in dotdot symlink-escape hardlink-escape; do
    python3 "$BATS_TEST_DIRNAME/../fixtures/oci-layout.py" "$STORE/layout-$f" latest "$BUSYBOX_TAR" "$evil/$f.tar"
    seed "$STORE/layout-$f" "evil/$f:1"
    run hull pull -q "$REGISTRY/evil/$f:1"
    assert_status 125
    [[ "${lines[-1]}" == Error:* ]]
  done
  for esc in escaped-dotdot escaped-symlink-abs; do
    [ ! -e "$evil/$esc" ] && [ ! -e "$STORE/$esc" ]
  done
  [ "$(cat "$evil/hardlink-target")" = "original" ]
  run hull images -q
  [ -z "$output" ]
  [ -z "$(ls -A "$HULL_ROOT_DIR/tmp")" ]
}
