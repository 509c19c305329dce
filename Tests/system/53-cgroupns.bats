#!/usr/bin/env bats
# The container's view of cgroups: its own cgroup namespace, with the
# host's hierarchies mounted at /sys/fs/cgroup, rooted at its cgroup.

load helpers

setup() {
  setup_with_image
  chmod 711 "$STORE"
}
teardown() { teardown_store; }

@test "/proc/self/cgroup shows / for every hierarchy, 0::/ for cgroup2" {
  run hull run --rm busybox cat /proc/self/cgroup
  assert_status 0
  [[ "$output" == *$'\n0::/'* || "$output" == "0::/" ]]
  [ -z "$(printf '%s\n' "$output" | cut -d: -f3 | grep -v '^/$')" ]
}

@test "/sys/fs/cgroup holds the host's hierarchies, read-only, rooted at the container's cgroup" {
  run hull run --rm --pids-limit 20 busybox sh -c '
    grep " /sys/fs/cgroup" /proc/self/mounts | cut -d" " -f2-4 | cut -d, -f1
    echo "limit $(cat /sys/fs/cgroup/pids/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids.max)"
    (echo 5 >/sys/fs/cgroup/pids/pids.max) 2>/dev/null && echo written || echo refused'
  assert_status 0
  # Every hierarchy the host mounts is there (cgroup2 alone on a unified host).
  for m in $(awk '$3 ~ /^cgroup/ && $2 ~ /^\/sys\/fs\/cgroup\// {print $2}' /proc/self/mounts); do
    [[ "$output" == *"$m cgroup"* ]]
  done
  [ -z "$(printf '%s\n' "$output" | grep ' cgroup' | grep -v ' ro$')" ]
  [[ "$output" == *"limit 20"* ]]
  [[ "$output" == *refused* ]]
}

@test "--privileged mounts the cgroups writable; the writes reach the container's own cgroup" {
  [ -d /sys/fs/cgroup/pids ] || skip "no v1 pids hierarchy on this host"
  id=$(hull run -d --privileged --pids-limit 20 busybox sh -c 'echo 30 >/sys/fs/cgroup/pids/pids.max && sleep 60')
  for _ in $(seq 50); do [ "$(cat /sys/fs/cgroup/pids/hull/$id/pids.max 2>/dev/null)" = 30 ] && break; sleep 0.1; done
  [ "$(cat /sys/fs/cgroup/pids/hull/$id/pids.max)" = 30 ]
}

@test "the cgroup view in a user namespace, and for exec" {
  run hull run --rm --uidmap 0:200000:65536 --memory 64m busybox sh -c '
    cut -d: -f3 /proc/self/cgroup | sort -u
    cat /sys/fs/cgroup/memory/memory.limit_in_bytes 2>/dev/null || cat /sys/fs/cgroup/memory.max'
  assert_status 0
  [ "$output" = $'/\n67108864' ]
  hull run -d --name c1 busybox sleep 60 >/dev/null
  for _ in $(seq 50); do [ "$(hull inspect --format '{{.State.Status}}' c1)" = running ] && break; sleep 0.1; done
  run hull exec c1 sh -c 'cut -d: -f3 /proc/self/cgroup | sort -u; ls /sys/fs/cgroup | grep -c .'
  assert_status 0
  [ "${lines[0]}" = / ]
  [ "${lines[1]}" -ge 1 ]
}

# HULL_CGROUP_MODE=unified: this hybrid host's cgroup2 hierarchy alone, as
# on a pure v2 host, where the process is born in its cgroup (clone3).
@test "cgroup v2 path: the process starts in hull/<id> on cgroup2, sees cgroup2 alone, and the cgroup goes with it" {
  unified=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
  [ -n "$unified" ] || skip "no cgroup2 mount"
  export HULL_CGROUP_MODE=unified
  id=$(hull run -d busybox sleep 60)
  for _ in $(seq 50); do [ "$(hull inspect --format '{{.State.Status}}' "$id")" = running ] && break; sleep 0.1; done
  pid=$(hull inspect --format '{{.State.Pid}}' "$id")
  grep -qx "0::/hull/$id" "/proc/$pid/cgroup"
  # No v1 hierarchy has it: nothing moved it there.
  [ -z "$(grep -v '^0::' "/proc/$pid/cgroup" | grep "hull/$id")" ]
  [ "$(cat "$unified/hull/$id/cgroup.procs")" = "$pid" ]
  run hull exec "$id" sh -c 'cat /proc/self/cgroup; grep " /sys/fs/cgroup" /proc/self/mounts | cut -d" " -f2,3'
  assert_status 0
  [[ "$output" == *"0::/"* ]]
  [[ "$output" == *"/sys/fs/cgroup cgroup2"* ]]
  [ "$(printf '%s\n' "$output" | grep -c ' cgroup')" -eq 1 ]
  run hull run --rm busybox sh -c 'grep "^0::" /proc/self/cgroup'
  [ "$output" = "0::/" ]
  hull rm -f "$id" >/dev/null
  for _ in $(seq 50); do [ ! -e "$unified/hull/$id" ] && break; sleep 0.1; done
  [ ! -e "$unified/hull/$id" ]
}

@test "cgroup v2 path: a limit the hierarchy cannot enforce is refused, and its cgroup removed" {
  unified=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
  [ -n "$unified" ] || skip "no cgroup2 mount"
  grep -qw pids "$unified/cgroup.controllers" && skip "cgroup2 here offers pids"
  export HULL_CGROUP_MODE=unified
  run hull run --name lim --pids-limit 10 busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *pids* ]]
  id=$(hull inspect --format '{{.Id}}' lim)
  [ ! -e "$unified/hull/$id" ]
  hull rm lim >/dev/null
  run hull run --rm --pids-limit 10 busybox true
  assert_status 125
  [ -z "$(hull ps -aq)" ]
}
