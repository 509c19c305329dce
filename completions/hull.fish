function __hull_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __hull_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __hull_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __hull_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __hull_parse_tokens -S
    set -l unparsed_tokens (__hull_tokens -pc)
    switch $unparsed_tokens[1]
    case 'hull'
        __hull_parse_subcommand 0 'root=' 'runroot=' 'noout' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'run'
            __hull_parse_subcommand -r 2 'root=' 'runroot=' 'noout' 'name=' 'e/env=+' 'env-file=+' 'w/workdir=' 'u/user=' 'h/hostname=' 'l/label=+' 'entrypoint=' 'i/interactive' 'rm' 'network=' 'version' 'help'
        case 'create'
            __hull_parse_subcommand -r 2 'root=' 'runroot=' 'noout' 'name=' 'e/env=+' 'env-file=+' 'w/workdir=' 'u/user=' 'h/hostname=' 'l/label=+' 'entrypoint=' 'i/interactive' 'rm' 'network=' 'version' 'help'
        case 'start'
            __hull_parse_subcommand -r 1 'root=' 'runroot=' 'noout' 'a/attach' 'i/interactive' 'version' 'h/help'
        case 'ps'
            __hull_parse_subcommand 0 'root=' 'runroot=' 'noout' 'a/all' 'q/quiet' 'no-trunc' 'n/noheading' 'format=' 'f/filter=+' 'version' 'h/help'
        case 'rm'
            __hull_parse_subcommand -r 1 'root=' 'runroot=' 'noout' 'a/all' 'f/force' 'i/ignore' 'version' 'h/help'
        case 'inspect'
            __hull_parse_subcommand -r 1 'root=' 'runroot=' 'noout' 'f/format=' 't/type=' 'version' 'h/help'
        case 'images'
            __hull_parse_subcommand 1 'root=' 'runroot=' 'noout' 'a/all' 'q/quiet' 'no-trunc' 'n/noheading' 'format=' 'version' 'h/help'
        case 'import'
            __hull_parse_subcommand 2 'root=' 'runroot=' 'noout' 'c/change=+' 'm/message=' 'q/quiet' 'version' 'h/help'
        case 'rmi'
            __hull_parse_subcommand -r 1 'root=' 'runroot=' 'noout' 'a/all' 'f/force' 'i/ignore' 'version' 'h/help'
        case 'container'
            __hull_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'create'
                __hull_parse_subcommand -r 2 'root=' 'runroot=' 'noout' 'name=' 'e/env=+' 'env-file=+' 'w/workdir=' 'u/user=' 'h/hostname=' 'l/label=+' 'entrypoint=' 'i/interactive' 'rm' 'network=' 'version' 'help'
            case 'inspect'
                __hull_parse_subcommand -r 1 'root=' 'runroot=' 'noout' 'f/format=' 'version' 'h/help'
            case 'ls'
                __hull_parse_subcommand 0 'root=' 'runroot=' 'noout' 'a/all' 'q/quiet' 'no-trunc' 'n/noheading' 'format=' 'f/filter=+' 'version' 'h/help'
            case 'rm'
                __hull_parse_subcommand -r 1 'root=' 'runroot=' 'noout' 'a/all' 'f/force' 'i/ignore' 'version' 'h/help'
            case 'run'
                __hull_parse_subcommand -r 2 'root=' 'runroot=' 'noout' 'name=' 'e/env=+' 'env-file=+' 'w/workdir=' 'u/user=' 'h/hostname=' 'l/label=+' 'entrypoint=' 'i/interactive' 'rm' 'network=' 'version' 'help'
            case 'start'
                __hull_parse_subcommand -r 1 'root=' 'runroot=' 'noout' 'a/attach' 'i/interactive' 'version' 'h/help'
            end
        case 'image'
            __hull_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'import'
                __hull_parse_subcommand 2 'root=' 'runroot=' 'noout' 'c/change=+' 'm/message=' 'q/quiet' 'version' 'h/help'
            case 'inspect'
                __hull_parse_subcommand -r 1 'root=' 'runroot=' 'noout' 'f/format=' 'version' 'h/help'
            case 'ls'
                __hull_parse_subcommand 1 'root=' 'runroot=' 'noout' 'a/all' 'q/quiet' 'no-trunc' 'n/noheading' 'format=' 'version' 'h/help'
            case 'rm'
                __hull_parse_subcommand -r 1 'root=' 'runroot=' 'noout' 'a/all' 'f/force' 'i/ignore' 'version' 'h/help'
            end
        case 'version'
            __hull_parse_subcommand 0 'root=' 'runroot=' 'noout' 'f/format=' 'version' 'h/help'
        case 'help'
            __hull_parse_subcommand -r 1 'version'
        end
    end
end

function __hull_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __hull_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __hull_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __hull_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__hull_tokens -p)
    if test -z "$(__hull_tokens -t)"
        set -l index (count (__hull_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'hull' -f
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'run' -d 'Run a command in a new container.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'create' -d 'Create but do not start a container.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'start' -d 'Start one or more containers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'ps' -d 'List containers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'rm' -d 'Remove one or more containers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'inspect' -d 'Display the configuration of containers or images.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'images' -d 'List images in local storage.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'import' -d 'Import a tarball to create a filesystem image.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'rmi' -d 'Remove one or more images from local storage.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'container' -d 'Manage containers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'image' -d 'Manage images.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'version' -d 'Display the hull version information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" name' -l 'name' -d 'Assign a name to the container.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run"' -l 'env' -s 'e' -d 'Set an environment variable (KEY=VALUE, or KEY to copy hull\'s own).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run"' -l 'env-file' -d 'Read environment variables from a file, one KEY=VALUE a line.' -rF
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" w workdir' -l 'workdir' -s 'w' -d 'Working directory inside the container.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" u user' -l 'user' -s 'u' -d 'Username or UID, with an optional group: user[:group].' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" h hostname' -s 'h' -l 'hostname' -d 'Set the container\'s host name.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run"' -s 'l' -l 'label' -d 'Set metadata on the container (KEY=VALUE).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" entrypoint' -l 'entrypoint' -d 'Override the image\'s entrypoint (a string or a JSON array; "" clears it).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" i interactive' -l 'interactive' -s 'i' -d 'Keep stdin open and pass it to the container.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" rm' -l 'rm' -d 'Remove the container when it exits.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" net network' -l 'network' -l 'net' -d 'Network mode: none (private loopback) or host.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull run" help' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" name' -l 'name' -d 'Assign a name to the container.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create"' -l 'env' -s 'e' -d 'Set an environment variable (KEY=VALUE, or KEY to copy hull\'s own).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create"' -l 'env-file' -d 'Read environment variables from a file, one KEY=VALUE a line.' -rF
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" w workdir' -l 'workdir' -s 'w' -d 'Working directory inside the container.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" u user' -l 'user' -s 'u' -d 'Username or UID, with an optional group: user[:group].' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" h hostname' -s 'h' -l 'hostname' -d 'Set the container\'s host name.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create"' -s 'l' -l 'label' -d 'Set metadata on the container (KEY=VALUE).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" entrypoint' -l 'entrypoint' -d 'Override the image\'s entrypoint (a string or a JSON array; "" clears it).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" i interactive' -l 'interactive' -s 'i' -d 'Keep stdin open and pass it to the container.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" rm' -l 'rm' -d 'Remove the container when it exits.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" net network' -l 'network' -l 'net' -d 'Network mode: none (private loopback) or host.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull create" help' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull start" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull start" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull start" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull start" a attach' -l 'attach' -s 'a' -d 'Attach to the container\'s output and wait for it to exit.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull start" i interactive' -l 'interactive' -s 'i' -d 'Pass stdin to the container.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull start" -ge 1' -fka '(__hull_custom_completion ---completion start -- positional@0)'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull start" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull start" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull ps" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull ps" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull ps" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull ps" a all' -l 'all' -s 'a' -d 'Show all the containers, default is only running containers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull ps" q quiet' -l 'quiet' -s 'q' -d 'Print the numeric IDs of the containers only.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull ps" no-trunc' -l 'no-trunc' -d 'Display the extended information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull ps" n noheading' -s 'n' -l 'noheading' -d 'Do not print headers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull ps" format' -l 'format' -d 'Pretty-print containers using a Go template, or json.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull ps"' -s 'f' -l 'filter' -d 'Filter output: id, name (regex), status, label, ancestor, exited.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull ps" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull ps" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rm" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rm" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rm" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rm" a all' -l 'all' -s 'a' -d 'Remove all containers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rm" f force' -l 'force' -s 'f' -d 'Force removal of running or paused containers; unknown ones are no error.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rm" i ignore' -l 'ignore' -s 'i' -d 'Ignore errors when a specified container is missing.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull rm" -ge 1' -fka '(__hull_custom_completion ---completion rm -- positional@0)'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rm" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rm" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull inspect" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull inspect" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull inspect" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull inspect" f format' -l 'format' -s 'f' -d 'Format the output using a Go template, or json (the default).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull inspect" t type' -l 'type' -s 't' -d 'Which kind of object: container, image or all.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull inspect" -ge 1' -fka '(__hull_custom_completion ---completion inspect -- positional@0)'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull inspect" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull inspect" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull images" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull images" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull images" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull images" a all' -l 'all' -s 'a' -d 'Show all images (no intermediate images are hidden by hull).'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull images" q quiet' -l 'quiet' -s 'q' -d 'Display only image IDs.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull images" no-trunc' -l 'no-trunc' -d 'Do not truncate output.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull images" n noheading' -s 'n' -l 'noheading' -d 'Do not print column headings.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull images" format' -l 'format' -d 'Pretty-print images using a Go template, or json.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull images" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull images" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull import" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull import" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull import" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull import"' -l 'change' -s 'c' -d 'Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, EXPOSE, VOLUME, STOPSIGNAL).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull import" m message' -l 'message' -s 'm' -d 'Set the commit message of the imported layer.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull import" q quiet' -l 'quiet' -s 'q' -d 'Suppress progress output.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull import" -eq 1' -F
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull import" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rmi" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rmi" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rmi" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rmi" a all' -l 'all' -s 'a' -d 'Remove all images.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rmi" f force' -l 'force' -s 'f' -d 'Force removal of the image and any containers using it.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rmi" i ignore' -l 'ignore' -s 'i' -d 'Ignore errors when a specified image is missing.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rmi" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull rmi" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull container" -eq 1' -fa 'create' -d 'Create but do not start a container.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull container" -eq 1' -fa 'inspect' -d 'Display the configuration of a container.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull container" -eq 1' -fa 'ls' -d 'List containers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull container" -eq 1' -fa 'rm' -d 'Remove one or more containers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull container" -eq 1' -fa 'run' -d 'Run a command in a new container.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull container" -eq 1' -fa 'start' -d 'Start one or more containers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" name' -l 'name' -d 'Assign a name to the container.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create"' -l 'env' -s 'e' -d 'Set an environment variable (KEY=VALUE, or KEY to copy hull\'s own).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create"' -l 'env-file' -d 'Read environment variables from a file, one KEY=VALUE a line.' -rF
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" w workdir' -l 'workdir' -s 'w' -d 'Working directory inside the container.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" u user' -l 'user' -s 'u' -d 'Username or UID, with an optional group: user[:group].' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" h hostname' -s 'h' -l 'hostname' -d 'Set the container\'s host name.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create"' -s 'l' -l 'label' -d 'Set metadata on the container (KEY=VALUE).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" entrypoint' -l 'entrypoint' -d 'Override the image\'s entrypoint (a string or a JSON array; "" clears it).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" i interactive' -l 'interactive' -s 'i' -d 'Keep stdin open and pass it to the container.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" rm' -l 'rm' -d 'Remove the container when it exits.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" net network' -l 'network' -l 'net' -d 'Network mode: none (private loopback) or host.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container create" help' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container inspect" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container inspect" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container inspect" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container inspect" f format' -l 'format' -s 'f' -d 'Format the output using a Go template, or json (the default).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull container inspect" -ge 1' -fka '(__hull_custom_completion ---completion container inspect -- positional@0)'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container inspect" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container inspect" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container ls" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container ls" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container ls" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container ls" a all' -l 'all' -s 'a' -d 'Show all the containers, default is only running containers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container ls" q quiet' -l 'quiet' -s 'q' -d 'Print the numeric IDs of the containers only.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container ls" no-trunc' -l 'no-trunc' -d 'Display the extended information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container ls" n noheading' -s 'n' -l 'noheading' -d 'Do not print headers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container ls" format' -l 'format' -d 'Pretty-print containers using a Go template, or json.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container ls"' -s 'f' -l 'filter' -d 'Filter output: id, name (regex), status, label, ancestor, exited.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container ls" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container ls" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container rm" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container rm" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container rm" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container rm" a all' -l 'all' -s 'a' -d 'Remove all containers.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container rm" f force' -l 'force' -s 'f' -d 'Force removal of running or paused containers; unknown ones are no error.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container rm" i ignore' -l 'ignore' -s 'i' -d 'Ignore errors when a specified container is missing.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull container rm" -ge 1' -fka '(__hull_custom_completion ---completion container rm -- positional@0)'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container rm" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container rm" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" name' -l 'name' -d 'Assign a name to the container.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run"' -l 'env' -s 'e' -d 'Set an environment variable (KEY=VALUE, or KEY to copy hull\'s own).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run"' -l 'env-file' -d 'Read environment variables from a file, one KEY=VALUE a line.' -rF
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" w workdir' -l 'workdir' -s 'w' -d 'Working directory inside the container.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" u user' -l 'user' -s 'u' -d 'Username or UID, with an optional group: user[:group].' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" h hostname' -s 'h' -l 'hostname' -d 'Set the container\'s host name.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run"' -s 'l' -l 'label' -d 'Set metadata on the container (KEY=VALUE).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" entrypoint' -l 'entrypoint' -d 'Override the image\'s entrypoint (a string or a JSON array; "" clears it).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" i interactive' -l 'interactive' -s 'i' -d 'Keep stdin open and pass it to the container.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" rm' -l 'rm' -d 'Remove the container when it exits.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" net network' -l 'network' -l 'net' -d 'Network mode: none (private loopback) or host.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container run" help' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container start" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container start" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container start" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container start" a attach' -l 'attach' -s 'a' -d 'Attach to the container\'s output and wait for it to exit.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container start" i interactive' -l 'interactive' -s 'i' -d 'Pass stdin to the container.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull container start" -ge 1' -fka '(__hull_custom_completion ---completion container start -- positional@0)'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container start" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull container start" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull image" -eq 1' -fa 'import' -d 'Import a tarball to create a filesystem image.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull image" -eq 1' -fa 'inspect' -d 'Display the configuration of an image.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull image" -eq 1' -fa 'ls' -d 'List images in local storage.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull image" -eq 1' -fa 'rm' -d 'Remove one or more images from local storage.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image import" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image import" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image import" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image import"' -l 'change' -s 'c' -d 'Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, EXPOSE, VOLUME, STOPSIGNAL).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image import" m message' -l 'message' -s 'm' -d 'Set the commit message of the imported layer.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image import" q quiet' -l 'quiet' -s 'q' -d 'Suppress progress output.'
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull image import" -eq 1' -F
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image import" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image inspect" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image inspect" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image inspect" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image inspect" f format' -l 'format' -s 'f' -d 'Format the output using a Go template, or json (the default).' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_positional "hull image inspect" -ge 1' -fka '(__hull_custom_completion ---completion image inspect -- positional@0)'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image inspect" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image inspect" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image ls" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image ls" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image ls" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image ls" a all' -l 'all' -s 'a' -d 'Show all images (no intermediate images are hidden by hull).'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image ls" q quiet' -l 'quiet' -s 'q' -d 'Display only image IDs.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image ls" no-trunc' -l 'no-trunc' -d 'Do not truncate output.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image ls" n noheading' -s 'n' -l 'noheading' -d 'Do not print column headings.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image ls" format' -l 'format' -d 'Pretty-print images using a Go template, or json.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image ls" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image ls" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image rm" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image rm" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image rm" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image rm" a all' -l 'all' -s 'a' -d 'Remove all images.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image rm" f force' -l 'force' -s 'f' -d 'Force removal of the image and any containers using it.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image rm" i ignore' -l 'ignore' -s 'i' -d 'Ignore errors when a specified image is missing.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image rm" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull image rm" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull version" root' -l 'root' -d 'Path to the root directory in which data, including images, is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull version" runroot' -l 'runroot' -d 'Path to the directory in which run-time state is stored.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull version" noout' -l 'noout' -d 'Do not print anything to stdout.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull version" f format' -l 'format' -s 'f' -d 'Change the output format to JSON or a Go template.' -rfka ''
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull version" version' -l 'version' -d 'Show the version.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull version" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'hull' -n '__hull_should_offer_completions_for_flags_or_options "hull help" version' -l 'version' -d 'Show the version.'
