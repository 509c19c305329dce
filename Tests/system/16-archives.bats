#!/usr/bin/env bats
# save/load in docker-archive and oci-archive form, checked against skopeo
# (which verifies every digest it reads) in both directions.

load helpers

setup() {
  setup_with_image
}

teardown() {
  teardown_store
}

other() {
  "$HULL_BIN" --root "$STORE/other" --runroot "$STORE/other-run" "$@"
}

@test "save and load a docker-archive: same image ID, same names, runs" {
  run hull save -o "$STORE/bb.tar" busybox
  assert_status 0
  tar tf "$STORE/bb.tar" | grep -qx manifest.json
  run other load -i "$STORE/bb.tar"
  assert_status 0
  [ "$output" = "Loaded image: localhost/busybox:latest" ]
  run other images -q --no-trunc
  [ "$output" = "sha256:$IMAGE_ID" ]
  run other run --rm busybox echo loaded
  [ "$output" = loaded ]
}

@test "save and load an oci-archive through stdout and stdin" {
  hull save --format oci-archive busybox >"$STORE/bb-oci.tar"
  tar tf "$STORE/bb-oci.tar" | grep -qx oci-layout
  run other load <"$STORE/bb-oci.tar"
  assert_status 0
  [ "$output" = "Loaded image: localhost/busybox:latest" ]
  run other images -q --no-trunc
  [ "$output" = "sha256:$IMAGE_ID" ]
}

@test "skopeo reads hull's archives, and hull loads skopeo's" {
  hull save -o "$STORE/d.tar" busybox
  hull save --format oci-archive -o "$STORE/o.tar" busybox
  run skopeo copy -q docker-archive:"$STORE/d.tar" oci:"$STORE/from-docker:latest"
  assert_status 0
  run skopeo copy -q oci-archive:"$STORE/o.tar" docker-archive:"$STORE/skopeo.tar:localhost/viaskopeo:1"
  assert_status 0
  run other load -i "$STORE/skopeo.tar"
  assert_status 0
  [ "$output" = "Loaded image: localhost/viaskopeo:1" ]
  run other run --rm viaskopeo:1 echo ok
  [ "$output" = ok ]
}

@test "several images in one archive; a committed image keeps its layers" {
  hull run --name c busybox sh -c 'echo two >/two'
  hull commit c second:1 >/dev/null
  run hull save -o "$STORE/two.tar" busybox second:1
  assert_status 0
  run other load -i "$STORE/two.tar"
  assert_status 0
  [ "${#lines[@]}" -eq 2 ]
  run other run --rm second:1 cat /two
  [ "$output" = two ]
  [ "$(ls "$STORE/other/layers" | wc -l)" -eq 2 ]
}

@test "bad input: missing image, unknown format, terminal, corrupt archives" {
  run hull save -o "$STORE/x.tar" nosuch
  assert_status 125
  [[ "$output" == *"image not known"* ]]
  [ ! -e "$STORE/x.tar" ]
  run hull save --format zip -o "$STORE/x.tar" busybox
  assert_status 125
  [[ "$output" == *"unsupported format"* ]]
  run other load -i "$BUSYBOX_TAR"
  assert_status 125
  [[ "$output" == *"payload does not match any of the supported image formats"*"neither manifest.json"* ]]
  # A layer whose bytes do not match the config's diff id.
  hull save -o "$STORE/bb.tar" busybox
  mkdir "$STORE/bad" && tar -C "$STORE/bad" -xf "$STORE/bb.tar"
  layer=$(ls "$STORE/bad"/*.tar)
  tar -C "$FIXTURES_DIR/rootfs" -cf "$layer" bin/busybox
  tar -C "$STORE/bad" -cf "$STORE/bad.tar" .
  run other load -i "$STORE/bad.tar"
  assert_status 125
  [[ "$output" == *"does not match the image config"* ]]
  run other images -q
  [ -z "$output" ]
  [ -z "$(ls -A "$STORE/other/layers")" ]
  # A manifest pointing outside the archive.
  echo '[{"Config":"../../etc/passwd","RepoTags":["x:1"],"Layers":[]}]' >"$STORE/bad/manifest.json"
  tar -C "$STORE/bad" -cf "$STORE/bad2.tar" .
  run other load -i "$STORE/bad2.tar"
  assert_status 125
  [[ "$output" == *"leaves the archive"* ]]
}

@test "export: the merged file system of a stopped and of a running container" {
  hull run --name ex busybox sh -c 'echo new >/new; rm /etc/group; mkdir -p /d; echo f >/d/f'
  run hull export -o "$STORE/ex.tar" ex
  assert_status 0
  run tar tf "$STORE/ex.tar"
  [[ "$output" == *"new"* ]]
  [[ "$output" == *"bin/busybox"* ]]
  [[ "$output" == *"etc/passwd"* ]]
  [[ "$output" != *"etc/group"* ]]
  [[ "$output" != *".wh."* ]]
  # export | import gives an image with the same files.
  hull export ex | hull import - exported:1 >/dev/null
  run hull run --rm exported:1 cat /new /d/f
  [ "$output" = "$(printf 'new\nf')" ]
  hull run -d --name live busybox sh -c 'echo running >/live; sleep 100'
  for _ in $(seq 50); do hull exec live test -f /live && break; sleep 0.1; done
  run hull export live
  assert_status 0
  hull export live | tar tf - | grep -qx live
  run hull export nosuch
  assert_status 125
}
