#!/usr/bin/env bats
# Rootless containers in a delegated cgroup v2, made here the way systemd
# delegates user@UID.service: as root, a cgroup of this run's own on the
# cgroup2 mount (/sys/fs/cgroup/unified on a hybrid host) whose directory,
# cgroup.procs, cgroup.subtree_control and cgroup.threads are chowned to a
# throw-away test user, with a leaf the user made inside it for its shell.
# The shell that runs the rootless hull is moved into a cgroup by root
# writing its pid (in_cgroup). A second, root-owned cgroup plays an ssh
# session scope: nothing delegated. Teardown moves every pid left out and
# removes both cgroups and the user, also when a test failed.

load helpers
load rootless

setup_file() {
  make_test_user hullcg
  fixtures
  hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  if [ "$(stat -fc %T /sys/fs/cgroup)" = cgroup2fs ]; then
    export UNIFIED=/sys/fs/cgroup
  else
    export UNIFIED=/sys/fs/cgroup/unified
  fi
  # Unique per run: the user's name carries random hex.
  export DELEG_NAME=$RL_USER-deleg NODELEG_NAME=$RL_USER-session
  export DELEG=$UNIFIED/$DELEG_NAME NODELEG=$UNIFIED/$NODELEG_NAME
  mkdir "$DELEG" "$NODELEG"
  chown "$RL_UID:$RL_GID" "$DELEG" "$DELEG/cgroup.procs" "$DELEG/cgroup.subtree_control" "$DELEG/cgroup.threads"
  # Made by the user, as systemd --user makes app scopes: all of it is theirs.
  runuser -u "$RL_USER" -- mkdir "$DELEG/leaf"
}

# Every pid out to the hierarchy's root, then the cgroups, deepest first.
remove_cgroup_tree() {
  local dir pid
  [ -d "$1" ] || return 0
  for dir in $(find "$1" -depth -type d); do
    for pid in $(cat "$dir/cgroup.procs" 2>/dev/null); do
      echo "$pid" >"$UNIFIED/cgroup.procs" 2>/dev/null || true
    done
    rmdir "$dir" 2>/dev/null || { sleep 0.2; rmdir "$dir" || true; }
  done
}

teardown_file() {
  remove_test_user
  remove_cgroup_tree "$DELEG"
  remove_cgroup_tree "$NODELEG"
}

teardown() {
  hull_as_user rm -fa >/dev/null 2>&1 || true
}

# in_cgroup DIR CMD...: CMD from a shell that root moved into cgroup DIR.
in_cgroup() {
  local dir=$1
  shift
  (echo "$BASHPID" >"$dir/cgroup.procs" && "$@")
}

state_of() {
  cat "/home/$RL_USER/data/hull/containers/$1/state.json"
}

@test "delegated: the container is born in <delegated>/hull/<id>; stats, inspect, exec, pause and update use it; rm -f from outside removes it" {
  run in_cgroup "$DELEG/leaf" hull_as_user run -d --network none busybox sh -c 'i=0; while [ $i -lt 30000 ]; do i=$((i+1)); done; sleep 60'
  assert_status 0
  id=$output
  [ "${#id}" -eq 64 ]
  pid=$(hull_as_user inspect --format '{{.State.Pid}}' "$id")
  [ "$(grep '^0::' "/proc/$pid/cgroup")" = "0::/$DELEG_NAME/hull/$id" ]
  [ "$(hull_as_user inspect --format '{{.State.CgroupPath}}' "$id")" = "/$DELEG_NAME/hull/$id" ]
  [ "$(stat -c %u "$DELEG/hull/$id")" = "$RL_UID" ]
  # From outside the delegation (the session-like cgroup): stats read the
  # recorded cgroup; the CPU time is the container's own (cpu.stat).
  for _ in $(seq 50); do
    [ "$(hull_as_user stats --no-stream --format '{{.CPUTime}}' "$id")" != 0ms ] && break
    sleep 0.1
  done
  run in_cgroup "$NODELEG" hull_as_user stats --no-stream --format '{{.ID}} {{.CPUTime}}' "$id"
  assert_status 0
  [[ "$output" == "${id:0:12} "* ]]
  [ "$output" != "${id:0:12} 0ms" ]
  # exec from inside the delegation joins the container's cgroup (the root
  # of its cgroup namespace); from outside the kernel may not move it there.
  run in_cgroup "$DELEG/leaf" hull_as_user exec "$id" grep '^0::' /proc/self/cgroup
  assert_status 0
  [ "$output" = "0::/" ]
  run in_cgroup "$NODELEG" hull_as_user exec "$id" grep '^0::' /proc/self/cgroup
  assert_status 0
  [ "$output" != "0::/" ]
  # pause freezes the cgroup (cgroup.freeze, cgroup2's core freezer).
  run in_cgroup "$DELEG/leaf" hull_as_user pause "$id"
  assert_status 0
  [ "$(cat "$DELEG/hull/$id/cgroup.freeze")" = 1 ]
  grep -q '^frozen 1' "$DELEG/hull/$id/cgroup.events"
  [ "$(hull_as_user inspect --format '{{.State.Status}}' "$id")" = paused ]
  run in_cgroup "$DELEG/leaf" hull_as_user unpause "$id"
  assert_status 0
  [ "$(cat "$DELEG/hull/$id/cgroup.freeze")" = 0 ]
  # update: a controller the delegation lacks is refused, in crun's words.
  run in_cgroup "$DELEG/leaf" hull_as_user update --pids-limit 5 "$id"
  assert_status 125
  assert_one_error_line
  [[ "$output" == *'the requested cgroup controller `pids` is not available'* ]]
  # rm -f from outside the delegation still finds and removes the cgroup.
  run in_cgroup "$NODELEG" hull_as_user rm -f "$id"
  assert_status 0
  [ ! -e "$DELEG/hull/$id" ]
  process_gone "$pid"
}

@test "delegated: --memory and --pids-limit name their missing controllers once; the container runs; --rm takes its cgroup" {
  want_controllers=$(cat "$DELEG/cgroup.controllers")
  run in_cgroup "$DELEG/leaf" hull_as_user run --network none --rm --memory 64m --pids-limit 10 busybox sh -c 'grep ^0:: /proc/self/cgroup; echo ran'
  assert_status 0
  has=${want_controllers:-none}
  [ "${lines[0]}" = "WARN[0000] the requested cgroup controller \`memory\` is not available (the delegated cgroup /$DELEG_NAME has: $has): its limits are ignored" ]
  [ "${lines[1]}" = "WARN[0000] the requested cgroup controller \`pids\` is not available (the delegated cgroup /$DELEG_NAME has: $has): its limits are ignored" ]
  [ "${lines[2]}" = "0::/" ]
  [ "${lines[3]}" = ran ]
  [ "${#lines[@]}" -eq 4 ]
  [ -z "$(find "$DELEG/hull" -mindepth 1 -type d)" ]
  # No limits, no warnings; a detached --rm container's cgroup goes with it.
  run in_cgroup "$DELEG/leaf" hull_as_user run -d --network none --rm busybox sleep 1
  assert_status 0
  id=$output
  [ -d "$DELEG/hull/$id" ]
  for _ in $(seq 100); do [ -e "$DELEG/hull/$id" ] || break; sleep 0.1; done
  [ ! -e "$DELEG/hull/$id" ]
  [ -z "$(hull_as_user ps -aq)" ]
}

@test "delegated: hull killed with SIGKILL leaves the cgroup; rm -f (from outside) removes it" {
  in_cgroup "$DELEG/leaf" hull_as_user run --network none --name k9 busybox sleep 60 >/dev/null 2>&1 3>&- &
  for _ in $(seq 100); do
    [ "$(hull_as_user inspect --format '{{.State.Status}}' k9 2>/dev/null)" = running ] && break
    sleep 0.1
  done
  id=$(hull_as_user inspect --format '{{.Id}}' k9)
  pid=$(hull_as_user inspect --format '{{.State.Pid}}' k9)
  recorder=$(state_of "$id" | sed -n 's/.*"recorderPid":\([0-9]*\).*/\1/p')
  [ -n "$recorder" ]
  [ "$(grep '^0::' "/proc/$pid/cgroup")" = "0::/$DELEG_NAME/hull/$id" ]
  kill -9 "$recorder"
  wait || true
  for _ in $(seq 100); do process_gone "$pid" && break; sleep 0.1; done
  [ -d "$DELEG/hull/$id" ]
  run in_cgroup "$NODELEG" hull_as_user rm -f k9
  assert_status 0
  [ ! -e "$DELEG/hull/$id" ]
  [ -z "$(hull_as_user ps -aq)" ]
}

@test "not delegated: limits give one warning naming the cgroup and the fix, none without limits; the container runs in the caller's cgroup" {
  run in_cgroup "$NODELEG" hull_as_user run --network none --rm --memory 64m --pids-limit 10 busybox echo ran
  assert_status 0
  [ "${lines[0]}" = "WARN[0000] resource limits are ignored: this user cannot create cgroups here (its cgroup /$NODELEG_NAME is not delegated to it); run hull from a delegated cgroup, e.g. \`systemd-run --user --scope hull ...\`" ]
  [ "${lines[1]}" = ran ]
  [ "${#lines[@]}" -eq 2 ]
  run in_cgroup "$NODELEG" hull_as_user run --network none --rm busybox echo ran
  assert_status 0
  [ "$output" = ran ]
  run in_cgroup "$NODELEG" hull_as_user run -d --network none busybox sleep 60
  assert_status 0
  id=$output
  pid=$(hull_as_user inspect --format '{{.State.Pid}}' "$id")
  [ "$(grep '^0::' "/proc/$pid/cgroup")" = "0::/$NODELEG_NAME" ]
  [ -z "$(hull_as_user inspect --format '{{.State.CgroupPath}}' "$id")" ]
  [ ! -e "$NODELEG/hull" ]
  run hull_as_user stats --no-stream "$id"
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"runs without a cgroup"* ]]
  run hull_as_user pause "$id"
  assert_status 125
  assert_one_error_line
  run hull_as_user rm -f "$id"
  assert_status 0
}

@test "info: rootless, the delegated cgroup and its controllers, or none" {
  run in_cgroup "$DELEG/leaf" hull_as_user info --format '{{.Host.CgroupManager}} {{.Host.CgroupDelegation}} {{json .Host.CgroupControllers}}'
  assert_status 0
  want=$(python3 -c 'import json,sys; print(json.dumps(sorted(sys.argv[1].split()), separators=(",", ":")))' "$(cat "$DELEG/cgroup.controllers")")
  echo "$output / $want"
  [ "$output" = "cgroupfs /$DELEG_NAME $want" ]
  run in_cgroup "$NODELEG" hull_as_user info --format '{{.Host.CgroupManager}} [{{.Host.CgroupDelegation}}] {{json .Host.CgroupControllers}}'
  assert_status 0
  [ "$output" = "cgroupfs [] []" ]
}
