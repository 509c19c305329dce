# A throw-away unprivileged user with subordinate id ranges, for the
# rootless suites. Made in setup_file, removed (with its containers) in
# teardown_file, also when a test failed.

# make_test_user PREFIX -> RL_USER, RL_UID, RL_GID
make_test_user() {
  export RL_USER=$1$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')
  useradd -m -U -s /bin/sh "$RL_USER"
  touch /etc/subuid /etc/subgid
  # Only this test's ranges (useradd may have added automatic ones).
  sed -i "/^$RL_USER:/d" /etc/subuid /etc/subgid
  echo "$RL_USER:800000:65536" >>/etc/subuid
  echo "$RL_USER:900000:65536" >>/etc/subgid
  export RL_UID=$(id -u "$RL_USER") RL_GID=$(id -g "$RL_USER")
}

remove_test_user() {
  # The user's containers first (hull stops them by their recorded pids).
  as_user "$HULL_BIN" rm -fa >/dev/null 2>&1 || true
  sed -i "/^$RL_USER:/d" /etc/subuid /etc/subgid
  userdel -r "$RL_USER" 2>/dev/null || true
  rm -rf "/tmp/hull-run-$RL_UID"
}

# as_user CMD...: runs CMD as the test user, in a clean environment.
as_user() {
  runuser -u "$RL_USER" -- env -i PATH=/usr/bin:/bin HOME="/home/$RL_USER" SHELL=/bin/sh \
    XDG_DATA_HOME="/home/$RL_USER/data" "$@"
}

# hull_as_user ARGS...: hull, as the test user.
hull_as_user() {
  as_user "$HULL_BIN" "$@"
}

# The rootless network suites (pasta, slirp4netns): a test user with the
# busybox image, and /dev/net/tun, mode 0600 on these machines, opened to
# 0666 deliberately; teardown puts the recorded mode back.
rootless_network_setup_file() {
  make_test_user "$1"
  export TUN_MODE=$(stat -c %a /dev/net/tun)
  chmod 0666 /dev/net/tun
  fixtures
  hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
}

rootless_network_teardown_file() {
  chmod "$TUN_MODE" /dev/net/tun
  remove_test_user
}

# Per test: the host-side server a test started, and the user's containers.
rootless_network_teardown() {
  [ -z "${SERVER_PID:-}" ] || kill "$SERVER_PID" 2>/dev/null || true
  hull_as_user rm -fa >/dev/null 2>&1 || true
}

# helper_dir NAME...: a directory the test user can read holding links to
# only these host programs, to run hull with it as its whole PATH (hull
# finds newuidmap, pasta and slirp4netns through PATH, as Podman does).
# A new one replaces the last; remove_helper_dir (teardown) removes it.
helper_dir() {
  remove_helper_dir
  HELPER_DIR=$(mktemp -d /tmp/hull-helpers.XXXXXX)
  chmod 755 "$HELPER_DIR"
  local name
  for name in "$@"; do ln -s "$(command -v "$name")" "$HELPER_DIR/$name"; done
}

remove_helper_dir() {
  [ -z "${HELPER_DIR:-}" ] || rm -rf "$HELPER_DIR"
  HELPER_DIR=
}

# hull_with_helpers ARGS...: hull as the test user, PATH=$HELPER_DIR.
hull_with_helpers() {
  as_user env PATH="$HELPER_DIR" "$HULL_BIN" "$@"
}
