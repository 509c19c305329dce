# events (issue #21): what each engine records in its events file and how
# `events --stream=false` prints it. Set-up events (the image's import)
# differ between the engines, so each case reads a filtered slice.

case_events_nothing_matches() {
    E events --stream=false --filter volume=none-such
}

case_events_volume_default_lines() {
    Q volume create ev1 >/dev/null
    Q volume rm ev1 >/dev/null
    E events --stream=false --filter type=volume
}

case_events_volume_json() {
    Q volume create ev2 >/dev/null
    E events --stream=false --filter type=volume --format json
}

case_events_container_create_and_remove() {
    Q create --name evc --label tier=front "$IMAGE" true >/dev/null
    Q rm evc >/dev/null
    E events --stream=false --filter container=evc
    E events --stream=false --filter container=evc --format '{{.Status}} {{.Name}} {{.Image}} {{.Attributes}}'
}

case_events_container_died_exit_code() {
    Q run --name evd "$IMAGE" sh -c 'exit 3'
    E events --stream=false --filter container=evd --filter event=died --format '{{.Status}} {{.ContainerExitCode}}'
}

case_events_filter_event_and_type() {
    Q volume create evf >/dev/null
    Q create --name evf "$IMAGE" true >/dev/null
    E events --stream=false --filter event=create --filter type=volume --format '{{.Type}} {{.Status}} {{.Name}}'
    E events --stream=false --filter event=create --filter event=remove --filter container=evf --format '{{.Type}} {{.Status}} {{.Name}}'
}

case_events_since_in_the_future() {
    Q volume create evs >/dev/null
    E events --stream=false --since 2099-01-01T00:00:00Z
}

case_events_until_a_duration_is_ahead() {
    Q volume create evu >/dev/null
    E events --stream=false --until 1h --filter type=volume
}

case_events_until_a_time_long_past() {
    Q volume create evu2 >/dev/null
    # A fixed time long past (not now minus an hour: the two engines' calls
    # may fall in different seconds and the command lines would differ).
    E events --stream=false --until 946684800
}

case_events_tag_and_untag() {
    Q tag "$IMAGE" localhost/evtag:1
    Q untag "$IMAGE" localhost/evtag:1
    E events --stream=false --filter image=localhost/evtag:1 --format '{{.Type}} {{.Status}} {{.Name}}'
}

case_events_unknown_filter() {
    E events --stream=false --filter colour=red
}

case_events_container_life_statuses() {
    Q run -d --name evl "$IMAGE" sleep 1000 >/dev/null
    Q pause evl >/dev/null
    Q unpause evl >/dev/null
    Q stop -t 0 evl >/dev/null
    Q rm evl >/dev/null
    E events --stream=false --filter container=evl --format '{{.Status}} {{.ContainerExitCode}}'
}

case_events_foreground_run_rm() {
    Q run --rm --name evr "$IMAGE" sh -c 'exit 5'
    E events --stream=false --filter container=evr --format '{{.Status}} {{.ContainerExitCode}}'
}
