# system prune (issue #19): what it removes, in Podman's sections.
# Each case_* runs once against podman and once against hull (see ../run.sh).

case_system_prune_nothing_to_do() {
    E system prune -f
}

case_system_prune_stopped_container_and_dangling_image() {
    Q create --name stopped "$IMAGE" true >/dev/null
    Q run -d --name running "$IMAGE" sleep 1000 >/dev/null
    Q run --name committed "$IMAGE" sh -c 'echo x > /x' >/dev/null
    Q commit -q committed >/dev/null
    Q rm committed >/dev/null
    E system prune -f
    E ps -a --format '{{.Names}}'
    E images --format '{{.Repository}}'
    Q rm -f -t 0 running >/dev/null
}

case_system_prune_volumes_and_all_images() {
    Q volume create unused >/dev/null
    Q volume create used >/dev/null
    Q create --name holder -v used:/data "$IMAGE" true >/dev/null
    E system prune -f --volumes
    E volume ls --format '{{.Name}}'
    E system prune -a -f
    E images --format '{{.Repository}}'
}

# system df and system reset (issue #21).

case_system_df_summary() {
    Q volume create dfvol >/dev/null
    Q create --name dfc -v dfvol:/data "$IMAGE" true >/dev/null
    Q volume create dfidle >/dev/null
    E system df
    E system df --format '{{.Type}}|{{.Total}}|{{.Active}}|{{.Reclaimable}}'
}

case_system_df_verbose() {
    Q volume create dfv >/dev/null
    Q create --name dfvc -v dfv:/data "$IMAGE" true >/dev/null
    E system df -v
}

case_system_reset_force() {
    Q create --name resetc "$IMAGE" true >/dev/null
    Q volume create resetv >/dev/null
    E system reset -f
    E ps -a --format '{{.Names}}'
    E images --format '{{.Repository}}'
    E volume ls --format '{{.Name}}'
}
