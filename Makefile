# hull: build, test, demo and docs. Every target installs what it needs,
# so a fresh Debian machine (as root) needs nothing but this repository.
SHELL := /bin/bash
export PATH := /opt/swift/usr/bin:$(PATH)

SWIFT_RELEASE := swift build -c release --static-swift-stdlib
HULL := .build/release/hull

# make install: PREFIX and DESTDIR as usual. Man pages go where man-db
# looks ($(PREFIX)/share/man), completions where each shell reads them.
PREFIX ?= /usr/local
BINDIR := $(DESTDIR)$(PREFIX)/bin
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASH_COMPLETIONS := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_COMPLETIONS := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_COMPLETIONS := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

# Build: headers and static archives of the C libraries hull links, and the
# static C++ runtime under Swift's (Sources/hull/StaticRuntime).
BUILD_DEBS := libarchive-dev libzstd-dev zlib1g-dev libssl-dev libacl1-dev libcurl4-openssl-dev libseccomp-dev libstdc++-12-dev
# Run time: libnftables is dlopen'd by the commands that change firewall
# rules (bridge networks, published ports), libcurl by the registry client;
# neither is linked. iproute2 and nftables: the demo's clean-up.
RUNTIME_DEBS := libnftables1 libcurl4 iproute2 nftables
# make docs: the man page generator.
DOCS_DEBS := python3
# Tests: the fixtures' busybox, bats, and the tools the tests drive;
# podman, crun and conmon are the reference of the differential cases
# (Tests/differential).
TEST_DEBS := busybox-static bats python3 man-db git util-linux iproute2 docker-registry skopeo apache2-utils zstd nftables curl uidmap passt slirp4netns fuse-overlayfs podman crun conmon

# The pure cgroup v2 suite (Tests/vm): qemu boots Debian's cloud kernel,
# busybox is the guest's userland, uidmap and libnftables are copied into
# it, kmod (depmod, modprobe) and cpio pack it. The kernel package is
# downloaded and unpacked under .build/vm, not installed: installing it
# would run the host's initramfs and bootloader hooks for a kernel this
# host never boots (see Tests/vm/fetch-kernel.sh).
VM_DEBS := qemu-system-x86 busybox-static uidmap libnftables1 kmod cpio
VM_KERNEL := linux-image-cloud-amd64

.PHONY: all deps test-deps vm-deps build demo test test-vm test-differential docs bench bench-vm clean install uninstall

all: build

deps:
	@bash scripts/apt-install.sh $(BUILD_DEBS) $(RUNTIME_DEBS)

test-deps: deps vm-deps
	@bash scripts/apt-install.sh $(TEST_DEBS) $(DOCS_DEBS)

vm-deps:
	@bash scripts/apt-install.sh $(VM_DEBS)

build: deps
	$(SWIFT_RELEASE)

# Imports a busybox image made from Debian's busybox-static (no internet),
# runs a container from it, and removes what it made (scripts/demo.sh).
demo: test-deps build
	@bash scripts/demo.sh $(HULL)

# Unit tests (swift test), the system suite (bats), the pure cgroup v2
# suite in a VM and the differential cases against podman, all against the
# release binary; ends with one
# "N passed, N failed" line.
test: test-deps build
	@HULL_VM_KERNEL=$(VM_KERNEL) bash Tests/run-all.sh $(HULL)

# The pure cgroup v2 suite alone: a VM booted from an initramfs holding
# the release binary (Tests/vm/run.sh).
test-vm: vm-deps build
	@HULL_VM_KERNEL=$(VM_KERNEL) bash Tests/vm/run.sh $(HULL) .build/vm

# The differential cases alone: each command line against podman and the
# release binary, compared (Tests/differential/run.sh; CASES=REGEX picks).
test-differential: test-deps build
	@bash Tests/differential/run.sh $(HULL) "$(CASES)"

# Regenerates man pages and shell completions from the command tree.
docs: build
	@bash scripts/apt-install.sh $(DOCS_DEBS)
	@bash scripts/generate-docs.sh $(HULL) man completions

bench: build
	@bash bench/run.sh $(HULL)

# The binary, its man pages and completions. Builds first only when the
# binary is missing, so `sudo make install` after a build compiles nothing.
install:
	@[ -x $(HULL) ] || $(MAKE) build
	install -d $(BINDIR) $(MANDIR) $(BASH_COMPLETIONS) $(ZSH_COMPLETIONS) $(FISH_COMPLETIONS)
	install -m 0755 $(HULL) $(BINDIR)/hull
	install -m 0644 man/*.1 $(MANDIR)/
	install -m 0644 completions/hull.bash $(BASH_COMPLETIONS)/hull
	install -m 0644 completions/_hull $(ZSH_COMPLETIONS)/_hull
	install -m 0644 completions/hull.fish $(FISH_COMPLETIONS)/hull.fish
	-@[ -n "$(DESTDIR)" ] || mandb -q 2>/dev/null || true

uninstall:
	rm -f $(BINDIR)/hull $(BASH_COMPLETIONS)/hull $(ZSH_COMPLETIONS)/_hull $(FISH_COMPLETIONS)/hull.fish
	rm -f $(addprefix $(MANDIR)/,$(notdir $(wildcard man/*.1)))
	-@[ -n "$(DESTDIR)" ] || mandb -q 2>/dev/null || true

# The pure cgroup v2 row: run --rm against the floor inside the VM, after
# its suite (absolute times under emulation mean nothing; the ratio does).
bench-vm: vm-deps build
	@HULL_VM_KERNEL=$(VM_KERNEL) HULL_VM_BENCH=$${BENCH_RUNS:-20} bash Tests/vm/run.sh $(HULL) .build/vm | grep -E '^# bench|^vm:'

clean:
	rm -rf .build
