#!/usr/bin/env bats
# Crash garbage: what a hull killed half-way leaves under <root>/tmp (temp
# entries named with their owner's pid and start time) is removed by the
# next command that changes the store, and a full disk never leaves a half
# image behind. Kill delays come from a seeded RANDOM (printed) so a run
# can be repeated.

load helpers
load registry

setup() {
  setup_with_image
  SEED=${HULL_TEST_SEED:-$((RANDOM))}
  RANDOM=$SEED
}

teardown() {
  stop_registry
  teardown_store
  if [ -n "${MNT:-}" ]; then
    umount "$MNT" 2>/dev/null || umount -l "$MNT" 2>/dev/null || true
    rmdir "$MNT" 2>/dev/null || true
  fi
}

# Bytes and entries in <root>/tmp and temp files of record writes anywhere
# in the store, plus image directories without a record.
garbage() {
  local bytes entries half=0 d
  bytes=$( { find "$HULL_ROOT_DIR/tmp" -mindepth 1 -printf '%s\n'
             find "$HULL_ROOT_DIR" -path "$HULL_ROOT_DIR/tmp" -prune -o -name '*.tmp-*' -printf '%s\n'; } 2>/dev/null |
           awk '{s += $1} END {print s + 0}')
  entries=$( { find "$HULL_ROOT_DIR/tmp" -mindepth 1 -maxdepth 1
               find "$HULL_ROOT_DIR" -path "$HULL_ROOT_DIR/tmp" -prune -o -name '*.tmp-*' -print; } 2>/dev/null | grep -c . || true)
  for d in "$HULL_ROOT_DIR"/images/*/; do
    [ -d "$d" ] && [ ! -e "$d/image.json" ] && half=$((half + 1))
  done
  echo "$bytes $entries $half"
}

assert_no_garbage() {
  local g
  g=$(garbage)
  if [ "$g" != "0 0 0" ]; then
    echo "garbage left (bytes, tmp entries, half images): $g" >&2
    ls -la "$HULL_ROOT_DIR/tmp" >&2
    find "$HULL_ROOT_DIR" -name '*.tmp-*' >&2
    return 1
  fi
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# kill_at_random N PREP CMD...: N times runs PREP (a shell snippet), starts
# `hull CMD...` and SIGKILLs it after a random delay within one run's
# duration (measured first). Sets KILLS (the process was still running)
# and LEFT (bytes of garbage seen right after the kills, before anything
# else ran). The last round is repeated until it leaves garbage, so the
# next command has something to sweep.
kill_at_random() {
  local n=$1 prep=$2 start dur i pid bytes
  shift 2
  eval "$prep"
  start=$(now_ms)
  hull "$@" >/dev/null
  dur=$(($(now_ms) - start + 1))
  KILLS=0 LEFT=0
  for i in $(seq 40); do
    eval "$prep"
    # The binary itself, not the hull function: $! must be hull's pid.
    "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" "$@" >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk -v ms=$((RANDOM % dur)) 'BEGIN {printf "%.3f", ms / 1000}')"
    kill -9 "$pid" 2>/dev/null && KILLS=$((KILLS + 1))
    wait "$pid" 2>/dev/null || true
    bytes=$(garbage | cut -d' ' -f1)
    LEFT=$((LEFT + bytes))
    if [ "$i" -ge "$n" ] && [ "$bytes" -gt 0 ]; then break; fi
  done
  [ "$KILLS" -gt 0 ]
  [ "$LEFT" -gt 0 ]
}

# A container whose upper layer holds a 48 MiB file: commits take a while.
make_big_container() {
  hull run --name big busybox dd if=/dev/urandom of=/big bs=1M count=48 2>/dev/null
}

@test "commits SIGKILLed at random moments leave no garbage after the next command that changes the store" {
  make_big_container
  kill_at_random 15 "" commit big localhost/big:1
  run hull tag busybox localhost/after:1
  assert_status 0
  assert_no_garbage
  echo "# commit: $KILLS SIGKILLs (seed $SEED), $LEFT bytes left by them, 0 after 'hull tag'" >&3
  # The store is whole: every image listed has its files, and runs.
  for id in $(hull images -q); do hull image inspect "$id" >/dev/null; done
  run hull run --rm busybox true
  assert_status 0
}

@test "imports and loads SIGKILLed at random moments leave no garbage after the next command that changes the store" {
  make_big_container
  hull export -o "$STORE/big-rootfs.tar" big
  hull commit big localhost/big:1 >/dev/null
  hull save -o "$STORE/big-image.tar" localhost/big:1
  hull rmi localhost/big:1 >/dev/null
  kill_at_random 8 "hull rmi -f localhost/imported:1 >/dev/null 2>&1 || true" import "$STORE/big-rootfs.tar" localhost/imported:1
  imports=$KILLS imports_left=$LEFT
  run hull tag busybox localhost/after:1
  assert_no_garbage
  kill_at_random 8 "hull rmi -f localhost/big:1 >/dev/null 2>&1 || true" load -i "$STORE/big-image.tar"
  run hull untag localhost/after:1
  assert_status 0
  assert_no_garbage
  echo "# import: $imports SIGKILLs, $imports_left bytes left; load: $KILLS SIGKILLs, $LEFT bytes left (seed $SEED); 0 after the next command" >&3
}

@test "pulls SIGKILLed at random moments leave no garbage, and prune leaves no unreferenced layer" {
  start_registry "$STORE/registry"
  make_big_container
  hull commit big localhost/big:1 >/dev/null
  hull push localhost/big:1 "$REGISTRY/big:1" >/dev/null 2>&1
  hull rmi localhost/big:1 >/dev/null
  kill_at_random 8 "hull rmi -f $REGISTRY/big:1 >/dev/null 2>&1 || true" pull -q "$REGISTRY/big:1"
  run hull tag busybox localhost/after:1
  assert_no_garbage
  # A layer stored for an image that was never written is reclaimed by prune.
  hull rmi -f "$REGISTRY/big:1" >/dev/null 2>&1 || true
  hull image prune -f >/dev/null
  want=$(hull image inspect --format '{{range .RootFS.Layers}}{{.}} {{end}}' $(hull images -q) | tr ' ' '\n' | grep . | sort -u | grep -c . || true)
  have=$(ls "$HULL_ROOT_DIR/layers" | grep -c . || true)
  [ "$have" -eq "$want" ]
  echo "# pull: $KILLS SIGKILLs (seed $SEED), $LEFT bytes left by them, 0 after 'hull tag', $have layers = $want referenced after prune" >&3
}

@test "commit on a full disk fails with its cause, exit 125, and leaves no image directory or temp file" {
  MNT=$(mktemp -d /tmp/hull-bats-full.XXXXXX)
  mount -t tmpfs -o size=48m tmpfs "$MNT"
  HULL_ROOT_DIR=$MNT/root
  hull import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  hull run --name big busybox dd if=/dev/urandom of=/big bs=1M count=12 2>/dev/null
  images_before=$(ls "$HULL_ROOT_DIR/images" | sort)
  # Leaves FREE KiB free on the file system, then commits.
  commit_with_free() {
    rm -f "$MNT/fill"
    local avail
    avail=$(df -k --output=avail "$MNT" | tail -1)
    if [ "$avail" -gt "$1" ]; then fallocate -l $(((avail - $1) * 1024)) "$MNT/fill"; fi
    run hull commit big localhost/full:1
    rm -f "$MNT/fill"
  }
  failures=0
  check_failure() {
    assert_status 125
    assert_one_error_line
    [[ "$output" == *"no space left on device"* ]]
    [ "$(ls "$HULL_ROOT_DIR/images" | sort)" = "$images_before" ]
    assert_no_garbage
    failures=$((failures + 1))
    # Where it ran out, ids left out: what the search reached.
    stages+=$(sed -E 's/^Error: ([^:]*).*/\1/; s/[0-9a-f]{64}/ID/g' <<<"$output")$'\n'
  }
  stages=
  # Binary search for the least free space a commit needs; every try below
  # it fails cleanly, wherever the disk ran out (tar, layer, image files).
  lo=0 hi=$((36 * 1024))
  commit_with_free $hi
  assert_status 0
  hull rmi localhost/full:1 >/dev/null
  while [ $((hi - lo)) -gt 4 ]; do
    mid=$(((lo + hi) / 2))
    commit_with_free $mid
    if [ "$status" -eq 0 ]; then
      hi=$mid
      hull rmi localhost/full:1 >/dev/null
    else
      check_failure
      lo=$mid
    fi
  done
  # Near the threshold (the last files), and far below it (the tar).
  for free in $((hi - 4)) $((hi - 8)) $((hi - 12)) $((hi - 16)) $((hi - 24)) $((hi - 64)) 0 64 6144; do
    commit_with_free $free
    if [ "$status" -eq 0 ]; then hull rmi localhost/full:1 >/dev/null; else check_failure; fi
  done
  [ "$failures" -gt 0 ]
  # Nothing half-made survives rmi -af either.
  hull rm -f big >/dev/null
  hull rmi -af >/dev/null
  [ -z "$(ls -A "$HULL_ROOT_DIR/images")" ]
  echo "# full disk: $failures commits failed with 'no space left on device' (needed ~${hi} KiB free), 0 image dirs or temp files left; failed while: $(sort -u <<<"$stages" | grep . | paste -sd ';')" >&3
}

@test "system prune reclaims crash leftovers, half images of older hulls and unreferenced layers, and says how much" {
  make_big_container
  kill_at_random 3 "" commit big localhost/big:1
  # An image directory without its record, as an older hull left one on a
  # full disk, and a layer no image lists (a pull killed before its image).
  half=$HULL_ROOT_DIR/images/$(printf 'e%.0s' $(seq 64))
  mkdir -p "$half" && echo '{}' >"$half/config.json"
  mkdir -p "$HULL_ROOT_DIR/layers/$(printf 'f%.0s' $(seq 64))/diff"
  before=$(garbage)
  hull images -q >/dev/null
  [ "$(garbage)" = "$before" ]  # listing is no change: nothing swept
  run hull system prune -f
  assert_status 0
  [[ "${lines[-1]}" == "Total reclaimed space: "* ]]
  [ "${lines[-1]}" != "Total reclaimed space: 0B" ]
  assert_no_garbage
  [ ! -e "$HULL_ROOT_DIR/layers/$(printf 'f%.0s' $(seq 64))" ]
  echo "# system prune: $KILLS commits SIGKILLed, garbage ($before bytes/entries/half images) -> 0; ${lines[-1]}" >&3
  # What is in use stays.
  run hull run --rm busybox true
  assert_status 0
}
