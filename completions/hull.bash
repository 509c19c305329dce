#!/bin/bash

__hull_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__hull_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__hull_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__hull_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_hull() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--noout -D --debug --version -h --help)
    local -a repeating_options=(--storage-opt --runtime-flag)
    local -a non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    run|create|start|attach|cp|stop|kill|wait|restart|logs|exec|rename|diff|top|pause|unpause|update|stats|commit|export|ps|rm|inspect|build|buildx|images|import|history|load|login|logout|pull|push|rmi|save|tag|untag|port|healthcheck|container|pod|image|compose|volume|network|system|events|version|info|unshare|help)
        # Offer subcommand argument completions
        "_hull_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'run create start attach cp stop kill wait restart logs exec rename diff top pause unpause update stats commit export ps rm inspect build buildx images import history load login logout pull push rmi save tag untag port healthcheck container pod image compose volume network system events version info unshare help' -- "${cur}"))
        ;;
    esac
}

_hull_run() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --replace --unsetenv-all --interactive -i --tty -t --init --rm -P --publish-all --privileged --read-only --no-healthcheck --quiet -q --sig-proxy --no-sig-proxy --detach -d --version --help)
    repeating_options=(--storage-opt --runtime-flag --env -e --unsetenv --env-file -l --label --network --net -p --publish --network-alias --dns --dns-search --dns-option --dns-opt --add-host --cap-add --cap-drop --security-opt --uidmap --gidmap --ulimit --group-add --tmpfs --volume -v --mount --volumes-from --device --device-cgroup-rule --log-opt -a --attach)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --name --shm-size --tz --pid --ipc --workdir -w --user -u -h --hostname --entrypoint --restart --ip --stop-signal --stop-timeout -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cpuset-mems --pids-limit --blkio-weight --kernel-memory --userns --log-driver --pod --health-cmd --health-interval --health-timeout --health-retries --health-start-period --health-start-interval --health-on-failure --pull --tls-verify --creds --authfile --platform --arch --os --variant --detach-keys)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--name')
        return
        ;;
    '--env'|'-e')
        return
        ;;
    '--unsetenv')
        return
        ;;
    '--env-file')
        __hull_add_completions -f
        return
        ;;
    '--shm-size')
        return
        ;;
    '--tz')
        return
        ;;
    '--pid')
        return
        ;;
    '--ipc')
        return
        ;;
    '--workdir'|'-w')
        return
        ;;
    '--user'|'-u')
        return
        ;;
    '-h'|'--hostname')
        return
        ;;
    '-l'|'--label')
        return
        ;;
    '--entrypoint')
        return
        ;;
    '--restart')
        return
        ;;
    '--network'|'--net')
        return
        ;;
    '-p'|'--publish')
        return
        ;;
    '--ip')
        return
        ;;
    '--network-alias')
        return
        ;;
    '--dns')
        return
        ;;
    '--dns-search')
        return
        ;;
    '--dns-option'|'--dns-opt')
        return
        ;;
    '--add-host')
        return
        ;;
    '--stop-signal')
        return
        ;;
    '--stop-timeout')
        return
        ;;
    '--cap-add')
        return
        ;;
    '--cap-drop')
        return
        ;;
    '--security-opt')
        return
        ;;
    '-m'|'--memory')
        return
        ;;
    '--memory-swap')
        return
        ;;
    '--memory-reservation')
        return
        ;;
    '--cpus')
        return
        ;;
    '-c'|'--cpu-shares')
        return
        ;;
    '--cpuset-cpus')
        return
        ;;
    '--cpuset-mems')
        return
        ;;
    '--pids-limit')
        return
        ;;
    '--blkio-weight')
        return
        ;;
    '--kernel-memory')
        return
        ;;
    '--userns')
        return
        ;;
    '--uidmap')
        return
        ;;
    '--gidmap')
        return
        ;;
    '--ulimit')
        return
        ;;
    '--group-add')
        return
        ;;
    '--tmpfs')
        return
        ;;
    '--volume'|'-v')
        return
        ;;
    '--mount')
        return
        ;;
    '--volumes-from')
        return
        ;;
    '--device')
        return
        ;;
    '--device-cgroup-rule')
        return
        ;;
    '--log-driver')
        return
        ;;
    '--pod')
        return
        ;;
    '--health-cmd')
        return
        ;;
    '--health-interval')
        return
        ;;
    '--health-timeout')
        return
        ;;
    '--health-retries')
        return
        ;;
    '--health-start-period')
        return
        ;;
    '--health-start-interval')
        return
        ;;
    '--health-on-failure')
        return
        ;;
    '--log-opt')
        return
        ;;
    '--pull')
        return
        ;;
    '--tls-verify')
        return
        ;;
    '--creds')
        return
        ;;
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    '--platform')
        return
        ;;
    '--arch')
        return
        ;;
    '--os')
        return
        ;;
    '--variant')
        return
        ;;
    '--detach-keys')
        return
        ;;
    '-a'|'--attach')
        return
        ;;
    esac
}

_hull_create() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --replace --unsetenv-all --interactive -i --tty -t --init --rm -P --publish-all --privileged --read-only --no-healthcheck --quiet -q --version --help)
    repeating_options=(--storage-opt --runtime-flag --env -e --unsetenv --env-file -l --label --network --net -p --publish --network-alias --dns --dns-search --dns-option --dns-opt --add-host --cap-add --cap-drop --security-opt --uidmap --gidmap --ulimit --group-add --tmpfs --volume -v --mount --volumes-from --device --device-cgroup-rule --log-opt)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --name --shm-size --tz --pid --ipc --workdir -w --user -u -h --hostname --entrypoint --restart --ip --stop-signal --stop-timeout -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cpuset-mems --pids-limit --blkio-weight --kernel-memory --userns --log-driver --pod --health-cmd --health-interval --health-timeout --health-retries --health-start-period --health-start-interval --health-on-failure --pull --tls-verify --creds --authfile --platform --arch --os --variant)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--name')
        return
        ;;
    '--env'|'-e')
        return
        ;;
    '--unsetenv')
        return
        ;;
    '--env-file')
        __hull_add_completions -f
        return
        ;;
    '--shm-size')
        return
        ;;
    '--tz')
        return
        ;;
    '--pid')
        return
        ;;
    '--ipc')
        return
        ;;
    '--workdir'|'-w')
        return
        ;;
    '--user'|'-u')
        return
        ;;
    '-h'|'--hostname')
        return
        ;;
    '-l'|'--label')
        return
        ;;
    '--entrypoint')
        return
        ;;
    '--restart')
        return
        ;;
    '--network'|'--net')
        return
        ;;
    '-p'|'--publish')
        return
        ;;
    '--ip')
        return
        ;;
    '--network-alias')
        return
        ;;
    '--dns')
        return
        ;;
    '--dns-search')
        return
        ;;
    '--dns-option'|'--dns-opt')
        return
        ;;
    '--add-host')
        return
        ;;
    '--stop-signal')
        return
        ;;
    '--stop-timeout')
        return
        ;;
    '--cap-add')
        return
        ;;
    '--cap-drop')
        return
        ;;
    '--security-opt')
        return
        ;;
    '-m'|'--memory')
        return
        ;;
    '--memory-swap')
        return
        ;;
    '--memory-reservation')
        return
        ;;
    '--cpus')
        return
        ;;
    '-c'|'--cpu-shares')
        return
        ;;
    '--cpuset-cpus')
        return
        ;;
    '--cpuset-mems')
        return
        ;;
    '--pids-limit')
        return
        ;;
    '--blkio-weight')
        return
        ;;
    '--kernel-memory')
        return
        ;;
    '--userns')
        return
        ;;
    '--uidmap')
        return
        ;;
    '--gidmap')
        return
        ;;
    '--ulimit')
        return
        ;;
    '--group-add')
        return
        ;;
    '--tmpfs')
        return
        ;;
    '--volume'|'-v')
        return
        ;;
    '--mount')
        return
        ;;
    '--volumes-from')
        return
        ;;
    '--device')
        return
        ;;
    '--device-cgroup-rule')
        return
        ;;
    '--log-driver')
        return
        ;;
    '--pod')
        return
        ;;
    '--health-cmd')
        return
        ;;
    '--health-interval')
        return
        ;;
    '--health-timeout')
        return
        ;;
    '--health-retries')
        return
        ;;
    '--health-start-period')
        return
        ;;
    '--health-start-interval')
        return
        ;;
    '--health-on-failure')
        return
        ;;
    '--log-opt')
        return
        ;;
    '--pull')
        return
        ;;
    '--tls-verify')
        return
        ;;
    '--creds')
        return
        ;;
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    '--platform')
        return
        ;;
    '--arch')
        return
        ;;
    '--os')
        return
        ;;
    '--variant')
        return
        ;;
    esac
}

_hull_start() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --attach -a --interactive -i --sig-proxy --no-sig-proxy --all --version -h --help)
    repeating_options=(--storage-opt --runtime-flag -f --filter)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --detach-keys)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--detach-keys')
        return
        ;;
    '-f'|'--filter')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion start -- positional@0)"
        return
        ;;
    esac
}

_hull_attach() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --sig-proxy --no-sig-proxy --no-stdin --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --detach-keys)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--detach-keys')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion attach -- positional@0)"
        return
        ;;
    esac
}

_hull_cp() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --archive -a -L --follow-link --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -f
        return
        ;;
    2)
        __hull_add_completions -f
        return
        ;;
    esac
}

_hull_stop() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --ignore -i --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -t --time --timeout)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-t'|'--time'|'--timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion stop -- positional@0)"
        return
        ;;
    esac
}

_hull_kill() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --signal -s)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--signal'|'-s')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion kill -- positional@0)"
        return
        ;;
    esac
}

_hull_wait() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --ignore -i --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --condition)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--condition')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion wait -- positional@0)"
        return
        ;;
    esac
}

_hull_restart() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -t --time)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-t'|'--time')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion restart -- positional@0)"
        return
        ;;
    esac
}

_hull_logs() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --follow -f --timestamps -t --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --tail --since --until)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--tail')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion logs -- positional@0)"
        return
        ;;
    esac
}

_hull_exec() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --detach -d --interactive -i --tty -t --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --env -e)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --detach-keys --user -u --workdir -w)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--env'|'-e')
        return
        ;;
    '--detach-keys')
        return
        ;;
    '--user'|'-u')
        return
        ;;
    '--workdir'|'-w')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion exec -- positional@0)"
        return
        ;;
    esac
}

_hull_rename() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion rename -- positional@0)"
        return
        ;;
    esac
}

_hull_diff() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --latest -l --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion diff -- positional@0)"
        return
        ;;
    esac
}

_hull_top() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion top -- positional@0)"
        return
        ;;
    esac
}

_hull_pause() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion pause -- positional@0)"
        return
        ;;
    esac
}

_hull_unpause() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion unpause -- positional@0)"
        return
        ;;
    esac
}

_hull_update() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cpuset-mems --pids-limit --blkio-weight --kernel-memory)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-m'|'--memory')
        return
        ;;
    '--memory-swap')
        return
        ;;
    '--memory-reservation')
        return
        ;;
    '--cpus')
        return
        ;;
    '-c'|'--cpu-shares')
        return
        ;;
    '--cpuset-cpus')
        return
        ;;
    '--cpuset-mems')
        return
        ;;
    '--pids-limit')
        return
        ;;
    '--blkio-weight')
        return
        ;;
    '--kernel-memory')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion update -- positional@0)"
        return
        ;;
    esac
}

_hull_stats() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --no-stream --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion stats -- positional@0)"
        return
        ;;
    esac
}

_hull_commit() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --change -c)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --message -m --author -a)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--change'|'-c')
        return
        ;;
    '--message'|'-m')
        return
        ;;
    '--author'|'-a')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion commit -- positional@0)"
        return
        ;;
    esac
}

_hull_export() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --output -o)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--output'|'-o')
        __hull_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion export -- positional@0)"
        return
        ;;
    esac
}

_hull_ps() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --external --quiet -q --no-trunc --noheading --latest -l --size -s --pod -p --version -h --help)
    repeating_options=(--storage-opt --runtime-flag -f --filter)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -n --last --sort --format)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-n'|'--last')
        return
        ;;
    '--sort')
        __hull_add_completions -W 'command'$'\n''created'$'\n''id'$'\n''image'$'\n''names'$'\n''runningfor'$'\n''size'$'\n''status'
        return
        ;;
    '--format')
        return
        ;;
    '-f'|'--filter')
        return
        ;;
    esac
}

_hull_rm() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --force -f --ignore -i --volumes -v --depend --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -t --time)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-t'|'--time')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion rm -- positional@0)"
        return
        ;;
    esac
}

_hull_inspect() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format -f --type -t)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format'|'-f')
        return
        ;;
    '--type'|'-t')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion inspect -- positional@0)"
        return
        ;;
    esac
}

_hull_build() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --no-cache --squash-all --squash --rm --force-rm --version -h --help)
    repeating_options=(--storage-opt --runtime-flag -t --tag --build-arg --label --secret --ulimit)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --file -f --target --iidfile --ignorefile --network --platform --pull --layers --tls-verify --creds --authfile)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-t'|'--tag')
        return
        ;;
    '--file'|'-f')
        __hull_add_completions -f
        return
        ;;
    '--build-arg')
        return
        ;;
    '--target')
        return
        ;;
    '--iidfile')
        __hull_add_completions -f
        return
        ;;
    '--label')
        return
        ;;
    '--ignorefile')
        __hull_add_completions -f
        return
        ;;
    '--secret')
        return
        ;;
    '--network')
        return
        ;;
    '--platform')
        return
        ;;
    '--pull')
        return
        ;;
    '--layers')
        return
        ;;
    '--ulimit')
        return
        ;;
    '--tls-verify')
        return
        ;;
    '--creds')
        return
        ;;
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -d
        return
        ;;
    esac
}

_hull_buildx() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hull_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    build|prune)
        # Offer subcommand argument completions
        "_hull_buildx_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'build prune' -- "${cur}"))
        ;;
    esac
}

_hull_buildx_build() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --no-cache --squash-all --squash --rm --force-rm --version -h --help)
    repeating_options=(--storage-opt --runtime-flag -t --tag --build-arg --label --secret --ulimit)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --file -f --target --iidfile --ignorefile --network --platform --pull --layers --tls-verify --creds --authfile)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-t'|'--tag')
        return
        ;;
    '--file'|'-f')
        __hull_add_completions -f
        return
        ;;
    '--build-arg')
        return
        ;;
    '--target')
        return
        ;;
    '--iidfile')
        __hull_add_completions -f
        return
        ;;
    '--label')
        return
        ;;
    '--ignorefile')
        __hull_add_completions -f
        return
        ;;
    '--secret')
        return
        ;;
    '--network')
        return
        ;;
    '--platform')
        return
        ;;
    '--pull')
        return
        ;;
    '--layers')
        return
        ;;
    '--ulimit')
        return
        ;;
    '--tls-verify')
        return
        ;;
    '--creds')
        return
        ;;
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -d
        return
        ;;
    esac
}

_hull_buildx_prune() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --force -f --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac
}

_hull_images() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --quiet -q --no-trunc -n --noheading --digests --version -h --help)
    repeating_options=(--storage-opt --runtime-flag -f --filter)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format --sort)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format')
        return
        ;;
    '-f'|'--filter')
        return
        ;;
    '--sort')
        return
        ;;
    esac
}

_hull_import() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --change -c)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --message -m)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--change'|'-c')
        return
        ;;
    '--message'|'-m')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -f
        return
        ;;
    esac
}

_hull_history() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --no-trunc --quiet -q --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -H --human --format)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-H'|'--human')
        return
        ;;
    '--format')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion history -- positional@0)"
        return
        ;;
    esac
}

_hull_load() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --input -i)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--input'|'-i')
        __hull_add_completions -f
        return
        ;;
    esac
}

_hull_login() {
    repeating_flags=()
    non_repeating_flags=(--password-stdin --get-login --version -h --help)
    repeating_options=()
    non_repeating_options=(--tls-verify --creds --authfile --username -u --password -p)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--tls-verify')
        return
        ;;
    '--creds')
        return
        ;;
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    '--username'|'-u')
        return
        ;;
    '--password'|'-p')
        return
        ;;
    esac
}

_hull_logout() {
    repeating_flags=()
    non_repeating_flags=(--all -a --version -h --help)
    repeating_options=()
    non_repeating_options=(--authfile)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    esac
}

_hull_pull() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q -a --all-tags --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --tls-verify --creds --authfile --platform --arch --os --variant)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--tls-verify')
        return
        ;;
    '--creds')
        return
        ;;
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    '--platform')
        return
        ;;
    '--arch')
        return
        ;;
    '--os')
        return
        ;;
    '--variant')
        return
        ;;
    esac
}

_hull_push() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --tls-verify --creds --authfile --digestfile)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--tls-verify')
        return
        ;;
    '--creds')
        return
        ;;
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    '--digestfile')
        __hull_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion push -- positional@0)"
        return
        ;;
    esac
}

_hull_rmi() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --force -f --ignore -i --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion rmi -- positional@0)"
        return
        ;;
    esac
}

_hull_save() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug -m --multi-image-archive --quiet -q --uncompressed --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --output -o --format)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--output'|'-o')
        __hull_add_completions -f
        return
        ;;
    '--format')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion save -- positional@0)"
        return
        ;;
    esac
}

_hull_tag() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion tag -- positional@0)"
        return
        ;;
    esac
}

_hull_untag() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion untag -- positional@0)"
        return
        ;;
    esac
}

_hull_port() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion port -- positional@0)"
        return
        ;;
    esac
}

_hull_healthcheck() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hull_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    run)
        # Offer subcommand argument completions
        "_hull_healthcheck_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'run' -- "${cur}"))
        ;;
    esac
}

_hull_healthcheck_run() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion healthcheck run -- positional@0)"
        return
        ;;
    esac
}

_hull_container() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hull_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    attach|commit|cp|create|diff|exec|exists|export|inspect|kill|logs|ls|prune|pause|rename|restart|rm|run|start|stats|stop|top|unpause|update|wait)
        # Offer subcommand argument completions
        "_hull_container_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'attach commit cp create diff exec exists export inspect kill logs ls prune pause rename restart rm run start stats stop top unpause update wait' -- "${cur}"))
        ;;
    esac
}

_hull_container_attach() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --sig-proxy --no-sig-proxy --no-stdin --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --detach-keys)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--detach-keys')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container attach -- positional@0)"
        return
        ;;
    esac
}

_hull_container_commit() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --change -c)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --message -m --author -a)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--change'|'-c')
        return
        ;;
    '--message'|'-m')
        return
        ;;
    '--author'|'-a')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container commit -- positional@0)"
        return
        ;;
    esac
}

_hull_container_cp() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --archive -a -L --follow-link --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -f
        return
        ;;
    2)
        __hull_add_completions -f
        return
        ;;
    esac
}

_hull_container_create() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --replace --unsetenv-all --interactive -i --tty -t --init --rm -P --publish-all --privileged --read-only --no-healthcheck --quiet -q --version --help)
    repeating_options=(--storage-opt --runtime-flag --env -e --unsetenv --env-file -l --label --network --net -p --publish --network-alias --dns --dns-search --dns-option --dns-opt --add-host --cap-add --cap-drop --security-opt --uidmap --gidmap --ulimit --group-add --tmpfs --volume -v --mount --volumes-from --device --device-cgroup-rule --log-opt)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --name --shm-size --tz --pid --ipc --workdir -w --user -u -h --hostname --entrypoint --restart --ip --stop-signal --stop-timeout -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cpuset-mems --pids-limit --blkio-weight --kernel-memory --userns --log-driver --pod --health-cmd --health-interval --health-timeout --health-retries --health-start-period --health-start-interval --health-on-failure --pull --tls-verify --creds --authfile --platform --arch --os --variant)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--name')
        return
        ;;
    '--env'|'-e')
        return
        ;;
    '--unsetenv')
        return
        ;;
    '--env-file')
        __hull_add_completions -f
        return
        ;;
    '--shm-size')
        return
        ;;
    '--tz')
        return
        ;;
    '--pid')
        return
        ;;
    '--ipc')
        return
        ;;
    '--workdir'|'-w')
        return
        ;;
    '--user'|'-u')
        return
        ;;
    '-h'|'--hostname')
        return
        ;;
    '-l'|'--label')
        return
        ;;
    '--entrypoint')
        return
        ;;
    '--restart')
        return
        ;;
    '--network'|'--net')
        return
        ;;
    '-p'|'--publish')
        return
        ;;
    '--ip')
        return
        ;;
    '--network-alias')
        return
        ;;
    '--dns')
        return
        ;;
    '--dns-search')
        return
        ;;
    '--dns-option'|'--dns-opt')
        return
        ;;
    '--add-host')
        return
        ;;
    '--stop-signal')
        return
        ;;
    '--stop-timeout')
        return
        ;;
    '--cap-add')
        return
        ;;
    '--cap-drop')
        return
        ;;
    '--security-opt')
        return
        ;;
    '-m'|'--memory')
        return
        ;;
    '--memory-swap')
        return
        ;;
    '--memory-reservation')
        return
        ;;
    '--cpus')
        return
        ;;
    '-c'|'--cpu-shares')
        return
        ;;
    '--cpuset-cpus')
        return
        ;;
    '--cpuset-mems')
        return
        ;;
    '--pids-limit')
        return
        ;;
    '--blkio-weight')
        return
        ;;
    '--kernel-memory')
        return
        ;;
    '--userns')
        return
        ;;
    '--uidmap')
        return
        ;;
    '--gidmap')
        return
        ;;
    '--ulimit')
        return
        ;;
    '--group-add')
        return
        ;;
    '--tmpfs')
        return
        ;;
    '--volume'|'-v')
        return
        ;;
    '--mount')
        return
        ;;
    '--volumes-from')
        return
        ;;
    '--device')
        return
        ;;
    '--device-cgroup-rule')
        return
        ;;
    '--log-driver')
        return
        ;;
    '--pod')
        return
        ;;
    '--health-cmd')
        return
        ;;
    '--health-interval')
        return
        ;;
    '--health-timeout')
        return
        ;;
    '--health-retries')
        return
        ;;
    '--health-start-period')
        return
        ;;
    '--health-start-interval')
        return
        ;;
    '--health-on-failure')
        return
        ;;
    '--log-opt')
        return
        ;;
    '--pull')
        return
        ;;
    '--tls-verify')
        return
        ;;
    '--creds')
        return
        ;;
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    '--platform')
        return
        ;;
    '--arch')
        return
        ;;
    '--os')
        return
        ;;
    '--variant')
        return
        ;;
    esac
}

_hull_container_diff() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --latest -l --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container diff -- positional@0)"
        return
        ;;
    esac
}

_hull_container_exec() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --detach -d --interactive -i --tty -t --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --env -e)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --detach-keys --user -u --workdir -w)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--env'|'-e')
        return
        ;;
    '--detach-keys')
        return
        ;;
    '--user'|'-u')
        return
        ;;
    '--workdir'|'-w')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container exec -- positional@0)"
        return
        ;;
    esac
}

_hull_container_exists() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container exists -- positional@0)"
        return
        ;;
    esac
}

_hull_container_export() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --output -o)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--output'|'-o')
        __hull_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container export -- positional@0)"
        return
        ;;
    esac
}

_hull_container_inspect() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format -f)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format'|'-f')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container inspect -- positional@0)"
        return
        ;;
    esac
}

_hull_container_kill() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --signal -s)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--signal'|'-s')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container kill -- positional@0)"
        return
        ;;
    esac
}

_hull_container_logs() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --follow -f --timestamps -t --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --tail --since --until)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--tail')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container logs -- positional@0)"
        return
        ;;
    esac
}

_hull_container_ls() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --external --quiet -q --no-trunc --noheading --latest -l --size -s --pod -p --version -h --help)
    repeating_options=(--storage-opt --runtime-flag -f --filter)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -n --last --sort --format)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-n'|'--last')
        return
        ;;
    '--sort')
        __hull_add_completions -W 'command'$'\n''created'$'\n''id'$'\n''image'$'\n''names'$'\n''runningfor'$'\n''size'$'\n''status'
        return
        ;;
    '--format')
        return
        ;;
    '-f'|'--filter')
        return
        ;;
    esac
}

_hull_container_prune() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --force -f --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --filter)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--filter')
        return
        ;;
    esac
}

_hull_container_pause() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container pause -- positional@0)"
        return
        ;;
    esac
}

_hull_container_rename() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container rename -- positional@0)"
        return
        ;;
    esac
}

_hull_container_restart() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -t --time)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-t'|'--time')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container restart -- positional@0)"
        return
        ;;
    esac
}

_hull_container_rm() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --force -f --ignore -i --volumes -v --depend --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -t --time)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-t'|'--time')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container rm -- positional@0)"
        return
        ;;
    esac
}

_hull_container_run() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --replace --unsetenv-all --interactive -i --tty -t --init --rm -P --publish-all --privileged --read-only --no-healthcheck --quiet -q --sig-proxy --no-sig-proxy --detach -d --version --help)
    repeating_options=(--storage-opt --runtime-flag --env -e --unsetenv --env-file -l --label --network --net -p --publish --network-alias --dns --dns-search --dns-option --dns-opt --add-host --cap-add --cap-drop --security-opt --uidmap --gidmap --ulimit --group-add --tmpfs --volume -v --mount --volumes-from --device --device-cgroup-rule --log-opt -a --attach)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --name --shm-size --tz --pid --ipc --workdir -w --user -u -h --hostname --entrypoint --restart --ip --stop-signal --stop-timeout -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cpuset-mems --pids-limit --blkio-weight --kernel-memory --userns --log-driver --pod --health-cmd --health-interval --health-timeout --health-retries --health-start-period --health-start-interval --health-on-failure --pull --tls-verify --creds --authfile --platform --arch --os --variant --detach-keys)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--name')
        return
        ;;
    '--env'|'-e')
        return
        ;;
    '--unsetenv')
        return
        ;;
    '--env-file')
        __hull_add_completions -f
        return
        ;;
    '--shm-size')
        return
        ;;
    '--tz')
        return
        ;;
    '--pid')
        return
        ;;
    '--ipc')
        return
        ;;
    '--workdir'|'-w')
        return
        ;;
    '--user'|'-u')
        return
        ;;
    '-h'|'--hostname')
        return
        ;;
    '-l'|'--label')
        return
        ;;
    '--entrypoint')
        return
        ;;
    '--restart')
        return
        ;;
    '--network'|'--net')
        return
        ;;
    '-p'|'--publish')
        return
        ;;
    '--ip')
        return
        ;;
    '--network-alias')
        return
        ;;
    '--dns')
        return
        ;;
    '--dns-search')
        return
        ;;
    '--dns-option'|'--dns-opt')
        return
        ;;
    '--add-host')
        return
        ;;
    '--stop-signal')
        return
        ;;
    '--stop-timeout')
        return
        ;;
    '--cap-add')
        return
        ;;
    '--cap-drop')
        return
        ;;
    '--security-opt')
        return
        ;;
    '-m'|'--memory')
        return
        ;;
    '--memory-swap')
        return
        ;;
    '--memory-reservation')
        return
        ;;
    '--cpus')
        return
        ;;
    '-c'|'--cpu-shares')
        return
        ;;
    '--cpuset-cpus')
        return
        ;;
    '--cpuset-mems')
        return
        ;;
    '--pids-limit')
        return
        ;;
    '--blkio-weight')
        return
        ;;
    '--kernel-memory')
        return
        ;;
    '--userns')
        return
        ;;
    '--uidmap')
        return
        ;;
    '--gidmap')
        return
        ;;
    '--ulimit')
        return
        ;;
    '--group-add')
        return
        ;;
    '--tmpfs')
        return
        ;;
    '--volume'|'-v')
        return
        ;;
    '--mount')
        return
        ;;
    '--volumes-from')
        return
        ;;
    '--device')
        return
        ;;
    '--device-cgroup-rule')
        return
        ;;
    '--log-driver')
        return
        ;;
    '--pod')
        return
        ;;
    '--health-cmd')
        return
        ;;
    '--health-interval')
        return
        ;;
    '--health-timeout')
        return
        ;;
    '--health-retries')
        return
        ;;
    '--health-start-period')
        return
        ;;
    '--health-start-interval')
        return
        ;;
    '--health-on-failure')
        return
        ;;
    '--log-opt')
        return
        ;;
    '--pull')
        return
        ;;
    '--tls-verify')
        return
        ;;
    '--creds')
        return
        ;;
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    '--platform')
        return
        ;;
    '--arch')
        return
        ;;
    '--os')
        return
        ;;
    '--variant')
        return
        ;;
    '--detach-keys')
        return
        ;;
    '-a'|'--attach')
        return
        ;;
    esac
}

_hull_container_start() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --attach -a --interactive -i --sig-proxy --no-sig-proxy --all --version -h --help)
    repeating_options=(--storage-opt --runtime-flag -f --filter)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --detach-keys)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--detach-keys')
        return
        ;;
    '-f'|'--filter')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container start -- positional@0)"
        return
        ;;
    esac
}

_hull_container_stats() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --no-stream --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container stats -- positional@0)"
        return
        ;;
    esac
}

_hull_container_stop() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --ignore -i --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -t --time --timeout)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-t'|'--time'|'--timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container stop -- positional@0)"
        return
        ;;
    esac
}

_hull_container_top() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container top -- positional@0)"
        return
        ;;
    esac
}

_hull_container_unpause() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container unpause -- positional@0)"
        return
        ;;
    esac
}

_hull_container_update() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cpuset-mems --pids-limit --blkio-weight --kernel-memory)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-m'|'--memory')
        return
        ;;
    '--memory-swap')
        return
        ;;
    '--memory-reservation')
        return
        ;;
    '--cpus')
        return
        ;;
    '-c'|'--cpu-shares')
        return
        ;;
    '--cpuset-cpus')
        return
        ;;
    '--cpuset-mems')
        return
        ;;
    '--pids-limit')
        return
        ;;
    '--blkio-weight')
        return
        ;;
    '--kernel-memory')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container update -- positional@0)"
        return
        ;;
    esac
}

_hull_container_wait() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --ignore -i --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --condition)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--condition')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container wait -- positional@0)"
        return
        ;;
    esac
}

_hull_pod() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hull_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    create|exists|inspect|ps|rm|prune|start|stop|restart|kill|pause|unpause|top|logs)
        # Offer subcommand argument completions
        "_hull_pod_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'create exists inspect ps rm prune start stop restart kill pause unpause top logs' -- "${cur}"))
        ;;
    esac
}

_hull_pod_create() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --infra --no-infra --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --publish -p --share -l --label --network)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --name -n --hostname --exit-policy)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--name'|'-n')
        return
        ;;
    '--publish'|'-p')
        return
        ;;
    '--share')
        return
        ;;
    '-l'|'--label')
        return
        ;;
    '--hostname')
        return
        ;;
    '--network')
        return
        ;;
    '--exit-policy')
        return
        ;;
    esac
}

_hull_pod_exists() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion pod exists -- positional@0)"
        return
        ;;
    esac
}

_hull_pod_inspect() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format -f)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format'|'-f')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion pod inspect -- positional@0)"
        return
        ;;
    esac
}

_hull_pod_ps() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --noheading --no-trunc --quiet -q --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --filter -f)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--filter'|'-f')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_hull_pod_rm() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --force -f --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -t --time)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-t'|'--time')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion pod rm -- positional@0)"
        return
        ;;
    esac
}

_hull_pod_prune() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --force -f --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac
}

_hull_pod_start() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion pod start -- positional@0)"
        return
        ;;
    esac
}

_hull_pod_stop() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -t --time)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-t'|'--time')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion pod stop -- positional@0)"
        return
        ;;
    esac
}

_hull_pod_restart() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion pod restart -- positional@0)"
        return
        ;;
    esac
}

_hull_pod_kill() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --signal -s)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--signal'|'-s')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion pod kill -- positional@0)"
        return
        ;;
    esac
}

_hull_pod_pause() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion pod pause -- positional@0)"
        return
        ;;
    esac
}

_hull_pod_unpause() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion pod unpause -- positional@0)"
        return
        ;;
    esac
}

_hull_pod_top() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion pod top -- positional@0)"
        return
        ;;
    esac
}

_hull_pod_logs() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --follow -f --names -n --timestamps -t --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --container -c --tail)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--container'|'-c')
        return
        ;;
    '--tail')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion pod logs -- positional@0)"
        return
        ;;
    esac
}

_hull_image() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hull_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    build|exists|history|import|inspect|ls|prune|load|pull|push|rm|save|tag|untag)
        # Offer subcommand argument completions
        "_hull_image_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'build exists history import inspect ls prune load pull push rm save tag untag' -- "${cur}"))
        ;;
    esac
}

_hull_image_build() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --no-cache --squash-all --squash --rm --force-rm --version -h --help)
    repeating_options=(--storage-opt --runtime-flag -t --tag --build-arg --label --secret --ulimit)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --file -f --target --iidfile --ignorefile --network --platform --pull --layers --tls-verify --creds --authfile)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-t'|'--tag')
        return
        ;;
    '--file'|'-f')
        __hull_add_completions -f
        return
        ;;
    '--build-arg')
        return
        ;;
    '--target')
        return
        ;;
    '--iidfile')
        __hull_add_completions -f
        return
        ;;
    '--label')
        return
        ;;
    '--ignorefile')
        __hull_add_completions -f
        return
        ;;
    '--secret')
        return
        ;;
    '--network')
        return
        ;;
    '--platform')
        return
        ;;
    '--pull')
        return
        ;;
    '--layers')
        return
        ;;
    '--ulimit')
        return
        ;;
    '--tls-verify')
        return
        ;;
    '--creds')
        return
        ;;
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -d
        return
        ;;
    esac
}

_hull_image_exists() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion image exists -- positional@0)"
        return
        ;;
    esac
}

_hull_image_history() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --no-trunc --quiet -q --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -H --human --format)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-H'|'--human')
        return
        ;;
    '--format')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion image history -- positional@0)"
        return
        ;;
    esac
}

_hull_image_import() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --change -c)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --message -m)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--change'|'-c')
        return
        ;;
    '--message'|'-m')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -f
        return
        ;;
    esac
}

_hull_image_inspect() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format -f)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format'|'-f')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion image inspect -- positional@0)"
        return
        ;;
    esac
}

_hull_image_ls() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --quiet -q --no-trunc -n --noheading --digests --version -h --help)
    repeating_options=(--storage-opt --runtime-flag -f --filter)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format --sort)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format')
        return
        ;;
    '-f'|'--filter')
        return
        ;;
    '--sort')
        return
        ;;
    esac
}

_hull_image_prune() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --force -f --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac
}

_hull_image_load() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --input -i)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--input'|'-i')
        __hull_add_completions -f
        return
        ;;
    esac
}

_hull_image_pull() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q -a --all-tags --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --tls-verify --creds --authfile --platform --arch --os --variant)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--tls-verify')
        return
        ;;
    '--creds')
        return
        ;;
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    '--platform')
        return
        ;;
    '--arch')
        return
        ;;
    '--os')
        return
        ;;
    '--variant')
        return
        ;;
    esac
}

_hull_image_push() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --tls-verify --creds --authfile --digestfile)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--tls-verify')
        return
        ;;
    '--creds')
        return
        ;;
    '--authfile')
        __hull_add_completions -f
        return
        ;;
    '--digestfile')
        __hull_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion image push -- positional@0)"
        return
        ;;
    esac
}

_hull_image_rm() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --force -f --ignore -i --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion image rm -- positional@0)"
        return
        ;;
    esac
}

_hull_image_save() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug -m --multi-image-archive --quiet -q --uncompressed --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --output -o --format)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--output'|'-o')
        __hull_add_completions -f
        return
        ;;
    '--format')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion image save -- positional@0)"
        return
        ;;
    esac
}

_hull_image_tag() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion image tag -- positional@0)"
        return
        ;;
    esac
}

_hull_image_untag() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion image untag -- positional@0)"
        return
        ;;
    esac
}

_hull_compose() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hull_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    config|up|down|ps|start|stop|rm|logs|exec|run|build|restart|kill|pause|unpause|pull|port)
        # Offer subcommand argument completions
        "_hull_compose_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'config up down ps start stop rm logs exec run build restart kill pause unpause pull port' -- "${cur}"))
        ;;
    esac
}

_hull_compose_config() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --services --volumes --networks --images -q --quiet --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory --format)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_hull_compose_up() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --detach -d --wait --force-recreate --no-recreate --no-start --remove-orphans --build --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory --pull)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    '--pull')
        return
        ;;
    esac
}

_hull_compose_down() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --volumes -v --remove-orphans --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory -t --timeout --rmi)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    '-t'|'--timeout')
        return
        ;;
    '--rmi')
        return
        ;;
    esac
}

_hull_compose_ps() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --quiet -q --services --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    esac
}

_hull_compose_start() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    esac
}

_hull_compose_stop() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory -t --timeout)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    '-t'|'--timeout')
        return
        ;;
    esac
}

_hull_compose_rm() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --force -f --stop -s --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    esac
}

_hull_compose_logs() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --timestamps -t --no-log-prefix --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory -n --tail)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    '-n')
        return
        ;;
    '--tail')
        return
        ;;
    esac
}

_hull_compose_exec() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --detach -d -T --no-TTY --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file --env -e)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory --user -u --workdir -w --index)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    '--env'|'-e')
        return
        ;;
    '--user'|'-u')
        return
        ;;
    '--workdir'|'-w')
        return
        ;;
    '--index')
        return
        ;;
    esac
}

_hull_compose_run() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --detach -d --rm --no-deps --service-ports -T --no-TTY --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file --env -e)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory --name --user -u --workdir -w --entrypoint)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    '--name')
        return
        ;;
    '--env'|'-e')
        return
        ;;
    '--user'|'-u')
        return
        ;;
    '--workdir'|'-w')
        return
        ;;
    '--entrypoint')
        return
        ;;
    esac
}

_hull_compose_build() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    esac
}

_hull_compose_restart() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory -t --timeout)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    '-t'|'--timeout')
        return
        ;;
    esac
}

_hull_compose_kill() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory --signal -s)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    '--signal'|'-s')
        return
        ;;
    esac
}

_hull_compose_pause() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    esac
}

_hull_compose_unpause() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    esac
}

_hull_compose_pull() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    esac
}

_hull_compose_port() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --file --profile --env-file)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --project-name --project-directory --protocol --index)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--file')
        return
        ;;
    '--project-name')
        return
        ;;
    '--profile')
        return
        ;;
    '--env-file')
        return
        ;;
    '--project-directory')
        return
        ;;
    '--protocol')
        return
        ;;
    '--index')
        return
        ;;
    esac
}

_hull_volume() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hull_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    create|exists|export|import|inspect|ls|mount|prune|rm|unmount)
        # Offer subcommand argument completions
        "_hull_volume_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'create exists export import inspect ls mount prune rm unmount' -- "${cur}"))
        ;;
    esac
}

_hull_volume_create() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --ignore --version -h --help)
    repeating_options=(--storage-opt --runtime-flag -l --label -o --opt)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -d --driver)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-d'|'--driver')
        return
        ;;
    '-l'|'--label')
        return
        ;;
    '-o'|'--opt')
        return
        ;;
    esac
}

_hull_volume_exists() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion volume exists -- positional@0)"
        return
        ;;
    esac
}

_hull_volume_export() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --output -o)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--output'|'-o')
        __hull_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion volume export -- positional@0)"
        return
        ;;
    esac
}

_hull_volume_import() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion volume import -- positional@0)"
        return
        ;;
    2)
        __hull_add_completions -f
        return
        ;;
    esac
}

_hull_volume_inspect() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format -f)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format'|'-f')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion volume inspect -- positional@0)"
        return
        ;;
    esac
}

_hull_volume_ls() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug -n --noheading --quiet -q --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --filter -f)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--filter'|'-f')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_hull_volume_mount() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion volume mount -- positional@0)"
        return
        ;;
    esac
}

_hull_volume_prune() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --force -f --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --filter)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--filter')
        return
        ;;
    esac
}

_hull_volume_rm() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --force -f --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion volume rm -- positional@0)"
        return
        ;;
    esac
}

_hull_volume_unmount() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion volume unmount -- positional@0)"
        return
        ;;
    esac
}

_hull_network() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hull_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    create|exists|ls|inspect|rm|prune|connect|disconnect)
        # Offer subcommand argument completions
        "_hull_network_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'create exists ls inspect rm prune connect disconnect' -- "${cur}"))
        ;;
    esac
}

_hull_network_create() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --internal --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --label)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --subnet --gateway -d --driver --interface-name)
    __hull_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--subnet')
        return
        ;;
    '--gateway')
        return
        ;;
    '-d'|'--driver')
        return
        ;;
    '--interface-name')
        return
        ;;
    '--label')
        return
        ;;
    esac
}

_hull_network_exists() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion network exists -- positional@0)"
        return
        ;;
    esac
}

_hull_network_ls() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --no-trunc -n --noheading --version -h --help)
    repeating_options=(--storage-opt --runtime-flag -f --filter)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format')
        return
        ;;
    '-f'|'--filter')
        return
        ;;
    esac
}

_hull_network_inspect() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager -f --format)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '-f'|'--format')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion network inspect -- positional@0)"
        return
        ;;
    esac
}

_hull_network_rm() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --force -f --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion network rm -- positional@0)"
        return
        ;;
    esac
}

_hull_network_prune() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --force -f --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac
}

_hull_network_connect() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --alias)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --ip)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--alias')
        return
        ;;
    '--ip')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion network connect -- positional@0)"
        return
        ;;
    2)
        __hull_add_completions -W "$(__hull_custom_complete ---completion network connect -- positional@1)"
        return
        ;;
    esac
}

_hull_network_disconnect() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --force -f --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion network disconnect -- positional@0)"
        return
        ;;
    2)
        __hull_add_completions -W "$(__hull_custom_complete ---completion network disconnect -- positional@1)"
        return
        ;;
    esac
}

_hull_system() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __hull_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    prune|df|reset|info|events)
        # Offer subcommand argument completions
        "_hull_system_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'prune df reset info events' -- "${cur}"))
        ;;
    esac
}

_hull_system_prune() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --force -f --volumes --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac
}

_hull_system_df() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --verbose -v --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_hull_system_reset() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --force -f --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac
}

_hull_system_info() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format -f)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format'|'-f')
        return
        ;;
    esac
}

_hull_system_events() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --stream --no-stream --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --filter -f)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --since --until --format)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--filter'|'-f')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_hull_events() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --stream --no-stream --version -h --help)
    repeating_options=(--storage-opt --runtime-flag --filter -f)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --since --until --format)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--filter'|'-f')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_hull_version() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format -f)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format'|'-f')
        return
        ;;
    esac
}

_hull_info() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager --format -f)
    __hull_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    '--format'|'-f')
        return
        ;;
    esac
}

_hull_unshare() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --runtime-flag)
    non_repeating_options=(--root --runroot --log-level --storage-driver --config --events-backend --cgroup-manager)
    __hull_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--root')
        return
        ;;
    '--runroot')
        return
        ;;
    '--log-level')
        return
        ;;
    '--storage-opt')
        return
        ;;
    '--storage-driver')
        return
        ;;
    '--runtime-flag')
        return
        ;;
    '--config')
        return
        ;;
    '--events-backend')
        return
        ;;
    '--cgroup-manager')
        return
        ;;
    esac
}

_hull_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __hull_offer_flags_options -1
}

complete -o filenames -F _hull hull
