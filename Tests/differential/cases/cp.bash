# cp between the host and containers, and between containers (issue #18).

case_cp_relative_container_paths() {
    Q create --name a --workdir /tmp "$IMAGE" cat /tmp/rel.txt >/dev/null
    echo hello >f.txt
    E cp f.txt a:rel.txt
    E start --attach a
    E cp a:rel.txt back.txt
    E cp a:/tmp/rel.txt back2.txt
    # The copies back equal the original; if not, this extra call shows it.
    cmp -s back.txt f.txt && cmp -s back2.txt f.txt || E cp a:/copies-differ-from-the-original .
}

case_cp_between_containers() {
    Q create --name a "$IMAGE" true >/dev/null
    Q create --name b "$IMAGE" head -n 1 /tmp/p >/dev/null
    E cp a:/etc/passwd b:/tmp/p
    E start --attach b
}

case_cp_directory_onto_file() {
    Q create --name a "$IMAGE" true >/dev/null
    mkdir d && echo x >d/x
    E cp d a:/etc/passwd
}
