# Healthchecks (issue #21): the --health-* flags, what inspect shows of
# them, and `healthcheck run`. Intervals stay at the 30 s default, so no
# scheduled check runs during a case: every check is a `healthcheck run`.
# Each case_* runs once against podman and once against hull (see ../run.sh).

case_healthcheck_bad_flag_values() {
    E create --health-cmd true --health-interval bogus "$IMAGE" true
    E create --health-cmd true --health-timeout 0s "$IMAGE" true
    E create --health-cmd true --health-timeout 1x "$IMAGE" true
    E create --health-cmd true --health-retries 0 "$IMAGE" true
    E create --health-cmd true --health-retries x "$IMAGE" true
    E create --health-cmd true --health-start-period -1s "$IMAGE" true
    E create --health-cmd true --health-start-period 5 "$IMAGE" true
    E create --health-cmd true --health-on-failure reboot "$IMAGE" true
    E create --no-healthcheck --health-cmd true "$IMAGE" true
    E create --health-on-failure kill "$IMAGE" true
    E ps -a -q
}

case_healthcheck_config_in_inspect() {
    Q create --name shell --health-cmd 'echo hi' "$IMAGE" true >/dev/null
    Q create --name exec --health-cmd '["echo","hi"]' --health-interval 2s --health-retries 5 \
        --health-timeout 3s --health-start-period 4s --health-on-failure restart "$IMAGE" true >/dev/null
    Q create --name plain "$IMAGE" true >/dev/null
    Q create --name off --health-cmd none "$IMAGE" true >/dev/null
    Q create --name nohc --no-healthcheck "$IMAGE" true >/dev/null
    for c in shell exec plain off nohc; do
        E inspect --format '{{json .Config.Healthcheck}} {{.Config.HealthcheckOnFailureAction}}' "$c"
        E inspect --format '{{json .State.Health}} {{json .State.Healthcheck}}' "$c"
    done
}

case_healthcheck_run_refusals() {
    Q run -d --name plain "$IMAGE" sleep 1000 >/dev/null
    Q create --name idle --health-cmd true "$IMAGE" true >/dev/null
    E healthcheck run plain
    E healthcheck run idle
    E healthcheck run nosuch
    E healthcheck run
    E healthcheck run plain idle
}

case_healthcheck_run_pass_and_fail() {
    Q run -d --name good --health-cmd 'echo fine' "$IMAGE" sleep 1000 >/dev/null
    Q run -d --name bad --health-cmd 'echo bad; exit 3' --health-retries 2 "$IMAGE" sleep 1000 >/dev/null
    E inspect --format '{{.State.Health.Status}}' good
    E healthcheck run good
    E healthcheck run bad
    E inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{range .State.Health.Log}}{{.ExitCode}}:{{.Output}} {{end}}' good bad
    E healthcheck run bad
    E inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}' bad
}

case_healthcheck_run_timeout() {
    Q run -d --name slow --health-cmd 'sleep 3' --health-timeout 1s "$IMAGE" sleep 1000 >/dev/null
    E healthcheck run slow
    E inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{range .State.Health.Log}}{{.ExitCode}}:{{.Output}}{{end}}' slow
}

case_healthcheck_wait_condition_healthy() {
    Q run -d --name good --health-cmd true "$IMAGE" sleep 1000 >/dev/null
    Q healthcheck run good >/dev/null
    E wait --condition healthy good
}

case_healthcheck_start_interval_flag() {
    E create --name c --health-cmd true --health-start-period 10s --health-start-interval 1s "$IMAGE" true
}
