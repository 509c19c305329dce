# Global options and parsing: flag errors, unknown commands, negative
# values, resource values, version, exists, engine flags (issues #18, #19).
# Each case_* runs once against podman and once against hull (see ../run.sh).

# --- flag errors, worded as cobra/pflag word them -------------------------

case_unknown_long_flag() {
    E run --invalid "$IMAGE" true
    E ps --invalid
}

case_unknown_short_flag() {
    E ps -aZ
    E ps -Zd
}

case_flag_needs_an_argument() {
    E run -h
    E ps --format
    E kill -s
}

case_unknown_global_flag() {
    E --bogus ps
    E -x
    E --root
}

case_group_subcommand_flag_error() {
    E image rm --bogus x
    E volume --bogus
}

case_value_that_does_not_convert() {
    E create --pids-limit abc "$IMAGE" true
    E create --cpus abc "$IMAGE" true
    E stop -t soon x
}

case_boolean_flag_with_a_bad_value() {
    E run --rm=yes "$IMAGE" true
    E ps -a=maybe
}

case_verb_that_takes_no_arguments() {
    E version extra
    E ps extra
}

case_verb_without_its_argument() {
    E run
    E create
    E exec
    E start
    E logs
}

case_unknown_command_with_suggestions() {
    E rnu
    E runn
    E imagess
}

case_unknown_command_without_suggestions() {
    E nosuchverb
}

case_unknown_group_command() {
    E image rmm
    E volume exist
}

# --- negative numbers are values ------------------------------------------

case_cpus_negative_is_no_limit() {
    E run --rm --cpus -1 "$IMAGE" echo ok
    E run --rm --cpus 0 "$IMAGE" echo ok
}

case_pids_limit_negative_is_no_limit() {
    E run --rm --pids-limit -1 "$IMAGE" echo ok
    E run --rm --pids-limit 0 "$IMAGE" echo ok
}

case_cpu_shares_negative_is_refused() {
    E create -c -1 "$IMAGE" true
    E ps -a --format '{{.Names}}'
}

case_ps_last_negative_is_every_container() {
    Q create --name one "$IMAGE" true >/dev/null
    E ps -a -n -1 --format '{{.Names}}'
    E ps -a --last=-1 --format '{{.Names}}'
}

case_kill_signal_with_a_dash() {
    Q run -d --name k "$IMAGE" sleep 1000 >/dev/null
    E kill -s -INT k
}

# --- resource values -------------------------------------------------------

case_memory_negative_is_not_a_size() {
    E create --memory -5m "$IMAGE" true
    E create --memory=-1 "$IMAGE" true
    E create --memory-reservation -1 "$IMAGE" true
    E ps -a --format '{{.Names}}'
}

case_memory_swap_rules() {
    E create --memory-swap 10m "$IMAGE" true
    E create --memory 10m --memory-swap 5m "$IMAGE" true
    E create --memory 10m --memory-reservation 20m "$IMAGE" true
}

case_cpus_above_the_host() {
    E create --cpus 9999 "$IMAGE" true
    E ps -a --format '{{.Names}}'
}

case_cpus_below_a_millisecond() {
    E create --cpus 0.001 "$IMAGE" true
}

case_ulimit_errors() {
    E create --ulimit nofile=2:1 "$IMAGE" true
    E create --ulimit nofile=abc "$IMAGE" true
    E create --ulimit foo=1:2 "$IMAGE" true
    E create --ulimit nofile=1:2:3 "$IMAGE" true
    E create --ulimit nofile "$IMAGE" true
    E ps -a --format '{{.Names}}'
}

case_env_file_with_a_nul_byte() {
    printf 'A=cut\0here\nB=2\n' >nul.env
    E run --rm --env-file nul.env "$IMAGE" sh -c 'echo "[$A]"'
}

# --- version and exists ----------------------------------------------------

case_version_short_flag() {
    E -v
}

case_version_format_fields() {
    E version --format '{{.Client.OsArch}} {{.Client.Os}}'
    E version --format '{{.Server.OsArch}}'
    E version --format '{{.OsArch}}'
}

case_version_text() {
    E version
}

case_exists_verbs() {
    Q create --name c1 "$IMAGE" true >/dev/null
    Q volume create v1 >/dev/null
    Q network create n1 >/dev/null
    E image exists "$IMAGE"
    E image exists nosuch
    E container exists c1
    E container exists nosuch
    E volume exists v1
    E volume exists nosuch
    E network exists n1
    E network exists nosuch
    E image exists
    E container exists a b
    Q network rm n1 >/dev/null
}

# --- global engine flags ---------------------------------------------------

case_config_flag_is_ignored() {
    E --config /nonexistent images -q --no-trunc
}

case_events_backend_values() {
    E --events-backend none ps
    E --events-backend file ps
    E --events-backend bogus ps
}

case_cgroup_manager_values() {
    E --cgroup-manager cgroupfs ps
    E --cgroup-manager bogus ps
}

case_storage_driver_values() {
    E --storage-driver overlay ps
    E --storage-driver vfs ps
    E --storage-driver bogus ps
}

case_runtime_flag_invalid_at_start() {
    E --runtime-flag debug ps
    E --runtime-flag bogus run --rm "$IMAGE" true
}
