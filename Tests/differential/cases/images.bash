# Images: rmi, images, history, tag, load, save, import (issue #18).
# Each case_* runs once against podman and once against hull (see ../run.sh).

# Cleanup scripts remove images that may not be there.
case_rmi_force_missing() {
    E rmi --force nosuchimage
    E rmi -f nosuchimage:v1 "$IMAGE"
    E images --format '{{.Repository}}'
}

case_rmi_missing() {
    E rmi nosuchimage
}

case_images_labels() {
    Q commit --change 'LABEL a=b' --change 'LABEL k=v' \
        "$(Q create "$IMAGE" true)" labelled >/dev/null
    E images --format '{{.Labels.k}}' labelled
    E images --format '{{.Labels}}' labelled
    E images --format '{{json .Labels}}' labelled
}

case_images_reference_argument() {
    Q tag "$IMAGE" other:v1
    Q tag "$IMAGE" other:v2
    Q commit "$(Q create "$IMAGE" true)" localhost/some/path:v3 >/dev/null
    E images --format '{{.Repository}}:{{.Tag}}' path
    E images --format '{{.Repository}}:{{.Tag}}' 'some/*'
    E images --format '{{.Repository}}:{{.Tag}}' 'p*:v3'
    E images --format '{{.Repository}}:{{.Tag}}' localhost/some
    E images --format '{{.Repository}}:{{.Tag}}' busy
    E images --format '{{.Repository}}:{{.Tag}}' other
    E images --format '{{.Repository}}:{{.Tag}}' other:v2
    E images --format '{{.Repository}}:{{.Tag}}' nosuch
}

case_images_filter_before_since() {
    c=$(Q create "$IMAGE" true)
    Q commit "$c" first >/dev/null
    Q commit "$c" second >/dev/null
    Q commit "$c" third >/dev/null
    E images --filter since=first --format '{{.Repository}}' --sort repository
    E images --filter after=first --format '{{.Repository}}' --sort repository
    E images --filter before=third --format '{{.Repository}}' --sort repository
    E images --filter since=nosuch --format '{{.Repository}}'
    E images --filter dangling=false --filter label=x --format '{{.Repository}}'
    E images --filter bogus=1
}

case_images_sort() {
    c=$(Q create "$IMAGE" true)
    Q commit "$c" zeta >/dev/null
    Q commit "$c" alpha >/dev/null
    E images --sort repository --format '{{.Repository}}'
    Q tag alpha alpha:b
    Q tag alpha alpha:a
    E images --sort tag --format '{{.Repository}}:{{.Tag}}' --filter reference=alpha
}

case_images_digests() {
    E images --digests
    E images --digests --format '{{.Repository}} {{.Digest}}'
}

case_history_human_quiet() {
    E history -q "$IMAGE"
    E history -H=false --format '{{.Size}}' "$IMAGE"
    E history --human=false "$IMAGE"
    E history --no-trunc --format '{{.ID}} {{.CreatedBy}}' "$IMAGE"
}

case_reference_tag_and_digest() {
    d=$(Q images --format '{{.Digest}}' "$IMAGE")
    E image inspect --format '{{.RepoTags}}' "localhost/busybox:other@$d"
    E image inspect --format '{{.RepoTags}}' "localhost/busybox@$d"
    E image inspect --format '{{.RepoTags}}' "busybox@$d"
    E run --rm --pull never "localhost/busybox@$d" echo ran
    E images --format '{{.Repository}}' "localhost/busybox@$d"
}

case_load_not_an_image() {
    echo 'not an image' >junk.tar
    E load -i junk.tar
    E load -q -i /dev/null
}

case_save_image_id_stores_no_names() {
    id=$(Q images -q "$IMAGE")
    Q save -o byid.tar "$id"
    Q rmi "$IMAGE" >/dev/null
    E load -q -i byid.tar
    E images --format '{{.Repository}}:{{.Tag}}'
}

case_import_rootfs_without_root_user() {
    c=$(Q create "$IMAGE" true)
    Q export -o full.tar "$c"
    mkdir root && tar -C root -xf full.tar
    echo 'nobody:x:65534:65534:nobody:/:/bin/sh' >root/etc/passwd
    tar -C root -cf noroot.tar .
    Q import -q noroot.tar noroot >/dev/null
    E run --rm noroot id
}

# A layer with `.wh..wh..opq` at its root hides everything below it.
case_opaque_whiteout_at_layer_root() {
    Q save -o base.tar "$IMAGE"
    python3 "$HERE/../fixtures/layered-image.py" base.tar opq.tar localhost/opq:latest 2 --opaque-root
    Q load -q -i opq.tar >/dev/null
    E run --rm opq ls /
    E run --rm opq ls /layers
}

# Overlay takes its options in one page: long layer lists need short names.
case_image_of_100_layers_runs() {
    Q save -o base.tar "$IMAGE"
    python3 "$HERE/../fixtures/layered-image.py" base.tar l100.tar localhost/l100:latest 99
    Q load -q -i l100.tar >/dev/null
    E run --rm l100 sh -c 'ls /layers | wc -l; cat /layers/98'
}

case_image_of_200_layers_runs() {
    Q save -o base.tar "$IMAGE"
    python3 "$HERE/../fixtures/layered-image.py" base.tar l200.tar localhost/l200:latest 199
    Q load -q -i l200.tar >/dev/null
    E run --rm l200 sh -c 'ls /layers | wc -l; cat /layers/198'
}

case_history_created_at_and_raw_format() {
    E history --format '{{.CreatedAt}}|{{.Comment}}' "$IMAGE"
    E history --format 'table {{.Comment}}' "$IMAGE"
}

case_images_history_previous_names() {
    Q tag "$IMAGE" first:1
    Q rmi first:1 >/dev/null
    E images --format '{{.History}}' "$IMAGE"
}

case_rmi_and_untag_by_digest() {
    d=$(Q images --format '{{.Digest}}' "$IMAGE")
    Q tag "$IMAGE" second:1
    E rmi "localhost/second@$d"
    E images --format '{{.Repository}}:{{.Tag}}'
    E untag "localhost/busybox@$d"
    E images --format '{{.Repository}}:{{.Tag}}'
}

case_save_uncompressed() {
    E save -q --uncompressed -o a.tar "$IMAGE"
    E load -q -i a.tar
}
