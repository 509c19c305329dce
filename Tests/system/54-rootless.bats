#!/usr/bin/env bats
# Rootless groundwork: `hull unshare` as an unprivileged user, with the
# user's subordinate ids mapped by newuidmap/newgidmap. The tests create
# their own user (with /etc/subuid and /etc/subgid lines) and remove it.

load helpers
load rootless
load registry

setup_file() { make_test_user hullrl; }
teardown_file() { remove_test_user; }

setup() { fixtures; }
teardown() { stop_registry; remove_helper_dir; }

@test "unshare: the user is root inside; its subordinate ids follow from 1" {
  run hull_as_user unshare cat /proc/self/uid_map /proc/self/gid_map
  assert_status 0
  [ "$(printf '%s\n' "$output" | tr -s ' ')" = " 0 $RL_UID 1
 1 800000 65536
 0 $RL_GID 1
 1 900000 65536" ]
  run hull_as_user unshare id -u
  [ "$output" = 0 ]
}

@test "unshare: a file chowned to id 1 inside belongs to the first subordinate id outside" {
  run hull_as_user unshare sh -c 'mkdir -p $HOME/owned && touch $HOME/owned/f && chown 1:2 $HOME/owned/f && stat -c %u:%g $HOME/owned/f'
  assert_status 0
  [ "$output" = 1:2 ]
  [ "$(stat -c %u:%g "/home/$RL_USER/owned/f")" = 800000:900001 ]
  # Outside the namespace the user no longer owns it.
  run runuser -u "$RL_USER" -- chown "$RL_UID" "/home/$RL_USER/owned/f"
  [ "$status" -ne 0 ]
  hull_as_user unshare rm -rf "/home/$RL_USER/owned"
}

@test "unshare: exit code, default shell, the storage environment, its own mount namespace" {
  run hull_as_user unshare sh -c 'exit 7'
  assert_status 7
  run bash -c "echo 'echo from-shell \$CONTAINERS_GRAPHROOT' | runuser -u $RL_USER -- env -i PATH=/usr/bin:/bin HOME=/home/$RL_USER SHELL=/bin/sh XDG_DATA_HOME=/home/$RL_USER/data $HULL_BIN unshare"
  assert_status 0
  [ "$output" = "from-shell /home/$RL_USER/data/hull" ]
  run hull_as_user unshare sh -c 'mount -t tmpfs none /home/'"$RL_USER"' && echo mounted && ls /home/'"$RL_USER"' | wc -l'
  assert_status 0
  [ "$output" = $'mounted\n0' ]
  # Not on the host.
  [ -z "$(grep " /home/$RL_USER " /proc/self/mountinfo)" ]
}

@test "unshare without subordinate ids: only the user's own id, with a warning" {
  sed -i "/^$RL_USER:/d" /etc/subuid /etc/subgid
  run hull_as_user unshare cat /proc/self/uid_map
  echo "$RL_USER:800000:65536" >>/etc/subuid
  echo "$RL_USER:900000:65536" >>/etc/subgid
  assert_status 0
  [[ "${lines[0]}" == "WARN[0000] no subordinate ids for user $RL_USER"* ]]
  [ "$(echo "${lines[1]}" | tr -s ' ')" = " 0 $RL_UID 1" ]
  [ "${#lines[@]}" -eq 2 ]
}

@test "unshare: ranges in /etc/subuid but not /etc/subgid, and unshare as root: exit 125, one error line" {
  sed -i "/^$RL_USER:/d" /etc/subgid
  run hull_as_user unshare true
  echo "$RL_USER:900000:65536" >>/etc/subgid
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"none in /etc/subgid"* ]]
  run "$HULL_BIN" unshare true
  assert_status 125
  [ "$output" = "Error: please use unshare with rootless" ]
}

@test "unshare: a range the user does not own is refused by newuidmap, named in one error line" {
  bad=$(mktemp /tmp/hull-subuid.XXXXXX)
  chmod 644 "$bad"
  echo "$RL_USER:0:10" >"$bad"
  run runuser -u "$RL_USER" -- env -i PATH=/usr/bin:/bin HOME="/home/$RL_USER" HULL_SUBUID_FILE="$bad" "$HULL_BIN" unshare true
  rm -f "$bad"
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"newuidmap: uid range"*"not allowed"* ]]
}

@test "rootless: import into ~/.local/share/hull and run; root inside is the user outside" {
  run hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest
  assert_status 0
  [ -d "/home/$RL_USER/data/hull/layers" ]
  # (--network none: pasta, the rootless default, is tested in 58-pasta.bats.)
  run hull_as_user run --network none --rm busybox sh -c 'id -u; cat /proc/self/uid_map | tr -s " "; grep -E "^(CapEff|Seccomp):" /proc/self/status | tr -s "\t" " "'
  assert_status 0
  [ "$output" = "0
 0 $RL_UID 1
 1 800000 65536
CapEff: 00000000800405fb
Seccomp: 2" ]
  id=$(hull_as_user run --network none -d busybox sh -c 'echo made >/made; mkdir /d; chown 1:1 /d; sleep 60')
  for _ in $(seq 50); do [ -e "/home/$RL_USER/data/hull/containers/$id/upper/d" ] && break; sleep 0.1; done
  [ "$(stat -c %u "/home/$RL_USER/data/hull/containers/$id/upper/made")" = "$RL_UID" ]
  [ "$(stat -c %u "/home/$RL_USER/data/hull/containers/$id/upper/d")" = 800000 ]
  pid=$(hull_as_user inspect --format '{{.State.Pid}}' "$id")
  [ "$(awk '/^Uid:/ {print $2}' "/proc/$pid/status")" = "$RL_UID" ]
  run hull_as_user exec "$id" sh -c 'cat /made; id -u; exit 3'
  assert_status 3
  [ "$output" = $'made\n0' ]
  run hull_as_user rm -f "$id"
  assert_status 0
  [ -z "$(hull_as_user ps -aq)" ]
  # Files of subordinate ids, which the user cannot unlink itself, go too.
  hull_as_user run --network none --name sub busybox sh -c 'mkdir -p /a/b; touch /a/b/f; chown -R 5:5 /a'
  run hull_as_user rm sub
  assert_status 0
  run hull_as_user run --network none --rm busybox sh -c 'mkdir -p /a/b; touch /a/b/f; chown -R 5:5 /a'
  assert_status 0
  [ -z "$(ls "/home/$RL_USER/data/hull/containers")" ]
  [ -z "$(ls "/home/$RL_USER/data/hull/tmp")" ]
}

@test "rootless: a --rm container's root is a volatile overlay mounted in its user namespace" {
  hull_as_user images -q | grep -q . || hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  run hull_as_user run --rm --network none busybox sh -c 'awk '"'"'$5 == "/" { print $0 }'"'"' /proc/self/mountinfo; echo x >/etc/copied-up'
  assert_status 0
  [[ $output == *userxattr* && $output == *volatile* ]]
  run hull_as_user run --network none --name keeps busybox awk '$5 == "/" { print $0 }' /proc/self/mountinfo
  assert_status 0
  [[ $output == *userxattr* && $output != *volatile* ]]
  hull_as_user rm keeps >/dev/null
  [ -z "$(ls "/home/$RL_USER/data/hull/containers")" ]
}

# A rootless foreground run's process is cloned before main (early_child.c)
# and handed its stdio later; a guess that does not fit is replaced.
@test "rootless: a foreground run with hull's stdio closed, with -t, and with the host's network" {
  hull_as_user images -q | grep -q . || hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  run as_user sh -c "'$HULL_BIN' run --rm --network none busybox sh -c 'cat; echo out; echo err >&2' <&-"
  assert_status 0
  [ "$output" = $'out\nerr' ]
  run as_user sh -c "'$HULL_BIN' run --rm --network none busybox sh -c 'exit 4' >&- 2>&-"
  assert_status 4
  run as_user "$BATS_TEST_DIRNAME/pty-session.py" 'expect:ok' -- \
    "$HULL_BIN" run --rm -t --network none busybox sh -c 'tty; echo ok'
  assert_status 0
  [[ $output == *"/dev/pts/0"* ]]
  run hull_as_user run --rm --network host busybox sh -c 'cat /proc/self/uid_map | tr -s " "'
  assert_status 0
  [ "$output" = " 0 $RL_UID 1
 1 800000 65536" ]
  # No process is left running. (Zombies are not counted: the earlier
  # test's detached monitor is reaped by PID 1, which on some test
  # machines does that late.)
  run sh -c "ps -u '$RL_USER' -o stat=,pid=,args= | grep -v '^Z'"
  [ -z "$output" ]
}

@test "rootless: host files the user does not own stay out of reach; --userns=auto is refused" {
  hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  dir=$(mktemp -d /tmp/hull-rootless.XXXXXX)
  chmod 755 "$dir"
  echo secret >"$dir/rootfile"
  chmod 644 "$dir/rootfile"
  run hull_as_user run --network none --rm -v "$dir/rootfile:/f" busybox sh -c 'stat -c %u /f; (echo x >>/f) 2>/dev/null || echo refused'
  content=$(cat "$dir/rootfile")
  rm -rf "$dir"
  assert_status 0
  [ "$output" = $'65534\nrefused' ]
  [ "$content" = secret ]
  run hull_as_user run --network none --rm --userns=auto busybox true
  assert_status 125
  assert_one_error_line
  [ -z "$(hull_as_user ps -aq)" ]
}

# Podman's rule where the user cannot write cgroups (here: no systemd, so
# no delegated cgroup v2): the container runs, without its limits, and
# the user is told once. 56-rootless-cgroups.bats delegates one.
@test "rootless: limits without a writable cgroup are ignored with one warning" {
  hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  run hull_as_user run --network none --rm --memory 64m --pids-limit 10 busybox echo ran
  assert_status 0
  own=$(sed -n 's/^0:://p' /proc/self/cgroup)
  [ "${lines[0]}" = "WARN[0000] resource limits are ignored: this user cannot create cgroups here (its cgroup $own is not delegated to it); run hull from a delegated cgroup, e.g. \`systemd-run --user --scope hull ...\`" ]
  [ "${lines[1]}" = "ran" ]
  [ "${#lines[@]}" -eq 2 ]
  id=$(hull_as_user run -d --network none --memory 64m busybox sleep 30 2>/dev/null)
  [ "$(hull_as_user inspect --format '{{.State.Status}}' "$id")" = running ]
  hull_as_user rm -f "$id" >/dev/null
}

@test "rootless: an unwritable XDG_RUNTIME_DIR or XDG_DATA_HOME is named with the fix" {
  run runuser -u "$RL_USER" -- env -i PATH=/usr/bin:/bin HOME="/home/$RL_USER" XDG_RUNTIME_DIR=/root/nope "$HULL_BIN" import "$BUSYBOX_TAR" x
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"/root/nope/hull"*"set XDG_RUNTIME_DIR"* ]]
  run runuser -u "$RL_USER" -- env -i PATH=/usr/bin:/bin HOME="/home/$RL_USER" XDG_DATA_HOME=/root/nope "$HULL_BIN" import "$BUSYBOX_TAR" x
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"/root/nope/hull"*"set XDG_DATA_HOME"* ]]
}

@test "rootless: deletions and opaque directories survive commit (overlay with userxattr)" {
  hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  hull_as_user run --network none --name wh busybox sh -c 'rm /bin/vi; rm -rf /usr; mkdir /usr; touch /usr/new'
  hull_as_user commit -q wh localhost/wh >/dev/null
  run hull_as_user run --network none --rm localhost/wh sh -c 'ls /bin/vi 2>&1; ls /usr'
  assert_status 0
  [ "$output" = $'ls: /bin/vi: No such file or directory\nnew' ]
}

@test "rootless: exec -it detaches with ctrl-p ctrl-q and the session keeps running" {
  [ -n "$(hull_as_user images -q)" ] || hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  id=$(hull_as_user run --network none -d busybox sleep 60)
  run "$BATS_TEST_DIRNAME/pty-session.py" 'expect:# ' 'send:echo in-$((40+2))\r' 'expect:in-42' \
      'send:(while [ ! -e /tmp/go ]; do sleep 0.1; done; echo done > /tmp/after) &\r' 'send:\x10\x11' -- \
      runuser -u "$RL_USER" -- env -i PATH=/usr/bin:/bin HOME="/home/$RL_USER" XDG_DATA_HOME="/home/$RL_USER/data" \
      "$HULL_BIN" exec -it "$id" sh
  assert_status 0
  hull_as_user exec "$id" touch /tmp/go
  for _ in $(seq 100); do hull_as_user exec "$id" test -e /tmp/after && break; sleep 0.1; done
  run hull_as_user exec "$id" cat /tmp/after
  [ "$output" = done ]
  hull_as_user rm -f "$id" >/dev/null
}

# Whether a keep-id container is made on the first try (subordinate range
# 800000:65536 and 900000:65536, see rootless.bash).
keepid_uid_map() {
  printf ' 0 800000 %s\n %s %s 1\n %s %s %s\n' "$RL_UID" "$RL_UID" "$RL_UID" \
    $((RL_UID + 1)) $((800000 + RL_UID)) $((65536 - RL_UID))
}

@test "rootless --userns=keep-id: the user's ids inside; bind-mounted files are the user's both ways; other host files stay unwritable" {
  hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  src=/home/$RL_USER/src
  as_user mkdir -p "$src"
  as_user sh -c "echo mine >$src/file"
  echo secret >"$src/rootfile"
  chmod 644 "$src/rootfile"
  run hull_as_user run --network none --rm --userns=keep-id -v "$src:/src" busybox sh -c \
    'id -u; id -g; stat -c %u:%g /src/file; stat -c %u /src/rootfile; echo made >/src/new; (echo x >>/src/rootfile) 2>/dev/null || echo refused; stat -c %u:%g / /bin /etc/passwd; cat /proc/self/uid_map | tr -s " "'
  assert_status 0
  [ "$output" = "$RL_UID
$RL_GID
$RL_UID:$RL_GID
65534
refused
0:0
0:0
0:0
$(keepid_uid_map)" ]
  [ "$(stat -c %u:%g "$src/new")" = "$RL_UID:$RL_GID" ]
  [ "$(cat "$src/new")" = made ]
  [ "$(cat "$src/rootfile")" = secret ]
  rm -f "$src/rootfile"
  # The image's files: a copy of the layer made for keep-id's maps, owned
  # by the first subordinate id (root inside), the original untouched.
  copy=$(ls -d /home/$RL_USER/data/hull/layers/*/mapped/*)
  [ "$(stat -c %u:%g "$copy/bin")" = 800000:900000 ]
  [ "$(stat -c %u "$(dirname "$(dirname "$copy")")/diff/bin")" = "$RL_UID" ]
  # exec joins as the user too; the container is removed with its files.
  id=$(hull_as_user run --network none -d --userns=keep-id busybox sleep 60)
  run hull_as_user exec "$id" sh -c 'id -u; id -un'
  assert_status 0
  [ "$output" = "$RL_UID
$RL_USER" ]
  run hull_as_user inspect --format '{{.HostConfig.UsernsMode}}' "$id"
  [ "$output" = keep-id ]
  hull_as_user rm -f "$id" >/dev/null
  [ ! -e "/home/$RL_USER/data/hull/containers/$id" ]
}

@test "rootless --userns=keep-id: passwd and group entries, HOME, -u, a new workdir, keep-id:uid=N,gid=N" {
  hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  run hull_as_user run --network none --rm --userns=keep-id busybox sh -c \
    'id -un; grep "^$(id -un):" /etc/passwd; grep "^$(id -gn):" /etc/group; echo "$HOME"; pwd; stat -c %u:%g /etc/passwd /etc/group /etc /etc/hosts /etc/hostname'
  assert_status 0
  # /etc/hosts and /etc/hostname belong to the container's root, as in Podman.
  [ "$output" = "$RL_USER
$RL_USER:*:$RL_UID:$RL_GID::/:/bin/sh
$RL_USER:x:$RL_GID:$RL_USER
/
/
0:0
0:0
0:0
0:0
0:0" ]
  # The user's home, when mounted in, is its home inside.
  as_user mkdir -p "/home/$RL_USER/src"
  run hull_as_user run --network none --rm --userns=keep-id -v "/home/$RL_USER/src:/home/$RL_USER" busybox sh -c \
    'echo "$HOME"; grep "^$(id -un):" /etc/passwd | cut -d: -f6'
  assert_status 0
  [ "$output" = "/home/$RL_USER
/home/$RL_USER" ]
  run hull_as_user run --network none --rm --userns=keep-id -u 0 busybox id -u
  assert_status 0
  [ "$output" = 0 ]
  # A working directory that does not exist is made, and is the user's.
  run hull_as_user run --network none --rm --userns=keep-id -w /newdir busybox sh -c 'pwd; stat -c %u:%g .; touch f && echo wrote'
  assert_status 0
  [ "$output" = "/newdir
$RL_UID:$RL_GID
wrote" ]
  # keep-id:uid=N,gid=N: the user is N inside, even beyond the subordinate range.
  as_user sh -c "echo x >/home/$RL_USER/src/f"
  for n in 1234 70000; do
    run hull_as_user run --network none --rm --userns=keep-id:uid=$n,gid=$n -v "/home/$RL_USER/src:/src" busybox sh -c \
      'id -u; id -g; stat -c %u:%g /src/f /bin'
    assert_status 0
    [ "$output" = "$n
$n
$n:$n
0:0" ]
  done
}

@test "rootless --userns=keep-id: bad values, and keep-id as root, are one error line; nothing is left" {
  hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  before=$(hull_as_user ps -aq)
  for bad in keep-id:uid=4294967295 keep-id:uid=x keep-id:size=5 keep-id:uid; do
    run hull_as_user run --network none --rm --userns=$bad busybox true
    assert_status 125
    assert_one_error_line
    [[ "$output" == *"invalid --userns \"$bad\": keep-id takes uid=N and gid=N"* ]]
  done
  run hull_as_user run --network none --rm --userns=nomap busybox true
  assert_status 125
  assert_one_error_line
  [ "$(hull_as_user ps -aq)" = "$before" ]
  # Root: Podman's error.
  setup_with_image
  run hull run --rm --userns=keep-id busybox true
  assert_status 125
  [ "$output" = "Error: keep-id is only supported in rootless mode" ]
  [ -z "$(hull ps -aq)" ]
  teardown_store
}

@test "rootless import: tar owners other than root are kept (as subordinate ids), for keep-id too; save and rmi still work" {
  dir=$(mktemp -d /tmp/hull-owned.XXXXXX)
  chmod 755 "$dir"
  mkdir -p "$dir/tree/home/u/private"
  echo data >"$dir/tree/home/u/file"
  echo s >"$dir/tree/home/u/private/x"
  chmod 700 "$dir/tree/home/u/private"
  cp "$dir/tree/home/u/file" "$dir/tree/suid"
  chmod 4755 "$dir/tree/suid"
  cp "$BUSYBOX_TAR" "$dir/owned.tar"
  tar -C "$dir/tree" --numeric-owner --owner=1000 --group=1000 -rf "$dir/owned.tar" home suid
  # A second fixture: an owner beyond the user's 65536 subordinate ids.
  tar -C "$dir/tree" --numeric-owner --owner=70000 --group=70000 -cf "$dir/toohigh.tar" home
  chmod 644 "$dir/owned.tar" "$dir/toohigh.tar"
  run hull_as_user import "$dir/owned.tar" localhost/owned
  assert_status 0
  run hull_as_user run --network none --rm localhost/owned stat -c '%u:%g %a %n' /home/u/file /home/u/private /suid /bin
  assert_status 0
  [ "$output" = "1000:1000 644 /home/u/file
1000:1000 700 /home/u/private
1000:1000 4755 /suid
0:0 755 /bin" ]
  # Outside: the subordinate id 1000 maps to (800000 + 1000 - 1).
  file=$(find "/home/$RL_USER/data/hull/layers" -path '*/diff/home/u/file')
  [ "$(stat -c %u:%g "$file")" = 800999:900999 ]
  run hull_as_user run --network none --rm --userns=keep-id localhost/owned sh -c 'stat -c %u:%g /home/u/file; cat /home/u/private/x 2>/dev/null || echo denied'
  assert_status 0
  [ "$output" = "1000:1000
denied" ]
  # save rebuilds the layer in the user's namespace (the user cannot read
  # /home/u/private/x outside it); the archive keeps the owners.
  run hull_as_user save -o "/home/$RL_USER/saved.tar" localhost/owned
  assert_status 0
  mkdir "$dir/saved"
  tar -C "$dir/saved" -xf "/home/$RL_USER/saved.tar"
  owners=$(find "$dir/saved" -name '*.tar' | while read -r f; do
    tar --numeric-owner -tvf "$f" 2>/dev/null | awk '$6 == "home/u/private/x" {print $2}'
  done)
  [ "$owners" = 1000/1000 ]
  before=$(ls "/home/$RL_USER/data/hull/layers" | wc -l)
  run hull_as_user rmi localhost/owned
  assert_status 0
  [ "$(ls "/home/$RL_USER/data/hull/layers" | wc -l)" -eq $((before - 1)) ]
  # Owners the user's namespace cannot hold: Podman's error, nothing stored.
  run hull_as_user import "$dir/toohigh.tar" localhost/toohigh
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"insufficient UIDs or GIDs available in user namespace (requested 70000:70000 for /home)"* ]]
  [ "$(ls "/home/$RL_USER/data/hull/layers" | wc -l)" -eq $((before - 1)) ]
  [ -z "$(ls "/home/$RL_USER/data/hull/tmp")" ]
  rm -rf "$dir"
}

@test "rootless push and pull keep tar owners other than root (the layer is rebuilt and stored in the user's namespace)" {
  dir=$(mktemp -d /tmp/hull-rlreg.XXXXXX)
  chmod 755 "$dir"
  start_registry "$dir/registry"
  mkdir -p "$dir/tree/srv/data"
  echo d >"$dir/tree/srv/data/f"
  chmod 700 "$dir/tree/srv/data"
  cp "$BUSYBOX_TAR" "$dir/image.tar"
  tar -C "$dir/tree" --numeric-owner --owner=1000 --group=1000 -rf "$dir/image.tar" srv
  chmod 644 "$dir/image.tar"
  hull_as_user import "$dir/image.tar" localhost/srv >/dev/null
  run hull_as_user push localhost/srv "$REGISTRY/rootless/srv:1"
  assert_status 0
  # A second store of the same user pulls it back.
  other() { runuser -u "$RL_USER" -- env -i PATH=/usr/bin:/bin HOME="/home/$RL_USER" XDG_DATA_HOME="/home/$RL_USER/other" "$HULL_BIN" "$@"; }
  run other pull -q "$REGISTRY/rootless/srv:1"
  assert_status 0
  run other run --network none --rm "$REGISTRY/rootless/srv:1" stat -c '%u:%g %a %n' /srv/data /srv/data/f /bin
  assert_status 0
  [ "$output" = "1000:1000 700 /srv/data
1000:1000 644 /srv/data/f
0:0 755 /bin" ]
  other rmi -a >/dev/null
  [ -z "$(ls "/home/$RL_USER/other/hull/layers")" ]
  stop_registry
  rm -rf "$dir"
}

@test "rootless commit and export read files of subordinate ids the user cannot read itself; keep-id's ids come back as the container saw them" {
  [ -n "$(hull_as_user images -q localhost/busybox)" ] || hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  hull_as_user run --network none --name priv busybox sh -c 'mkdir -p /p; echo s >/p/secret; chmod 600 /p/secret; chown -R 7:7 /p; chmod 700 /p'
  id=$(hull_as_user inspect --format '{{.ID}}' priv)
  run runuser -u "$RL_USER" -- cat "/home/$RL_USER/data/hull/containers/$id/upper/p/secret"
  [ "$status" -ne 0 ]
  run hull_as_user commit -q priv localhost/priv
  assert_status 0
  run hull_as_user run --network none --rm localhost/priv stat -c '%u:%g %a %n' /p /p/secret
  assert_status 0
  [ "$output" = "7:7 700 /p
7:7 600 /p/secret" ]
  run bash -c "runuser -u $RL_USER -- env -i PATH=/usr/bin:/bin HOME=/home/$RL_USER XDG_DATA_HOME=/home/$RL_USER/data $HULL_BIN export priv | tar --numeric-owner -tvf - p/secret bin/busybox | awk '{print \$2, \$6}'"
  assert_status 0
  [ "$output" = "0/0 bin/busybox
7/7 p/secret" ]
  hull_as_user rm priv >/dev/null
  # keep-id: the user's files are its own in the export and the new image.
  hull_as_user run --network none --name kid --userns=keep-id -w /w busybox sh -c 'echo x >/w/f'
  run bash -c "runuser -u $RL_USER -- env -i PATH=/usr/bin:/bin HOME=/home/$RL_USER XDG_DATA_HOME=/home/$RL_USER/data $HULL_BIN export kid | tar --numeric-owner -tvf - w/f bin/busybox etc/passwd | awk '{print \$2, \$6}'"
  assert_status 0
  [ "$output" = "0/0 bin/busybox
0/0 etc/passwd
$RL_UID/$RL_GID w/f" ]
  hull_as_user commit -q kid localhost/kid >/dev/null
  run hull_as_user run --network none --rm -u 0 localhost/kid stat -c '%u:%g' /w/f /etc/passwd
  assert_status 0
  [ "$output" = "$RL_UID:$RL_GID
0:0" ]
  hull_as_user rm kid >/dev/null
}

@test "rootless: without newuidmap and newgidmap in PATH, one error line naming the uidmap package; nothing is created" {
  hull_as_user import "$BUSYBOX_TAR" localhost/busybox:latest >/dev/null
  before=$(hull_as_user ps -aq)
  helper_dir
  run hull_with_helpers run --rm --network none busybox true
  assert_status 125
  [ "${#lines[@]}" -eq 1 ]
  [[ "$output" == "Error: newuidmap and newgidmap are needed"*"install the uidmap package"* ]]
  helper_dir newuidmap
  run hull_with_helpers run --network none busybox true
  assert_status 125
  [[ "$output" == "Error: newuidmap and newgidmap are needed"* ]]
  run hull_as_user ps -aq
  assert_status 0
  [ "$output" = "$before" ]
  # Found through PATH, they work from any directory.
  helper_dir newuidmap newgidmap
  run hull_with_helpers run --rm --network none busybox id -u
  assert_status 0
  [ "$output" = 0 ]
}
