#!/usr/bin/env bash
# Tests/differential/run.sh HULL_BINARY [CASE_REGEX]
#
# Runs every case of Tests/differential/cases/*.bash against Debian's podman
# (the reference) and against hull, and compares what they print.
#
# A case is a bash function `case_<words>` in a cases file. Its body is run
# twice, once per engine, each time with a fresh private store holding the
# busybox test image as $IMAGE, in a fresh working directory, stdin
# /dev/null. In the body:
#   E ARGS...   a compared engine call: exit code, stdout and stderr are
#               recorded; stdout is also passed on (id=$(E create ...) works)
#               and the exit code returned
#   E_sorted ARGS...
#               as E, for output whose order neither engine promises
#               (rm --all): stdout lines are sorted before they are compared
#   Q ARGS...   an uncompared set-up call (output passed on, not recorded)
#   $IMAGE      localhost/busybox:latest in both stores
#   $ENGINE     podman or hull (for the rare case that must tell them apart)
# Both transcripts are normalised (normalise.py: engine names, ids, times,
# sizes, temp paths) and must be equal. A deliberate difference is a line
# `NAME reason...` in differences.txt (NAME: the function name without
# `case_`); such a case is reported but is not a failure. A case that
# differs runs once more before it counts (podman now and then loses the
# output of a container that exits at once); its TAP line says so.
#
# Output: one TAP line per case, then
#   differential: N agree, N differ, N deliberate
# Exits non-zero when a case differs that is not listed, or when podman
# cannot be run (that is a failure, not a skip).
#
# Isolation: a private mount namespace with cgroup2 unmounted, host podman
# paths shadowed, podman leftovers (shm lock, /run/crun, /run/libpod,
# cgroups) removed: scripts/podman-sandbox.bash, shared with bench/run.sh.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(cd "$HERE/../.." && pwd -P)
SELF=$HERE/run.sh
HULL=${1:-$REPO/.build/release/hull}
FILTER=${2:-}
[[ $HULL == /* ]] || HULL=$PWD/$HULL
# Per engine call; a hang in either engine is a difference, not a stuck run.
CALL_TIMEOUT=${DIFF_CALL_TIMEOUT:-30}

die() { echo "differential: $*" >&2; echo "differential: 0 agree, 1 differ, 0 deliberate"; exit 1; }

[[ $EUID -eq 0 ]] || die "must run as root (rootful podman, unshare)"
[[ -x $HULL ]] || die "hull binary not found: $HULL"
command -v podman >/dev/null || die "podman is not installed (make test-deps installs it)"
command -v crun >/dev/null || die "crun is not installed (make test-deps installs it)"

if [[ ${HULL_DIFF_IN_NS:-} != 1 ]]; then
    exec unshare --mount --propagation private -- \
        env HULL_DIFF_IN_NS=1 bash "$SELF" "$HULL" "$FILTER"
fi

# shellcheck source=../../scripts/podman-sandbox.bash
source "$REPO/scripts/podman-sandbox.bash"

T=$(mktemp -d /tmp/hull-diff.XXXXXX)
cleanup() {
    local rc=$?
    set +e
    sandbox_wait_for_our_processes
    sandbox_unmount_under "$T"
    rm -rf "$T"
    sandbox_remove_created_host_paths
    ip link del hulldiff0 2>/dev/null
    nft delete table ip hull_hulldiff0 2>/dev/null
    rm -f /run/hull/host/bridges/hulldiff0.json /run/hull/host/bridges/hulldiff0.lock
    # podman's CNI bridge plugin makes cni-podman0 and iptables-nft tables
    # on the host for a case with a network: what this run made goes.
    [ "$HAD_CNI_BRIDGE" = 1 ] || ip link del cni-podman0 2>/dev/null
    local t
    for t in "ip nat" "ip filter" "ip6 nat" "ip6 filter"; do
        grep -qx "table $t" <<<"$TABLES_BEFORE" || nft delete table $t 2>/dev/null
    done
    exit "$rc"
}
TABLES_BEFORE=$(nft list tables 2>/dev/null)
HAD_CNI_BRIDGE=0
[ -e /sys/class/net/cni-podman0 ] && HAD_CNI_BRIDGE=1
trap cleanup EXIT
trap 'exit 130' INT TERM

sandbox_fix_hybrid_cgroups
sandbox_shadow_host_paths
# podman import stages blobs in $TMPDIR (default /var/tmp).
mkdir -p "$T/tmp"
export TMPDIR=$T/tmp

"$REPO/Tests/fixtures/busybox-rootfs.sh" "$T/fixture" >/dev/null || die "building the busybox fixture failed"
TARBALL=$T/fixture/busybox.tar
IMAGE=localhost/busybox:latest

# Both engines default to no network: cases compare the CLI, not bridges,
# and need neither netavark nor the host's iptables. A case that wants a
# network says so (hull's default bridge is then the run's own hulldiff0).
{
    echo '[containers]'
    printf 'default_ulimits = [%s]\n' "$(printf '"%s", ' "${SANDBOX_ULIMITS[@]}" | sed 's/, $//')"
    echo 'netns = "none"'
} >"$T/containers.conf"
export CONTAINERS_CONF=$T/containers.conf
printf '[containers]\nnetns = "none"\n[network]\ndefault_bridge = "hulldiff0"\n' >"$T/hull.conf"
export HULL_CONF=$T/hull.conf

# ------------------------------------------------------------------ cases --
case_files=("$HERE"/cases/*.bash)
for f in "${case_files[@]}"; do
    # shellcheck source=/dev/null
    source "$f" || die "cannot source $f"
done
mapfile -t all_cases < <(grep -ho '^case_[A-Za-z0-9_]*' "${case_files[@]}")
dups=$(printf '%s\n' "${all_cases[@]}" | sort | uniq -d)
[[ -z $dups ]] || die "case defined twice: $dups"
cases=()
for c in "${all_cases[@]}"; do
    [[ -z $FILTER || ${c#case_} =~ $FILTER ]] && cases+=("$c")
done

declare -A deliberate=()
while read -r name reason; do
    [[ -z $name || $name == \#* ]] && continue
    deliberate[$name]=$reason
done <"$HERE/differences.txt"

# ------------------------------------------------------------- one engine --
# Runs case $1 against engine $2 in dir $3; leaves $3/calls/NNNN/{args,rc,out,err}.
ENGINE_CMD=()
run_case_on() {
    local fn=$1 engine=$2 D=$3
    mkdir -p "$D/calls" "$D/work"
    if [[ $engine == podman ]]; then
        sandbox_podman_flags "$D" "$D/run"
        ENGINE_CMD=(podman "${SANDBOX_PODMAN_FLAGS[@]}")
    else
        ENGINE_CMD=("$HULL" --root "$D/hull-root" --runroot "$D/run/hull")
    fi
    if ! "${ENGINE_CMD[@]}" import --quiet "$TARBALL" "$IMAGE" >"$D/import.log" 2>&1; then
        echo "# $engine import failed: $(tail -n 3 "$D/import.log")"
        return 1
    fi
    (
        cd "$D/work" || exit 1
        ENGINE=$engine
        export ENGINE IMAGE
        "$fn"
    ) </dev/null >"$D/body.log" 2>&1
    # What the case left behind goes, by the engine's own hand first.
    timeout 60 "${ENGINE_CMD[@]}" rm --all --force --time 0 >/dev/null 2>&1 ||
        timeout 60 "${ENGINE_CMD[@]}" rm --all --force >/dev/null 2>&1
    timeout 30 "${ENGINE_CMD[@]}" pod rm --all --force >/dev/null 2>&1
    timeout 30 "${ENGINE_CMD[@]}" network prune --force >/dev/null 2>&1
    T=$D sandbox_wait_for_our_processes
    sandbox_unmount_under "$D"
    return 0
}

# The two calls a case body makes (see the header).
E() {
    local dir n
    exec {lockfd}>>"$D/calls.lock"
    flock "$lockfd"
    n=$(find "$D/calls" -mindepth 1 -maxdepth 1 -type d | wc -l)
    dir=$D/calls/$(printf '%04d' "$n")
    mkdir "$dir"
    flock -u "$lockfd"
    exec {lockfd}>&-
    printf '%q ' "$@" >"$dir/args"
    timeout -k 5 "$CALL_TIMEOUT" "${ENGINE_CMD[@]}" "$@" >"$dir/out" 2>"$dir/err"
    local rc=$?
    echo "$rc" >"$dir/rc"
    if [[ ${E_SORT:-} == 1 ]]; then
        LC_ALL=C sort -o "$dir/out" "$dir/out"
    fi
    cat "$dir/out"
    return "$rc"
}
E_sorted() { E_SORT=1 E "$@"; }
Q() {
    timeout -k 5 "$CALL_TIMEOUT" "${ENGINE_CMD[@]}" "$@" 2>>"$D/q.log"
}

# Runs case $1 against both engines in dir $2 and normalises both
# transcripts; succeeds when they are equal. `ok` says whether both ran.
run_and_compare() {
    local fn=$1 C=$2 engine D
    ok=1
    for engine in podman hull; do
        run_case_on "$fn" "$engine" "$C/${engine:0:1}" || ok=0
    done
    ((ok)) || return 1
    for engine in podman hull; do
        D=$C/${engine:0:1}
        python3 "$HERE/normalise.py" "$D/calls" "$engine" \
            "$D/podman-root=ROOT" "$D/hull-root=ROOT" \
            "$D/run/podman=RUNROOT" "$D/run/hull=RUNROOT" \
            "$D/work=WORKDIR" "$D=CASEDIR" "$T=TMP" >"$C/$engine.txt" || ok=0
    done
    ((ok)) && cmp -s "$C/podman.txt" "$C/hull.txt"
}

# ------------------------------------------------------------------- main --
echo "1..${#cases[@]}"
agree=0 differ=0 listed=0 i=0
for fn in "${cases[@]}"; do
    i=$((i + 1))
    name=${fn#case_}
    # Short paths: podman refuses a --runroot longer than 50 characters.
    C=$T/$i
    again=""
    agreed=0
    if run_and_compare "$fn" "$C"; then
        agreed=1
    elif [[ -z ${deliberate[$name]+x} ]]; then
        # Once more before it counts: podman now and then loses the
        # output of a container that exits at once (its attach races the
        # exit). The TAP line says when only the second run agreed.
        rm -rf "$C"
        if run_and_compare "$fn" "$C"; then
            agreed=1
            again=" # agreed when run again: the first run differed"
        fi
    fi
    if ((agreed)); then
        agree=$((agree + 1))
        if [[ -n ${deliberate[$name]+x} ]]; then
            echo "ok $i - $name # listed in differences.txt but agrees now: remove the line"
        else
            echo "ok $i - $name$again"
        fi
    elif [[ -n ${deliberate[$name]+x} ]]; then
        listed=$((listed + 1))
        echo "ok $i - $name # deliberate difference: ${deliberate[$name]}"
    else
        differ=$((differ + 1))
        echo "not ok $i - $name"
        if ((ok)); then
            diff -u --label podman --label hull "$C/podman.txt" "$C/hull.txt" | head -n 60 | sed 's/^/# /'
        fi
        for engine in podman hull; do
            D=$C/${engine:0:1}
            [[ -s $D/body.log ]] && sed "s/^/# $engine body: /" "$D/body.log" | head -n 10
        done
    fi
    rm -rf "$C"
done

echo "differential: $agree agree, $differ differ, $listed deliberate"
((differ == 0))
