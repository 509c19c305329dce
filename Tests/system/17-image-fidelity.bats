#!/usr/bin/env bats
# Images as Podman handles them where the differential harness cannot show
# it: archive round trips, many-layer and opaque-root images, empty layers.

load helpers

setup() {
  setup_with_image
}

teardown() {
  [ -n "${HTTP_PID:-}" ] && kill "$HTTP_PID" 2>/dev/null
  teardown_store
}

other() {
  "$HULL_BIN" --root "$STORE/other" --runroot "$STORE/other-run" "$@"
}

layered() {
  hull save -o "$STORE/base.tar" busybox
  python3 "$BATS_TEST_DIRNAME/../fixtures/layered-image.py" "$STORE/base.tar" "$STORE/$1.tar" "localhost/$1:latest" "${@:2}"
  hull load -q -i "$STORE/$1.tar" >/dev/null
}

@test "save by image ID stores no names: loading it gives the same image without a name" {
  hull tag busybox extra:1
  hull save -o "$STORE/byid.tar" "$IMAGE_ID"
  run other load -i "$STORE/byid.tar"
  assert_status 0
  [ "$output" = "Loaded image: sha256:$IMAGE_ID" ]
  run other images --format '{{.ID}} {{.Repository}}:{{.Tag}}' --no-trunc
  [ "$output" = "sha256:$IMAGE_ID <none>:<none>" ]
  # By name, that one name only.
  hull save -o "$STORE/byname.tar" extra:1
  run other load -q -i "$STORE/byname.tar"
  [ "$output" = "Loaded image: localhost/extra:1" ]
}

@test "load of something that is not an image: exit 125, Podman's words, nothing stored" {
  echo 'not an image' >"$STORE/junk.tar"
  run hull load -i "$STORE/junk.tar"
  assert_status 125
  assert_one_error_line
  [[ "$output" == "Error: payload does not match any of the supported image formats"* ]]
  tar -C "$STORE" -cf "$STORE/plain.tar" hull.conf
  run hull load -i "$STORE/plain.tar"
  assert_status 125
  [[ "$output" == "Error: payload does not match any of the supported image formats"* ]]
  run hull images -q
  [ "$output" = "${IMAGE_ID:0:12}" ]
}

@test "images of 100 and 200 layers run; removing them removes their short layer links" {
  layered l100 99
  layered l200 199
  run hull run --rm l100 sh -c 'ls /layers | wc -l'
  assert_status 0
  [ "$output" = 99 ]
  run hull run --rm l200 sh -c 'ls /layers | wc -l; cat /layers/198'
  assert_status 0
  [ "$output" = "$(printf '199\n198')" ]
  [ "$(ls "$HULL_ROOT_DIR/layers/l" | wc -l)" -ge 199 ]
  hull rmi l100 l200 >/dev/null
  hull image prune -f >/dev/null
  [ -z "$(find "$HULL_ROOT_DIR/layers/l" -xtype l)" ]
  run hull run --rm busybox true
  assert_status 0
}

@test "a layer with an opaque whiteout at its root hides every layer below it" {
  layered opq 2 --opaque-root
  run hull run --rm opq ls /
  assert_status 0
  [[ "$output" != *layers* ]]
  [[ "$output" != *home* ]]
  [[ "$output" == *bin* ]]
  run hull run --rm opq ls /layers
  assert_status 1
  # The image below still has its files.
  layered below 2
  run hull run --rm below ls /layers
  [ "$output" = "$(printf '0\n1')" ]
}

@test "commit of a container that changed nothing stores an empty layer" {
  c=$(hull create busybox true)
  run hull commit -q "$c" unchanged
  assert_status 0
  run hull run --rm unchanged echo ran
  [ "$output" = ran ]
  [ "$(hull image inspect --format '{{len .RootFS.Layers}}' unchanged)" = 2 ]
}

@test "an imported rootfs whose passwd has no root runs as uid 0; a named missing user is still refused" {
  mkdir "$STORE/rootfs"
  tar -C "$STORE/rootfs" -xf "$BUSYBOX_TAR"
  echo 'nobody:x:65534:65534:nobody:/:/bin/sh' >"$STORE/rootfs/etc/passwd"
  tar -C "$STORE/rootfs" -cf "$STORE/noroot.tar" .
  hull import -q "$STORE/noroot.tar" noroot >/dev/null
  run hull run --rm noroot id -u
  assert_status 0
  [ "$output" = 0 ]
  run hull run --rm --user nosuchuser noroot id -u
  assert_status 125
  [[ "$output" == *"unable to find user nosuchuser"* ]]
}

@test "every image has a digest: images --digests shows it and NAME@DIGEST finds the image" {
  digest=$(hull images --format '{{.Digest}}' busybox)
  [[ "$digest" == sha256:* ]]
  run hull images --digests --format '{{.Digest}}'
  [ "$output" = "$digest" ]
  run hull image inspect --format '{{.Id}}' "busybox@$digest"
  assert_status 0
  [ "$output" = "$IMAGE_ID" ]
  run hull image inspect --format '{{.RepoDigests}}' busybox
  [ "$output" = "[localhost/busybox@$digest]" ]
}

@test "history --format json has Podman's keys; -H=false gives dates in RFC 3339" {
  run hull history --format json busybox
  assert_status 0
  echo "$output" | python3 -c '
import json, sys
steps = json.load(sys.stdin)
assert list(steps[0]) == ["id", "created", "CreatedBy", "tags", "size", "comment"], list(steps[0])
assert isinstance(steps[0]["size"], int)
assert steps[0]["tags"] == ["localhost/busybox:latest"]
'
  run hull history -H=false --format '{{.Created}} {{.Size}}' busybox
  [[ "$output" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z\ [0-9.]+\ [kM]B$ ]]
}

@test "images: labels, filters, sort and a reference argument" {
  c=$(hull create busybox true)
  hull commit -q --change 'LABEL k=v' "$c" labelled >/dev/null
  hull commit -q "$c" localhost/some/path:v3 >/dev/null
  run hull images --format '{{.Labels.k}}' labelled
  [ "$output" = v ]
  run hull images --filter label=k=v --format '{{.Repository}}'
  [ "$output" = localhost/labelled ]
  run hull images --filter since=busybox --sort repository --format '{{.Repository}}'
  [ "$output" = "$(printf 'localhost/labelled\nlocalhost/some/path')" ]
  run hull images --filter before=labelled --format '{{.Repository}}'
  [ "$output" = localhost/busybox ]
  run hull images --format '{{.Repository}}:{{.Tag}}' 'p*:v3'
  [ "$output" = localhost/some/path:v3 ]
  run hull images --format '{{.Repository}}' busy
  [ -z "$output" ]
  run hull images --sort nosuch
  assert_status 125
  assert_one_error_line
  run hull images --filter since=nosuch
  assert_status 125
  assert_one_error_line
}

@test "a file name that is not UTF-8 survives commit, save, load and export, and the container can be removed" {
  c=$(hull run -d busybox sh -c "mkdir /d; touch \"\$(printf '/d/bad\\377name')\"")
  hull wait "$c" >/dev/null
  hull commit -q "$c" badname >/dev/null
  want=$(printf '/d/bad\377name')
  run hull run --rm badname sh -c 'for f in /d/*; do printf "%s\n" "$f"; done'
  [ "$output" = "$want" ]
  hull save -o "$STORE/bad.tar" badname
  other load -q -i "$STORE/bad.tar" >/dev/null
  run other run --rm badname sh -c 'for f in /d/*; do printf "%s\n" "$f"; done'
  [ "$output" = "$want" ]
  hull export -o "$STORE/exp.tar" "$c"
  mkdir "$STORE/exp"
  tar -C "$STORE/exp" -xf "$STORE/exp.tar" 2>/dev/null || true
  [ -e "$STORE/exp$want" ]
  run hull rm "$c"
  assert_status 0
  [ -z "$(ls "$HULL_ROOT_DIR/tmp")" ]
}

@test "load -i URL downloads the archive first; a missing one is a clear error" {
  hull save -o "$STORE/bb.tar" busybox
  port=$(free_port)
  python3 -m http.server --bind 127.0.0.1 --directory "$STORE" "$port" >/dev/null 2>&1 &
  HTTP_PID=$!
  for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  run other load -i "http://127.0.0.1:$port/bb.tar"
  assert_status 0
  [ "$output" = "Loaded image: localhost/busybox:latest" ]
  run other images -q --no-trunc
  [ "$output" = "sha256:$IMAGE_ID" ]
  run other load -i "http://127.0.0.1:$port/nosuch.tar"
  assert_status 125
  assert_one_error_line
  [[ "$output" == *404* ]]
  [ -z "$(ls "$STORE/other/tmp")" ]
}

@test "shell completion offers the store's image, volume and network names" {
  hull volume create compvol >/dev/null
  hull network create compnet >/dev/null
  run "$HULL_BIN" ---completion rmi -- positional@0 --root "$HULL_ROOT_DIR"
  [[ "$output" == *localhost/busybox:latest* ]]
  run "$HULL_BIN" ---completion volume rm -- positional@0 --root "$HULL_ROOT_DIR"
  [[ "$output" == *compvol* ]]
  run "$HULL_BIN" ---completion network rm -- positional@0 --root "$HULL_ROOT_DIR"
  [[ "$output" == *compnet* ]]
  hull network rm compnet >/dev/null
}
