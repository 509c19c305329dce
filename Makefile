# hull: build, test, demo and docs. Every target installs what it needs,
# so a fresh Debian machine (as root) needs nothing but this repository.
SHELL := /bin/bash
export PATH := /opt/swift/usr/bin:$(PATH)

SWIFT_RELEASE := swift build -c release --static-swift-stdlib
HULL := .build/release/hull
DEMO_ROOT := /tmp/hull-demo

# Build: headers and static archives of the C libraries hull links.
BUILD_DEBS := libarchive-dev libzstd-dev zlib1g-dev libssl-dev libacl1-dev libcurl4-openssl-dev libseccomp-dev
# Run time: libnftables is dlopen'd by the commands that change firewall
# rules (bridge networks, published ports), never linked.
RUNTIME_DEBS := libnftables1
# Tests: the fixtures' busybox, bats, and the tools the tests drive.
TEST_DEBS := busybox-static bats python3 util-linux iproute2 docker-registry skopeo apache2-utils zstd nftables curl uidmap passt slirp4netns fuse-overlayfs

# The pure cgroup v2 suite (Tests/vm): qemu boots Debian's cloud kernel,
# busybox is the guest's userland, uidmap and libnftables are copied into
# it, kmod (depmod, modprobe) and cpio pack it. The kernel package is
# downloaded and unpacked under .build/vm, not installed: installing it
# would run the host's initramfs and bootloader hooks for a kernel this
# host never boots (see Tests/vm/fetch-kernel.sh).
VM_DEBS := qemu-system-x86 busybox-static uidmap libnftables1 kmod cpio
VM_KERNEL := linux-image-cloud-amd64

.PHONY: all deps test-deps vm-deps build demo test test-vm docs bench bench-vm clean

all: build

deps:
	@bash scripts/apt-install.sh $(BUILD_DEBS) $(RUNTIME_DEBS)

test-deps: deps vm-deps
	@bash scripts/apt-install.sh $(TEST_DEBS)

vm-deps:
	@bash scripts/apt-install.sh $(VM_DEBS)

build: deps
	$(SWIFT_RELEASE)

# Imports a busybox image made from Debian's busybox-static (no internet)
# and runs a container from it.
demo: test-deps build
	@Tests/fixtures/busybox-rootfs.sh $(DEMO_ROOT)/fixture
	$(HULL) --root $(DEMO_ROOT)/root --runroot $(DEMO_ROOT)/run import $(DEMO_ROOT)/fixture/busybox.tar localhost/busybox:latest
	$(HULL) --root $(DEMO_ROOT)/root --runroot $(DEMO_ROOT)/run images
	$(HULL) --root $(DEMO_ROOT)/root --runroot $(DEMO_ROOT)/run run --rm --hostname demo busybox sh -c 'echo "hello from $$(hostname), pid $$$$ in its own namespace"; uname -sr'

# Unit tests (swift test), the system suite (bats) and the pure cgroup v2
# suite in a VM against the release binary; ends with one
# "N passed, N failed" line.
test: test-deps build
	@HULL_VM_KERNEL=$(VM_KERNEL) bash Tests/run-all.sh $(HULL)

# The pure cgroup v2 suite alone: a VM booted from an initramfs holding
# the release binary (Tests/vm/run.sh).
test-vm: vm-deps build
	@HULL_VM_KERNEL=$(VM_KERNEL) bash Tests/vm/run.sh $(HULL) .build/vm

# Regenerates man pages and shell completions from the command tree.
docs: build
	@bash scripts/generate-docs.sh $(HULL) man completions

bench: build
	@bash bench/run.sh $(HULL)

# The pure cgroup v2 row: run --rm against the floor inside the VM, after
# its suite (absolute times under emulation mean nothing; the ratio does).
bench-vm: vm-deps build
	@HULL_VM_KERNEL=$(VM_KERNEL) HULL_VM_BENCH=$${BENCH_RUNS:-20} bash Tests/vm/run.sh $(HULL) .build/vm | grep -E '^# bench|^vm:'

clean:
	rm -rf .build
