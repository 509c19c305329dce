#!/usr/bin/env bats
# Security defaults and resource limits, checked inside real containers.

load helpers

setup() { setup_with_image; }
teardown() { teardown_store; }

cap_eff() { hull run --rm "$@" busybox sh -c 'grep CapEff /proc/self/status | cut -f2'; }

@test "the default container has Podman's 11 capabilities and a seccomp filter" {
  run cap_eff
  [ "$output" = "00000000800405fb" ]
  run hull run --rm busybox sh -c 'grep -E "^(Seccomp|CapBnd|CapInh):" /proc/self/status | tr -s "\t" " "'
  [[ "$output" == *"Seccomp: 2"* ]]
  [[ "$output" == *"CapBnd: 00000000800405fb"* ]]
  [[ "$output" == *"CapInh: 0000000000000000"* ]]
}

@test "--cap-drop ALL leaves none; --cap-add adds one; a user has none" {
  run cap_eff --cap-drop ALL
  [ "$output" = "0000000000000000" ]
  run cap_eff --cap-drop ALL --cap-add NET_BIND_SERVICE
  [ "$output" = "0000000000000400" ]
  run cap_eff -u app
  [ "$output" = "0000000000000000" ]
  run hull run --rm --cap-add BOGUS busybox true
  assert_status 125
  assert_one_error_line
  [ -z "$(hull ps -aq)" ]
}

@test "the default container cannot mount, change the clock, load modules or use keyctl" {
  run hull run --rm busybox sh -c 'mkdir -p /m; mount -t tmpfs t /m'
  [ "$status" -ne 0 ]
  run hull run --rm busybox sh -c 'date -s 2001-01-01 2>&1'
  [[ "$output" == *"not permitted"* ]]
  run hull run --rm busybox sh -c 'insmod /nonexistent.ko 2>&1; echo $?'
  [ "${lines[-1]}" != "0" ]
  # keyctl and ptrace are refused by the seccomp profile (EPERM), not just by capabilities.
  run hull run --rm --privileged busybox sh -c 'grep Seccomp: /proc/self/status'
  [[ "$output" == *"0"* ]]
}

@test "the container cannot see host processes or write /proc/sys" {
  # PID 1 (sh), ps and wc: nothing of the host.
  run hull run --rm busybox sh -c 'ps -o pid= | wc -l'
  [ "$output" -le 3 ]
  run hull run --rm busybox sh -c 'echo 1 > /proc/sys/vm/drop_caches'
  [ "$status" -ne 0 ]
  run hull run --rm busybox sh -c 'cat /proc/keys | wc -c'
  [ "$output" = "0" ]
}

@test "seccomp=unconfined, a custom profile, and an unreadable one" {
  run hull run --rm --security-opt seccomp=unconfined busybox grep Seccomp: /proc/self/status
  [[ "$output" == *"0"* ]]
  cat >"$STORE/deny-mkdir.json" <<'JSON'
{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["mkdir", "mkdirat"], "action": "SCMP_ACT_ERRNO"}]}
JSON
  run hull run --rm --security-opt seccomp="$STORE/deny-mkdir.json" busybox mkdir /x
  [ "$status" -ne 0 ]
  [[ "$output" == *"not permitted"* ]]
  run hull run --rm --security-opt seccomp="$STORE/missing.json" busybox true
  assert_status 125
  assert_one_error_line
  [ -z "$(hull ps -aq)" ]
}

@test "no-new-privileges sets NoNewPrivs" {
  run hull run --rm --security-opt no-new-privileges busybox grep NoNewPrivs /proc/self/status
  [[ "$output" == *"1"* ]]
  run hull run --rm busybox grep NoNewPrivs /proc/self/status
  [[ "$output" == *"0"* ]]
}

@test "--privileged lifts masks and gives hull's capabilities" {
  run hull run --rm --privileged busybox sh -c 'mkdir -p /m && mount -t tmpfs t /m && echo mounted'
  assert_status 0
  [ "$output" = "mounted" ]
}

@test "exec gets the container's capabilities and seccomp filter" {
  hull run -d --name ex --cap-drop ALL busybox sleep 30 >/dev/null
  sleep 0.3
  run hull exec ex sh -c 'grep -E "CapEff|Seccomp:" /proc/self/status | tr -s "\t" " "'
  [[ "$output" == *"CapEff: 0000000000000000"* ]]
  [[ "$output" == *"Seccomp: 2"* ]]
}

@test "a memory limit OOM-kills the container: exit 137, OOMKilled true" {
  run hull run --name oom -m 16m --memory-swap 16m busybox sh -c 'x=$(head -c 64m /dev/zero | tr "\0" a); echo ${#x}'
  assert_status 137
  run hull inspect --format '{{.State.OOMKilled}} {{.State.ExitCode}}' oom
  [ "$output" = "true 137" ]
}

@test "a pids limit makes fork fail past it" {
  run hull run --rm --pids-limit 5 busybox sh -c 'for i in 1 2 3 4 5 6 7 8; do sleep 2 & done 2>&1; wait'
  [[ "$output" == *"can't fork"* ]]
}

@test "limits land in the container's cgroup files" {
  id=$(hull run -d --cpus 0.5 --cpu-shares 512 --cpuset-cpus 0 --pids-limit 20 -m 64m busybox sleep 30)
  sleep 0.3
  cg=$(awk '$2=="cgroup" && $0 ~ /cpu[, ]|cpu$/ {print $5}' /proc/self/mountinfo | head -1)
  if [ -f "/sys/fs/cgroup/cpu/hull/$id/cpu.cfs_quota_us" ]; then
    [ "$(cat /sys/fs/cgroup/cpu/hull/$id/cpu.cfs_quota_us)" = "50000" ]
    [ "$(cat /sys/fs/cgroup/cpu/hull/$id/cpu.cfs_period_us)" = "100000" ]
    [ "$(cat /sys/fs/cgroup/cpu/hull/$id/cpu.shares)" = "512" ]
    [ "$(cat /sys/fs/cgroup/pids/hull/$id/pids.max)" = "20" ]
    [ "$(cat /sys/fs/cgroup/cpuset/hull/$id/cpuset.cpus)" = "0" ]
    [ "$(cat /sys/fs/cgroup/memory/hull/$id/memory.limit_in_bytes)" = "67108864" ]
  else
    [ "$(cat /sys/fs/cgroup/hull/$id/cpu.max)" = "50000 100000" ]
    [ "$(cat /sys/fs/cgroup/hull/$id/pids.max)" = "20" ]
    [ "$(cat /sys/fs/cgroup/hull/$id/memory.max)" = "67108864" ]
  fi
  run hull update --pids-limit 30 "$id"
  assert_status 0
  hull rm -f "$id" >/dev/null
  [ ! -e "/sys/fs/cgroup/pids/hull/$id" ] && [ ! -e "/sys/fs/cgroup/hull/$id" ]
}

# On v1 and hybrid hosts the child writes itself into each v1 hierarchy's
# "tasks" file and is born in its cgroup2 directory (clone3); exec does the
# same. Every hierarchy must still list it under hull/<id>.
@test "the container's process and an exec'd one are in hull/<id> in every hierarchy" {
  id=$(hull run -d busybox sleep 60)
  for _ in $(seq 50); do [ "$(hull inspect --format '{{.State.Status}}' "$id")" = running ] && break; sleep 0.1; done
  pid=$(hull inspect --format '{{.State.Pid}}' "$id")
  [ "$(grep -c . "/proc/$pid/cgroup")" -gt 0 ]
  run grep -v ":/hull/$id\$" "/proc/$pid/cgroup"
  [ -z "$output" ]
  hull exec -d "$id" sleep 4243
  ns=$(readlink "/proc/$pid/ns/pid")
  n=0
  for _ in $(seq 50); do
    for c in /proc/[0-9]*/cmdline; do
      [ "$(tr '\0' ' ' < "$c" 2>/dev/null)" = "sleep 4243 " ] || continue
      p=${c%/cmdline}
      [ "$(readlink "$p/ns/pid")" = "$ns" ] || continue
      run grep -v ":/hull/$id\$" "$p/cgroup"
      [ -z "$output" ]
      n=$((n + 1))
    done
    [ "$n" -gt 0 ] && break
    sleep 0.1
  done
  [ "$n" -eq 1 ]
  hull rm -f "$id" >/dev/null
}

@test "the container's cgroup namespace is rooted at its own cgroup" {
  run hull run --rm busybox sh -c 'cut -d: -f3 /proc/self/cgroup | sort -u'
  [ "$output" = "/" ]
}

@test "bad limits are refused before anything is created, each naming the value and the rule" {
  check() {
    run hull run --rm $1 busybox true
    assert_status 125
    [ "$output" = "Error: $2" ]
  }
  check "--memory bogus" "invalid value for memory: invalid size: 'bogus'"
  check "--memory 1k" "invalid value for memory: '1k': Minimum memory limit allowed is 6MB"
  check "--memory -5m" "invalid value for memory: invalid size: '-5m'"
  check "--memory=-1" "invalid value for memory: invalid size: '-1'"
  check "--memory-swap 1g" "you should always set a memory limit when using a memoryswap limit, see usage"
  check "--memory 64m --memory-swap 32m" "minimum memoryswap limit should be larger than memory limit, see usage"
  cpus=$(nproc)
  check "--cpus $((cpus + 1))" "invalid value for cpus: '$((cpus + 1))': Range of CPUs is from 0.01 to $cpus.00, as there are only $cpus CPUs available"
  check "--cpus 0.001" "CPU cfs quota cannot be less than 1ms (i.e. 1000)"
  check "--ulimit nofile=2:1" 'ulimit option "nofile=2:1" requires name=SOFT:HARD, failed to be parsed: ulimit soft limit must be less than or equal to hard limit: 2 > 1'
  check "--ulimit nofile=x" 'ulimit option "nofile=x" requires name=SOFT:HARD, failed to be parsed: strconv.ParseInt: parsing "x": invalid syntax'
  printf 'A=cut\0here\nB=2\n' >"$STORE/nul.env"
  check "--env-file $STORE/nul.env" "invalid env file $STORE/nul.env: line 1 contains a NUL byte, which an environment variable cannot hold"
  run hull run --rm --cpus abc busybox true
  assert_status 125
  [ "${lines[0]}" = 'Error: invalid argument "abc" for "--cpus" flag: strconv.ParseFloat: parsing "abc": invalid syntax' ]
  [ -z "$(hull ps -aq)" ]
}

@test "--memory 0 and --cpus 0 or negative mean no limit, as in Podman" {
  # cgroup v1 files where the host has them, else v2's.
  limits='if [ -e /sys/fs/cgroup/memory/memory.limit_in_bytes ]; then
      cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/cpu/cpu.cfs_quota_us
    else cat /sys/fs/cgroup/memory.max; cut -d" " -f1 /sys/fs/cgroup/cpu.max; fi'
  run hull run --rm --memory 64m --cpus 1 busybox sh -c "$limits"
  assert_status 0
  [ "${lines[0]}" = 67108864 ]
  [ "${lines[1]}" = 100000 ]
  for args in "--memory 0 --cpus 0" "--memory 0 --cpus -1"; do
    run hull run --rm $args busybox sh -c "$limits"
    assert_status 0
    [[ "${lines[0]}" = max || "${lines[0]}" -gt $((1 << 60)) ]]
    [[ "${lines[1]}" = max || "${lines[1]}" = -1 ]]
  done
  run hull run --rm --memory 6m busybox echo fits
  assert_status 0
  [ "$output" = "fits" ]
}

@test "pause freezes, unpause thaws; stats reports real numbers" {
  hull run -d --name busy busybox sh -c 'while true; do :; done' >/dev/null
  sleep 0.5
  run hull stats --no-stream --format '{{.Name}} {{.PIDs}} {{.CPUPerc}}'
  assert_status 0
  [[ "$output" =~ ^busy\ 1\ [0-9]+\.[0-9]+%$ ]]
  cpu=${output##* }
  [ "${cpu%%.*}" -ge 20 ]
  run hull pause busy
  [ "$output" = "busy" ]
  run hull ps --format '{{.Status}}'
  [ "$output" = "Paused" ]
  run hull stats --no-stream --format '{{.CPUPerc}}'
  [ "$output" = "0.00%" ]
  run hull pause busy
  assert_status 125
  run hull unpause busy
  assert_status 0
  run hull inspect --format '{{.State.Status}}' busy
  [ "$output" = "running" ]
  run hull stats --no-stream
  [[ "${lines[0]}" =~ ^ID\ +NAME\ +CPU\ %\ +MEM\ USAGE\ /\ LIMIT ]]
}

@test "--ulimit sets limits, capped at hull's hard limit with a warning" {
  run hull run --rm --ulimit nofile=1024:2048 busybox sh -c 'ulimit -n; ulimit -Hn'
  [ "$output" = $'1024\n2048' ]
  hard=$(ulimit -Hn)
  run hull run --rm --ulimit "nofile=1024:$((hard + 1000))" busybox sh -c 'ulimit -Hn'
  assert_status 0
  [[ "$output" == *"WARN"*"above hull's hard limit"* ]]
  [ "${lines[-1]}" = "$hard" ]
  run hull run --rm --ulimit bogus=1 busybox true
  assert_status 125
  assert_one_error_line
}

@test "--read-only root with a writable --tmpfs" {
  run hull run --rm --read-only --tmpfs /run:size=1m busybox sh -c 'touch /x 2>&1; touch /run/y && echo run-ok'
  [[ "${lines[0]}" == *"Read-only file system"* ]]
  [ "${lines[1]}" = "run-ok" ]
}

@test "--group-add adds supplementary groups" {
  run hull run --rm -u app --group-add root busybox id -G
  [[ " $output " == *" 0 "* ]]
  run hull run --rm --group-add nosuchgroup busybox true
  assert_status 125
}

@test "hull's own code inside a container (--init PID 1) cannot be reached through /proc/1/exe" {
  run hull run --rm --init busybox sh -c 'cat /proc/1/exe >/dev/null 2>&1 && echo readable || echo denied; readlink /proc/$$/exe'
  [ "${lines[0]}" = "denied" ]
  [ "${lines[1]}" = "/bin/busybox" ]
}
