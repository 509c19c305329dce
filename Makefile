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

.PHONY: all deps test-deps build demo test docs bench clean

all: build

deps:
	@bash scripts/apt-install.sh $(BUILD_DEBS) $(RUNTIME_DEBS)

test-deps: deps
	@bash scripts/apt-install.sh $(TEST_DEBS)

build: deps
	$(SWIFT_RELEASE)

# Imports a busybox image made from Debian's busybox-static (no internet)
# and runs a container from it.
demo: test-deps build
	@Tests/fixtures/busybox-rootfs.sh $(DEMO_ROOT)/fixture
	$(HULL) --root $(DEMO_ROOT)/root --runroot $(DEMO_ROOT)/run import $(DEMO_ROOT)/fixture/busybox.tar localhost/busybox:latest
	$(HULL) --root $(DEMO_ROOT)/root --runroot $(DEMO_ROOT)/run images
	$(HULL) --root $(DEMO_ROOT)/root --runroot $(DEMO_ROOT)/run run --rm --hostname demo busybox sh -c 'echo "hello from $$(hostname), pid $$$$ in its own namespace"; uname -sr'

# Unit tests (swift test) and the system suite (bats) against the release
# binary; ends with one "N passed, N failed" line.
test: test-deps build
	@bash Tests/run-all.sh $(HULL)

# Regenerates man pages and shell completions from the command tree.
docs: build
	@bash scripts/generate-docs.sh $(HULL) man completions

bench: build
	@bash bench/run.sh $(HULL)

clean:
	rm -rf .build
