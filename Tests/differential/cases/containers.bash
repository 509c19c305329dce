# Containers: create, start, stop, rm, ps, wait, inspect (issue #18).
# Each case_* runs once against podman and once against hull (see ../run.sh).

# The first line of many cleanup scripts.
case_rm_time_zero_all_force_ignore() {
    Q create --name a "$IMAGE" true >/dev/null
    Q run -d --name b "$IMAGE" sleep 1000 >/dev/null
    E_sorted rm -t 0 --all --force --ignore
    E ps -a --format '{{.Names}}'
}

case_ps_all_external_format() {
    Q create --name one "$IMAGE" true >/dev/null
    E ps --all --external --format '{{.ID}} {{.Names}}'
}

case_ps_header_created() {
    Q create --name one "$IMAGE" echo hi >/dev/null
    E ps -a
}
