# Networks (issue #18). Each case_* runs once against podman and once against hull.

case_network_ls_sorted() {
    # Names that sort before both default networks (hull, podman).
    for n in gamma alpha beta; do Q network create "$n" >/dev/null; done
    E network ls --format '{{.Name}}'
    E network ls -q
}
