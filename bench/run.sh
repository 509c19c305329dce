#!/usr/bin/env bash
# bench/run.sh [HULL_BINARY]
#
# One hyperfine run comparing hull with podman and the kernel floor
# (unshare + chroot), written up as BENCHMARKS.md at the repo root.
#
#   HULL_BINARY   default: .build/release/hull (relative to the repo root)
#
# Environment knobs (all optional):
#   BENCH_OUT     report path            (default: <repo>/BENCHMARKS.md)
#   BENCH_WARMUP  hyperfine --warmup     (default: 5)
#   BENCH_RUNS    hyperfine --runs       (default: 30)
#
# The raw hyperfine JSON is also kept at bench/out/hyperfine.json (ignored
# by git) for anyone who wants more than the median/min/max in the report.
#
# Isolation (why the script is more than a hyperfine one-liner):
#   * Both engines use private stores in a temp dir; the default podman
#     store (/var/lib/containers) and /var/lib/hull are never used: the
#     whole run happens in a private mount namespace in which those paths,
#     if they exist, are shadowed by empty temp dirs.
#   * podman still insists on a few host paths even with --root/--runroot
#     (blob-info cache in /var/lib/containers/cache, /run/containers, its
#     shm lock in /dev/shm, /run/crun, /run/libpod, cgroup
#     "libpod_parent" dirs); each is redirected by flag, shadowed in the
#     namespace, or removed at exit if this run created it.
#   * To add a benchmark: append "name|command" to one of the ROWS_* arrays
#     (or a new array listed in ROW_GROUPS); ratios/targets go in RATIOS /
#     TARGETS. Nothing else needs to change.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
SELF=$REPO/bench/run.sh

HULL=${1:-$REPO/.build/release/hull}
# Resolve relative paths against the repo root (the documented default is
# relative to it), but accept a path relative to $PWD too.
if [[ $HULL != /* ]]; then
    if [[ -e $PWD/$HULL ]]; then HULL=$PWD/$HULL; else HULL=$REPO/$HULL; fi
fi
OUT=${BENCH_OUT:-$REPO/BENCHMARKS.md}
WARMUP=${BENCH_WARMUP:-5}
RUNS=${BENCH_RUNS:-30}
# Pull rows take seconds each: fewer runs, in a second hyperfine run.
SLOW_RUNS=${BENCH_SLOW_RUNS:-5}

die() { echo "bench/run.sh: $*" >&2; exit 1; }

# --------------------------------------------------------------- tools --
ensure_tools() {
    local -a missing=()
    command -v hyperfine >/dev/null || missing+=(hyperfine)
    command -v podman >/dev/null || missing+=(podman)
    command -v skopeo >/dev/null || missing+=(skopeo)
    command -v docker-registry >/dev/null || missing+=(docker-registry)
    [[ -x /bin/busybox ]] || missing+=(busybox-static)
    if ((${#missing[@]})); then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    local c
    for c in hyperfine podman unshare chroot python3 findmnt; do
        command -v "$c" >/dev/null || die "missing command: $c"
    done
}

# ----------------------------------------------------- mount namespace --
# Re-exec inside a private mount namespace: podman's overlay mounts, the
# shadow mounts below and the cgroup tweak stay invisible to the host and
# disappear with the namespace even if cleanup is interrupted.
enter_private_namespace() {
    [[ ${HULL_BENCH_IN_NS:-} == 1 ]] && return 0
    exec unshare --mount --propagation private -- \
        env HULL_BENCH_IN_NS=1 bash "$SELF" "$HULL"
}

NOTES=()   # free-form lines for the report's "Environment notes"

# The hybrid-cgroups fix, the shadowed host paths and podman's flags and
# ulimits: shared with the differential tests.
# shellcheck source=../scripts/podman-sandbox.bash
source "$REPO/scripts/podman-sandbox.bash"

fix_hybrid_cgroups() {
    sandbox_fix_hybrid_cgroups
    [[ -z $SANDBOX_CGROUP_NOTE ]] || NOTES+=("$SANDBOX_CGROUP_NOTE All rows see the same v1-only view.")
}

# ------------------------------------------------------------- cleanup --
T=
PODMAN_G=()

cleanup() {
    local rc=$?
    set +e
    trap - INT TERM
    if [[ -n $T && -d $T ]]; then
        # Normal exit: nothing is left but conmon's asynchronous "podman
        # container cleanup", which we just wait for. After an interrupt,
        # a podman run may have died mid-create leaving conmon + a stuck
        # "crun create" (seen here: it ignored SIGTERM); ask podman to
        # remove what it knows, then signal the rest by PID.
        if [[ -d $T/hull-root ]]; then
            timeout 30 "$HULL" --root "$T/hull-root" --runroot "$T/run/hull" rm -f -a >/dev/null 2>&1
        fi
        if [[ -n ${REGISTRY_PID:-} ]]; then
            kill "$REGISTRY_PID" 2>/dev/null
            wait "$REGISTRY_PID" 2>/dev/null
        fi
        if ((${#PODMAN_G[@]})) && [[ -d $T/podman-root ]]; then
            timeout 30 "${PODMAN_G[@]}" rm --all --force --time 0 >/dev/null 2>&1
        fi
        sandbox_wait_for_our_processes
        # Deepest mounts first; everything under $T is ours.
        sandbox_unmount_under "$T"
        rm -rf "$T"
    fi
    # The bridges of the bridge rows (the namespace is private for mounts
    # only): hull's own bench bridge always, podman's if this run made it.
    ip link del hullbench0 2>/dev/null
    nft delete table ip hull_hullbench0 2>/dev/null
    if [[ ${PODMAN0_EXISTED:-1} == 0 ]]; then ip link del podman0 2>/dev/null; fi
    [[ ${NETAVARK_EXISTED:-1} == 0 ]] && remove_netavark_rules
    # iptables-nft made these tables for netavark; gone again if now empty.
    local tbl
    for tbl in nat filter; do
        if [[ " ${IPTABLES_BEFORE-nat filter} " != *" $tbl "* ]] && ! iptables -t "$tbl" -S 2>/dev/null | grep -qv '^-P '; then
            nft delete table ip "$tbl" 2>/dev/null
        fi
    done
    remove_rootless_user
    sandbox_remove_created_host_paths
    exit "$rc"
}

# ------------------------------------------------------------ rootless --
# A throw-away user with subordinate id ranges runs both engines rootless
# (native overlay, no network) for the rootless rows; removed in cleanup.
RL_USER=""
setup_rootless_user() {
    RL_USER=hullbench$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')
    useradd -m -U -s /bin/sh "$RL_USER"
    RL_HOME=/home/$RL_USER
    touch /etc/subuid /etc/subgid
    sed -i "/^$RL_USER:/d" /etc/subuid /etc/subgid
    echo "$RL_USER:600000:65536" >>/etc/subuid
    echo "$RL_USER:600000:65536" >>/etc/subgid
    install -d -o "$RL_USER" -g "$RL_USER" -m 700 "$RL_HOME/run"
    # XDG_RUNTIME_DIR: a tmpfs of the user's own, as logind makes it.
    mount -n -t tmpfs -o "mode=700,uid=$(id -u "$RL_USER"),gid=$(id -g "$RL_USER"),size=64m" tmpfs "$RL_HOME/run"
    # A command as that user, with a clean environment. setpriv execs
    # directly (no PAM session as with runuser). The rootless rows' own
    # hyperfine runs under it, so neither engine's time includes it.
    RL_PREFIX=(setpriv --reuid="$RL_USER" --regid="$RL_USER" --init-groups
        env -i --chdir="$RL_HOME" PATH=/usr/bin:/bin HOME="$RL_HOME" XDG_RUNTIME_DIR="$RL_HOME/run"
        XDG_DATA_HOME="$RL_HOME/data")
}

remove_rootless_user() {
    [[ -n $RL_USER ]] || return 0
    local -a pids
    mapfile -t pids < <(ps -u "$RL_USER" -o pid= 2>/dev/null)
    ((${#pids[@]} == 0)) || kill -KILL "${pids[@]}" 2>/dev/null
    sleep 0.2
    umount -n -l "$RL_HOME/run" 2>/dev/null
    sed -i "/^$RL_USER:/d" /etc/subuid /etc/subgid
    userdel -r "$RL_USER" 2>/dev/null
    RL_USER=""
}

# ------------------------------------------------------------ registry --
# Debian's docker-registry on 127.0.0.1 and a free port, storage under $T.
start_bench_registry() {
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    cat >"$T/registry.yml" <<YML
version: 0.1
log: {level: error, accesslog: {disabled: true}}
storage: {filesystem: {rootdirectory: $T/registry}}
http: {addr: 127.0.0.1:$port}
YML
    docker-registry serve "$T/registry.yml" >"$T/registry.log" 2>&1 &
    REGISTRY_PID=$!
    REGISTRY=127.0.0.1:$port
    local i
    for i in $(seq 100); do
        python3 -c "import urllib.request; urllib.request.urlopen('http://$REGISTRY/v2/')" 2>/dev/null && return 0
        sleep 0.05
    done
    die "docker-registry did not start: $(cat "$T/registry.log")"
}

# netavark (podman's bridge row) leaves its iptables chains behind when its
# last container goes; remove them when this run was what made them.
remove_netavark_rules() {
    local table chain rule
    for table in filter nat; do
        iptables -t "$table" -S 2>/dev/null | grep -E '^-A [A-Z]+ .*-j NETAVARK' | grep -vE '^-A NETAVARK' |
            while read -r rule; do eval "iptables -t $table -D ${rule#-A }" 2>/dev/null; done
        for chain in $(iptables -t "$table" -S 2>/dev/null | sed -n 's/^-N \(NETAVARK[^ ]*\)$/\1/p'); do
            iptables -t "$table" -F "$chain" 2>/dev/null
        done
        for chain in $(iptables -t "$table" -S 2>/dev/null | sed -n 's/^-N \(NETAVARK[^ ]*\)$/\1/p'); do
            iptables -t "$table" -X "$chain" 2>/dev/null
        done
    done
}

# ----------------------------------------------------------------- main --
# Quote a command for hyperfine -N, which splits with POSIX shell-words.
q() { local s; s=$(printf '%q ' "$@"); printf '%s' "${s% }"; }

main() {
    [[ $EUID -eq 0 ]] || die "must run as root (rootful podman, unshare)"
    ensure_tools
    enter_private_namespace
    [[ -x $HULL ]] || die "hull binary not found: $HULL (build it, or pass a path)"

    T=$(mktemp -d /tmp/hull-bench.XXXXXX)
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    # podman import stages blobs in $TMPDIR (default /var/tmp).
    mkdir -p "$T/tmp"
    export TMPDIR=$T/tmp

    fix_hybrid_cgroups
    sandbox_shadow_host_paths
    # Run-time state on a tmpfs, as /run (rootful) and /run/user/UID
    # (rootless, from logind) are on real machines; $T is on /tmp's disk.
    mkdir -p "$T/run"
    mount -n -t tmpfs -o mode=755,size=256m tmpfs "$T/run"
    NOTES+=("Run-time state (--runroot of hull, podman and crun; the rootless user's XDG_RUNTIME_DIR) is on a tmpfs, as /run and /run/user/UID are on real hosts; stores are on disk.")

    "$REPO/Tests/fixtures/busybox-rootfs.sh" "$T/fixture"
    local rootfs=$T/fixture/rootfs tarball=$T/fixture/busybox.tar

    local -a hull_g=("$HULL" --root "$T/hull-root" --runroot "$T/run/hull")
    # hull's default network on a bridge of the benchmark's own, never the
    # host's hull0; removed in cleanup.
    export HULL_CONF=$T/hull.conf
    printf '[network]\ndefault_bridge = "hullbench0"\n' >"$HULL_CONF"
    ip link show podman0 >/dev/null 2>&1 && PODMAN0_EXISTED=1 || PODMAN0_EXISTED=0
    iptables -S 2>/dev/null | grep -q NETAVARK && NETAVARK_EXISTED=1 || NETAVARK_EXISTED=0
    IPTABLES_BEFORE=$(nft list tables 2>/dev/null | sed -n 's/^table ip \(nat\|filter\)$/\1/p' | tr '\n' ' ')
    # Every path podman would otherwise put under /run or /var/lib, and
    # the ulimits crun can set here (scripts/podman-sandbox.bash).
    sandbox_podman_flags "$T" "$T/run"
    PODMAN_G=(podman "${SANDBOX_PODMAN_FLAGS[@]}")
    local -a podman_run=(--rm --network=none
        --ulimit "${SANDBOX_ULIMITS[0]}" --ulimit "${SANDBOX_ULIMITS[1]}")
    NOTES+=("podman global flags: $(q "${PODMAN_G[@]:1}" | sed "s|$T|\$T|g")")
    NOTES+=("podman run flags: $(q "${podman_run[@]}")")

    "${hull_g[@]}" import "$tarball" localhost/busybox >/dev/null ||
        die "hull import failed: $(q "${hull_g[@]}" import "$tarball" localhost/busybox)"
    "${PODMAN_G[@]}" import --quiet "$tarball" localhost/busybox >/dev/null ||
        die "podman import failed"

    # A long-running container per engine for exec, and 50 stopped ones
    # for ps (podman's own bookkeeping is what ps pays for).
    "${hull_g[@]}" run -d --name bx --network none localhost/busybox sleep 100000 >/dev/null || die "hull run -d failed"
    "${PODMAN_G[@]}" run -d --name bx --network=none --ulimit nofile=1024:1024 --ulimit nproc=4096:4096 \
        localhost/busybox sleep 100000 >/dev/null || die "podman run -d failed"
    local i
    for i in $(seq 49); do
        "${hull_g[@]}" create --network none localhost/busybox true >/dev/null
        "${PODMAN_G[@]}" create --network=none localhost/busybox true >/dev/null
    done
    local ctr_pid
    ctr_pid=$("${hull_g[@]}" inspect --format '{{.State.Pid}}' bx)
    # Resident memory of one container's monitor: hull's re-executed
    # monitor against podman's conmon (both idle, container running).
    local monitor_pid conmon_pid hull_rss conmon_rss
    monitor_pid=$(awk '/^PPid:/ {print $2}' "/proc/$ctr_pid/status")
    conmon_pid=$("${PODMAN_G[@]}" inspect --format '{{.State.ConmonPid}}' bx)
    hull_rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$monitor_pid/status")
    conmon_rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$conmon_pid/status")
    local hull_anon conmon_anon
    hull_anon=$(awk '/^RssAnon:/ {print $2}' "/proc/$monitor_pid/status")
    conmon_anon=$(awk '/^RssAnon:/ {print $2}' "/proc/$conmon_pid/status")
    # VmRSS counts the binary's page-cache pages too, which every hull
    # process shares; RssAnon is what one more monitor really costs.
    NOTES+=("Monitor resident memory, one running container: hull monitor VmRSS ${hull_rss} kB (private RssAnon ${hull_anon} kB), conmon VmRSS ${conmon_rss} kB (RssAnon ${conmon_anon} kB). Target: hull <= 4096 kB.")
    MONITOR_RSS_KB=$hull_rss

    # Row names are what the report and RATIOS/TARGETS refer to.
    # Both engines without a network here; the bridge rows follow.
    local n_hull_run="hull run --rm --network none busybox true"
    local n_podman_run="podman run --rm --network=none busybox true"
    local n_floor="floor: unshare -muinpf chroot true"
    local n_hull_ver="hull --version"
    local n_podman_ver="podman --version"

    # "name|command" per row, grouped; add rows/groups here. (Read through
    # a nameref from ROW_GROUPS, which shellcheck can't see.)
    # shellcheck disable=SC2034
    ROWS_RUN=(
        "$n_hull_run|$(q "${hull_g[@]}" run --rm --network none localhost/busybox true)"
        "$n_podman_run|$(q "${PODMAN_G[@]}" run "${podman_run[@]}" localhost/busybox true)"
        "$n_floor|$(q unshare -m -u -i -n -p -f chroot "$rootfs" /bin/true)"
    )
    # shellcheck disable=SC2034
    ROWS_VERSION=(
        "$n_hull_ver|$(q "$HULL" --version)"
        "$n_podman_ver|$(q podman --version)"
    )
    local n_hull_unconf="hull run --rm --network none --security-opt seccomp=unconfined busybox true"
    local n_hull_exec="hull exec bx true"
    local n_podman_exec="podman exec bx true"
    local n_nsenter="floor: nsenter -t PID -muinp true"
    local n_hull_ps="hull ps -a (50 containers)"
    local n_podman_ps="podman ps -a (50 containers)"
    local n_hull_create="hull create --network none busybox true"
    local n_podman_create="podman create busybox true"
    # shellcheck disable=SC2034
    ROWS_SECURITY=(
        "$n_hull_unconf|$(q "${hull_g[@]}" run --rm --network none --security-opt seccomp=unconfined localhost/busybox true)"
    )
    # shellcheck disable=SC2034
    ROWS_EXEC=(
        "$n_hull_exec|$(q "${hull_g[@]}" exec bx true)"
        "$n_podman_exec|$(q "${PODMAN_G[@]}" exec bx true)"
        "$n_nsenter|$(q nsenter -t "$ctr_pid" -m -u -i -n -p /bin/true)"
    )
    # shellcheck disable=SC2034
    ROWS_PS=(
        "$n_hull_ps|$(q "${hull_g[@]}" ps -a)"
        "$n_podman_ps|$(q "${PODMAN_G[@]}" ps -a)"
    )
    # shellcheck disable=SC2034
    ROWS_CREATE=(
        "$n_hull_create|$(q "${hull_g[@]}" create --network none localhost/busybox true)"
        "$n_podman_create|$(q "${PODMAN_G[@]}" create --network=none localhost/busybox true)"
    )
    # 50 images (one shared layer, 50 configs) for `hull images`.
    for i in $(seq 50); do
        "${hull_g[@]}" import --change "LABEL n=$i" "$tarball" "localhost/many$i" >/dev/null
    done
    local n_hull_images="hull images (50 images)"
    local n_podman_images="podman images (1 image)"
    # shellcheck disable=SC2034
    ROWS_IMAGES=(
        "$n_hull_images|$(q "${hull_g[@]}" images)"
        "$n_podman_images|$(q "${PODMAN_G[@]}" images)"
    )
    # Each engine's default bridge network: hull's (in-process netlink,
    # no firewall change without published ports) against podman's netavark.
    local n_hull_bridge="hull run --rm busybox true (default bridge)"
    local n_podman_bridge="podman run --rm busybox true (netavark bridge)"
    # shellcheck disable=SC2034
    ROWS_BRIDGE=(
        "$n_hull_bridge|$(q "${hull_g[@]}" run --rm localhost/busybox true)"
        "$n_podman_bridge|$(q "${PODMAN_G[@]}" run --rm --ulimit nofile=1024:1024 --ulimit nproc=4096:4096 localhost/busybox true)"
    )
    # Rootless, as one user: hull's store in ~/.local/share-like
    # XDG_DATA_HOME, podman's in the same home; both native overlay.
    setup_rootless_user
    install -m 644 "$tarball" "$RL_HOME/busybox.tar"
    local -a podman_rl=(podman --root "$RL_HOME/podman-root" --runroot "$RL_HOME/run/podman"
        --storage-driver overlay --cgroup-manager cgroupfs --events-backend file)
    "${RL_PREFIX[@]}" "$HULL" import "$RL_HOME/busybox.tar" localhost/busybox >/dev/null ||
        die "rootless hull import failed"
    "${RL_PREFIX[@]}" "${podman_rl[@]}" import --quiet "$RL_HOME/busybox.tar" localhost/busybox >/dev/null 2>&1 ||
        die "rootless podman import failed"
    local n_hull_rl="hull run --rm --network none busybox true (rootless)"
    local n_podman_rl="podman run --rm --network=none busybox true (rootless)"
    # Measured by a hyperfine of their own, run as that user (USER_GROUPS).
    # shellcheck disable=SC2034
    ROWS_ROOTLESS=(
        "$n_hull_rl|$(q "$HULL" run --rm --network none localhost/busybox true)"
        "$n_podman_rl|$(q "${podman_rl[@]}" run "${podman_run[@]}" localhost/busybox true)"
    )
    NOTES+=("Rootless rows: both engines as the user $RL_USER (subordinate ids 600000:65536, native overlay), in a hyperfine run of their own started as that user with setpriv and a clean environment.")
    ROW_GROUPS=(ROWS_RUN ROWS_BRIDGE ROWS_SECURITY ROWS_VERSION ROWS_EXEC ROWS_PS ROWS_CREATE ROWS_IMAGES)
    USER_GROUPS=(ROWS_ROOTLESS)

    # Pulls from a local registry (Debian's docker-registry on 127.0.0.1),
    # each into an emptied store: busybox (1 layer, 1 MB) and a 4-layer
    # image of ~250 MB (random, so incompressible like real binaries).
    start_bench_registry
    local big=$T/big-layout
    local -a big_layers=()
    for i in 1 2 3 4; do
        mkdir -p "$T/big$i/data$i"
        head -c 62M /dev/urandom >"$T/big$i/data$i/blob"
        tar -C "$T/big$i" -cf "$T/big$i.tar" "data$i"
        big_layers+=("$T/big$i.tar")
    done
    python3 "$REPO/Tests/fixtures/oci-layout.py" "$big" latest "$tarball" "${big_layers[@]}" >/dev/null
    python3 "$REPO/Tests/fixtures/oci-layout.py" "$T/bb-layout" latest "$tarball" >/dev/null
    skopeo copy -q --dest-tls-verify=false "oci:$T/bb-layout:latest" "docker://$REGISTRY/busybox:latest" >/dev/null
    skopeo copy -q --dest-tls-verify=false "oci:$big:latest" "docker://$REGISTRY/big:latest" >/dev/null
    NOTES+=("Pull rows: a local docker-registry on $REGISTRY; each run pulls into a new, empty store (mktemp -d inside the timed command, the same for every engine) on an ext4 file system made for these rows (a loop device), removed at the end. On the host's own disk, ext4 passes over every inode freed in the last 1 to 6 minutes when it allocates one (recently_deleted), and the rows before had freed thousands: busybox's 400 symlinks then took 80 ms to create, for hull and podman alike. The big image is busybox plus 4 layers of 62 MiB random data.")
    # A fresh ext4 for the stores (see the note above).
    truncate -s 8G "$T/pulls.img"
    # Inode tables and journal written now, not by ext4lazyinit in the
    # background while the rows run.
    mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$T/pulls.img"
    mkdir -p "$T/pulls"
    mount -n -o loop "$T/pulls.img" "$T/pulls"
    local hp="$T/pulls/hull" pp="$T/pulls/podman" sp="$T/pulls/skopeo"
    mkdir -p "$hp" "$pp" "$sp"
    local n_hull_pull="hull pull busybox (empty store)"
    local n_podman_pull="podman pull busybox (empty store)"
    local n_hull_big="hull pull 250 MB, 4 layers (empty store)"
    local n_podman_big="podman pull 250 MB, 4 layers (empty store)"
    local n_skopeo_big="floor: skopeo copy 250 MB to dir (no unpacking)"
    # $1: where the fresh store goes; $2: the command, with $d for it.
    pull_cmd() { printf 'sh -c %q' "d=\$(mktemp -d $1/s.XXXXXX) && $2 >/dev/null"; }
    local hull_pull="$HULL --root \$d/root --runroot \$d/run pull -q"
    local podman_pull="podman --root \$d/root --runroot \$d/run --storage-driver overlay --tmpdir \$d/tmp pull -q --tls-verify=false"
    # shellcheck disable=SC2034
    ROWS_PULL=(
        "$n_hull_pull|$(pull_cmd "$hp" "$hull_pull $REGISTRY/busybox")"
        "$n_podman_pull|$(pull_cmd "$pp" "$podman_pull $REGISTRY/busybox")"
        "$n_hull_big|$(pull_cmd "$hp" "$hull_pull $REGISTRY/big")"
        "$n_podman_big|$(pull_cmd "$pp" "$podman_pull $REGISTRY/big")"
        "$n_skopeo_big|$(pull_cmd "$sp" "skopeo copy -q --src-tls-verify=false docker://$REGISTRY/big dir:\$d/dir")"
    )
    # Builds of one 10-step Containerfile on busybox with a context of
    # 3,700 files, 74 MB (buildah's issue #1714 shape): COPY of the
    # context, 3 RUNs, ENV/WORKDIR/LABEL/CMD. Both engines without a
    # network; podman with the ulimits crun can set here.
    local bctx=$T/build-context
    python3 - "$bctx/src" <<'PY'
import os, sys
for d in range(37):
    os.makedirs(f"{sys.argv[1]}/d{d}", exist_ok=True)
    for f in range(100):
        with open(f"{sys.argv[1]}/d{d}/f{f}.dat", "wb") as out:
            out.write(os.urandom(20000))
PY
    printf '%s\n' 'FROM localhost/busybox' 'ENV APP=/app' 'WORKDIR /app' 'COPY src /app/src' \
        'RUN du -s /app/src >/app/size' 'RUN ls /app/src | wc -l >/app/count' 'RUN echo built >/app/built' \
        'ENV MODE=prod' 'LABEL bench=build' 'CMD ["cat", "/app/size"]' >"$bctx/Containerfile"
    local -a hull_build=("${hull_g[@]}" build -q --network none -t localhost/bench-build)
    local -a podman_build=("${PODMAN_G[@]}" build -q --network=none
        --ulimit "${SANDBOX_ULIMITS[0]}" --ulimit "${SANDBOX_ULIMITS[1]}" -t localhost/bench-build)
    local n_hull_build_first="hull build --no-cache (10 steps, 74 MB context)"
    local n_podman_build_first="podman build --no-cache (10 steps, 74 MB context)"
    local n_hull_build_same="hull build, nothing changed"
    local n_podman_build_same="podman build, nothing changed"
    local n_hull_build_touch="hull build, every file touched (mtime only)"
    local n_podman_build_touch="podman build, every file touched (mtime only)"
    local n_hull_build_one="hull build, one source file changed"
    local n_podman_build_one="podman build, one source file changed"
    # $1: the build command; the context is changed first, in the timed command.
    touch_all() { printf 'sh -c %q' "find $bctx -type f -exec touch {} + && $1 $bctx >/dev/null"; }
    change_one() { printf 'sh -c %q' "date +%s%N >>$bctx/src/d0/f0.dat && $1 $bctx >/dev/null"; }
    # shellcheck disable=SC2034
    ROWS_BUILD=(
        "$n_hull_build_first|$(q "${hull_build[@]}" --no-cache "$bctx")"
        "$n_podman_build_first|$(q "${podman_build[@]}" --no-cache "$bctx")"
        "$n_hull_build_same|$(q "${hull_build[@]}" "$bctx")"
        "$n_podman_build_same|$(q "${podman_build[@]}" "$bctx")"
        "$n_hull_build_touch|$(touch_all "$(q "${hull_build[@]}")")"
        "$n_podman_build_touch|$(touch_all "$(q "${podman_build[@]}")")"
        "$n_hull_build_one|$(change_one "$(q "${hull_build[@]}")")"
        "$n_podman_build_one|$(change_one "$(q "${podman_build[@]}")")"
    )
    SLOW_GROUPS=(ROWS_PULL ROWS_BUILD)

    # "label|numerator row|denominator row"
    RATIOS=(
        "hull run / podman run|$n_hull_run|$n_podman_run"
        "hull run / floor|$n_hull_run|$n_floor"
        "hull run / podman run (default bridge)|$n_hull_bridge|$n_podman_bridge"
        "hull --version / podman --version|$n_hull_ver|$n_podman_ver"
        "hull exec / podman exec|$n_hull_exec|$n_podman_exec"
        "hull exec / nsenter floor|$n_hull_exec|$n_nsenter"
        "hull ps -a / podman ps -a (50 containers)|$n_hull_ps|$n_podman_ps"
        "hull create / podman create|$n_hull_create|$n_podman_create"
        "hull pull busybox / podman pull busybox|$n_hull_pull|$n_podman_pull"
        "hull pull 250 MB / podman pull 250 MB|$n_hull_big|$n_podman_big"
        "hull pull 250 MB / skopeo copy floor|$n_hull_big|$n_skopeo_big"
        "hull run / podman run (rootless)|$n_hull_rl|$n_podman_rl"
        "hull build / podman build, no cache|$n_hull_build_first|$n_podman_build_first"
        "hull build / podman build, nothing changed|$n_hull_build_same|$n_podman_build_same"
        "hull build / podman build, every file touched|$n_hull_build_touch|$n_podman_build_touch"
        "hull build / podman build, one file changed|$n_hull_build_one|$n_podman_build_one"
    )
    # "label|kind|args...": ratio_max NUM DEN LIMIT, abs_max_ms ROW LIMIT
    TARGETS=(
        "hull run <= 1/10 of podman run|ratio_max|$n_hull_run|$n_podman_run|0.1"
        "hull run within 5x floor|ratio_max|$n_hull_run|$n_floor|5"
        "hull run <= 1/10 of podman run, default bridge|ratio_max|$n_hull_bridge|$n_podman_bridge|0.1"
        "hull --version < 5 ms|abs_max_ms|$n_hull_ver|5"
        "default seccomp + caps add < 2 ms to run|diff_max_ms|$n_hull_run|$n_hull_unconf|2"
        "hull exec <= 1/10 of podman exec|ratio_max|$n_hull_exec|$n_podman_exec|0.1"
        "hull ps -a <= 1/5 of podman ps -a (50 containers)|ratio_max|$n_hull_ps|$n_podman_ps|0.2"
        "hull create <= 1/5 of podman create|ratio_max|$n_hull_create|$n_podman_create|0.2"
        "hull monitor RSS <= 4 MB|value_max|monitor_rss_kb|4096"
        "hull pull 250 MB <= 1/2 of podman pull|ratio_max|$n_hull_big|$n_podman_big|0.5"
        "hull pull busybox < 50 ms|abs_max_ms|$n_hull_pull|50"
        "hull images (50 images) < 10 ms|abs_max_ms|$n_hull_images|10"
        "rootless hull run <= 1/10 of rootless podman run|ratio_max|$n_hull_rl|$n_podman_rl|0.1"
        "hull build <= 1/3 of podman build, no cache|ratio_max|$n_hull_build_first|$n_podman_build_first|0.333"
        "hull build <= 1/10 of podman build, nothing changed|ratio_max|$n_hull_build_same|$n_podman_build_same|0.1"
        "hull build < 100 ms, nothing changed|abs_max_ms|$n_hull_build_same|100"
        "hull build <= 1/5 of podman build, one file changed|ratio_max|$n_hull_build_one|$n_podman_build_one|0.2"
    )

    # Check every command once so a broken row fails with its own stderr
    # instead of a terse hyperfine "non-zero exit code".
    local -a hf_args=() slow_args=() user_args=()
    local g row name cmd
    for g in "${SLOW_GROUPS[@]}"; do
        local -n rows=$g
        for row in "${rows[@]}"; do
            slow_args+=(-n "${row%%|*}" "${row#*|}")
        done
        unset -n rows
    done
    for g in "${ROW_GROUPS[@]}"; do
        local -n rows=$g
        for row in "${rows[@]}"; do
            name=${row%%|*} cmd=${row#*|}
            if ! bash -c "$cmd" >/dev/null 2>"$T/precheck.err"; then
                cat "$T/precheck.err" >&2
                die "row '$name' fails: $cmd"
            fi
            hf_args+=(-n "$name" "$cmd")
        done
        unset -n rows
    done
    for g in "${USER_GROUPS[@]}"; do
        local -n rows=$g
        for row in "${rows[@]}"; do
            name=${row%%|*} cmd=${row#*|}
            if ! "${RL_PREFIX[@]}" bash -c "$cmd" >/dev/null 2>"$T/precheck.err"; then
                cat "$T/precheck.err" >&2
                die "row '$name' fails as $RL_USER: $cmd"
            fi
            user_args+=(-n "$name" "$cmd")
        done
        unset -n rows
    done

    # podman run --rm leaves conmon to clean up after it exits; the checks
    # above ran every podman row once, and what they left running would
    # share the CPUs with the first rows.
    local i
    for i in $(seq 50); do
        pgrep -f -- "container cleanup" >/dev/null || break
        sleep 0.1
    done
    sleep 1
    # -N: no intermediate shell, so sub-ms rows (floor, --version) are not
    # dominated by sh startup.
    hyperfine -N --warmup "$WARMUP" --runs "$RUNS" \
        --export-json "$T/hyperfine-fast.json" "${hf_args[@]}"
    "${RL_PREFIX[@]}" hyperfine -N --warmup "$WARMUP" --runs "$RUNS" \
        --export-json "$RL_HOME/hyperfine-user.json" "${user_args[@]}"
    hyperfine -N --warmup 1 --runs "$SLOW_RUNS" \
        --export-json "$T/hyperfine-slow.json" "${slow_args[@]}"
    python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); [a["results"].extend(json.load(open(f))["results"]) for f in sys.argv[2:-1]]; json.dump(a,open(sys.argv[-1],"w"),indent=1)' \
        "$T/hyperfine-fast.json" "$RL_HOME/hyperfine-user.json" "$T/hyperfine-slow.json" "$T/hyperfine.json"

    mkdir -p "$REPO/bench/out"
    cp "$T/hyperfine.json" "$REPO/bench/out/hyperfine.json"

    local hull_version podman_version crun_version hf_version commit cpu
    hull_version=$("$HULL" --version 2>&1 | head -n1 || true)
    podman_version=$(podman --version 2>&1 | head -n1)
    crun_version=$(crun --version 2>/dev/null | head -n1 || echo unknown)
    hf_version=$(hyperfine --version | head -n1)
    commit=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo "none (no commits yet)")
    if [[ -n $(git -C "$REPO" status --porcelain 2>/dev/null | head -n1) ]]; then
        commit+=" (+ uncommitted changes)"
    fi
    cpu=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo)

    local commands_block=""
    for g in "${ROW_GROUPS[@]}" "${USER_GROUPS[@]}" "${SLOW_GROUPS[@]}"; do
        local -n rows=$g
        for row in "${rows[@]}"; do
            commands_block+="${row%%|*}:"$'\n'"    ${row#*|}"$'\n'
        done
        unset -n rows
    done

    BENCH_JSON=$T/hyperfine.json BENCH_OUT=$OUT \
    BENCH_DATE=$(date -u '+%Y-%m-%d %H:%M UTC') \
    BENCH_KERNEL="$(uname -srm)" BENCH_CPU="$cpu ($(nproc) CPUs)" \
    BENCH_COMMIT=$commit BENCH_HULL_VERSION=$hull_version \
    BENCH_TOOLS="$podman_version; $crun_version; $hf_version" \
    BENCH_METHOD="hyperfine -N --warmup $WARMUP --runs $RUNS (pull and build rows: --warmup 1 --runs $SLOW_RUNS)" \
    BENCH_COMMANDS=$(printf '%s' "$commands_block" | sed "s|$T|\$T|g") \
    BENCH_NOTES=$(printf '%s\n' "${NOTES[@]}") \
    BENCH_RATIOS=$(printf '%s\n' "${RATIOS[@]}") \
    BENCH_TARGETS=$(printf '%s\n' "${TARGETS[@]}") \
    BENCH_MONITOR_RSS_KB=${MONITOR_RSS_KB:-} \
    python3 - <<'PY'
import json, os

env = os.environ
results = {r["command"]: r for r in json.load(open(env["BENCH_JSON"]))["results"]}
ms = lambda s: s * 1000.0
lines = lambda k: [l for l in env.get(k, "").splitlines() if l.strip()]

def median(name):
    r = results.get(name)
    return None if r is None else ms(r["median"])

out = []
w = out.append
w("# Benchmarks\n")
w("Generated by `bench/run.sh`; do not edit by hand.\n")
w(f"- Date: {env['BENCH_DATE']}")
w(f"- Kernel: {env['BENCH_KERNEL']}")
w(f"- CPU: {env['BENCH_CPU']}")
w(f"- hull commit: {env['BENCH_COMMIT']}")
hv = env.get("BENCH_HULL_VERSION", "").strip()
w(f"- hull --version: {hv if hv else '(no output: stand-in binary? hull rows are not meaningful)'}")
w(f"- Tools: {env['BENCH_TOOLS']}")
w(f"- Method: `{env['BENCH_METHOD']}`; times are wall-clock per invocation\n")
if not hv:
    w("**Warning: the hull binary printed no version, so it is probably a stand-in; "
      "hull rows, ratios and targets below are not meaningful.**\n")

w("| benchmark | median (ms) | min (ms) | max (ms) |")
w("|---|---:|---:|---:|")
for name, r in results.items():
    w(f"| {name} | {ms(r['median']):.2f} | {ms(r['min']):.2f} | {ms(r['max']):.2f} |")
w("")

w("| ratio (of medians) | value |")
w("|---|---:|")
for spec in lines("BENCH_RATIOS"):
    label, num, den = spec.split("|")
    a, b = median(num), median(den)
    w(f"| {label} | {a / b:.3f} |" if a is not None and b else f"| {label} | n/a |")
w("")

w("Targets (from the issues): run (rootful, default bridge, rootless), exec <= 1/10 of podman; ps -a with 50 containers and create <= 1/5; "
  "hull --version < 5 ms; seccomp + caps < 2 ms; monitor RSS <= 4 MB; pulls as listed.\n")
for spec in lines("BENCH_TARGETS"):
    label, kind, *args = spec.split("|")
    if kind == "ratio_max":
        a, b, limit = median(args[0]), median(args[1]), float(args[2])
        if a is None or not b:
            w(f"- {label}: n/a"); continue
        val = a / b
        w(f"- {label}: {'MET' if val <= limit else 'NOT MET'} "
          f"(ratio {val:.3f}, limit {limit:g})")
    elif kind == "diff_max_ms":
        a, b, limit = median(args[0]), median(args[1]), float(args[2])
        if a is None or b is None:
            w(f"- {label}: n/a"); continue
        d = a - b
        w(f"- {label}: {'MET' if d <= limit else 'NOT MET'} "
          f"(difference of medians {d:.2f} ms, limit {limit:g} ms)")
    elif kind == "value_max":
        raw = env.get("BENCH_MONITOR_RSS_KB", "")
        limit = float(args[1])
        if not raw:
            w(f"- {label}: n/a"); continue
        w(f"- {label}: {'MET' if float(raw) <= limit else 'NOT MET'} ({raw} kB, limit {limit:g} kB)")
    elif kind == "abs_max_ms":
        a, limit = median(args[0]), float(args[1])
        if a is None:
            w(f"- {label}: n/a"); continue
        w(f"- {label}: {'MET' if a < limit else 'NOT MET'} "
          f"(median {a:.2f} ms, limit {limit:g} ms)")
w("")

notes = lines("BENCH_NOTES")
if notes:
    w("## Environment notes\n")
    for n in notes:
        w(f"- {n}")
    w("")
w("## Commands\n")
w("`$T` is a private temp dir (stores, fixture rootfs), removed afterwards.\n")
w("```")
w(env["BENCH_COMMANDS"].rstrip())
w("```")

with open(env["BENCH_OUT"], "w") as f:
    f.write("\n".join(out) + "\n")
PY
    echo "wrote $OUT"
}

main "$@"
