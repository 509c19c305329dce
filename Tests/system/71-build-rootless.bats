#!/usr/bin/env bats
# hull build as an unprivileged user: RUN's changes, files of subordinate
# ids the user cannot read among them, reach the layer; COPY --chown too.
# The test makes its own user (with subordinate ids) and removes it.

load helpers
load rootless

setup_file() { make_test_user hullbd; }
teardown_file() { remove_test_user; }

setup() { fixtures; }

@test "rootless build: RUN writes files of other ids, COPY --chown, the image runs" {
  hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  ctx=/home/$RL_USER/ctx
  mkdir -p "$ctx"
  echo data >"$ctx/f"
  cat >"$ctx/Containerfile" <<'CF'
FROM localhost/busybox
COPY --chown=1000:1000 f /f
RUN mkdir /priv && echo secret >/priv/s && chown -R 1234:1234 /priv && chmod 700 /priv && chmod 600 /priv/s
CF
  chown -R "$RL_USER" "$ctx"
  run hull_as_user build --network none -q -t rl "$ctx"
  assert_status 0
  run hull_as_user run --rm --network none rl sh -c 'stat -c "%u:%g %a" /f /priv /priv/s; cat /priv/s'
  assert_status 0
  [ "$output" = "$(printf '1000:1000 644\n1234:1234 700\n1234:1234 600\nsecret')" ]
}
