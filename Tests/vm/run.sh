#!/usr/bin/env bash
# run.sh HULL [WORK_DIR]
#
# The pure cgroup v2 suite: builds the guest (fetch-kernel.sh,
# build-initramfs.sh), boots it under qemu with software emulation (TCG:
# nested KVM is not available on these hosts) and no network device, and
# turns the guest's console into results. Prints the guest's "ok"/"not ok"
# lines, then "vm: N ok, N not ok" for Tests/run-all.sh (worded so that
# only run-all.sh's own last line reads as the "N passed, N failed" one
# CI counts); exits non-zero when anything failed or the guest did not
# finish.
set -uo pipefail

[[ $# -ge 1 ]] || { echo "usage: $0 HULL [WORK_DIR]" >&2; exit 2; }
HULL=$(realpath "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${2:-$HERE/../../.build/vm}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd -P)
# Emulated, the guest needs a few times its native time; past this it hangs.
TIMEOUT=${HULL_VM_TIMEOUT:-120}
# HULL_VM_BENCH=RUNS: after the suite, the guest times RUNS rounds of
# run --rm against the floor (Tests/vm/bench.sh).
cmdline="console=ttyS0 rdinit=/init panic=-1 loglevel=1 cgroup_no_v1=all mitigations=off"
if [[ -n ${HULL_VM_BENCH:-} ]]; then
    cmdline+=" hull.bench=$HULL_VM_BENCH"
    TIMEOUT=$((TIMEOUT + HULL_VM_BENCH * 4))
fi

# This run's initramfs and console in a directory of its own: two runs at
# once (make test-vm beside make test) share only the caches, which lock.
RUN=$(mktemp -d "$WORK/run.XXXXXX")
trap 'rm -rf "$RUN"' EXIT

set -e
"$HERE/fetch-kernel.sh" "$WORK/kernel" "${HULL_VM_KERNEL:-linux-image-cloud-amd64}"
"$HERE/../fixtures/busybox-rootfs.sh" "$WORK/fixture" >/dev/null
"$HERE/build-initramfs.sh" "$HULL" "$WORK/kernel" "$WORK/fixture" "$RUN/initramfs.cpio"
set +e

console=$RUN/console.log
# -no-reboot: a guest that panics (init died) ends qemu instead of looping.
# panic=-1 reboots at once on a panic, which -no-reboot turns into an exit.
timeout "$TIMEOUT" qemu-system-x86_64 \
    -accel tcg -cpu max -smp 2 -m 1024 \
    -kernel "$WORK/kernel/vmlinuz" -initrd "$RUN/initramfs.cpio" \
    -append "$cmdline" \
    -nic none -display none -monitor none -serial "file:$console" -no-reboot
qemu_status=$?

# The last run's console stays for a look at what the guest said.
cp "$console" "$WORK/console.log" 2>/dev/null

# The console has CRLF line ends and kernel messages between the lines.
tr -d '\r' <"$console" | grep -E '^(ok|not ok) [0-9]+ |^# ' || true
passed=$(tr -d '\r' <"$console" | grep -cE '^ok [0-9]+ ')
failed=$(tr -d '\r' <"$console" | grep -cE '^not ok [0-9]+ ')
if ! tr -d '\r' <"$console" | grep -qx 'HULL-VM-SUITE-DONE'; then
    echo "not ok: the guest did not finish (qemu exit $qemu_status); the console's last lines:"
    tr -d '\r' <"$console" | tail -n 20 | sed 's/^/# /'
    failed=$((failed + 1))
fi
echo "vm: $passed ok, $failed not ok"
[ "$failed" -eq 0 ]
