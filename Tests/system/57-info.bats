#!/usr/bin/env bats
# `hull info`: podman info's shape (a subset), as root and as an
# unprivileged user (a test user with /etc/subuid and /etc/subgid lines,
# made as in 54-rootless.bats and removed after).

load helpers
load rootless

setup_file() { make_test_user hullin; }
teardown_file() { remove_test_user; }

setup() { setup_with_image; }
teardown() { teardown_store; }


@test "info as root: YAML by default with the host, the store and the version" {
  run hull info
  assert_status 0
  [[ "$output" == "host:"* ]]
  [[ "$output" == *$'\n  arch: '"$(uname -m | sed 's/x86_64/amd64/;s/aarch64/arm64/')"$'\n'* ]]
  [[ "$output" == *$'\n  kernel: '"$(uname -r)"$'\n'* ]]
  [[ "$output" == *$'\n  os: linux\n'* ]]
  [[ "$output" == *$'\n  idMappings:\n    gidmap: null\n    uidmap: null\n'* ]]
  [[ "$output" == *$'\n  security:\n    rootless: false\n'* ]]
  [[ "$output" == *$'\n  graphRoot: '"$HULL_ROOT_DIR"$'\n'* ]]
  [[ "$output" == *$'\n  imageStore:\n    number: 1\n'* ]]
  [[ "$output" == *$'\n  runRoot: '"$HULL_RUN_DIR"$'\n'* ]]
  [[ "$output" == *$'\nversion:\n  Version: '"$("$HULL_BIN" version --format '{{.Client.Version}}')"$'\n'* ]]
}

@test "info --format: Go templates by podman's field names, and json" {
  hull create --name made busybox true >/dev/null
  id=$(hull run -d busybox sleep 60)
  run hull info --format '{{.Host.Security.Rootless}} {{.Store.GraphRoot}} {{.Store.RunRoot}} {{.Store.ImageStore.Number}} {{.Store.ContainerStore.Number}} {{.Store.ContainerStore.Running}} {{.Store.ContainerStore.Stopped}} {{.Host.CgroupManager}} {{.Host.OS}}'
  assert_status 0
  [ "$output" = "false $HULL_ROOT_DIR $HULL_RUN_DIR 1 2 1 1 cgroupfs linux" ]
  # A hybrid host is v1 to Podman; hull's unified mode makes it v2.
  if [ "$(stat -fc %T /sys/fs/cgroup)" = cgroup2fs ]; then want=v2; else want=v1; fi
  [ "$(hull info -f '{{.Host.CgroupVersion}}')" = "$want" ]
  if [ -d /sys/fs/cgroup/unified ]; then
    [ "$(HULL_CGROUP_MODE=unified hull info -f '{{.Host.CgroupVersion}}')" = v2 ]
  fi
  # The controllers hull can limit with: the v1 hierarchies, or the
  # cgroup2 root's; no delegation as root.
  if [ "$want" = v1 ]; then
    # Those /proc/cgroups puts in a v1 hierarchy (not 0, which is cgroup2).
    controllers=$(awk '$1 !~ /^#/ && $2 != 0 && $4 == 1 {print $1}' /proc/cgroups | sort | paste -sd' ')
  else
    controllers=$(tr ' ' '\n' </sys/fs/cgroup/cgroup.controllers | sort | paste -sd' ')
  fi
  [ "$(hull info -f '{{.Host.CgroupControllers}} [{{.Host.CgroupDelegation}}]')" = "[$controllers] []" ]
  if [ -d /sys/fs/cgroup/unified ]; then
    unified=$(tr ' ' '\n' </sys/fs/cgroup/unified/cgroup.controllers | sort | paste -sd' ')
    [ "$(HULL_CGROUP_MODE=unified hull info -f '{{.Host.CgroupControllers}}')" = "[$unified]" ]
  fi
  run hull info --format json
  assert_status 0
  [ "$(printf '%s' "$output" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["host"]["security"]["rootless"], d["store"]["graphRoot"], d["store"]["containerStore"]["number"], d["host"]["idMappings"]["uidmap"])')" = "False $HULL_ROOT_DIR 2 None" ]
  [ "$(hull info --format '{{json .Store.ImageStore}}')" = '{"number":1}' ]
  hull rm -f "$id" made >/dev/null
}

@test "info: a bad template is one error line, exit 125; info writes nothing into a new store" {
  run hull info --format '{{.Host.Nope'
  assert_status 125
  assert_one_error_line
  fresh=$STORE/fresh
  run "$HULL_BIN" --root "$fresh/root" --runroot "$fresh/run" info -f '{{.Store.ImageStore.Number}}'
  assert_status 0
  [ "$output" = 0 ]
  [ ! -e "$fresh" ]
}

@test "info as an unprivileged user: rootless, its id ranges, its own store" {
  run as_user "$HULL_BIN" info
  assert_status 0
  [[ "$output" == *$'\n  idMappings:\n    gidmap:\n    - container_id: 0\n      host_id: '"$RL_GID"$'\n      size: 1\n    - container_id: 1\n      host_id: 900000\n      size: 65536\n    uidmap:\n    - container_id: 0\n      host_id: '"$RL_UID"$'\n      size: 1\n    - container_id: 1\n      host_id: 800000\n      size: 65536\n'* ]]
  [[ "$output" == *$'\n  security:\n    rootless: true\n'* ]]
  [[ "$output" == *$'\n  rootlessNetworkCmd: pasta\n'* ]]
  want=$(command -v pasta || true)
  [ "$(as_user "$HULL_BIN" info --format '{{.Host.Pasta.Executable}}')" = "$want" ]
  [[ "$output" == *$'\n  graphRoot: /home/'"$RL_USER"$'/data/hull\n'* ]]
  [[ "$output" == *$'\n  runRoot: /tmp/hull-run-'"$RL_UID"$'\n'* ]]
  as_user "$HULL_BIN" import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  run as_user XDG_RUNTIME_DIR="/home/$RL_USER/rt" "$HULL_BIN" info --format '{{.Host.Security.Rootless}} {{.Store.ImageStore.Number}} {{.Store.RunRoot}} {{range .Host.IDMappings.UIDMap}}{{.container_id}}:{{.host_id}}:{{.size}} {{end}}'
  assert_status 0
  [ "$output" = "true 1 /home/$RL_USER/rt/hull 0:$RL_UID:1 1:800000:65536 " ]
  run as_user "$HULL_BIN" info --format json
  assert_status 0
  [ "$(printf '%s' "$output" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["host"]["security"]["rootless"], d["host"]["idMappings"]["gidmap"][1])')" = "True {'container_id': 1, 'host_id': 900000, 'size': 65536}" ]
  as_user "$HULL_BIN" rmi -a >/dev/null
}

@test "info as an unprivileged user without subordinate gids: one error line naming the fix" {
  sed -i "/^$RL_USER:/d" /etc/subgid
  run as_user "$HULL_BIN" info
  echo "$RL_USER:900000:65536" >>/etc/subgid
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"none in /etc/subgid"* ]]
}
