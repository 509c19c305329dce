#!/usr/bin/env bats
# Named and anonymous volumes, bind and tmpfs mounts, driven as a user would.

load helpers

setup() { setup_with_image; }
teardown() {
  local rc=0
  assert_no_mounts || rc=1
  teardown_store
  return $rc
}

# No container and no volume: what a refused create must leave.
assert_nothing_created() {
  [ -z "$(hull ps -aq)" ]
  [ -z "$(hull volume ls -q)" ]
}

@test "volume create, ls, inspect, exists and rm" {
  run hull volume create --label tier=db data
  assert_status 0
  [ "$output" = "data" ]
  run hull volume create
  assert_status 0
  [[ "$output" =~ ^[0-9a-f]{64}$ ]]
  anon=$output

  run hull volume ls
  [ "${lines[0]}" = "DRIVER      VOLUME NAME" ]
  [[ "$output" == *"local       data"* ]]
  run hull volume ls -q --filter label=tier=db
  [ "$output" = "data" ]
  run hull volume ls --format '{{.Name}} {{.Driver}}' --filter name=^dat
  [ "$output" = "data local" ]

  run hull volume inspect --format '{{.Name}} {{.Driver}} {{.Scope}} {{.Mountpoint}} {{index .Labels "tier"}}' data
  [ "$output" = "data local local $HULL_ROOT_DIR/volumes/data/_data db" ]
  [ -d "$HULL_ROOT_DIR/volumes/data/_data" ]
  run hull volume inspect data
  [[ "$output" == "["* ]]
  [[ "$output" == *'"CreatedAt": "'* ]]
  [[ "$output" == *'"Options": {}'* ]]

  run hull volume create data
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"already exists"* ]]
  run hull volume create --ignore data
  assert_status 0

  hull volume exists data
  run hull volume exists nosuch
  assert_status 1

  run hull volume rm data "$anon"
  assert_status 0
  [ -z "$(hull volume ls -q)" ]
  [ ! -e "$HULL_ROOT_DIR/volumes/data" ]
  # A volume can name a host directory (Docker's type=none,o=bind idiom).
  mkdir "$STORE/hostdir"
  hull volume create -o type=none -o o=bind -o device="$STORE/hostdir" hv >/dev/null
  run hull volume inspect --format '{{.Mountpoint}} {{.Options.type}}' hv
  [ "$output" = "$STORE/hostdir none" ]
  hull run --rm -v hv:/h busybox sh -c 'echo via-volume > /h/f'
  [ "$(cat "$STORE/hostdir/f")" = "via-volume" ]
  hull volume rm hv >/dev/null
  [ -f "$STORE/hostdir/f" ]
  run hull volume create -o type=none -o o=bind -o device="$STORE/nothere" hv2
  assert_status 125
  assert_one_error_line
  run hull volume create -o type=none hv3
  assert_status 125
  assert_one_error_line

  run hull volume rm nosuch
  assert_status 1
  assert_one_error_line
  run hull volume rm -f nosuch
  assert_status 0
}

@test "data written to a named volume survives rm and shows in a new container" {
  run hull run --rm -v data:/var/lib/app busybox sh -c 'echo kept > /var/lib/app/f'
  assert_status 0
  # -v made the volume on first use.
  [ "$(hull volume ls -q)" = "data" ]
  run hull run --rm --mount type=volume,src=data,dst=/other busybox cat /other/f
  assert_status 0
  [ "$output" = "kept" ]
  [ "$(cat "$HULL_ROOT_DIR/volumes/data/_data/f")" = "kept" ]
  # A --read-only root keeps its volumes writable.
  run hull run --rm --read-only -v data:/var/lib/app busybox sh -c 'touch /var/lib/app/rw && touch /nope'
  [ "$status" -ne 0 ]
  [[ "$output" == *"/nope"*"Read-only file system"* ]]
  [ -f "$HULL_ROOT_DIR/volumes/data/_data/rw" ]

  # --mount makes a missing volume with the labels and options it names.
  run hull run --rm --mount type=volume,src=owned,dst=/o,volume-label=team=a,volume-opt=o=uid=1000,volume-opt=nocopy busybox stat -c %u /o
  assert_status 0
  [ "$output" = "1000" ]
  run hull volume inspect --format '{{.Labels.team}} {{.UID}}' owned
  [ "$output" = "a 1000" ]
}

@test "containers starting at once share one new volume and its copy-up" {
  pids=()
  for i in 1 2 3 4; do
    hull run --rm -v race:/etc busybox grep -q "^root:" /etc/passwd &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  [ "$(hull volume ls -q)" = "race" ]
  run hull volume inspect --format '{{.NeedsCopyUp}}' race
  [ "$output" = "<no value>" ] || [ "$output" = "false" ]
}

@test "a new volume gets the image's content with its owners; a used one does not" {
  # busybox's /home/app belongs to app (1000:1000).
  run hull run --rm -v home:/home/app busybox sh -c 'stat -c "%u:%g %a" /home/app; ls -A /home/app | wc -l'
  assert_status 0
  [ "${lines[0]}" = "1000:1000 755" ]
  run hull run --rm -v etc:/etc busybox sh -c 'grep -c "^root:" /etc/passwd; stat -c %u:%g /etc/passwd'
  assert_status 0
  [ "${lines[0]}" = "1" ]
  [ "${lines[1]}" = "0:0" ]
  [ -f "$HULL_ROOT_DIR/volumes/etc/_data/group" ]
  # Copied once: what the containers did to it stays, the image does not come back.
  hull run --rm -v etc:/etc busybox rm /etc/group
  run hull run --rm -v etc:/etc busybox ls /etc/group
  [ "$status" -ne 0 ]
  # nocopy, and a volume that already holds data, get nothing.
  # (hull's generated /etc/hosts and /etc/hostname are mounted on top.)
  run hull run --rm -v empty:/etc:nocopy busybox ls -A /etc
  assert_status 0
  [[ "$output" != *passwd* ]]
  hull volume create full
  echo mine > "$HULL_ROOT_DIR/volumes/full/_data/only"
  run hull run --rm -v full:/etc busybox sh -c 'cat /etc/only; ls /etc/passwd'
  [ "${lines[0]}" = "mine" ]
  [ "$status" -ne 0 ]
}

@test "bind mounts: rw writes reach the host, ro refuses writes, files bind too" {
  mkdir "$STORE/site"
  echo hello > "$STORE/site/index.html"
  run hull run --rm -v "$STORE/site:/usr/share/site:rw,Z" busybox sh -c 'cat /usr/share/site/index.html; echo new > /usr/share/site/new'
  assert_status 0
  [ "$output" = "hello" ]
  [ "$(cat "$STORE/site/new")" = "new" ]

  run hull run --rm -v "$STORE/site:/usr/share/site:ro" busybox sh -c 'echo x > /usr/share/site/bad'
  [ "$status" -ne 0 ]
  [[ "$output" == *"Read-only file system"* ]]
  run hull run --rm --mount "type=bind,src=$STORE/site,dst=/s,readonly" busybox touch /s/bad
  [ "$status" -ne 0 ]
  [ ! -e "$STORE/site/bad" ]

  run hull run --rm -v "$STORE/site/index.html:/etc/motd:ro" busybox cat /etc/motd
  assert_status 0
  [ "$output" = "hello" ]
  # Propagation flags reach the mount; z/Z are accepted (no SELinux here).
  run hull run --rm -v "$STORE/site:/m:rshared,z" busybox grep " /m " /proc/self/mountinfo
  assert_status 0
  [[ "$output" == *"shared:"* ]]
  # A missing target is made inside the container's root.
  run hull run --rm -v "$STORE/site:/new/deep/dir" busybox ls /new/deep/dir
  [[ "$output" == *"index.html"* ]]
}

@test "--mount tmpfs with size and mode; --tmpfs still works" {
  run hull run --rm --mount type=tmpfs,dst=/scratch,tmpfs-size=1m,tmpfs-mode=1770 busybox sh -c 'grep " /scratch " /proc/mounts; stat -c %a /scratch'
  assert_status 0
  [[ "${lines[0]}" == *"size=1024k"* ]]
  [[ "${lines[0]}" == *"nosuid"* ]]
  [ "${lines[1]}" = "1770" ]
  run hull run --rm --tmpfs /run:size=2m busybox sh -c 'grep " /run " /proc/mounts'
  [[ "$output" == *"size=2048k"* ]]
}

@test "anonymous volumes come from the image's VOLUME and go with rm -v and --rm" {
  hull import --change 'VOLUME /data' "$BUSYBOX_TAR" withvol >/dev/null
  hull create --name a withvol true >/dev/null
  [ "$(hull volume ls -q | wc -l)" -eq 1 ]
  vol=$(hull volume ls -q)
  run hull inspect --format '{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}} {{.RW}} {{.Source}}{{end}}' a
  [ "$output" = "volume $vol /data true $HULL_ROOT_DIR/volumes/$vol/_data" ]
  run hull volume inspect --format '{{.Anonymous}}' "$vol"
  [ "$output" = "true" ]
  run hull rm -v a
  assert_status 0
  [ -z "$(hull volume ls -q)" ]

  # Plain rm keeps it (as Podman does); --rm removes it.
  hull create --name b withvol true >/dev/null
  hull rm b
  [ "$(hull volume ls -q | wc -l)" -eq 1 ]
  hull volume prune -f >/dev/null
  run hull run --rm withvol sh -c 'echo x > /data/x'
  assert_status 0
  run hull run --rm -v /scratch busybox true
  assert_status 0
  [ -z "$(hull volume ls -q)" ]
  # Detached: the monitor removes the container and its anonymous volume.
  hull run -d --rm withvol true >/dev/null
  for _ in $(seq 200); do [ -z "$(hull ps -aq)$(hull volume ls -q)" ] && break; sleep 0.05; done
  [ -z "$(hull ps -aq)" ]
  [ -z "$(hull volume ls -q)" ]
  # A named volume at the image's VOLUME path replaces the anonymous one.
  run hull run --rm -v named:/data withvol true
  [ "$(hull volume ls -q)" = "named" ]
}

@test "volume rm refuses a volume in use; -f removes its containers; prune keeps used ones" {
  hull create --name user -v data:/d busybox true >/dev/null
  hull volume create spare >/dev/null
  run hull volume rm data
  assert_status 2
  assert_one_error_line
  [[ "$output" == *"volume data is being used by the following container(s)"* ]]
  hull volume exists data

  # prune asks first; "n" keeps everything, "y" removes the unused one.
  run bash -c "echo n | $HULL_BIN --root $HULL_ROOT_DIR --runroot $HULL_RUN_DIR volume prune"
  [[ "$output" == *"Are you sure you want to continue? [y/N]"* ]]
  hull volume exists spare
  run bash -c "echo y | $HULL_BIN --root $HULL_ROOT_DIR --runroot $HULL_RUN_DIR volume prune"
  assert_status 0
  [[ "${lines[-1]}" == *spare ]]
  run hull volume exists spare
  assert_status 1
  hull volume create spare >/dev/null
  run hull volume prune -f
  assert_status 0
  [ "$output" = "spare" ]
  hull volume exists data

  run hull volume rm -f data
  assert_status 0
  [ "$output" = "data" ]
  [ -z "$(hull ps -aq)" ]
  run hull volume exists data
  assert_status 1
}

@test "--volumes-from shares another container's volumes" {
  hull create --name src -v shared:/d busybox true >/dev/null
  hull run --rm -v shared:/d busybox sh -c 'echo from-src > /d/f'
  run hull run --rm --volumes-from src:ro busybox sh -c 'cat /d/f; touch /d/g'
  [ "${lines[0]}" = "from-src" ]
  [[ "$output" == *"Read-only file system"* ]]
}

@test "an image's symlink to / cannot send a mount or a copy-up outside the root" {
  # /data in the image points at the host's root; the test's own paths stand in for host files.
  mkdir -p "$STORE/evil/src" "$STORE/secret" "$STORE/bindsrc"
  echo host-only > "$STORE/secret/hostfile"
  echo marker > "$STORE/bindsrc/marker"
  cp "$BUSYBOX_TAR" "$STORE/evil.tar"
  ln -s / "$STORE/evil/src/data"
  ln -s "$STORE/secret" "$STORE/evil/src/cu"
  tar -C "$STORE/evil/src" --append -f "$STORE/evil.tar" ./data ./cu
  hull import "$STORE/evil.tar" evil >/dev/null

  # Followed on the host, the target would be $STORE/nothere/deep; in the root it is inside.
  run hull run --rm -v "$STORE/bindsrc:/data$STORE/nothere/deep" evil ls "$STORE/nothere/deep"
  assert_status 0
  [ "$output" = "marker" ]
  [ ! -e "$STORE/nothere" ]

  # Copy-up through a symlink to a host path copies the image's (missing) content, not the host's.
  run hull run --rm -v cu:/cu evil sh -c 'ls -A /cu'
  assert_status 0
  [ -z "$output" ]
  [ -z "$(ls -A "$HULL_ROOT_DIR/volumes/cu/_data")" ]
  [ "$(ls -A "$STORE/secret")" = "hostfile" ]
}

@test "bad mounts: one error line, exit 125, nothing created" {
  run hull run --rm -v a:b:c:d busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"incorrect volume format"* ]]
  run hull create --mount type=bind,src=/tmp,dst=/x,colour=blue busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *'unknown option "colour"'* ]]
  run hull create -v newvol:/a -v "$STORE/missing:/b" busybox true
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"$STORE/missing: no such file or directory"* ]]
  [ ! -e "$STORE/missing" ]
  run hull run --rm -v data:relative busybox true
  assert_status 125
  assert_one_error_line
  run hull run --rm -v /x:/y:bogus busybox true
  assert_status 125
  assert_one_error_line
  run hull create -v v1:/same -v v2:/same busybox true
  assert_status 125
  [[ "$output" == *"duplicate mount destination"* ]]
  run hull create --volumes-from nosuch busybox true
  assert_status 125
  run hull volume create 'bad name'
  assert_status 125
  run hull volume create -o type=nfs x
  assert_status 125
  assert_one_error_line
  run hull run --rm -v /tmp:/ busybox true
  assert_status 125
  assert_one_error_line
  # A create refused after its volume was made takes the volume back.
  hull create --name dup busybox true >/dev/null
  run hull create --name dup -v fresh:/x busybox true
  assert_status 125
  run hull volume exists fresh
  assert_status 1
  hull rm dup >/dev/null
  assert_nothing_created
}

@test "volume mount prints the volume's host path, unmount its name; export and import carry its content" {
  hull volume create data >/dev/null
  run hull volume mount data
  assert_status 0
  [ "$output" = "$HULL_ROOT_DIR/volumes/data/_data" ]
  echo hello >"$output/f"
  run hull volume unmount data
  [ "$output" = data ]
  hull volume export -o "$STORE/data.tar" data
  [ "$(tar tf "$STORE/data.tar")" = f ]
  hull volume create copy >/dev/null
  gzip -c "$STORE/data.tar" | hull volume import copy -
  run hull run --rm -v copy:/m busybox cat /m/f
  [ "$output" = hello ]
  run hull volume import nosuch "$STORE/data.tar"
  assert_status 125
  assert_one_error_line
}

@test "volume create: options after the name, type=bind with a device, and a tmpfs volume fresh in each container" {
  mkdir "$STORE/host"
  echo there >"$STORE/host/f"
  run hull volume create hostdir -o type=bind -o device="$STORE/host" --label a=b
  assert_status 0
  [ "$(hull volume inspect --format '{{.Labels.a}}' hostdir)" = b ]
  run hull run --rm -v hostdir:/m busybox cat /m/f
  [ "$output" = there ]
  hull volume create -o type=tmpfs -o device=tmpfs -o o=size=2m scratch >/dev/null
  run hull run --rm -v scratch:/m busybox sh -c 'grep " /m " /proc/mounts | cut -d" " -f3,4; echo x >/m/x'
  assert_status 0
  [[ "$output" == "tmpfs rw,nosuid,nodev,"*"size=2048k"* ]]
  run hull run --rm -v scratch:/m busybox ls /m
  [ -z "$output" ]
  run hull volume create -o type=ext4 -o device=/dev/sda bad
  assert_status 125
}
