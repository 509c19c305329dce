# scripts/podman-sandbox.bash — sourced, not run.
#
# What it takes to run Debian's rootful podman 4.3 (and hull beside it) on
# these hosts without touching the host's podman or hull state, shared by
# bench/run.sh and Tests/differential/run.sh.
#
# The caller re-execs itself in a private mount namespace first
# (`unshare --mount --propagation private`), sets T to its own temp dir, and
# then calls, in this order:
#   sandbox_fix_hybrid_cgroups      (sets SANDBOX_CGROUP_NOTE when it acted)
#   sandbox_shadow_host_paths
#   ... podman with "${SANDBOX_PODMAN_FLAGS[@]}" from sandbox_podman_flags ...
#   sandbox_wait_for_our_processes  (at exit)
#   sandbox_remove_created_host_paths
#
# Why each piece exists:
#   * podman still insists on a few host paths even with --root/--runroot
#     (blob-info cache in /var/lib/containers/cache, /run/containers, its
#     shm lock in /dev/shm, /run/crun, /run/libpod, cgroup "libpod_parent"
#     dirs); each is redirected by flag, shadowed in the namespace, or
#     removed at exit if this run created it.

# crun 1.8 refuses to start containers on a "hybrid" host (v1 controllers
# on /sys/fs/cgroup/* plus a cgroup2 /sys/fs/cgroup/unified that still
# holds a controller, here hugetlb): "cgroups in hybrid mode not
# supported, drop all controllers from cgroupv2". --cgroups=disabled
# doesn't help. Unmounting the unified hierarchy in our namespace only
# makes crun see a plain cgroup v1 host.
SANDBOX_CGROUP_NOTE=
sandbox_fix_hybrid_cgroups() {
    local u=/sys/fs/cgroup/unified
    [[ $(stat -fc %T /sys/fs/cgroup 2>/dev/null) == tmpfs ]] || return 0
    mountpoint -q "$u" || return 0
    local ctrls
    ctrls=$(tr '\n' ' ' <"$u/cgroup.controllers" 2>/dev/null || true)
    [[ -n ${ctrls// /} ]] || return 0
    # -n: don't record in /run/mount/utab (would create /run/mount on host).
    umount -n "$u"
    SANDBOX_CGROUP_NOTE="Hybrid cgroups host (cgroup2 at $u still holds: ${ctrls% }); it was unmounted inside the private mount namespace so crun runs in cgroup v1 mode."
}

# Paths podman/hull might write to even with private --root/--runroot.
# Existing ones are shadowed by an empty temp dir (so the default store
# cannot be touched); missing ones are remembered and removed at exit if
# this run created them.
SANDBOX_SHADOWED=(/var/lib/containers /var/lib/hull /run/containers /run/crun /run/libpod)
SANDBOX_CREATED_CHECK=()
sandbox_shadow_host_paths() {
    local p i=0
    # podman's SHM lock segment (/dev/shm/libpod_lock) is shared by every
    # rootful podman on the host; give ours a private /dev/shm.
    # -n everywhere: libmount would otherwise create /run/mount/utab on the
    # host (/run is not namespaced).
    mount -n -t tmpfs -o mode=1777,size=64m tmpfs /dev/shm
    for p in "${SANDBOX_SHADOWED[@]}"; do
        if [[ -d $p ]]; then
            mkdir -p "$T/shadow/$i"
            mount -n --bind "$T/shadow/$i" "$p"
        else
            SANDBOX_CREATED_CHECK+=("$p")
        fi
        i=$((i + 1))
    done
    # cgroupfs is not namespaced by a mount ns; podman (cgroupfs manager)
    # leaves empty libpod_parent/{conmon,libpod-<id>} cgroups behind. A
    # libpod_parent that is not ours (another podman on the host) may still
    # get our libpod-<id> children: remember what it held.
    local d
    for d in /sys/fs/cgroup/*/; do
        p=${d}libpod_parent
        [[ -e $p ]] || SANDBOX_CREATED_CHECK+=("$p")
    done
    SANDBOX_LIBPOD_BEFORE=$(sandbox_libpod_cgroups)
    return 0
}

sandbox_libpod_cgroups() {
    find /sys/fs/cgroup/*/libpod_parent -mindepth 1 -type d 2>/dev/null | LC_ALL=C sort
}

sandbox_remove_created_host_paths() {
    local p
    # New cgroups in a libpod_parent that was there before, deepest first;
    # rmdir only removes empty cgroups, busy ones stay.
    if [[ -n ${SANDBOX_LIBPOD_BEFORE+x} ]]; then
        LC_ALL=C comm -13 <(printf '%s\n' "$SANDBOX_LIBPOD_BEFORE") <(sandbox_libpod_cgroups) | sort -r |
            while read -r p; do rmdir "$p" 2>/dev/null; done
    fi
    for p in "${SANDBOX_CREATED_CHECK[@]}"; do
        [[ -e $p ]] || continue
        case $p in
        /sys/fs/cgroup/*)
            # rmdir only removes empty cgroups; busy ones stay.
            find "$p" -depth -type d -exec rmdir {} \; 2>/dev/null ;;
        /var/lib/containers)
            rm -f "$p/cache/blob-info-cache-v1.boltdb"
            rmdir "$p/cache" "$p" 2>/dev/null ;;
        /var/lib/hull)
            echo "podman-sandbox: WARNING: $p was created during the run (hull ignored --root?); left in place" >&2 ;;
        *)
            # Only empty dirs: anything else isn't provably ours.
            find "$p" -depth -type d -empty -delete 2>/dev/null ;;
        esac
    done
    return 0
}

# podman's global flags for a store under DIR: every path podman would
# otherwise put under /run or /var/lib. RUNDIR holds the run-time state
# (a tmpfs in bench). --cgroup-manager/--events-backend: no systemd or
# journald here (podman's auto-detected defaults, pinned so results do not
# depend on detection).
sandbox_podman_flags() {
    local dir=$1 rundir=$2
    SANDBOX_PODMAN_FLAGS=(--root "$dir/podman-root" --runroot "$rundir/podman"
        --storage-driver overlay --tmpdir "$dir/podman-tmp"
        --network-config-dir "$dir/podman-net" --volumepath "$dir/podman-vol"
        --cgroup-manager cgroupfs --events-backend file
        --runtime-flag "root=$rundir/crun")
}

# Rootful podman 4.3 asks for RLIMIT_NOFILE/NPROC = 1048576 in the
# container; without CAP_SYS_RESOURCE (these VMs drop it, and the nofile
# hard limit is 20000) crun fails with "setrlimit RLIMIT_NOFILE: Operation
# not permitted". Podman itself lowers its own NPROC hard limit to 32768
# here, so "host" values do not work either: small fixed values do.
SANDBOX_ULIMITS=(nofile=1024:1024 nproc=4096:4096)

# PIDs of leftover processes that are provably from this run: their command
# line names our unique temp dir (podman, conmon, crun, hull), or they sit
# in a libpod_parent cgroup that this run created (container payloads).
sandbox_our_pids() {
    pgrep -f -- "$T/" || true
    local p
    for p in "${SANDBOX_CREATED_CHECK[@]}"; do
        [[ $p == /sys/fs/cgroup/pids/libpod_parent ]] || continue
        find "$p" -name cgroup.procs -exec cat {} + 2>/dev/null || true
    done
}

# Waits for what podman leaves running after its own commands returned:
# conmon's asynchronous "podman container cleanup". Requires 0.5 s of quiet
# (conmon may spawn its exit command just after a poll found nothing, and
# that would recreate dirs under $T after we removed them); after 2 s of
# waiting the stragglers get SIGTERM, after 4 s SIGKILL, by PID. ~10 s cap.
sandbox_wait_for_our_processes() {
    local i quiet=0
    local -a pids
    for i in $(seq 100); do
        mapfile -t pids < <(sandbox_our_pids | sort -u)
        if ((${#pids[@]} == 0)); then
            quiet=$((quiet + 1))
            ((quiet < 5)) || break
        else
            quiet=0
            if ((i >= 40)); then
                kill -KILL "${pids[@]}" 2>/dev/null
            elif ((i >= 20)); then
                kill -TERM "${pids[@]}" 2>/dev/null
            fi
        fi
        sleep 0.1
    done
    return 0
}

# Unmounts everything under DIR, deepest first (all of it is ours).
sandbox_unmount_under() {
    findmnt -rn -o TARGET | awk -v t="$1/" 'index($0, t) == 1' | sort -r |
        while read -r m; do umount -n -l "$m"; done
}
