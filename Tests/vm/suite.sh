#!/bin/sh
# suite.sh STAGE: hull on a pure cgroup v2 host, run inside the VM by init.
# STAGE "ramdisk" (/ is the initramfs) runs the basic cases, rootful and
# rootless; "tmpfs" (an ordinary root after switch_root) runs them all. Prints "ok N STAGE: ..."
# or "not ok N STAGE: ..." per case, with "# " lines saying why a case
# failed.
STAGE=$1
CG=/sys/fs/cgroup
STORE=/tmp/hull-vm-$STAGE
n=0

h() { hull --root "$STORE/root" --runroot "$STORE/run" "$@"; }

# eq WHAT ACTUAL EXPECTED: fails the case, saying what differed.
eq() {
    [ "$2" = "$3" ] && return 0
    echo "$1: got '$2', want '$3'"
    return 1
}

# check DESC FUNCTION: runs FUNCTION in a subshell under set -e.
check() {
    n=$((n + 1))
    out=$( (set -e; "$2") 2>&1 )
    if [ $? -eq 0 ]; then
        echo "ok $n $STAGE: $1"
    else
        echo "not ok $n $STAGE: $1"
        printf '%s\n' "$out" | tail -n 15 | sed 's/^/# /'
    fi
    h rm -fa >/dev/null 2>&1
}

# A detached container that stays up; prints its id.
run_idle() { h run -d --network none "$@" busybox sleep 600; }

# Which root this stage runs on: the cases below prove nothing otherwise.
t_root() {
    case $STAGE in
        ramdisk) eq "the mount at /" "$(awk '$2 == "/" {print $1 " " $3; exit}' /proc/mounts)" "rootfs rootfs" ;;
        tmpfs) eq "the mount at /" "$(awk '$2 == "/" {r = $1 " " $3} END {print r}' /proc/mounts)" "tmpfs tmpfs" ;;
    esac
}

t_run() {
    eq output "$(h run --rm --network none busybox sh -c 'echo hello; cat /proc/self/cgroup')" "hello
0::/"
}

t_memory() {
    id=$(run_idle --memory 32m)
    eq memory.max "$(cat $CG/hull/$id/memory.max)" 33554432
    pid=$(h inspect --format '{{.State.Pid}}' "$id")
    eq "cgroup of pid $pid" "$(cat /proc/$pid/cgroup)" "0::/hull/$id"
    eq "memory.max seen inside" "$(h exec "$id" cat /sys/fs/cgroup/memory.max)" 33554432
}

t_pids() {
    id=$(run_idle --pids-limit 5)
    eq pids.max "$(cat $CG/hull/$id/pids.max)" 5
    out=$(h run --rm --network none --pids-limit 5 busybox sh -c 'for i in 1 2 3 4 5 6 7 8; do sleep 1 & done 2>&1; wait' 2>&1 || true)
    case $out in *"can't fork"*) ;; *) echo "forks past the limit: $out"; return 1 ;; esac
}

t_cpus() {
    id=$(run_idle --cpus 0.5)
    eq cpu.max "$(cat $CG/hull/$id/cpu.max)" "50000 100000"
}

t_oom() {
    rc=0
    # dd's one 64 MiB buffer, filled from /dev/zero: every page touched at
    # once, by the container's first process itself.
    h run --name oom --network none -m 16m --memory-swap 16m busybox dd if=/dev/zero of=/dev/null bs=64M count=1 >/dev/null 2>&1 || rc=$?
    eq "exit code" "$rc" 137
    eq "OOMKilled ExitCode" "$(h inspect --format '{{.State.OOMKilled}} {{.State.ExitCode}}' oom)" "true 137"
}

t_pause() {
    id=$(run_idle)
    h pause "$id" >/dev/null
    eq cgroup.freeze "$(cat $CG/hull/$id/cgroup.freeze)" 1
    grep -q '^frozen 1' $CG/hull/$id/cgroup.events || { echo "cgroup.events: $(cat $CG/hull/$id/cgroup.events)"; return 1; }
    eq status "$(h inspect --format '{{.State.Status}}' "$id")" paused
    h unpause "$id" >/dev/null
    eq "cgroup.freeze after unpause" "$(cat $CG/hull/$id/cgroup.freeze)" 0
    eq status "$(h inspect --format '{{.State.Status}}' "$id")" running
}

t_update() {
    id=$(run_idle --memory 32m --pids-limit 5 --cpus 0.5)
    h update --memory 64m --pids-limit 20 --cpus 1 "$id" >/dev/null
    eq memory.max "$(cat $CG/hull/$id/memory.max)" 67108864
    eq pids.max "$(cat $CG/hull/$id/pids.max)" 20
    eq cpu.max "$(cat $CG/hull/$id/cpu.max)" "100000 100000"
}

t_stats() {
    id=$(run_idle --memory 32m)
    eq "stats PIDs MemLimit" "$(h stats --no-stream --format '{{.PIDs}} {{.MemLimit}}' "$id")" "1 33554432"
}

# The exec'd process is in the container's cgroup, seen from the host and
# as the root of the container's cgroup namespace.
t_exec_cgroup() {
    id=$(run_idle)
    eq "exec's /proc/self/cgroup" "$(h exec "$id" cat /proc/self/cgroup)" "0::/"
    h exec -d "$id" sleep 577 >/dev/null
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        for p in $(cat $CG/hull/$id/cgroup.procs); do
            [ "$(tr '\0' ' ' </proc/$p/cmdline 2>/dev/null)" = "sleep 577 " ] && return 0
        done
        sleep 0.2
    done
    echo "no 'sleep 577' in $CG/hull/$id/cgroup.procs: $(cat $CG/hull/$id/cgroup.procs)"
    return 1
}

# hull has no --cgroupns flag: a private cgroup namespace is its only mode.
t_cgroupns() {
    out=$(h run --rm --network none busybox sh -c 'cat /proc/self/cgroup; ls /sys/fs/cgroup/memory.max')
    eq "/proc/self/cgroup and the cgroup mount" "$out" "0::/
/sys/fs/cgroup/memory.max"
}

t_cleanup() {
    id=$(run_idle --memory 32m)
    h run --rm --network none --pids-limit 9 busybox true
    h rm -f "$id" >/dev/null
    [ -d $CG/hull ] || { echo "the parent $CG/hull is gone"; return 1; }
    eq "cgroups left under $CG/hull" "$(find $CG/hull -mindepth 1 -type d)" ""
}

# Born in its cgroup: a migration (cgroup_attach_task) into hull/<id> would
# mean the process was cloned elsewhere and moved.
t_clone_into_cgroup() {
    T=/sys/kernel/tracing
    echo 1 >$T/events/cgroup/cgroup_attach_task/enable
    : >$T/trace
    id=$(run_idle)
    h exec "$id" true
    # The tracer sees migrations: one made on purpose.
    mkdir $CG/vm-probe
    sh -c "echo \$\$ >$CG/vm-probe/cgroup.procs"
    rmdir $CG/vm-probe
    echo 0 >$T/events/cgroup/cgroup_attach_task/enable
    grep -q 'dst_path=/vm-probe' $T/trace || { echo "the tracer missed a migration"; grep attach $T/trace; return 1; }
    if grep "dst_path=/hull/$id" $T/trace; then echo "moved into its cgroup, not born there"; return 1; fi
}

# busybox's wget crashes on its own -T (Debian 1.35); timeout bounds it.
http_get() { timeout 3 wget -q -O - "http://$1/" 2>&1; }

t_bridge_port() {
    h run -d --name web -p 8080:80 busybox sh -c 'mkdir -p /www && echo hello-web >/www/index.html && exec httpd -f -p 80 -h /www' >/dev/null
    for _ in $(seq 1 50); do
        out=$(http_get 127.0.0.1:8080) && break
        sleep 0.1
    done
    eq "GET 127.0.0.1:8080" "$out" hello-web
    ip=$(h inspect --format '{{.NetworkSettings.IPAddress}}' web)
    eq "GET container:80" "$(http_get "$ip")" hello-web
}

# As systemd delegates user@1000.service: a cgroup owned by the user, with
# controllers enabled for its children, the user's shell in a leaf of it.
t_rootless() {
    D=$CG/user-1000
    mkdir -p $D
    chown 1000:1000 $D $D/cgroup.procs $D/cgroup.subtree_control $D/cgroup.threads
    echo "+cpu +memory +pids" >$D/cgroup.subtree_control
    su tester -s /bin/sh -c "mkdir -p $D/leaf"
    sh -c "echo \$\$ >$D/leaf/cgroup.procs; exec su tester -s /bin/sh -c '
        set -e
        cd
        hull import /fixture/busybox.tar localhost/busybox:latest >/dev/null
        id=\$(hull run -d --network none --memory 32m --pids-limit 7 busybox sleep 600 2>&1) || { echo \"run: \$id\"; exit 1; }
        echo \"id \$id\"
        hull exec \$id cat /proc/self/uid_map
        cat $D/hull/\$id/memory.max $D/hull/\$id/pids.max
        hull rm -f \$id >/dev/null
        hull run --rm --network none busybox true
        echo left \$(find $D/hull -mindepth 1 -type d)
    '" >/tmp/rootless.out 2>&1 || true
    cat /tmp/rootless.out
    id=$(sed -n 's/^id //p' /tmp/rootless.out)
    [ -n "$id" ]
    # The user's subordinate range, mapped by newuidmap from /etc/subuid.
    grep -qE '^ +1 +100000 +65536$' /tmp/rootless.out
    grep -qx 33554432 /tmp/rootless.out
    grep -qx 7 /tmp/rootless.out
    grep -qx "left" /tmp/rootless.out
}

h import /fixture/busybox.tar localhost/busybox:latest >/dev/null

check "the root is $STAGE" t_root
check "run: overlay root, own cgroup namespace" t_run
check "--memory 32m: memory.max 33554432, born in hull/<id>" t_memory
check "exec joins the container's cgroup" t_exec_cgroup
check "rootless in a delegated user subtree" t_rootless
if [ "$STAGE" = tmpfs ]; then
    check "--pids-limit: pids.max, fork fails past it" t_pids
    check "--cpus 0.5: cpu.max 50000 100000" t_cpus
    check "OOM: exit 137, OOMKilled true" t_oom
    check "pause/unpause: cgroup.freeze" t_pause
    check "update: memory.max, pids.max, cpu.max" t_update
    check "stats --no-stream: pids and memory limit" t_stats
    check "cgroup namespace: 0::/ inside" t_cgroupns
    check "rm leaves only the parent cgroup" t_cleanup
    check "CLONE_INTO_CGROUP: no migration into hull/<id>" t_clone_into_cgroup
    check "bridge network: published port reachable" t_bridge_port
fi
