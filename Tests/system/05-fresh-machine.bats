#!/usr/bin/env bats
# What a new user meets on a fresh Debian machine: every package the build
# needs is one the Makefile installs, `make install` puts the binary, man
# pages and completions where the shells and man look, and `make demo`
# leaves the host as it found it.

load helpers

setup() { REPO=$(cd "$BATS_TEST_DIRNAME/../.." && pwd); STAGE=$(mktemp -d); }
teardown() { rm -rf "$STAGE"; }

@test "every header and library the build uses comes from a package the Makefile installs" {
  run bash "$REPO/scripts/check-build-deps.sh"
  echo "$output"
  assert_status 0
}

@test "the dependency check fails when a package is dropped from the Makefile" {
  sed '/^BUILD_DEBS/s/ libseccomp-dev//' "$REPO/Makefile" >"$STAGE/Makefile"
  run bash "$REPO/scripts/check-build-deps.sh" "$STAGE/Makefile"
  echo "$output"
  assert_status 1
  [[ "$output" == *"<seccomp.h> comes from libseccomp-dev"* ]]
  [[ "$output" == *"libseccomp.a comes from libseccomp-dev"* ]]
  sed '/^RUNTIME_DEBS/s/ libcurl4//' "$REPO/Makefile" >"$STAGE/Makefile"
  run bash "$REPO/scripts/check-build-deps.sh" "$STAGE/Makefile"
  assert_status 1
  [[ "$output" == *"dlopen'd libcurl.so.4 comes from libcurl4"* ]]
}

@test "make install puts man pages and completions where man and the shells find them; uninstall removes them" {
  make -C "$REPO" --no-print-directory install DESTDIR="$STAGE" PREFIX=/usr HULL="$HULL_BIN" >/dev/null
  [ -x "$STAGE/usr/bin/hull" ]
  [ -f "$STAGE/usr/share/bash-completion/completions/hull" ]
  [ -f "$STAGE/usr/share/zsh/site-functions/_hull" ]
  [ -f "$STAGE/usr/share/fish/vendor_completions.d/hull.fish" ]
  for page in hull hull-run hull-container-ls hull-volume-create; do
    run man -M "$STAGE/usr/share/man" -w "$page"
    assert_status 0
  done
  # The grouped alias page leads to the verb's own page.
  MANPAGER=cat run man -M "$STAGE/usr/share/man" hull-container-run
  [[ "$output" == *"hull-run - Run a command in a new container."* ]]
  make -C "$REPO" --no-print-directory uninstall DESTDIR="$STAGE" PREFIX=/usr >/dev/null
  [ -z "$(find "$STAGE" -type f)" ]
}

@test "every man page has EXAMPLES and an EXIT STATUS; hidden verbs have none" {
  for page in "$REPO"/man/*.1; do
    grep -q '^\.so ' "$page" && continue
    grep -q '^\.SH EXAMPLES' "$page" || { echo "$page: no EXAMPLES"; false; }
    grep -q '^\.SH "\?EXIT STATUS' "$page" || { echo "$page: no EXIT STATUS"; false; }
  done
  grep -q '^\\fB125\\fR' "$REPO/man/hull-run.1"
  grep -q '^\\fB127\\fR' "$REPO/man/hull-run.1"
  [ ! -e "$REPO/man/hull-container-monitor.1" ]
  [ ! -e "$REPO/man/hull-container-cleanup.1" ]
  [ ! -e "$REPO/man/hull-exec-monitor.1" ]
  [ ! -e "$REPO/man/hull-userns-files.1" ]
}

@test "make demo leaves the host as it found it" {
  links() { ip -o link show | awk -F': ' '{print $2}' | sort; }
  before_links=$(links); before_tables=$(nft list tables | sort); before_forward=$(cat /proc/sys/net/ipv4/ip_forward)
  before_mounts=$(sort /proc/self/mountinfo | awk '{print $5}')
  # The host-wide bridge records (/run/hull/host) are the host's too.
  books() { ls /run/hull/host/bridges 2>/dev/null | sort; }
  before_books=$(books)
  run bash "$REPO/scripts/demo.sh" "$HULL_BIN"
  echo "$output"
  assert_status 0
  [[ "$output" == *"hello from demo"* ]]
  [ "$(links)" = "$before_links" ]
  [ "$(nft list tables | sort)" = "$before_tables" ]
  [ "$(cat /proc/sys/net/ipv4/ip_forward)" = "$before_forward" ]
  [ "$(sort /proc/self/mountinfo | awk '{print $5}')" = "$before_mounts" ]
  [ "$(books)" = "$before_books" ]
  [ -z "$(ls -d /tmp/hull-demo.* 2>/dev/null)" ]
}

@test "the repository root holds only what the README's layout names" {
  cd "$REPO"
  expected=".ci .gitignore BENCHMARKS.md Makefile Package.swift README.md Sources Tests bench completions man scripts"
  actual=$(git ls-files | cut -d/ -f1 | sort -u | tr '\n' ' ')
  [ "$actual" = "$(tr ' ' '\n' <<<"$expected" | sort | tr '\n' ' ')" ] || { echo "root holds: $actual"; false; }
}
