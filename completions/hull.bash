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
    local -a repeating_options=(--storage-opt)
    local -a non_repeating_options=(--root --runroot --log-level)
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
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    run|create|start|attach|cp|stop|kill|wait|restart|logs|exec|rename|diff|top|pause|unpause|update|stats|commit|export|ps|rm|inspect|images|import|history|load|login|logout|pull|push|rmi|save|tag|untag|port|container|image|volume|network|version|info|unshare|help)
        # Offer subcommand argument completions
        "_hull_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'run create start attach cp stop kill wait restart logs exec rename diff top pause unpause update stats commit export ps rm inspect images import history load login logout pull push rmi save tag untag port container image volume network version info unshare help' -- "${cur}"))
        ;;
    esac
}

_hull_run() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --interactive -i --tty -t --init --rm -P --publish-all --privileged --read-only --quiet -q --sig-proxy --no-sig-proxy --detach -d --version --help)
    repeating_options=(--storage-opt --env -e --env-file -l --label --network --net -p --publish --network-alias --dns --dns-search --dns-option --add-host --cap-add --cap-drop --security-opt --uidmap --gidmap --ulimit --group-add --tmpfs --volume -v --mount --volumes-from --log-opt)
    non_repeating_options=(--root --runroot --log-level --name --workdir -w --user -u -h --hostname --entrypoint --restart --ip --stop-signal --stop-timeout -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cpuset-mems --pids-limit --blkio-weight --userns --pull --tls-verify --creds --authfile --platform --arch --os --variant --detach-keys)
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
    '--name')
        return
        ;;
    '--env'|'-e')
        return
        ;;
    '--env-file')
        __hull_add_completions -f
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
    '--dns-option')
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
    esac
}

_hull_create() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --interactive -i --tty -t --init --rm -P --publish-all --privileged --read-only --quiet -q --version --help)
    repeating_options=(--storage-opt --env -e --env-file -l --label --network --net -p --publish --network-alias --dns --dns-search --dns-option --add-host --cap-add --cap-drop --security-opt --uidmap --gidmap --ulimit --group-add --tmpfs --volume -v --mount --volumes-from --log-opt)
    non_repeating_options=(--root --runroot --log-level --name --workdir -w --user -u -h --hostname --entrypoint --restart --ip --stop-signal --stop-timeout -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cpuset-mems --pids-limit --blkio-weight --userns --pull --tls-verify --creds --authfile --platform --arch --os --variant)
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
    '--name')
        return
        ;;
    '--env'|'-e')
        return
        ;;
    '--env-file')
        __hull_add_completions -f
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
    '--dns-option')
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
    non_repeating_flags=(--noout -D --debug --attach -a --interactive -i --sig-proxy --no-sig-proxy --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --detach-keys)
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
    '--detach-keys')
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --detach-keys)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level -t --time)
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
    '-t'|'--time')
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --signal -s)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level -t --time)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --tail --since --until)
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
    repeating_options=(--storage-opt --env -e)
    non_repeating_options=(--root --runroot --log-level --detach-keys --user -u --workdir -w)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --format)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cpuset-mems --pids-limit --blkio-weight)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --format)
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
    repeating_options=(--storage-opt --change -c)
    non_repeating_options=(--root --runroot --log-level --message -m --author -a)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --output -o)
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
    non_repeating_flags=(--noout -D --debug --all -a --quiet -q --no-trunc -n --noheading --version -h --help)
    repeating_options=(--storage-opt -f --filter)
    non_repeating_options=(--root --runroot --log-level --format)
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
    non_repeating_flags=(--noout -D --debug --all -a --force -f --ignore -i --volumes -v --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --format -f --type -t)
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

_hull_images() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --quiet -q --no-trunc -n --noheading --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --format)
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
    '--format')
        return
        ;;
    esac
}

_hull_import() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --version -h --help)
    repeating_options=(--storage-opt --change -c)
    non_repeating_options=(--root --runroot --log-level --message -m)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level -H --human --format)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --input -i)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --tls-verify --creds --authfile --platform --arch --os --variant)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --tls-verify --creds --authfile --digestfile)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    esac
}

_hull_save() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug -m --multi-image-archive --quiet -q --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --output -o --format)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion port -- positional@0)"
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
    attach|commit|cp|create|diff|exec|export|inspect|kill|logs|ls|prune|pause|rename|restart|rm|run|start|stats|stop|top|unpause|update|wait)
        # Offer subcommand argument completions
        "_hull_container_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'attach commit cp create diff exec export inspect kill logs ls prune pause rename restart rm run start stats stop top unpause update wait' -- "${cur}"))
        ;;
    esac
}

_hull_container_attach() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --sig-proxy --no-sig-proxy --no-stdin --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --detach-keys)
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
    repeating_options=(--storage-opt --change -c)
    non_repeating_options=(--root --runroot --log-level --message -m --author -a)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    non_repeating_flags=(--noout -D --debug --interactive -i --tty -t --init --rm -P --publish-all --privileged --read-only --quiet -q --version --help)
    repeating_options=(--storage-opt --env -e --env-file -l --label --network --net -p --publish --network-alias --dns --dns-search --dns-option --add-host --cap-add --cap-drop --security-opt --uidmap --gidmap --ulimit --group-add --tmpfs --volume -v --mount --volumes-from --log-opt)
    non_repeating_options=(--root --runroot --log-level --name --workdir -w --user -u -h --hostname --entrypoint --restart --ip --stop-signal --stop-timeout -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cpuset-mems --pids-limit --blkio-weight --userns --pull --tls-verify --creds --authfile --platform --arch --os --variant)
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
    '--name')
        return
        ;;
    '--env'|'-e')
        return
        ;;
    '--env-file')
        __hull_add_completions -f
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
    '--dns-option')
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
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --format)
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
    repeating_options=(--storage-opt --env -e)
    non_repeating_options=(--root --runroot --log-level --detach-keys --user -u --workdir -w)
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

_hull_container_export() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --output -o)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --format -f)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --signal -s)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --tail --since --until)
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
    non_repeating_flags=(--noout -D --debug --all -a --quiet -q --no-trunc -n --noheading --version -h --help)
    repeating_options=(--storage-opt -f --filter)
    non_repeating_options=(--root --runroot --log-level --format)
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
    repeating_options=(--storage-opt --filter)
    non_repeating_options=(--root --runroot --log-level)
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
    '--filter')
        return
        ;;
    esac
}

_hull_container_pause() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level -t --time)
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
    non_repeating_flags=(--noout -D --debug --all -a --force -f --ignore -i --volumes -v --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    non_repeating_flags=(--noout -D --debug --interactive -i --tty -t --init --rm -P --publish-all --privileged --read-only --quiet -q --sig-proxy --no-sig-proxy --detach -d --version --help)
    repeating_options=(--storage-opt --env -e --env-file -l --label --network --net -p --publish --network-alias --dns --dns-search --dns-option --add-host --cap-add --cap-drop --security-opt --uidmap --gidmap --ulimit --group-add --tmpfs --volume -v --mount --volumes-from --log-opt)
    non_repeating_options=(--root --runroot --log-level --name --workdir -w --user -u -h --hostname --entrypoint --restart --ip --stop-signal --stop-timeout -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cpuset-mems --pids-limit --blkio-weight --userns --pull --tls-verify --creds --authfile --platform --arch --os --variant --detach-keys)
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
    '--name')
        return
        ;;
    '--env'|'-e')
        return
        ;;
    '--env-file')
        __hull_add_completions -f
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
    '--dns-option')
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
    esac
}

_hull_container_start() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --attach -a --interactive -i --sig-proxy --no-sig-proxy --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --detach-keys)
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
    '--detach-keys')
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --format)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level -t --time)
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
    '-t'|'--time')
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cpuset-mems --pids-limit --blkio-weight)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion container wait -- positional@0)"
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
    history|import|inspect|ls|prune|load|pull|push|rm|save|tag|untag)
        # Offer subcommand argument completions
        "_hull_image_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'history import inspect ls prune load pull push rm save tag untag' -- "${cur}"))
        ;;
    esac
}

_hull_image_history() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --no-trunc --quiet -q --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level -H --human --format)
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
    repeating_options=(--storage-opt --change -c)
    non_repeating_options=(--root --runroot --log-level --message -m)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --format -f)
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
    non_repeating_flags=(--noout -D --debug --all -a --quiet -q --no-trunc -n --noheading --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --format)
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
    '--format')
        return
        ;;
    esac
}

_hull_image_prune() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --force -f --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    esac
}

_hull_image_load() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --input -i)
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
    '--input'|'-i')
        __hull_add_completions -f
        return
        ;;
    esac
}

_hull_image_pull() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q -a --all-tags --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --tls-verify --creds --authfile --platform --arch --os --variant)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --tls-verify --creds --authfile --digestfile)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    esac
}

_hull_image_save() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug -m --multi-image-archive --quiet -q --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --output -o --format)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion image untag -- positional@0)"
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
    create|exists|inspect|ls|prune|rm)
        # Offer subcommand argument completions
        "_hull_volume_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'create exists inspect ls prune rm' -- "${cur}"))
        ;;
    esac
}

_hull_volume_create() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --ignore --version -h --help)
    repeating_options=(--storage-opt -l --label -o --opt)
    non_repeating_options=(--root --runroot --log-level -d --driver)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __hull_add_completions -W "$(__hull_custom_complete ---completion volume exists -- positional@0)"
        return
        ;;
    esac
}

_hull_volume_inspect() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --format -f)
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
    repeating_options=(--storage-opt --filter -f)
    non_repeating_options=(--root --runroot --log-level --format)
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
    '--filter'|'-f')
        return
        ;;
    '--format')
        return
        ;;
    esac
}

_hull_volume_prune() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --force -f --version -h --help)
    repeating_options=(--storage-opt --filter)
    non_repeating_options=(--root --runroot --log-level)
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
    '--filter')
        return
        ;;
    esac
}

_hull_volume_rm() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --all -a --force -f --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __hull_add_completions -W "$(__hull_custom_complete ---completion volume rm -- positional@0)"
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
    create|ls|inspect|rm|prune|connect|disconnect)
        # Offer subcommand argument completions
        "_hull_network_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'create ls inspect rm prune connect disconnect' -- "${cur}"))
        ;;
    esac
}

_hull_network_create() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --internal --version -h --help)
    repeating_options=(--storage-opt --label)
    non_repeating_options=(--root --runroot --log-level --subnet --gateway -d --driver --interface-name)
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

_hull_network_ls() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --quiet -q --no-trunc -n --noheading --version -h --help)
    repeating_options=(--storage-opt -f --filter)
    non_repeating_options=(--root --runroot --log-level --format)
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
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level -f --format)
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
    '-f'|'--format')
        return
        ;;
    esac
}

_hull_network_rm() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --force -f --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    esac
}

_hull_network_prune() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --force -f --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    esac
}

_hull_network_connect() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt --alias)
    non_repeating_options=(--root --runroot --log-level --ip)
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
    '--alias')
        return
        ;;
    '--ip')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    2)
        __hull_add_completions -W "$(__hull_custom_complete ---completion network connect -- positional@1)"
        return
        ;;
    esac
}

_hull_network_disconnect() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --force -f --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
    esac

    # Offer positional completions
    case "${positional_number}" in
    2)
        __hull_add_completions -W "$(__hull_custom_complete ---completion network disconnect -- positional@1)"
        return
        ;;
    esac
}

_hull_version() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --format -f)
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
    '--format'|'-f')
        return
        ;;
    esac
}

_hull_info() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level --format -f)
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
    '--format'|'-f')
        return
        ;;
    esac
}

_hull_unshare() {
    repeating_flags=()
    non_repeating_flags=(--noout -D --debug --version -h --help)
    repeating_options=(--storage-opt)
    non_repeating_options=(--root --runroot --log-level)
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
