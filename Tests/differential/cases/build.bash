# hull build against podman build (issue #20): what the built image holds
# and how a build fails. Step lines carry podman's 11-digit ids, which the
# normaliser leaves alone, so builds here run with -q (only the full id).

case_build_quiet_prints_the_image_id_and_the_image_runs() {
    echo hello >a.txt
    printf 'FROM %s\nCOPY a.txt /data/a.txt\nRUN cat /data/a.txt >/data/copy\nCMD ["cat", "/data/copy"]\n' "$IMAGE" >Containerfile
    E build -q -t app .
    E run --rm app
    E images --format '{{.Repository}}:{{.Tag}}' localhost/app
}

case_build_config_instructions() {
    printf '%s\n' "FROM $IMAGE" 'ENV A=1 B="two words"' 'WORKDIR /srv/app' 'USER 1000:1000' \
        'LABEL k=v' 'EXPOSE 8080' 'STOPSIGNAL SIGUSR1' 'ENTRYPOINT ["/bin/sh", "-c"]' 'CMD ["echo $A"]' >Containerfile
    Q build -q -t conf . >/dev/null
    E image inspect --format '{{.Config.WorkingDir}} {{.Config.User}} {{index .Config.Labels "k"}} {{json .Config.ExposedPorts}} {{.Config.StopSignal}} {{.Config.Entrypoint}} {{.Config.Cmd}}' conf
    E run --rm conf
}

case_build_arg_scoping() {
    printf '%s\n' 'ARG BASE' "FROM \${BASE}" 'ARG V=default' 'RUN echo "v=$V" >/v' 'ENV E=$V' >Containerfile
    Q build -q --build-arg BASE="$IMAGE" -t args1 . >/dev/null
    E run --rm args1 sh -c 'cat /v; echo $E'
    Q build -q --build-arg BASE="$IMAGE" --build-arg V=given -t args2 . >/dev/null
    E run --rm args2 sh -c 'cat /v; echo $E'
}

case_build_target_stage() {
    printf '%s\n' "FROM $IMAGE AS one" 'RUN echo first >/f' "FROM $IMAGE AS two" 'COPY --from=one /f /g' >Containerfile
    Q build -q --target one -t staged . >/dev/null
    E run --rm staged cat /f
    Q build -q -t staged2 . >/dev/null
    E run --rm staged2 cat /g
}

case_build_rebuild_gives_the_same_id() {
    printf 'FROM %s\nRUN echo once >/once\n' "$IMAGE" >Containerfile
    E build -q -t same .
    E build -q -t same .
}

case_build_failing_run_reports_its_exit_code() {
    printf 'FROM %s\nRUN exit 3\n' "$IMAGE" >Containerfile
    E build -q -t failed .
    E images --format '{{.Repository}}' localhost/failed
}

case_build_missing_copy_source() {
    printf 'FROM %s\nCOPY missing /x\n' "$IMAGE" >Containerfile
    E build -q -t missing .
}

case_build_environment_of_the_image() {
    printf 'FROM %s\nENV A=1\nRUN echo "$PATH" >/path\n' "$IMAGE" >Containerfile
    Q build -q -t envs . >/dev/null
    E image inspect --format '{{.Config.Env}}' envs
    E run --rm envs cat /path
}

case_build_steps_are_listed_only_with_all() {
    printf 'FROM %s\nENV A=1\nRUN touch /x\nCMD ["sh"]\n' "$IMAGE" >Containerfile
    Q build -q -t listed . >/dev/null
    E_sorted images --format '{{.Repository}}:{{.Tag}}'
}

# Docker's ENTRYPOINT/CMD matrix: shell and exec forms, and an ENTRYPOINT
# dropping the CMD its base image had.
case_build_entrypoint_cmd_matrix() {
    printf 'FROM %s\nCMD ["echo", "base-cmd"]\n' "$IMAGE" >Containerfile.base
    Q build -q -f Containerfile.base -t base . >/dev/null
    printf 'FROM base\nENTRYPOINT ["echo", "ep"]\n' >Containerfile.a
    printf 'FROM base\nENTRYPOINT echo shell-ep\nCMD ["ignored"]\n' >Containerfile.b
    printf 'FROM base\nENTRYPOINT ["echo"]\nCMD ["exec", "cmd"]\n' >Containerfile.c
    printf 'FROM base\nCMD echo shell cmd\n' >Containerfile.d
    # Fields left unset are not compared here: how inspect renders an
    # absent list is image inspect's business, not build's.
    for f in a b c d; do
        Q build -q -f "Containerfile.$f" -t "m$f" . >/dev/null
        E run --rm "m$f"
    done
    E image inspect --format '{{.Config.Entrypoint}}' ma
    E image inspect --format '{{.Config.Entrypoint}} {{.Config.Cmd}}' mb mc
    E image inspect --format '{{.Config.Cmd}}' md
}

case_build_copy_ownership_and_ignore_file() {
    mkdir -p src/skip
    echo keep >src/keep
    echo drop >src/skip/drop
    printf 'src/skip\n' >.dockerignore
    printf 'FROM %s\nCOPY --chown=12:34 src /dst/\nRUN ls -ln /dst | awk "{print \\$3, \\$4, \\$9}"\n' "$IMAGE" >Containerfile
    Q build -q -t owned . >/dev/null
    E run --rm owned find /dst
    E run --rm owned stat -c '%u:%g %a %n' /dst /dst/keep
}

case_build_quiet_and_the_output_of_run() {
    printf 'FROM %s\nRUN echo visible; echo on-stderr >&2\n' "$IMAGE" >Containerfile
    E build -q -t loud .
}

case_build_run_environment_user_and_workdir() {
    # HOSTNAME differs per run; hull's containers also say container=hull
    # (RUN's too), which podman build's RUN does not set, and give a user
    # without a home HOME=/ (as hull run does), which podman build's RUN
    # leaves unset.
    printf 'FROM %s\nARG A=arg-value\nENV E=env-value\nUSER 1:1\nWORKDIR /tmp\nRUN env | grep -v "^HOSTNAME=\\|^container=\\|^HOME=" | sort >/tmp/env; id -u >>/tmp/env; id -g >>/tmp/env; pwd >>/tmp/env\n' "$IMAGE" >Containerfile
    Q build -q -t runenv . >/dev/null
    E run --rm runenv cat /tmp/env
}

case_build_workdir_made_for_the_user() {
    printf 'FROM %s\nUSER 1:1\nWORKDIR /made/here\nRUN touch mine\n' "$IMAGE" >Containerfile
    Q build -q -t wd . >/dev/null
    E run --rm wd stat -c '%u:%g %a %n' /made/here /made/here/mine
}

case_build_without_a_containerfile_or_context() {
    mkdir empty
    E build -t none empty
    E build -t none missing-dir
}

case_build_several_sources_and_a_missing_base() {
    echo a >a; echo b >b
    printf 'FROM %s\nCOPY a b /notadir\n' "$IMAGE" >Containerfile
    Q build -q -t several . >/dev/null
    E run --rm several ls /notadir
    printf 'FROM nosuchimage\n' >Containerfile.missing
    E build -q --pull=never -f Containerfile.missing .
}

case_build_expose_volume_workdir_as_written() {
    printf '%s\n' "FROM $IMAGE" 'ARG NOVAL' 'ENV Q="a \"quoted\" value" S=single\ word' 'LABEL "key with space"="v 1" k2=v2' \
        'EXPOSE 8000-8002/tcp 53/UDP' 'RUN echo "noval=[$NOVAL]" >/noval' 'VOLUME ["/a", "/b"]' 'VOLUME /c /d' 'WORKDIR w' >Containerfile
    Q build -q -t cfg . >/dev/null
    E image inspect --format '{{json .Config.Env}} {{index .Config.Labels "key with space"}} {{json .Config.ExposedPorts}} {{json .Config.Volumes}} {{.Config.WorkingDir}} {{len .RootFS.Layers}}' cfg
    E run --rm cfg cat /noval
}

# HEALTHCHECK, ONBUILD and MAINTAINER are history lines of their own. (SHELL
# differs on purpose: hull's RUNs use it, as Docker's; podman build with an
# OCI image ignores it, so it is left out here.)
case_build_history_of_instructions_an_oci_image_cannot_keep() {
    echo f >f
    printf '%s\n' 'FROM scratch' 'ARG A=1' 'HEALTHCHECK CMD true' 'ONBUILD RUN true' 'MAINTAINER me' 'COPY f /f' >Containerfile
    Q build -q -t misc . >/dev/null
    E history --no-trunc --format '{{.CreatedBy}}' misc
    E image inspect --format '{{.Author}}' misc
}
