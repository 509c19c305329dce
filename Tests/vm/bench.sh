#!/bin/sh
# bench.sh RUNS: in the guest, after the suite (init runs it when the kernel
# command line says hull.bench=RUNS). Times RUNS rounds of `hull run --rm`
# and of the kernel floor, the namespaces and a chroot into the same busybox
# tree without an engine (bench/run.sh's floor), and prints both means and
# their ratio as "# bench ..." lines. Under emulation only the ratio means
# anything.
RUNS=$1
STORE=/tmp/hull-vm-bench
FLOOR=/tmp/floor-rootfs

h() { hull --root "$STORE/root" --runroot "$STORE/run" "$@"; }
now() { cut -d' ' -f1 /proc/uptime; }

# mean_ms START END: milliseconds per round.
mean_ms() { awk -v a="$1" -v b="$2" -v n="$RUNS" 'BEGIN {printf "%.1f", (b - a) * 1000 / n}'; }

h import /fixture/busybox.tar localhost/busybox:latest >/dev/null
mkdir -p $FLOOR && tar -xf /fixture/busybox.tar -C $FLOOR
# One round each first: the caches warm, as hyperfine's warmup does.
h run --rm --network none busybox true
unshare -m -u -i -n -p -f chroot $FLOOR /bin/true

start=$(now)
i=0
while [ $i -lt "$RUNS" ]; do h run --rm --network none busybox true; i=$((i + 1)); done
hull_ms=$(mean_ms "$start" "$(now)")

start=$(now)
i=0
while [ $i -lt "$RUNS" ]; do unshare -m -u -i -n -p -f chroot $FLOOR /bin/true; i=$((i + 1)); done
floor_ms=$(mean_ms "$start" "$(now)")

echo "# bench pure cgroup v2 (emulated): run --rm --network none $hull_ms ms, floor $floor_ms ms, ratio $(awk -v a="$hull_ms" -v b="$floor_ms" 'BEGIN {printf "%.2f", a / b}') ($RUNS rounds)"
