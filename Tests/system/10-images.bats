#!/usr/bin/env bats
# Image import, listing, inspection and removal.

load helpers

setup() { setup_store; }
teardown() { teardown_store; }

@test "import prints the image id and images lists it" {
  run hull import "$BUSYBOX_TAR" localhost/mybox:1
  assert_status 0
  [[ "$output" =~ ^[0-9a-f]{64}$ ]]
  id=$output
  run hull images
  assert_status 0
  [[ "${lines[0]}" =~ ^REPOSITORY\ +TAG\ +IMAGE\ ID\ +CREATED\ +SIZE$ ]]
  [[ "${lines[1]}" =~ ^localhost/mybox\ +1\ +${id:0:12}\ + ]]
}

@test "import of a gzip tarball and from stdin" {
  run hull import "$BUSYBOX_TGZ" gz
  assert_status 0
  run bash -c "cat '$BUSYBOX_TAR' | '$HULL_BIN' --root '$HULL_ROOT_DIR' --runroot '$HULL_RUN_DIR' import - fromstdin"
  assert_status 0
  run hull images --format '{{.Repository}}:{{.Tag}}'
  [[ "$output" == *"localhost/gz:latest"* ]]
  [[ "$output" == *"localhost/fromstdin:latest"* ]]
}

@test "two images of the same tarball share one layer" {
  hull import "$BUSYBOX_TAR" a >/dev/null
  hull import "$BUSYBOX_TGZ" b >/dev/null
  run ls "$HULL_ROOT_DIR/layers"
  [ "${#lines[@]}" -eq 1 ]
}

@test "import --change sets the config" {
  hull import --change 'CMD ["echo","from-cmd"]' --change 'ENV GREETING=hi' --change 'WORKDIR /tmp' "$BUSYBOX_TAR" cfg >/dev/null
  run hull image inspect --format '{{json .Config.Cmd}} {{.Config.WorkingDir}} {{index .Config.Env 0}}' cfg
  assert_status 0
  [ "$output" = '["echo","from-cmd"] /tmp GREETING=hi' ]
  run hull run --rm cfg
  [ "$output" = "from-cmd" ]
}

@test "images -q, --no-trunc and --format" {
  id=$(hull import "$BUSYBOX_TAR" q1)
  run hull images -q
  [ "$output" = "${id:0:12}" ]
  run hull images -q --no-trunc
  [ "$output" = "sha256:$id" ]
  run hull images --format '{{.ID}} {{.Repository}} {{.Tag}}'
  [ "$output" = "${id:0:12} localhost/q1 latest" ]
  run hull images --format json
  [[ "$output" == *"\"Id\": \"$id\""* ]]
  run hull images --noheading
  [ "${#lines[@]}" -eq 1 ]
}

@test "image inspect prints a JSON array; unknown image fails with 125" {
  hull import "$BUSYBOX_TAR" insp >/dev/null
  run hull image inspect insp
  assert_status 0
  [ "${lines[0]}" = "[" ]
  [[ "$output" == *'"RepoTags": ['* ]]
  run hull image inspect nosuch
  assert_status 125
  # Podman prints an empty array, then the error.
  [ "${lines[0]}" = "[]" ]
  [ "${lines[1]}" = "Error: nosuch: image not known" ]
}

@test "rmi untags, deletes and removes unused layers" {
  id=$(hull import "$BUSYBOX_TAR" one)
  run hull rmi one
  assert_status 0
  [ "${lines[0]}" = "Untagged: localhost/one:latest" ]
  [ "${lines[1]}" = "Deleted: $id" ]
  run hull images -q
  [ -z "$output" ]
  [ -z "$(ls "$HULL_ROOT_DIR/layers")" ]
}

@test "rmi of an unknown image exits 1, with --ignore 0" {
  run hull rmi nosuch
  assert_status 1
  assert_one_error_line
  [[ "$output" == *"image not known"* ]]
  run hull rmi --ignore nosuch
  assert_status 0
}

@test "rmi of an image in use exits 2 unless forced" {
  hull import "$BUSYBOX_TAR" used >/dev/null
  cid=$(hull create --name user used true)
  run hull rmi used
  assert_status 2
  assert_one_error_line
  run hull rmi -f used
  assert_status 0
  run hull ps -aq
  [ -z "$output" ]
}

@test "a name moves to the newest import" {
  first=$(hull import "$BUSYBOX_TAR" same)
  second=$(hull import --change 'CMD ["true"]' "$BUSYBOX_TAR" same)
  [ "$first" != "$second" ]
  run hull images --format '{{.ID}} {{.Repository}}'
  [[ "$output" == *"${second:0:12} localhost/same"* ]]
  [[ "$output" == *"${first:0:12} <none>"* ]]
}

@test "bad input: missing, empty, corrupt and truncated tarballs" {
  python3 "$BATS_TEST_DIRNAME/../fixtures/evil-tars.py" "$STORE/evil"
  for f in "$STORE/nosuchfile.tar" "$STORE/evil/empty.tar" "$STORE/evil/corrupt.tar" "$STORE/evil/truncated.tar.gz"; do
    run hull import "$f" bad
    assert_status 125
    assert_one_error_line
  done
  run hull images -q
  [ -z "$output" ]
  [ -z "$(ls "$HULL_ROOT_DIR/layers")" ]
  [ -z "$(ls "$HULL_ROOT_DIR/tmp")" ]
}

@test "malicious tarballs never write outside the layer" {
  evil=$STORE/evil
  python3 "$BATS_TEST_DIRNAME/../fixtures/evil-tars.py" "$evil"
  for f in dotdot absolute symlink-escape symlink-escape-rel hardlink-escape hardlink-escape-rel; do
    run hull import "$evil/$f.tar" "evil-$f"
    assert_status 125
    assert_one_error_line
  done
  for esc in escaped-dotdot escaped-abs escaped-symlink-abs escaped-symlink-rel; do
    [ ! -e "$evil/$esc" ] && [ ! -e "$STORE/$esc" ]
  done
  [ "$(cat "$evil/hardlink-target")" = "original" ]
  [ "$(stat -c %h "$evil/hardlink-target")" -eq 1 ]
  [ -z "$(ls "$HULL_ROOT_DIR/layers")" ]
}

@test "malformed image references are refused" {
  run hull import "$BUSYBOX_TAR" 'UPPER/case'
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"must be lowercase"* ]]
  run hull import "$BUSYBOX_TAR" 'bad::tag'
  assert_status 125
}

@test "history lists the image's steps with their layer sizes" {
  IMAGE_ID=$(hull import "$BUSYBOX_TAR" localhost/busybox:latest)
  hull run --name h busybox sh -c 'echo x >/x'
  hull commit -m "added x" h hist:1 >/dev/null
  run hull history hist:1
  assert_status 0
  [[ "${lines[0]}" == "ID"*"CREATED"*"CREATED BY"*"SIZE"*"COMMENT"* ]]
  [ "${#lines[@]}" -eq 3 ]
  [[ "${lines[1]}" == *"added x"* ]]
  [[ "${lines[2]}" == *"<missing>"* ]]
  run hull history -q hist:1
  [ "${#lines[@]}" -eq 2 ]
  # As Podman, -H=false turns dates into RFC 3339 and leaves sizes human.
  run hull history --format '{{.Created}} {{.Size}}' -H=false hist:1
  [[ "${lines[1]}" =~ ^[0-9-]{10}T[0-9:]{8}Z\ [0-9.]+\ MB$ ]]
  run hull history nosuch
  assert_status 125
}

@test "image prune removes nameless images; -a every unused one" {
  IMAGE_ID=$(hull import "$BUSYBOX_TAR" localhost/busybox:latest)
  other=$(hull import "$BUSYBOX_TGZ" other:1)
  hull untag other:1
  hull create --name keep busybox true >/dev/null
  run hull image prune -f
  assert_status 0
  [ "$output" = "$other" ]
  run hull image prune -a -f
  assert_status 0
  [ -z "$output" ]
  hull rm keep >/dev/null
  run hull image prune -a -f
  [ "$output" = "$IMAGE_ID" ]
  run hull images -q
  [ -z "$output" ]
  [ -z "$(ls -A "$HULL_ROOT_DIR/layers")" ]
}

@test "commit on a full disk names the file and the system's cause" {
  small=$STORE/small
  mkdir -p "$small"
  mount -t tmpfs -o size=14m tmpfs "$small"
  small_hull() { "$HULL_BIN" --root "$small/root" --runroot "$STORE/run-small" "$@"; }
  small_hull import "$BUSYBOX_TAR" busybox >/dev/null
  # The container's 8 MB fit beside the image; its layer's copy does not.
  small_hull run --network none --name full busybox sh -c 'head -c 8m /dev/urandom >/big'
  run small_hull commit full img
  commit_status=$status commit_output=$output
  small_hull rm -f full >/dev/null
  umount "$small"
  [ "$commit_status" -eq 125 ]
  [[ "$commit_output" == "Error: committing "*": adding /big: Write error: no space left on device" ]]
}

@test "unpacking a layer keeps its directories' modes and leaves the caller's directory alone" {
  mkdir -p "$STORE/cwd/tmp"
  chmod 755 "$STORE/cwd/tmp"
  (cd "$STORE/cwd" && hull import "$BUSYBOX_TAR" localhost/modes >/dev/null)
  [ "$(stat -c %a "$STORE/cwd/tmp")" = 755 ]
  run hull run --rm --network none localhost/modes stat -c %a /tmp
  assert_status 0
  [ "$output" = 1777 ]
}
