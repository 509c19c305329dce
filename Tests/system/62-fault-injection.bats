#!/usr/bin/env bats
# SIGKILL of hull's own processes at random moments: the foreground `run`
# (with and without --rm), `run -d`, `create` and a container's monitor;
# and a disk that fills while a container runs. After each, what hull
# reports must be true: the container's real exit code, or -1 (Podman's
# "unknown") when nobody could see it, never a made-up code and never a
# zero FinishedAt; --rm honoured; nothing left behind (lock files, run
# directories, mounts, cgroups, processes); and every command still works.
#
# The delays come from bash's RANDOM seeded with HULL_FAULT_SEED (printed;
# set it to replay a run). Each test prints what it tried on fd 3.

load helpers

setup() {
  setup_with_image
  SEED=${HULL_FAULT_SEED:-$(( $(date +%s) % 32768 ))}
  RANDOM=$SEED
}

teardown() {
  if [ -n "${SMALL_DISK:-}" ]; then
    umount "$SMALL_DISK" 2>/dev/null || true
  fi
  teardown_store
}

# Sleeps a random number of milliseconds below $1.
random_sleep() {
  sleep "$(printf '0.%03d' $((RANDOM % $1)))"
}

state_field() {
  sed -n "s/.*\"$2\":\\([0-9]*\\).*/\\1/p" "$HULL_ROOT_DIR/containers/$1/state.json" 2>/dev/null
}

# Waits (5 s at most) until the container is neither running nor being
# recorded, or is gone. The keeper of a killed monitor records it shortly
# after the container ends.
settled() {
  local status
  for _ in $(seq 100); do
    status=$(hull inspect --format '{{.State.Status}}' "$1" 2>/dev/null) || return 0
    [ "$status" = exited ] || [ "$status" = created ] && return 0
    sleep 0.05
  done
  return 1
}

# Every exited container has a real FinishedAt; none reads as running
# while its process is gone.
assert_states_true() {
  local line
  while read -r line; do
    set -- $line
    case $2 in
      exited) [[ $4 != 0001-01-01* ]] || { echo "exited with a zero FinishedAt: $line"; return 1; } ;;
      running) [ -d "/proc/$3" ] || { echo "running without a process: $line"; return 1; } ;;
    esac
  done < <(hull ps -a --format '{{.ID}} {{.State}}' | while read -r id _; do
    hull inspect --format '{{.ID}} {{.State.Status}} {{.State.Pid}} {{.State.FinishedAt}}' "$id"
  done)
}

# After rm -af: no lock file, run directory, mount, cgroup or hull process
# of this store is left. Prints the count of leaks found.
count_leaks() {
  local leaks=0 f cmdline
  report() { [ -z "${LEAKS_VERBOSE:-}" ] || echo "$1" >&2; }
  for f in "$HULL_RUN_DIR"/containers/*; do
    [ -e "$f" ] && { leaks=$((leaks + 1)); report "left: $f $(ls -A "$f" 2>/dev/null | tr '\n' ' ')"; }
  done
  if grep -qF "$STORE" /proc/self/mountinfo; then
    report "$(grep -F "$STORE" /proc/self/mountinfo)"
    leaks=$((leaks + $(grep -cF "$STORE" /proc/self/mountinfo)))
  fi
  for id in "$@"; do
    for f in /sys/fs/cgroup/*/hull/"$id" /sys/fs/cgroup/unified/hull/"$id"; do
      [ -e "$f" ] && { leaks=$((leaks + 1)); report "left: $f"; }
    done
  done
  # Monitors, keepers and cleanups name the store in their command line
  # (read by bash itself: a grep would find its own).
  for f in /proc/[0-9]*/cmdline; do
    cmdline=$( { tr '\0' ' ' <"$f"; } 2>/dev/null) || continue
    [[ $cmdline == *"$HULL_ROOT_DIR "* ]] && { leaks=$((leaks + 1)); report "left running: $cmdline"; }
  done
  echo "$leaks"
}

# rm -af, then waits (5 s at most) for the store's processes to end.
remove_all_and_count_leaks() {
  hull rm -af >/dev/null
  local leaks
  for _ in $(seq 50); do
    leaks=$(count_leaks "$@")
    [ "$leaks" -eq 0 ] && break
    sleep 0.1
  done
  [ "$leaks" -eq 0 ] || LEAKS_VERBOSE=1 count_leaks "$@" >/dev/null
  echo "$leaks"
}

assert_commands_work() {
  run hull ps -a
  assert_status 0
  run hull run --rm busybox echo still-works
  assert_status 0
  [ "$output" = still-works ]
}

@test "kill -9 of the monitor at random moments: the real exit code and later output, --rm honoured, 0 invented" {
  kills=0 exact=0 unknown=0 invented=0 lost_output=0 rm_kept=0 ids=() i=0
  # Until 40 kills hit a live monitor (one that already recorded its
  # container and ended is no kill).
  while [ "$kills" -lt 40 ] && [ "$i" -lt 60 ]; do
    i=$((i + 1))
    code=$((1 + RANDOM % 120))
    rm_flag=()
    [ $((i % 4)) -eq 0 ] && rm_flag=(--rm)
    id=$(hull run -d "${rm_flag[@]}" busybox sh -c "sleep 0.3; echo out-$i; exit $code")
    ids+=("$id")
    monitor=$(state_field "$id" recorderPid)
    # Before the container ends, while the monitor records it, or after.
    random_sleep 300
    kill -9 "$monitor" 2>/dev/null && kills=$((kills + 1))
    if [ ${#rm_flag[@]} -gt 0 ]; then
      for _ in $(seq 100); do [ -z "$(hull ps -aq --filter "id=$id")" ] && break; sleep 0.05; done
      [ -z "$(hull ps -aq --filter "id=$id")" ] || { rm_kept=$((rm_kept + 1)); echo "--rm container $id kept"; }
      continue
    fi
    settled "$id"
    got=$(hull wait "$id")
    [ "$(hull inspect --format '{{.State.ExitCode}}' "$id")" = "$got" ]
    [[ "$(hull ps -a --filter "id=$id" --format '{{.Status}}')" == "Exited ($got)"* ]]
    if [ "$got" = "$code" ]; then
      exact=$((exact + 1))
      hull logs "$id" | grep -qx "out-$i" || { lost_output=$((lost_output + 1)); echo "output of $id lost"; }
    elif [ "$got" = -1 ]; then
      unknown=$((unknown + 1))
      echo "container $id exited $code, reported unknown"
    else
      invented=$((invented + 1))
      echo "container $id exited $code, reported $got"
    fi
  done
  assert_states_true
  leaks=$(remove_all_and_count_leaks "${ids[@]}")
  echo "# seed=$SEED iterations=$i monitor kills=$kills exact=$exact unknown=$unknown invented=$invented lost_output=$lost_output rm_kept=$rm_kept leaks=$leaks" >&3
  [ "$kills" -ge 40 ]
  [ "$invented" -eq 0 ]
  # The keeper always has the status: nothing is unknown here.
  [ "$unknown" -eq 0 ]
  [ "$lost_output" -eq 0 ]
  [ "$rm_kept" -eq 0 ]
  [ "$leaks" -eq 0 ]
  assert_commands_work
}

@test "kill -9 of a foreground run, run --rm and run -d at random moments: true states, --rm honoured, nothing leaks" {
  kills=0 exited=0 unknown=0 created=0 gone=0 running=0 ids=()
  for i in $(seq 24); do
    case $((i % 3)) in
      0) flags=(--rm) ;;
      1) flags=() ;;
      2) flags=(-d) ;;
    esac
    "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" run "${flags[@]}" --name "f$i" busybox \
      sh -c 'sleep 0.2; exit 5' >/dev/null 2>&1 &
    pid=$!
    random_sleep 300
    kill -9 "$pid" 2>/dev/null && kills=$((kills + 1))
    wait "$pid" 2>/dev/null || true
    id=$(hull inspect --format '{{.ID}}' "f$i" 2>/dev/null) || { gone=$((gone + 1)); continue; }
    ids+=("$id")
    settled "$id"
    status=$(hull inspect --format '{{.State.Status}} {{.State.ExitCode}}' "f$i" 2>/dev/null) || { gone=$((gone + 1)); continue; }
    case "${flags[*]}:$status" in
      # Killed before it started, or a detached one that its monitor runs on.
      *:"created 0") created=$((created + 1)) ;;
      -d:"running 0") running=$((running + 1)) ;;
      # It ended by itself, and was recorded so.
      -d:"exited 5" | :"exited 5") exited=$((exited + 1)) ;;
      # The foreground hull died with it: nobody saw the exit.
      :"exited -1") unknown=$((unknown + 1)) ;;
      *) echo "f$i (${flags[*]}) reads as $status"; false ;;
    esac
  done
  assert_states_true
  leaks=$(remove_all_and_count_leaks "${ids[@]}")
  echo "# seed=$SEED iterations=24 run kills=$kills exited=$exited unknown=$unknown created=$created running=$running gone=$gone leaks=$leaks" >&3
  [ "$leaks" -eq 0 ]
  assert_commands_work
}

@test "kill -9 of create at random moments: ps reads, rm -f cleans, the name is free again" {
  kills=0 made=0
  for i in $(seq 12); do
    "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" create --name "c$i" busybox true >/dev/null 2>&1 &
    pid=$!
    random_sleep 30
    kill -9 "$pid" 2>/dev/null && kills=$((kills + 1))
    wait "$pid" 2>/dev/null || true
    run hull ps -a --format '{{.Names}} {{.Status}}'
    assert_status 0
    run hull rm -f "c$i"
    assert_status 0
    run hull create --name "c$i" busybox true
    assert_status 0
    made=$((made + 1))
  done
  assert_states_true
  leaks=$(remove_all_and_count_leaks)
  echo "# seed=$SEED iterations=12 create kills=$kills names_reused=$made leaks=$leaks" >&3
  [ "$leaks" -eq 0 ]
  assert_commands_work
}

@test "a disk that fills while the container runs: its exit code is recovered, not invented, and saved once there is room" {
  SMALL_DISK=$STORE/small
  mkdir -p "$SMALL_DISK"
  mount -t tmpfs -o size=16m tmpfs "$SMALL_DISK"
  small() { "$HULL_BIN" --root "$SMALL_DISK/root" --runroot "$HULL_RUN_DIR/small" "$@"; }
  small import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  # One recorded by a foreground hull, one by a monitor.
  "$HULL_BIN" --root "$SMALL_DISK/root" --runroot "$HULL_RUN_DIR/small" run --name fg busybox sh -c 'sleep 0.5; exit 3' \
    >/dev/null 2>&1 &
  bg_id=$(small run -d busybox sh -c 'sleep 0.5; exit 0')
  for _ in $(seq 100); do [ "$(small inspect --format '{{.State.Status}}' fg 2>/dev/null)" = running ] && break; sleep 0.05; done
  fg_id=$(small inspect --format '{{.ID}}' fg)
  dd if=/dev/zero of="$SMALL_DISK/fill" bs=64k 2>/dev/null || true
  wait
  for _ in $(seq 100); do [ "$(small inspect --format '{{.State.Status}}' "$bg_id")" = exited ] && break; sleep 0.05; done
  run small ps -a --format '{{.ID}} {{.Status}}'
  assert_status 0
  [[ "$output" == *"${fg_id:0:12} Exited (3)"* ]]
  [[ "$output" == *"${bg_id:0:12} Exited (0)"* ]]
  [[ "$(small inspect --format '{{.State.FinishedAt}}' "$bg_id")" != 0001-01-01* ]]
  rm "$SMALL_DISK/fill"
  small ps -a >/dev/null
  grep -q '"exitCode":0' "$SMALL_DISK/root/containers/$bg_id/state.json"
  grep -q '"status":"exited"' "$SMALL_DISK/root/containers/$bg_id/state.json"
  small rm -af >/dev/null
  echo "# full disk: exits recovered fg=$(echo "$output" | grep -c 'Exited (3)') bg=$(echo "$output" | grep -c 'Exited (0)')" >&3
}

@test "a container whose foreground hull was killed reads as exited -1 with a real time, and starts again" {
  "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" run --name again busybox \
    sh -c 'if [ -e /ran ]; then echo again; else touch /ran; sleep 60; fi' \
    >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 100); do [ "$(hull inspect --format '{{.State.Status}}' again 2>/dev/null)" = running ] && break; sleep 0.05; done
  id=$(hull inspect --format '{{.ID}}' again)
  for _ in $(seq 100); do [ -e "$HULL_ROOT_DIR/containers/$id/upper/ran" ] && break; sleep 0.05; done
  child=$(state_field "$id" pid)
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true
  for _ in $(seq 100); do process_gone "$child" && break; sleep 0.05; done
  run hull wait again
  assert_status 0
  [ "$output" = -1 ]
  first=$(hull inspect --format '{{.State.FinishedAt}}' again)
  [[ $first != 0001-01-01* ]]
  sleep 1.1
  [ "$(hull inspect --format '{{.State.FinishedAt}}' again)" = "$first" ]
  [[ "$(hull ps -a --format '{{.Status}}' --filter name=again)" == "Exited (-1) "*" ago" ]]
  # Its last run's remains (cgroup) go first; the same root again.
  run hull start -a again
  assert_status 0
  [ "$output" = again ]
  [ "$(hull inspect --format '{{.State.ExitCode}}' again)" = 0 ]
}
