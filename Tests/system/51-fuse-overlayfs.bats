#!/usr/bin/env bats
# Rootless containers whose root is mounted by fuse-overlayfs (Podman's
# overlay.mount_program), chosen by --storage-opt, by the config file, or
# by the store's record that the kernel's overlay cannot be mounted in a
# user namespace (kernels before 5.11; this machine's kernel can, so that
# record is written by the test). fuse-overlayfs needs /dev/fuse, mode
# 0600 on these machines: setup opens it to 0666 deliberately and
# teardown puts the recorded mode back.

load helpers
load rootless

FUSE_OPT=(--storage-opt overlay.mount_program=/usr/bin/fuse-overlayfs)
# In the container: the file system type of its root mount.
ROOT_FS='awk '"'"'$5 == "/" { for (i = 7; i <= NF; i++) if ($i == "-") { print $(i + 1); exit } }'"'"' /proc/self/mountinfo'

setup_file() {
  make_test_user hullfo
  export FUSE_MODE=$(stat -c %a /dev/fuse)
  chmod 0666 /dev/fuse
  fixtures
  hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
}

teardown_file() {
  chmod "$FUSE_MODE" /dev/fuse
  remove_test_user
}

setup() { fixtures; }

teardown() {
  chmod 0666 /dev/fuse
  hull_as_user rm -fa >/dev/null 2>&1 || true
  rm -f "/home/$RL_USER/data/hull/overlay-native.json"
}

# The test user's fuse-overlayfs processes that are alive (not zombies).
fuse_pids() {
  local p
  for p in $(pgrep -u "$RL_USER" -x fuse-overlayfs); do
    process_gone "$p" || echo "$p"
  done
}

run_dir() { echo "/tmp/hull-run-$RL_UID/containers/$1"; }

# The pid a container's fuse-overlayfs record names.
recorded_fuse_pid() {
  sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "$(run_dir "$1")/fuse-overlayfs.json"
}

@test "fuse-overlayfs: the root is a FUSE mount; writes, deletions and an opaque directory reach diff, commit and export" {
  [ -z "$(fuse_pids)" ]
  run hull_as_user "${FUSE_OPT[@]}" run --name w --network none busybox sh -c \
    "$ROOT_FS; rm /bin/ls; echo new >/etc/new; rm -rf /home; mkdir -p /home/n; echo f >/home/n/f; id -u"
  assert_status 0
  [ "$output" = $'fuse.fuse-overlayfs\n0' ]
  # The container's config records which program mounts it.
  grep -q '"mountProgram":"\\/usr\\/bin\\/fuse-overlayfs"' "/home/$RL_USER/data/hull/containers/$(hull_as_user inspect --format '{{.ID}}' w)/config.json"
  # fuse-overlayfs wrote a 0/0 character device for the deleted file.
  upper="/home/$RL_USER/data/hull/containers/$(hull_as_user inspect --format '{{.ID}}' w)/upper"
  [ "$(stat -c %F:%t:%T "$upper/bin/ls")" = "character special file:0:0" ]
  run hull_as_user diff w
  assert_status 0
  [[ "$output" == *"D /bin/ls"* ]]
  [[ "$output" == *"A /etc/new"* ]]
  [[ "$output" == *"A /home/n/f"* ]]
  [[ "$output" != *".wh."* ]]
  run hull_as_user commit -q w localhost/w
  assert_status 0
  # The new image, with the kernel's overlay: the deletion and the opaque
  # directory (the image's /home/app is gone) came through.
  run hull_as_user run --rm --network none localhost/w sh -c "test -e /bin/ls || echo no-ls; cat /etc/new; ls /home; $ROOT_FS"
  assert_status 0
  [ "$output" = $'no-ls\nnew\nn\noverlay' ]
  run bash -c "runuser -u $RL_USER -- env -i PATH=/usr/bin:/bin HOME=/home/$RL_USER XDG_DATA_HOME=/home/$RL_USER/data $HULL_BIN export w | tar -tf - | grep -E '^(\./)?(bin/ls|etc/new|home/.*)$' | sed 's|^\./||' | sort"
  assert_status 0
  [ "$output" = $'etc/new\nhome/\nhome/n/\nhome/n/f' ]
  [ -z "$(fuse_pids)" ]
}

@test "fuse-overlayfs: exec, cp in and out, and start of a stopped container" {
  id=$(hull_as_user "${FUSE_OPT[@]}" run -d --network none busybox sh -c 'echo inside >/made; sleep 300')
  for _ in $(seq 50); do hull_as_user exec "$id" test -e /made 2>/dev/null && break; sleep 0.1; done
  run hull_as_user exec "$id" sh -c "cat /made; id -un; $ROOT_FS"
  assert_status 0
  [ "$output" = $'inside\nroot\nfuse.fuse-overlayfs' ]
  run hull_as_user exec --user nobody "$id" id -un
  assert_status 0
  [ "$output" = nobody ]
  as_user sh -c 'echo from-host >"$HOME/h"'
  run hull_as_user cp "/home/$RL_USER/h" "$id:/h"
  assert_status 0
  run hull_as_user exec "$id" sh -c 'cat /h; stat -c %u /h'
  [ "$output" = $'from-host\n0' ]
  run bash -c "runuser -u $RL_USER -- env -i PATH=/usr/bin:/bin HOME=/home/$RL_USER XDG_DATA_HOME=/home/$RL_USER/data $HULL_BIN cp $id:/made - | tar -xOf -"
  assert_status 0
  [ "$output" = inside ]
  # The daemon is not in the container's PID namespace.
  fpid=$(recorded_fuse_pid "$id")
  cpid=$(hull_as_user inspect --format '{{.State.Pid}}' "$id")
  [ "$(readlink /proc/$fpid/ns/pid)" != "$(readlink /proc/$cpid/ns/pid)" ]
  [ "$(readlink /proc/$fpid/ns/user)" = "$(readlink /proc/$cpid/ns/user)" ]
  hull_as_user stop -t 0 "$id" >/dev/null
  for _ in $(seq 50); do process_gone "$fpid" && break; sleep 0.1; done
  process_gone "$fpid"
  # start (no --storage-opt): the recorded program mounts it again, with the files kept.
  hull_as_user start "$id" >/dev/null
  run hull_as_user exec "$id" sh -c "cat /h; $ROOT_FS"
  assert_status 0
  [ "$output" = $'from-host\nfuse.fuse-overlayfs' ]
}

@test "fuse-overlayfs: no daemon is left after run --rm, rm -f of a detached container, or kill -9 of a foreground hull and rm" {
  [ -z "$(fuse_pids)" ]
  run hull_as_user "${FUSE_OPT[@]}" run --rm --network none busybox true
  assert_status 0
  [ -z "$(fuse_pids)" ]
  [ -z "$(hull_as_user ps -aq)" ]

  id=$(hull_as_user "${FUSE_OPT[@]}" run -d --network none busybox sleep 300)
  fpid=$(recorded_fuse_pid "$id")
  [ -n "$fpid" ]
  [ "$(fuse_pids)" = "$fpid" ]
  hull_as_user rm -f "$id" >/dev/null
  process_gone "$fpid"
  [ -z "$(fuse_pids)" ]

  runuser -u "$RL_USER" -- env -i PATH=/usr/bin:/bin HOME="/home/$RL_USER" XDG_DATA_HOME="/home/$RL_USER/data" \
    "$HULL_BIN" "${FUSE_OPT[@]}" run --name fgkill --network none busybox sleep 300 >/dev/null 2>&1 &
  for _ in $(seq 100); do [ -n "$(fuse_pids)" ] && hull_as_user exec fgkill true 2>/dev/null && break; sleep 0.1; done
  fpid=$(fuse_pids)
  [ -n "$fpid" ]
  hpid=$(pgrep -u "$RL_USER" -f -- "--name fgkill" | while read p; do [ "$(readlink /proc/$p/exe)" = "$(readlink -f "$HULL_BIN")" ] && echo "$p"; done | head -1)
  [ -n "$hpid" ]
  kill -9 "$hpid"
  for _ in $(seq 50); do process_gone "$hpid" && break; sleep 0.1; done
  # Nobody stopped the daemon: hull was killed. A new start does, by its
  # record, before its own daemon mounts the same directories.
  ! process_gone "$fpid"
  hull_as_user start fgkill >/dev/null
  for _ in $(seq 50); do process_gone "$fpid" && break; sleep 0.1; done
  process_gone "$fpid"
  [ -n "$(fuse_pids)" ]
  run hull_as_user exec fgkill cat /etc/hostname
  assert_status 0
  # Killed again, rm stops it (the kernel would also end it once its
  # mount point is deleted with the run directory).
  fpid=$(fuse_pids)
  hpid=$(hull_as_user inspect --format '{{.State.Pid}}' fgkill)
  mon=$(awk '{print $4}' "/proc/$hpid/stat")
  kill -9 "$mon" "$hpid"
  for _ in $(seq 50); do process_gone "$hpid" && break; sleep 0.1; done
  ! process_gone "$fpid"
  run hull_as_user rm -f fgkill
  assert_status 0
  for _ in $(seq 50); do process_gone "$fpid" && break; sleep 0.1; done
  process_gone "$fpid"
  [ -z "$(fuse_pids)" ]
}

@test "fuse-overlayfs: chosen by the config file, or by the store's record that the kernel's overlay cannot be mounted; hull info says which" {
  conf="/home/$RL_USER/hull.conf"
  printf '[storage.options.overlay]\nmount_program = "/usr/bin/fuse-overlayfs"\n' >"$conf"
  chmod 644 "$conf"
  run as_user env HULL_CONF="$conf" "$HULL_BIN" run --rm --network none busybox sh -c "$ROOT_FS"
  assert_status 0
  [ "$output" = fuse.fuse-overlayfs ]
  # Without options: the kernel's overlay, and the store records that it works.
  run hull_as_user run --rm --network none busybox sh -c "$ROOT_FS"
  assert_status 0
  [ "$output" = overlay ]
  record="/home/$RL_USER/data/hull/overlay-native.json"
  grep -q '"supported":true' "$record"
  run hull_as_user info --format '{{json .Store.GraphOptions}} {{index .Store.GraphStatus "Native Overlay Diff"}}'
  [ "$output" = "{} true" ]
  # The record says this kernel refused it (as Linux < 5.11 does): fuse-overlayfs, untold.
  printf '{"kernel":"%s","supported":false,"error":"invalid argument"}' "$(uname -r)" >"$record"
  run hull_as_user run --rm --network none busybox sh -c "$ROOT_FS"
  assert_status 0
  [ "$output" = fuse.fuse-overlayfs ]
  run hull_as_user info --format '{{(index .Store.GraphOptions "overlay.mount_program").Executable}} {{index .Store.GraphStatus "Native Overlay Diff"}}'
  assert_status 0
  [ "$output" = "/usr/bin/fuse-overlayfs false" ]
  # A record from another kernel is checked again: this one can.
  printf '{"kernel":"4.19.0","supported":false}' >"$record"
  run hull_as_user run --rm --network none busybox sh -c "$ROOT_FS"
  [ "$output" = overlay ]
  grep -q "\"kernel\":\"$(uname -r)\"" "$record"
}

@test "fuse-overlayfs: a missing mount program, a bad storage option and an unusable /dev/fuse: one error line, nothing left" {
  run hull_as_user --storage-opt overlay.mount_program=/nonexistent/fuse-overlayfs run --rm --network none busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"/nonexistent/fuse-overlayfs"*"install fuse-overlayfs"* ]]
  run hull_as_user --storage-opt overlay.size=10G create busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"overlay.size=10G"* ]]
  [ -z "$(hull_as_user ps -aq)" ]
  chmod 0600 /dev/fuse
  run hull_as_user "${FUSE_OPT[@]}" run --rm --network none busybox true
  chmod 0666 /dev/fuse
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"/dev/fuse"* ]]
  [ -z "$(hull_as_user ps -aq)" ]
  [ -z "$(fuse_pids)" ]
}
