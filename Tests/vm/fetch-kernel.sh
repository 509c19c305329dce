#!/usr/bin/env bash
# fetch-kernel.sh CACHE_DIR [METAPACKAGE]
#
# Unpacks the kernel of a Debian kernel metapackage (linux-image-cloud-amd64
# unless named: the smallest, with virtio and the cgroup controllers) into
# CACHE_DIR for the VM suite:
#
#   CACHE_DIR/vmlinuz           the kernel qemu boots
#   CACHE_DIR/version           its release (6.1.0-N-cloud-amd64)
#   CACHE_DIR/kernel/lib/modules/VERSION/   its modules, with depmod's index
#
# The package is downloaded and unpacked, not installed: installing a kernel
# runs the host's initramfs and bootloader hooks and leaves an image in
# /boot that this host never boots. Only its files are needed here.
# Idempotent: a stamp names the package version unpacked last.
set -euo pipefail

[[ $# -ge 1 ]] || { echo "usage: $0 CACHE_DIR [METAPACKAGE]" >&2; exit 2; }
CACHE=$1
META=${2:-linux-image-cloud-amd64}
mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd -P)

# Concurrent callers (two suites at once) unpack once.
exec 9>"$CACHE/.lock"
flock 9

# The metapackage depends on the versioned image package that holds the files.
image_pkg=$(apt-cache depends "$META" 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9].*\)$/\1/p' | head -1)
if [[ -z $image_pkg ]]; then
    apt-get update -qq >/dev/null
    image_pkg=$(apt-cache depends "$META" | sed -n 's/^ *Depends: \(linux-image-[0-9].*\)$/\1/p' | head -1)
fi
[[ -n $image_pkg ]] || { echo "$0: no $META in the package lists" >&2; exit 1; }
pkg_version=$(apt-cache policy "$image_pkg" | sed -n 's/^ *Candidate: //p')
stamp="$image_pkg $pkg_version"

if [[ -f $CACHE/stamp && $(cat "$CACHE/stamp") == "$stamp" && -f $CACHE/vmlinuz ]]; then
    exit 0
fi

rm -rf "$CACHE/debs" "$CACHE/kernel" "$CACHE/stamp"
mkdir -p "$CACHE/debs"
# apt's sandbox user cannot write root's cache dirs; it then downloads as
# root and says so on stderr: expected here.
# Stale package lists name a version the mirror no longer has: refreshed once.
(cd "$CACHE/debs" && { apt-get download -qq "$image_pkg" 2>/dev/null ||
    { apt-get update -qq >/dev/null && apt-get download -qq "$image_pkg" 2>/dev/null; }; })
dpkg-deb -x "$CACHE"/debs/"$image_pkg"_*.deb "$CACHE/kernel"
version=${image_pkg#linux-image-}
# The package leaves modules.dep to its postinst (depmod); make it here so
# build-initramfs.sh can ask modprobe for each module's dependencies.
depmod -b "$CACHE/kernel" "$version"
cp "$CACHE/kernel/boot/vmlinuz-$version" "$CACHE/vmlinuz"
echo "$version" >"$CACHE/version"
echo "$stamp" >"$CACHE/stamp"
