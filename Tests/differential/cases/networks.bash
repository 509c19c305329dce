# Networks (issue #18). Each case_* runs once against podman and once against hull.

case_network_ls_sorted() {
    # Names that sort before both default networks (hull, podman).
    for n in gamma alpha beta; do Q network create "$n" >/dev/null; done
    E network ls --format '{{.Name}}'
    E network ls -q
}

case_host_containers_internal_in_hosts() {
    E run --rm --network bridge "$IMAGE" sh -c 'grep -c host.containers.internal /etc/hosts'
}

case_publish_port_range() {
    Q create --name c -p 18080-18081:80-81 --network bridge "$IMAGE" true >/dev/null
    E inspect --format '{{json .HostConfig.PortBindings}}' c
    E create --name d -p 18080-18082:80-81 --network bridge "$IMAGE" true
}

case_publish_port_range_running() {
    Q run -d --name c -p 18090-18091:80-81 --network bridge "$IMAGE" sleep 1000 >/dev/null
    E port c
    E ps --format '{{.Ports}}'
}

case_slirp4netns_cidr() {
    E run --rm --network slirp4netns:cidr=10.0.7.0/24 "$IMAGE" sh -c 'ip -4 -o addr show tap0 | awk "{print \$4}"; grep -m1 nameserver /etc/resolv.conf'
}
