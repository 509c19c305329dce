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

case_rm_time_running() {
    Q run -d --name x "$IMAGE" sleep 1000 >/dev/null
    E rm --time 1 --force x
    E rm -t 0 -f x
}

case_rm_depend() {
    Q create --name a "$IMAGE" true >/dev/null
    Q create --name b --network container:a "$IMAGE" true >/dev/null
    E rm --depend a
    E ps -a --format '{{.Names}}'
}

case_rm_refused_while_network_shared() {
    Q create --name a "$IMAGE" true >/dev/null
    Q create --name b --network container:a "$IMAGE" true >/dev/null
    E rm a
    E ps -a --format '{{.Names}}' --sort names
}

case_ps_sort() {
    for n in c a b; do Q create --name $n "$IMAGE" true >/dev/null; done
    E ps -a --sort names --format '{{.Names}}'
    E ps -a --sort created --format '{{.Names}}'
}

case_ps_last_latest() {
    for n in c a b; do Q create --name $n "$IMAGE" true >/dev/null; done
    E ps -n 2 --format '{{.Names}}'
    E ps --last 1 --format '{{.Names}}'
    E ps -l --format '{{.Names}}'
    E ps --latest -q
}

case_ps_size() {
    Q run --name x "$IMAGE" sh -c 'echo data > /file' >/dev/null
    E ps -a -s --format '{{.Names}} {{.Size}}'
    E ps -a --size
}

case_ps_filter_status_stopped() {
    Q run --name done "$IMAGE" true >/dev/null
    Q create --name fresh "$IMAGE" true >/dev/null
    Q run -d --name up "$IMAGE" sleep 1000 >/dev/null
    E ps --filter status=stopped --format '{{.Names}}'
    E ps --filter status=exited --format '{{.Names}}'
    E ps --filter status=created --format '{{.Names}}'
    E ps --filter status=bogus --format '{{.Names}}'
}

case_ps_format_json_per_line() {
    Q create --name a --label k=v "$IMAGE" true >/dev/null
    Q create --name b "$IMAGE" true >/dev/null
    E ps -a --format '{{json .Names}}'
}

case_ps_label_function() {
    Q create --name a --label k=v --label other=x "$IMAGE" true >/dev/null
    E ps -a --format '{{.Label "k"}}|{{.Label "missing"}}|{{.Names}}'
}

case_start_all_and_filter() {
    Q create --name a "$IMAGE" sleep 1000 >/dev/null
    Q create --name b "$IMAGE" sleep 1000 >/dev/null
    E start --filter name=a
    E ps --format '{{.Names}}'
    E_sorted start --all
    E ps --sort names --format '{{.Names}}'
}

case_start_all_with_names_refused() {
    Q create --name a "$IMAGE" true >/dev/null
    E start --all a
    E start --filter restart-policy=bogus
}

case_stop_timeout_alias() {
    Q run -d --name a "$IMAGE" sleep 1000 >/dev/null
    E stop --timeout 0 a
    E inspect --format '{{.State.Status}} {{.State.ExitCode}}' a
}

case_stop_resorts_to_sigkill() {
    Q run -d --name a "$IMAGE" sleep 1000 >/dev/null
    E stop -t 1 a
    E inspect --format '{{.State.ExitCode}}' a
}

case_state_stopping_while_stop_waits() {
    Q run -d --name a "$IMAGE" sleep 1000 >/dev/null
    Q stop -t 4 a >/dev/null 2>&1 &
    sleep 1.5
    E inspect --format '{{.State.Status}}' a
    wait
}

case_wait_created_returns() {
    Q create --name a "$IMAGE" true >/dev/null
    E wait a
}

case_wait_condition() {
    Q create --name a "$IMAGE" sh -c 'sleep 2; exit 3' >/dev/null
    E wait --condition created a
    Q start a >/dev/null
    E wait --condition running a
    E wait --condition stopped --condition exited a
    E wait --condition nonsense a
}

case_inspect_hostconfig() {
    Q create --name a --memory 64m --cpus 1.5 --cpu-shares 512 --pids-limit 100 \
        -v /tmp:/host-tmp:ro --restart on-failure:3 "$IMAGE" true >/dev/null
    E inspect --format '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.CpuShares}} {{.HostConfig.PidsLimit}}' a
    E inspect --format '{{.HostConfig.Binds}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' a
    E inspect --format '{{.HostConfig.NetworkMode}} {{.HostConfig.LogConfig.Type}} {{.HostConfig.Privileged}} {{.HostConfig.ReadonlyRootfs}}' a
}

case_inspect_unknown_field() {
    Q create --name a "$IMAGE" true >/dev/null
    E inspect --format '{{.Nope}}' a
    E inspect --format '{{.State.Nope}}' a
    E ps -a --format '{{.Nope}}'
}

case_rm_missing_and_time_without_force() {
    Q create --name a "$IMAGE" true >/dev/null
    E rm nonexistent
    E rm --force nonexistent
    E rm --ignore nonexistent a
    E rm -t 0 nonexistent
}

case_ps_noheading_and_conflicts() {
    Q create --name a "$IMAGE" true >/dev/null
    E ps -a --noheading --format 'table {{.Names}}'
    E ps -a -l -n 2
}

case_start_requires_argument() {
    E start
}

case_stop_all_prints_ids() {
    Q run -d --name a "$IMAGE" sleep 1000 >/dev/null
    Q run -d --name b "$IMAGE" sleep 1000 >/dev/null
    Q create --name c "$IMAGE" true >/dev/null
    E_sorted stop --all -t 0
    E ps -a --format '{{.Names}} {{.Status}}'
}

case_ps_state_field() {
    Q run -d --name a "$IMAGE" sleep 1000 >/dev/null
    Q create --name c "$IMAGE" true >/dev/null
    E ps -a --format '{{.Names}} {{.State}} {{.Status}}'
}

case_wait_several() {
    Q run --name a "$IMAGE" sh -c 'exit 2' >/dev/null
    Q run --name b "$IMAGE" sh -c 'exit 5' >/dev/null
    E wait a b
    E wait a nonexistent
}

case_create_replace() {
    Q create --name a "$IMAGE" true >/dev/null
    E create --replace --name a "$IMAGE" echo second
    E ps -a --format '{{.Names}} {{.Command}}'
    E create --replace "$IMAGE" true
}

case_dns_opt_alias() {
    Q create --name a --dns-opt ndots:3 --dns-option timeout:2 "$IMAGE" true >/dev/null
    E inspect --format '{{.HostConfig.DnsOptions}}' a
}

case_kernel_memory_is_a_noop() {
    E run --rm --kernel-memory 10m "$IMAGE" true
}

case_memory_zero_is_no_limit() {
    E run --rm --memory 0 "$IMAGE" true
    Q create --name a --memory 0 "$IMAGE" true >/dev/null
    E inspect --format '{{.HostConfig.Memory}}' a
}

case_memory_below_minimum() {
    E run --rm --memory 1k "$IMAGE" true
}

case_name_validation() {
    E create --name 'bad name' "$IMAGE" true
    E create --name 'a/b' "$IMAGE" true
    Q create --name ok "$IMAGE" true >/dev/null
    E rename ok 'bad name'
}

case_inspect_image_fields_and_restart_count() {
    Q create --name a "$IMAGE" true >/dev/null
    E inspect --format '{{.ImageName}} {{.RestartCount}}' a
    Q run -d --name b --restart on-failure:2 "$IMAGE" sh -c 'exit 1' >/dev/null
    # The monitor restarts it twice, after short back-offs.
    for _ in $(seq 50); do
        [[ $(Q inspect --format '{{.RestartCount}} {{.State.Status}}' b) == "2 exited" ]] && break
        sleep 0.2
    done
    E inspect --format '{{.RestartCount}} {{.State.Status}} {{.State.ExitCode}}' b
}

case_default_environment() {
    E_sorted run --rm "$IMAGE" /bin/env
    E_sorted run --rm --env FOO=1 --unsetenv PATH --unsetenv TERM "$IMAGE" /bin/env
    E_sorted run --rm --unsetenv-all --env BAR=2 "$IMAGE" /bin/env
}

case_containerenv_file() {
    E run --rm "$IMAGE" sh -c 'test -f /run/.containerenv && echo present; wc -c < /run/.containerenv'
    E run --rm --privileged --name p "$IMAGE" sh -c 'grep -v "^engine=" /run/.containerenv'
}

case_security_opt_no_new_privileges_forms() {
    E run --rm --security-opt no-new-privileges:true "$IMAGE" grep NoNewPrivs /proc/self/status
    E run --rm --security-opt no-new-privileges "$IMAGE" grep NoNewPrivs /proc/self/status
}

case_env_file_from_devices_and_pipes() {
    E run --rm --env-file /dev/null "$IMAGE" true
    printf 'A=1\n# comment\n\nB=two words\n' >envf
    E run --rm --env-file <(cat envf) "$IMAGE" sh -c 'echo "$A $B"'
    E run --rm --env-file missing.env "$IMAGE" true
}

case_group_add_keep_groups() {
    E run --rm --group-add keep-groups "$IMAGE" id
    E run --rm --group-add keep-groups --group-add 10 "$IMAGE" id
}

case_inspect_namespace_modes() {
    Q create --name a "$IMAGE" true >/dev/null
    E inspect --format '{{.HostConfig.IpcMode}} {{.HostConfig.PidMode}} {{.HostConfig.UTSMode}} {{.HostConfig.Devices}}' a
}

case_shm_size() {
    E run --rm --shm-size 1m "$IMAGE" df -k /dev/shm
    E run --rm "$IMAGE" df -k /dev/shm
    Q create --name a --shm-size 2m "$IMAGE" true >/dev/null
    E inspect --format '{{.HostConfig.ShmSize}}' a
}

case_workdir_missing() {
    E run --rm --workdir /nonexistent "$IMAGE" pwd
}

case_pid_and_ipc_modes() {
    E run --rm --pid host "$IMAGE" sh -c 'test "$(cat /proc/1/comm)" != sh && echo host-pid-1'
    E run --rm --pid private "$IMAGE" sh -c 'cat /proc/1/comm'
    # (busybox here has no mountpoint applet)
    E run --rm --ipc none "$IMAGE" sh -c 'grep -q " /dev/shm " /proc/mounts && echo shm || echo no-shm'
    E run --rm --ipc host "$IMAGE" true
    E run --rm --ipc private "$IMAGE" sh -c 'grep -q " /dev/shm " /proc/mounts && echo shm || echo no-shm'
    Q create --name a --pid host "$IMAGE" true >/dev/null
    E inspect --format '{{.HostConfig.PidMode}} {{.HostConfig.IpcMode}}' a
}

case_inspect_ipc_mode_as_given() {
    Q create --name a --ipc host "$IMAGE" true >/dev/null
    E inspect --format '{{.HostConfig.IpcMode}}' a
}

case_timezone() {
    E run --rm --tz Europe/Berlin "$IMAGE" date +%Z
    E run --rm --tz local "$IMAGE" date +%Z
    E run --rm --tz Bogus/Zone "$IMAGE" true
    Q create --name a --tz UTC "$IMAGE" true >/dev/null
    E inspect --format '{{.Config.Timezone}}' a
}

case_log_driver() {
    Q create --name a --log-driver json-file "$IMAGE" true >/dev/null
    Q create --name b "$IMAGE" true >/dev/null
    E inspect --format '{{.HostConfig.LogConfig.Type}}' a b
    E create --log-driver bogus "$IMAGE" true
}

case_device() {
    E run --rm --device /dev/null:/dev/mynull "$IMAGE" sh -c 'test -c /dev/mynull && echo char; echo x > /dev/mynull && echo written'
    E run --rm --device /dev/nonexistent "$IMAGE" true
    E run --rm --device-cgroup-rule 'c 1:3 rwm' "$IMAGE" true
    E run --rm --device-cgroup-rule bogus "$IMAGE" true
    Q create --name a --device /dev/null:/dev/mynull:rw "$IMAGE" true >/dev/null
    # (Podman 4.3 leaves .CgroupPermissions empty; Docker and hull show it)
    E inspect --format '{{range .HostConfig.Devices}}{{.PathOnHost}} {{.PathInContainer}}{{end}}' a
}

case_run_attach_streams() {
    E run --rm -a stdout "$IMAGE" sh -c 'echo out; echo err >&2'
    E run --rm -a stderr "$IMAGE" sh -c 'echo out; echo err >&2'
    E run --rm --attach stdout --attach stderr "$IMAGE" sh -c 'echo out; echo err >&2'
    E run --rm -a bogus "$IMAGE" true
}

case_diff_latest() {
    E diff -l
    E diff
    Q run --name a "$IMAGE" touch /x >/dev/null
    E diff -l
    E diff --latest a
}

case_run_from_archive_transports() {
    Q save -o img.tar "$IMAGE" >/dev/null 2>&1
    Q save --format oci-archive -o oci.tar "$IMAGE" >/dev/null 2>&1
    E run --rm -q docker-archive:img.tar echo from-docker-archive
    E run --rm -q oci-archive:oci.tar echo from-oci-archive
    E run --rm -q docker-archive:missing.tar true
}
