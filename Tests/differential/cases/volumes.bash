# Volumes (issue #18). Each case_* runs once against podman and once against hull.

case_mount_identical_repeated() {
    mkdir d
    E run --rm -v "$PWD/d:/d" -v "$PWD/d:/d" "$IMAGE" true
    E run --rm --tmpfs /t --tmpfs /t "$IMAGE" true
}

case_mount_same_destination_different_sources() {
    mkdir d e
    E run --rm -v "$PWD/d:/d" -v "$PWD/e:/d" "$IMAGE" true
}

case_volume_create_options_after_name() {
    E volume create vol --label a=b
    E volume inspect --format '{{.Labels}}' vol
}

case_volume_create_bind_device() {
    mkdir dev
    echo hi >dev/file
    E volume create -o type=bind -o o=bind -o device="$PWD/dev" bound
    E run --rm -v bound:/m "$IMAGE" cat /m/file
    E volume create -o type=bind -o device="$PWD/dev" bound2
    E run --rm -v bound2:/m "$IMAGE" cat /m/file
}

case_volume_create_tmpfs() {
    E volume create -o type=tmpfs -o device=tmpfs tmp
    E run --rm -v tmp:/m "$IMAGE" sh -c 'grep " /m " /proc/mounts | cut -d" " -f3; echo x >/m/f && cat /m/f'
}

case_volume_prune_prompt() {
    Q volume create a >/dev/null
    Q volume create b >/dev/null
    E volume prune
    echo y | E volume prune
    E volume ls -q
}

case_volume_same_new_volume_twice() {
    E run --rm -v newvol:/a -v newvol:/b "$IMAGE" true
    E volume ls -q
}

case_volume_inspect_json_keys() {
    Q volume create v >/dev/null
    E volume inspect --format '{{.NeedsCopyUp}} {{.NeedsChown}} {{.Driver}} {{.Scope}}' v
}

case_volume_export_import() {
    Q volume create a >/dev/null
    Q run --rm -v a:/m "$IMAGE" sh -c 'echo hi >/m/f; mkdir /m/d; echo deep >/m/d/g' >/dev/null
    E volume export -o a.tar a
    Q volume create b >/dev/null
    E volume import b a.tar
    E run --rm -v b:/m "$IMAGE" sh -c 'cat /m/f /m/d/g'
    Q volume create c >/dev/null
    E volume import c - <a.tar
    E run --rm -v c:/m "$IMAGE" cat /m/d/g
    E volume import nosuch a.tar
    E volume export nosuch
}

case_volume_mount_unmount() {
    Q volume create a >/dev/null
    # The path differs by store layout (checked in 55-volumes.bats).
    Q volume mount a >/dev/null
    E volume unmount a
    E volume mount nosuch
}
