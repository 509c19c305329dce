#!/usr/bin/env bash
# build-initramfs.sh HULL KERNEL_CACHE FIXTURE_DIR OUT
#
# Packs the VM suite's whole system into one initramfs (uncompressed newc
# cpio: the kernel unpacks it without a decompressor, which under TCG is
# the slower path):
#
#   /init, /suite.sh, /bench.sh  this directory's init, suite and bench
#   /bin/busybox + applets   Debian's busybox-static
#   /usr/bin/hull            the binary under test, with the glibc it needs
#   /usr/bin/new[ug]idmap    Debian's uidmap, setuid root, for rootless runs
#   /usr/lib/.../libnftables.so.1 and its libraries (hull dlopens it)
#   /lib/modules/*.ko        overlay, veth, bridge, nf_tables and their
#                            dependencies, in load order (modules.order)
#   /fixture/busybox.tar     the busybox image's rootfs tar
#   /etc/passwd, /etc/subuid ...  root and an unprivileged "tester" (1000)
set -euo pipefail

[[ $# -eq 4 ]] || { echo "usage: $0 HULL KERNEL_CACHE FIXTURE_DIR OUT" >&2; exit 2; }
HULL=$(realpath "$1")
KCACHE=$(realpath "$2")
FIXTURE=$(realpath "$3")
OUT=$4
HERE=$(cd "$(dirname "$0")" && pwd)
VERSION=$(cat "$KCACHE/version")
MODDIR=$KCACHE/kernel/lib/modules/$VERSION

# The modules the suite loads; modprobe adds their dependencies.
MODULES=(overlay veth bridge nf_tables nft_chain_nat nft_nat nft_masq nft_fib_ipv4 nft_ct)

STAGE=$(mktemp -d "${TMPDIR:-/tmp}/hull-initramfs.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT

# copy_with_libs FILE...: each file and every library ldd says it loads,
# at the same paths (the dynamic loader's search path is built in).
copy_with_libs() {
    local f lib
    for f in "$@"; do
        mkdir -p "$STAGE$(dirname "$f")"
        # -L: a library named by its soname link is copied as the file.
        cp -L --preserve=mode,ownership "$f" "$STAGE$f"
        for lib in $(ldd "$f" 2>/dev/null | grep -oE '/[^ ]+\.so[^ ]*'); do
            [[ -e $STAGE$lib ]] && continue
            mkdir -p "$STAGE$(dirname "$lib")"
            cp -L "$lib" "$STAGE$lib"
        done
    done
}

mkdir -p "$STAGE"/{bin,usr/bin,etc,proc,sys,dev,tmp,run,root,var/tmp,lib/modules,fixture,home/tester}
# mktemp made it 0700: as the guest's / it must let the test user through.
chmod 0755 "$STAGE"
chmod 1777 "$STAGE/tmp" "$STAGE/var/tmp"

cp /bin/busybox "$STAGE/bin/busybox"
for applet in $(/bin/busybox --list); do
    [[ $applet == busybox ]] || ln -s busybox "$STAGE/bin/$applet"
done

# hull with its libraries (glibc alone: the Swift runtime is linked in).
cp "$HULL" "$STAGE/usr/bin/hull"
for lib in $(ldd "$HULL" | grep -oE '/[^ ]+\.so[^ ]*'); do
    mkdir -p "$STAGE$(dirname "$lib")"
    cp -L "$lib" "$STAGE$lib"
done
# Rootless id maps: setuid root, which cpio keeps.
copy_with_libs /usr/bin/newuidmap /usr/bin/newgidmap
nft_lib=$(ldconfig -p | sed -n 's/.*libnftables\.so\.1 (libc6,x86-64) => //p' | head -1)
[[ -n $nft_lib ]] || { echo "$0: libnftables.so.1 not found (libnftables1)" >&2; exit 1; }
copy_with_libs "$nft_lib"
# Without a cache the loader searches only its built-in directories: one
# made for this tree lets it find libraries by soname wherever they are.
ldconfig -r "$STAGE" 2>/dev/null || true

# Kernel modules, each once, dependencies first.
: >"$STAGE/lib/modules/load-order"
for m in "${MODULES[@]}"; do
    modprobe -d "$KCACHE/kernel" -S "$VERSION" --show-depends "$m" | awk '$1 == "insmod" {print $2}'
done | awk '!seen[$0]++' | while read -r ko; do
    name=$(basename "$ko")
    case $name in
        *.ko.xz) xz -dc "$ko" >"$STAGE/lib/modules/${name%.xz}"; name=${name%.xz} ;;
        *.ko.zst) zstd -qdc "$ko" >"$STAGE/lib/modules/${name%.zst}"; name=${name%.zst} ;;
        *) cp "$ko" "$STAGE/lib/modules/$name" ;;
    esac
    echo "$name" >>"$STAGE/lib/modules/load-order"
done

cp "$FIXTURE/busybox.tar" "$STAGE/fixture/busybox.tar"

cat >"$STAGE/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/bin/sh
tester:x:1000:1000:tester:/home/tester:/bin/sh
PASSWD
cat >"$STAGE/etc/group" <<'GROUP'
root:x:0:
tester:x:1000:
GROUP
echo "tester:100000:65536" >"$STAGE/etc/subuid"
echo "tester:100000:65536" >"$STAGE/etc/subgid"
chown 1000:1000 "$STAGE/home/tester"

install -m 0755 "$HERE/init" "$STAGE/init"
install -m 0755 "$HERE/suite.sh" "$STAGE/suite.sh"
install -m 0755 "$HERE/bench.sh" "$STAGE/bench.sh"

mkdir -p "$(dirname "$OUT")"
(cd "$STAGE" && find . -print0 | LC_ALL=C sort -z | cpio --null -o -H newc --quiet) >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
