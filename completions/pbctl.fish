# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pbctl_global_optspecs
    string join \n context= config= o/output= jq= raw color= q/quiet v/verbose y/yes no-input timeout= h/help V/version
end

function __fish_pbctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_pbctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_pbctl_using_subcommand
    set -l cmd (__fish_pbctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c pbctl -n "__fish_pbctl_needs_command" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_needs_command" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_needs_command" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_needs_command" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_needs_command" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_needs_command" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_needs_command" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_needs_command" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_needs_command" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_needs_command" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_needs_command" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_needs_command" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_needs_command" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "context" -d 'Manage contexts: named PocketBase servers such as dev, staging and prod'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "ctx" -d 'Manage contexts: named PocketBase servers such as dev, staging and prod'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "auth" -d 'Log in to PocketBase and manage the stored token'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "health" -d 'Check the server: reachable, latency, version, whether the token works, canBackup'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "settings" -d 'Read and change the server settings'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "api" -d 'Send a raw request to the server with the context\'s token and print the body'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "jwt" -d 'Mint NATS JWTs and creds offline from a local key store, and push them (like nsc)'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "help" -d 'Show help for a command, or one of the topics: exit-codes, environment, output, filters'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "add" -d 'Add a context'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "list" -d 'List contexts (the current one is marked *)'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "ls" -d 'List contexts (the current one is marked *)'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "use" -d 'Switch the current context; `-` returns to the previous one'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "current" -d 'Print the current context name'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "show" -d 'Show a context\'s settings and auth status (never the token)'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "set" -d 'Change settings of a context'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "rename" -d 'Rename a context (its stored token moves with it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "delete" -d 'Delete contexts and their stored tokens'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "rm" -d 'Delete contexts and their stored tokens'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "import-pb-cli" -d 'Import pb-cli\'s contexts (~/.config/pb) with their tokens'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l url -d 'Server base URL (http or https)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l auth-collection -d 'Auth collection to log in to [default: _superusers]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l identity -d 'Default identity (email or username) for `auth login`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l ca-file -d 'CA certificate (PEM) to trust for this server' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l nats-url -d 'NATS server URL for this environment' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l nats-creds -d 'NATS creds file (system account user) for this environment' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l description -d 'Free text shown by `context list -o wide`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l insecure-skip-verify -d 'Skip TLS certificate verification (warns on every use)'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l use -d 'Make it the current context'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -l overwrite -d 'Replace contexts that already exist'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "add" -d 'Add a context'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "list" -d 'List contexts (the current one is marked *)'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "ls" -d 'List contexts (the current one is marked *)'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "use" -d 'Switch the current context; `-` returns to the previous one'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "current" -d 'Print the current context name'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "show" -d 'Show a context\'s settings and auth status (never the token)'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "set" -d 'Change settings of a context'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "rename" -d 'Rename a context (its stored token moves with it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "delete" -d 'Delete contexts and their stored tokens'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "rm" -d 'Delete contexts and their stored tokens'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename delete rm import-pb-cli" -f -a "import-pb-cli" -d 'Import pb-cli\'s contexts (~/.config/pb) with their tokens'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l url -d 'Server base URL (http or https)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l auth-collection -d 'Auth collection to log in to [default: _superusers]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l identity -d 'Default identity (email or username) for `auth login`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l ca-file -d 'CA certificate (PEM) to trust for this server' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l nats-url -d 'NATS server URL for this environment' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l nats-creds -d 'NATS creds file (system account user) for this environment' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l description -d 'Free text shown by `context list -o wide`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l insecure-skip-verify -d 'Skip TLS certificate verification (warns on every use)'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l use -d 'Make it the current context'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -l overwrite -d 'Replace contexts that already exist'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -f -a "login" -d 'Log in with a password (and a one-time password when MFA is on), or store a token'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -f -a "api-token" -d 'Mint a long-lived, non-refreshable token (PocketBase impersonate API)'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -f -a "status" -d 'Who is logged in, to which collection, until when, and where the token is stored'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -f -a "whoami" -d 'Who is logged in, to which collection, until when, and where the token is stored'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -f -a "token" -d 'Print the current token (refreshed if needed), for scripts'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -f -a "logout" -d 'Forget the stored token of the context'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l identity -d 'Email or username [default: the context\'s identity]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l collection -d 'Auth collection [default: the context\'s, else _superusers]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l otp-id -d 'Use this OTP id (from `pocketbase superuser otp` or an earlier request) instead of requesting one' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l otp-stdin -d 'Read the one-time password (MFA) from the next line of stdin'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l token-stdin -d 'Store a token read from stdin instead of logging in'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l duration -d 'Lifetime, e.g. 1h, 30d, 365d' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l collection -d 'Auth collection of the record [default: the logged-in one]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l record -d 'Record id to impersonate [default: the logged-in record]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l save -d 'Store it as this context\'s token instead of printing it'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l check -d 'Also ask the server whether the token works (refreshes it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l check -d 'Also ask the server whether the token works (refreshes it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -f -a "get" -d 'Print the settings, or one (dotted) key'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -f -a "set" -d 'Change settings: KEY=VALUE typed like the current value, KEY:=JSON for raw JSON'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s X -l method -d 'HTTP method [default: GET, or POST with fields or --input]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s f -l raw-field -d 'A string field KEY=VALUE' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s F -l field -d 'A typed field KEY=JSON (true, 3, null, "s", [..], {..}; anything else is a string)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -l input -d 'Request body from a file, or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -l paginate -d 'Follow `page` through every page of a list and print all items as one array'
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -f -a "init" -d 'Create an operator (identity + signing key) and, by default, the SYS account and sys user'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -f -a "operator" -d 'Show or edit the operator'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -f -a "account" -d 'Manage accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -f -a "acct" -d 'Manage accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -f -a "user" -d 'Manage users'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -f -a "creds" -d 'Print a user\'s creds file (JWT + seed), or write it with -O (mode 0600)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -f -a "describe" -d 'Decode and verify any NATS JWT or creds file and show its claims'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -f -a "validate" -d 'Check the whole store: signatures, trusted issuers, signing keys present, expiries, strict mode'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -f -a "server-config" -d 'Generate a nats-server operator-mode configuration'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -f -a "push" -d 'Push account JWTs to NATS resolvers ($SYS.REQ.CLAIMS.UPDATE), reporting every server\'s reply'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -f -a "pull" -d 'Compare the resolver\'s accounts with the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc" -f -a "import-nsc" -d 'Import an nsc store: operators, accounts, users and their keys'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l service-url -d 'Client URL of the NATS servers (operator_service_urls; repeatable)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l account-server-url -d 'Resolver URL that `jwt push` uses by default (account_server_url)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l no-system-account -d 'Do not create the SYS account and its sys user'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -f -a "show" -d 'Show the operator\'s claims and keys (never a seed)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -f -a "edit" -d 'Change the operator and re-sign it'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -f -a "list" -d 'List the operators of the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -f -a "ls" -d 'List the operators of the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "add" -d 'Create an account signed by the operator'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "edit" -d 'Change an account and re-sign it'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "list" -d 'List accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "ls" -d 'List accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show an account\'s claims'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "delete" -d 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "rm" -d 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "export" -d 'Stream and service exports of an account'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "import" -d 'Stream and service imports of an account'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "add" -d 'Create an account signed by the operator'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "edit" -d 'Change an account and re-sign it'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "list" -d 'List accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "ls" -d 'List accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "show" -d 'Show an account\'s claims'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "delete" -d 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "rm" -d 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "export" -d 'Stream and service exports of an account'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "import" -d 'Stream and service imports of an account'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "add" -d 'Create a user (or many with --from) signed by the account'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "edit" -d 'Change a user and re-sign (reissue) it'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "ls" -d 'List users'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show a user\'s claims'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user from the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "rm" -d 'Delete a user from the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "revoke" -d 'Revoke a user\'s JWTs issued up to now (or --at) in the account JWT'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "unrevoke" -d 'Remove a user\'s revocation from the account JWT'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -s a -l account -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -s O -l out -d 'Write to FILE (mode 0600) instead of stdout; - for stdout' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l no-jti-check -d 'Do not require the jti to be the hash of the claims (nats-jwt for JavaScript uses random ids; servers do not check it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l resolver -d 'Resolver type' -r -f -a "full\t''
cache\t''
memory\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l dir -d 'Resolver directory (full and cache) [default: ./jwt]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -s O -l out -d 'Write the config to FILE instead of stdout' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l listen -d 'Add `listen: HOST:PORT`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l server-name -d 'Add `server_name: NAME`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l hard-delete -d 'Full resolver: remove deleted JWTs instead of renaming them (server 2.9.16+)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l nats-url -d 'NATS URL(s), comma-separated' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l system-creds -d 'Creds of a system account user' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l servers -d 'Stop waiting once every account has N replies (the number of servers)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l all -d 'Push every account'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l prune -d 'Delete from the resolvers the accounts that are not in the store ($SYS.REQ.CLAIMS.DELETE)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l force -d 'Push even untrusted, expired or invalid account JWTs'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l dry-run -d 'Show what would be pushed and pruned, without changing anything'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l nats-url -d 'NATS URL(s), comma-separated' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l system-creds -d 'Creds of a system account user' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l servers -d 'Stop waiting once N servers replied' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l keys -d 'nsc key store directory' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l overwrite -d 'Replace entries that already exist in the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -l static -d 'A self-contained script without dynamic candidates'
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -l context -d 'Use this context for one command [env: PBCTL_CONTEXT]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -s V -l version -d 'Print version'
