# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pbctl_global_optspecs
    string join \n context= l/selector= A/all-contexts parallel= fail-fast config= o/output= jq= raw color= q/quiet v/verbose y/yes no-input timeout= h/help V/version
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

complete -c pbctl -l context -d 'Use this context for one command; a comma list or a glob (\'prod-*\') runs it on each (fleet mode) [env: PBCTL_CONTEXT]' -r
complete -c pbctl -s l -l selector -d 'Run on the contexts whose labels match, e.g. \'env=prod,region in (eu,us)\' (fleet mode)' -r
complete -c pbctl -l parallel -d 'Fleet mode: how many contexts run at once [default: 8]' -r
complete -c pbctl -l config -d 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)' -r -F
complete -c pbctl -s o -l output -d 'Output format: table, wide, json, yaml, jsonl, name' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
name\t''"
complete -c pbctl -l jq -d 'Filter the JSON result with a jq expression; prints one JSON value per line' -r
complete -c pbctl -l color -d 'When to use colors: auto, always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pbctl -l timeout -d 'Timeout of each attempt of a request (GET, HEAD and DELETE are retried 3 times), e.g. 30s, 2m' -r
complete -c pbctl -s A -l all-contexts -d 'Run on every context (fleet mode)'
complete -c pbctl -l fail-fast -d 'Fleet mode: start no new context after the first failure'
complete -c pbctl -l raw -d 'With --jq: print strings without quotes'
complete -c pbctl -s q -l quiet -d 'No progress or status lines on stderr'
complete -c pbctl -s v -l verbose -d '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
complete -c pbctl -s y -l yes -d 'Answer yes to confirmations'
complete -c pbctl -l no-input -d 'Never prompt [env: PBCTL_NO_INPUT=1]'
complete -c pbctl -n "__fish_pbctl_needs_command" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_needs_command" -s V -l version -d 'Print version'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "context" -d 'Manage contexts: named PocketBase servers such as dev, staging and prod'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "ctx" -d 'Manage contexts: named PocketBase servers such as dev, staging and prod'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "auth" -d 'Log in to PocketBase and manage the stored token'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "record" -d 'Read and change the records of any collection'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "rec" -d 'Read and change the records of any collection'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "r" -d 'Read and change the records of any collection'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "collection" -d 'Collection schemas: list, export, apply, diff, delete, truncate'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "col" -d 'Collection schemas: list, export, apply, diff, delete, truncate'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "backup" -d 'Create, list, download, upload, restore, copy and prune backups'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "bk" -d 'Create, list, download, upload, restore, copy and prune backups'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "nats" -d 'Manage NATS operators, accounts, roles and users kept in PocketBase (pb-nats)'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "settings" -d 'Read and change the server settings'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "health" -d 'Check the server: reachable, latency, version, whether the token works, canBackup'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "api" -d 'Send a raw request to the server with the context\'s token and print the body'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "apply" -d 'Make the server match the files: settings, collections, NATS accounts, roles, users'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "diff" -d 'Show what `apply` would change; exit 0 when nothing, 1 when something'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "export" -d 'Write the server\'s settings, collections and NATS tenancy as documents for `apply`'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "jwt" -d 'Mint NATS JWTs and creds offline from a local key store, and push them (like nsc)'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c pbctl -n "__fish_pbctl_needs_command" -f -a "help" -d 'Show help for a command, or one of the topics: exit-codes, environment, output, filters'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "add" -d 'Add a context'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "list" -d 'List contexts (the current one is marked *); -l, a glob or a list filters them'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "ls" -d 'List contexts (the current one is marked *); -l, a glob or a list filters them'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "use" -d 'Switch the current context; `-` returns to the previous one'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "current" -d 'Print the current context name'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "show" -d 'Show a context\'s settings and auth status (never the token)'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "set" -d 'Change settings of a context'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "rename" -d 'Rename a context (its stored token moves with it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "label" -d 'Set or remove labels of a context: KEY=VALUE sets, KEY- removes'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "delete" -d 'Delete contexts and their stored tokens'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "rm" -d 'Delete contexts and their stored tokens'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "import-pb-cli" -d 'Import pb-cli\'s contexts (~/.config/pb) with their tokens'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l url -d 'Server base URL (http or https)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l auth-collection -d 'Auth collection to log in to [default: _superusers]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l identity -d 'Default identity (email or username) for `auth login`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l ca-file -d 'CA certificate (PEM) to trust for this server' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l nats-url -d 'NATS server URL for this environment' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l nats-creds -d 'NATS creds file (system account user) for this environment' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l description -d 'Free text shown by `context list -o wide`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l label -d 'A label for fleet selectors (-l), e.g. env=prod; repeat for several' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l insecure-skip-verify -d 'Skip TLS certificate verification (warns on every use)'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -l use -d 'Make it the current context'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from label" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -l overwrite -d 'Replace contexts that already exist'
complete -c pbctl -n "__fish_pbctl_using_subcommand context; and __fish_seen_subcommand_from import-pb-cli" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "add" -d 'Add a context'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "list" -d 'List contexts (the current one is marked *); -l, a glob or a list filters them'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "ls" -d 'List contexts (the current one is marked *); -l, a glob or a list filters them'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "use" -d 'Switch the current context; `-` returns to the previous one'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "current" -d 'Print the current context name'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "show" -d 'Show a context\'s settings and auth status (never the token)'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "set" -d 'Change settings of a context'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "rename" -d 'Rename a context (its stored token moves with it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "label" -d 'Set or remove labels of a context: KEY=VALUE sets, KEY- removes'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "delete" -d 'Delete contexts and their stored tokens'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "rm" -d 'Delete contexts and their stored tokens'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and not __fish_seen_subcommand_from add list ls use current show set rename label delete rm import-pb-cli" -f -a "import-pb-cli" -d 'Import pb-cli\'s contexts (~/.config/pb) with their tokens'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l url -d 'Server base URL (http or https)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l auth-collection -d 'Auth collection to log in to [default: _superusers]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l identity -d 'Default identity (email or username) for `auth login`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l ca-file -d 'CA certificate (PEM) to trust for this server' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l nats-url -d 'NATS server URL for this environment' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l nats-creds -d 'NATS creds file (system account user) for this environment' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l description -d 'Free text shown by `context list -o wide`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l label -d 'A label for fleet selectors (-l), e.g. env=prod; repeat for several' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l insecure-skip-verify -d 'Skip TLS certificate verification (warns on every use)'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -l use -d 'Make it the current context'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from label" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -l overwrite -d 'Replace contexts that already exist'
complete -c pbctl -n "__fish_pbctl_using_subcommand ctx; and __fish_seen_subcommand_from import-pb-cli" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -f -a "login" -d 'Log in with a password (and a one-time password when MFA is on), or store a token'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -f -a "api-token" -d 'Mint a long-lived, non-refreshable token (PocketBase impersonate API)'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -f -a "status" -d 'Who is logged in, to which collection, until when, and where the token is stored'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -f -a "whoami" -d 'Who is logged in, to which collection, until when, and where the token is stored'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -f -a "token" -d 'Print the current token (refreshed if needed), for scripts'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and not __fish_seen_subcommand_from login api-token status whoami token logout" -f -a "logout" -d 'Forget the stored token of the context'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l identity -d 'Email or username [default: the context\'s identity]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l collection -d 'Auth collection [default: the context\'s, else _superusers]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l otp-id -d 'Use this OTP id (from `pocketbase superuser otp` or an earlier request) instead of requesting one' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l otp-stdin -d 'Read the one-time password (MFA) from the next line of stdin'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l token-stdin -d 'Store a token read from stdin instead of logging in'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l duration -d 'Lifetime, e.g. 1h, 30d, 365d' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l collection -d 'Auth collection of the record [default: the logged-in one]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l record -d 'Record id to impersonate [default: the logged-in record]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -l save -d 'Store it as this context\'s token instead of printing it'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from api-token" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l check -d 'Also ask the server whether the token works (refreshes it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l check -d 'Also ask the server whether the token works (refreshes it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "list" -d 'List records (30 by default; --all streams every record)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "ls" -d 'List records (30 by default; --all streams every record)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "get" -d 'Show one record, or download its files with --download'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "create" -d 'Create a record from KEY=VALUE / KEY:=JSON pairs, a JSON or YAML file, and files'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "update" -d 'Change a record (PATCH): KEY=VALUE, KEY:=JSON, KEY+=VALUE (append/add), KEY-=VALUE (remove)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "delete" -d 'Delete records by id, or every record matching --filter or --all (those ask first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "rm" -d 'Delete records by id, or every record matching --filter or --all (those ask first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "count" -d 'Count the records matching a filter'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "import" -d 'Bulk-load records from JSON lines, a JSON array or CSV'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "export" -d 'Export records as JSON lines, JSON or CSV (streamed; constant memory)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "watch" -d 'Print realtime events (create, update, delete) as JSON lines until interrupted'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from list" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from list" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from list" -l sort -d 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from list" -l expand -d 'Relations to expand (e.g. author,comments_via_post)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, in this order (e.g. id,title,expand.author.name)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records [default: 30]; with --page, the records per page' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from list" -l page -d 'Page number (1-based), of --limit (or --per-page) records' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from list" -l per-page -d 'Records per page (max 1000)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from list" -l all -d 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from list" -l show-seeds -d 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from ls" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from ls" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from ls" -l sort -d 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from ls" -l expand -d 'Relations to expand (e.g. author,comments_via_post)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from ls" -l fields -d 'Only these fields, in this order (e.g. id,title,expand.author.name)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many records [default: 30]; with --page, the records per page' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from ls" -l page -d 'Page number (1-based), of --limit (or --per-page) records' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from ls" -l per-page -d 'Records per page (max 1000)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from ls" -l all -d 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from ls" -l show-seeds -d 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from get" -l expand -d 'Relations to expand' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields, in this order (e.g. id,title)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from get" -l download -d 'Download the files of this file field' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from get" -s O -l out -d 'Directory for --download [default: .]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from get" -l force -d 'Replace files that already exist in DIR'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from get" -l show-seeds -d 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from create" -s f -l from-file -d 'A JSON or YAML object with the fields, or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from create" -l file -d 'Upload a file to a file field (repeat for several files)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from update" -s f -l from-file -d 'A JSON or YAML object with the fields, or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from update" -l file -d 'Upload a file to a file field; FIELD+=PATH appends' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from delete" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from delete" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from delete" -l all -d 'Delete every record of the collection'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from delete" -l dry-run -d 'List what would be deleted and delete nothing (asks nothing)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from rm" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from rm" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from rm" -l all -d 'Delete every record of the collection'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from rm" -l dry-run -d 'List what would be deleted and delete nothing (asks nothing)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from count" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from count" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from import" -s f -l from-file -d 'Input file, or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from import" -l format -d 'jsonl, json or csv [default: from the file extension, else jsonl]' -r -f -a "jsonl\t''
json\t''
csv\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from import" -l batch-size -d 'Records per batch request [default: the server\'s batch.maxRequests, at most 1000]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from import" -l concurrency -d 'Requests in flight [default: 4 batches, or 16 single requests]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from import" -l on-error -d 'On a failed row: stop reading (default; the rows sent with it in one batch are still imported) or skip it and go on' -r -f -a "stop\t''
skip\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from import" -l errors -d 'Write the failed rows (line, error, record) to FILE as JSON lines' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from import" -l from-line -d 'Start at this input line: rows on earlier lines are skipped (resume an import that stopped; the error names the line)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from import" -l upsert -d 'Rows with an `id` update the existing record (or create it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from import" -l force -d 'Replace the --errors FILE if it exists'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from import" -l dry-run -d 'Validate every row against the schema and send nothing'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from export" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from export" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from export" -l sort -d 'Sort: comma-separated fields, `-` for descending' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from export" -l fields -d 'Only these fields, in this order (e.g. id,title,views)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from export" -l expand -d 'Relations to expand' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from export" -s O -l out -d 'Write to FILE (via FILE.part, renamed when complete) instead of stdout' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from export" -l format -d 'jsonl, json or csv [default: from the file extension, else jsonl]' -r -f -a "jsonl\t''
json\t''
csv\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from export" -l force -d 'Replace FILE if it exists'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from export" -l show-seeds -d 'Export the seeds, private keys and creds of pb-nats records (left out by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from watch" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from watch" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from watch" -l fields -d 'Only these fields of each record' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from watch" -l expand -d 'Relations to expand' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from watch" -l count -d 'Exit after N events' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from watch" -l show-seeds -d 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand record; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "list" -d 'List records (30 by default; --all streams every record)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "ls" -d 'List records (30 by default; --all streams every record)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "get" -d 'Show one record, or download its files with --download'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "create" -d 'Create a record from KEY=VALUE / KEY:=JSON pairs, a JSON or YAML file, and files'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "update" -d 'Change a record (PATCH): KEY=VALUE, KEY:=JSON, KEY+=VALUE (append/add), KEY-=VALUE (remove)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "delete" -d 'Delete records by id, or every record matching --filter or --all (those ask first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "rm" -d 'Delete records by id, or every record matching --filter or --all (those ask first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "count" -d 'Count the records matching a filter'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "import" -d 'Bulk-load records from JSON lines, a JSON array or CSV'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "export" -d 'Export records as JSON lines, JSON or CSV (streamed; constant memory)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "watch" -d 'Print realtime events (create, update, delete) as JSON lines until interrupted'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from list" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from list" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from list" -l sort -d 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from list" -l expand -d 'Relations to expand (e.g. author,comments_via_post)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, in this order (e.g. id,title,expand.author.name)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records [default: 30]; with --page, the records per page' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from list" -l page -d 'Page number (1-based), of --limit (or --per-page) records' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from list" -l per-page -d 'Records per page (max 1000)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from list" -l all -d 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from list" -l show-seeds -d 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from ls" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from ls" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from ls" -l sort -d 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from ls" -l expand -d 'Relations to expand (e.g. author,comments_via_post)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from ls" -l fields -d 'Only these fields, in this order (e.g. id,title,expand.author.name)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many records [default: 30]; with --page, the records per page' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from ls" -l page -d 'Page number (1-based), of --limit (or --per-page) records' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from ls" -l per-page -d 'Records per page (max 1000)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from ls" -l all -d 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from ls" -l show-seeds -d 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from get" -l expand -d 'Relations to expand' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields, in this order (e.g. id,title)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from get" -l download -d 'Download the files of this file field' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from get" -s O -l out -d 'Directory for --download [default: .]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from get" -l force -d 'Replace files that already exist in DIR'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from get" -l show-seeds -d 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from create" -s f -l from-file -d 'A JSON or YAML object with the fields, or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from create" -l file -d 'Upload a file to a file field (repeat for several files)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from update" -s f -l from-file -d 'A JSON or YAML object with the fields, or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from update" -l file -d 'Upload a file to a file field; FIELD+=PATH appends' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from delete" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from delete" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from delete" -l all -d 'Delete every record of the collection'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from delete" -l dry-run -d 'List what would be deleted and delete nothing (asks nothing)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from rm" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from rm" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from rm" -l all -d 'Delete every record of the collection'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from rm" -l dry-run -d 'List what would be deleted and delete nothing (asks nothing)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from count" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from count" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from import" -s f -l from-file -d 'Input file, or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from import" -l format -d 'jsonl, json or csv [default: from the file extension, else jsonl]' -r -f -a "jsonl\t''
json\t''
csv\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from import" -l batch-size -d 'Records per batch request [default: the server\'s batch.maxRequests, at most 1000]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from import" -l concurrency -d 'Requests in flight [default: 4 batches, or 16 single requests]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from import" -l on-error -d 'On a failed row: stop reading (default; the rows sent with it in one batch are still imported) or skip it and go on' -r -f -a "stop\t''
skip\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from import" -l errors -d 'Write the failed rows (line, error, record) to FILE as JSON lines' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from import" -l from-line -d 'Start at this input line: rows on earlier lines are skipped (resume an import that stopped; the error names the line)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from import" -l upsert -d 'Rows with an `id` update the existing record (or create it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from import" -l force -d 'Replace the --errors FILE if it exists'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from import" -l dry-run -d 'Validate every row against the schema and send nothing'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from export" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from export" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from export" -l sort -d 'Sort: comma-separated fields, `-` for descending' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from export" -l fields -d 'Only these fields, in this order (e.g. id,title,views)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from export" -l expand -d 'Relations to expand' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from export" -s O -l out -d 'Write to FILE (via FILE.part, renamed when complete) instead of stdout' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from export" -l format -d 'jsonl, json or csv [default: from the file extension, else jsonl]' -r -f -a "jsonl\t''
json\t''
csv\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from export" -l force -d 'Replace FILE if it exists'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from export" -l show-seeds -d 'Export the seeds, private keys and creds of pb-nats records (left out by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from watch" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from watch" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from watch" -l fields -d 'Only these fields of each record' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from watch" -l expand -d 'Relations to expand' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from watch" -l count -d 'Exit after N events' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from watch" -l show-seeds -d 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand rec; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "list" -d 'List records (30 by default; --all streams every record)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "ls" -d 'List records (30 by default; --all streams every record)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "get" -d 'Show one record, or download its files with --download'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "create" -d 'Create a record from KEY=VALUE / KEY:=JSON pairs, a JSON or YAML file, and files'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "update" -d 'Change a record (PATCH): KEY=VALUE, KEY:=JSON, KEY+=VALUE (append/add), KEY-=VALUE (remove)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "delete" -d 'Delete records by id, or every record matching --filter or --all (those ask first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "rm" -d 'Delete records by id, or every record matching --filter or --all (those ask first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "count" -d 'Count the records matching a filter'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "import" -d 'Bulk-load records from JSON lines, a JSON array or CSV'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "export" -d 'Export records as JSON lines, JSON or CSV (streamed; constant memory)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and not __fish_seen_subcommand_from list ls get create update delete rm count import export watch" -f -a "watch" -d 'Print realtime events (create, update, delete) as JSON lines until interrupted'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from list" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from list" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from list" -l sort -d 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from list" -l expand -d 'Relations to expand (e.g. author,comments_via_post)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, in this order (e.g. id,title,expand.author.name)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records [default: 30]; with --page, the records per page' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from list" -l page -d 'Page number (1-based), of --limit (or --per-page) records' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from list" -l per-page -d 'Records per page (max 1000)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from list" -l all -d 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from list" -l show-seeds -d 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from ls" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from ls" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from ls" -l sort -d 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from ls" -l expand -d 'Relations to expand (e.g. author,comments_via_post)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from ls" -l fields -d 'Only these fields, in this order (e.g. id,title,expand.author.name)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many records [default: 30]; with --page, the records per page' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from ls" -l page -d 'Page number (1-based), of --limit (or --per-page) records' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from ls" -l per-page -d 'Records per page (max 1000)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from ls" -l all -d 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from ls" -l show-seeds -d 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from get" -l expand -d 'Relations to expand' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields, in this order (e.g. id,title)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from get" -l download -d 'Download the files of this file field' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from get" -s O -l out -d 'Directory for --download [default: .]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from get" -l force -d 'Replace files that already exist in DIR'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from get" -l show-seeds -d 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from create" -s f -l from-file -d 'A JSON or YAML object with the fields, or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from create" -l file -d 'Upload a file to a file field (repeat for several files)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from update" -s f -l from-file -d 'A JSON or YAML object with the fields, or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from update" -l file -d 'Upload a file to a file field; FIELD+=PATH appends' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from delete" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from delete" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from delete" -l all -d 'Delete every record of the collection'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from delete" -l dry-run -d 'List what would be deleted and delete nothing (asks nothing)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from rm" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from rm" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from rm" -l all -d 'Delete every record of the collection'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from rm" -l dry-run -d 'List what would be deleted and delete nothing (asks nothing)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from count" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from count" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from import" -s f -l from-file -d 'Input file, or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from import" -l format -d 'jsonl, json or csv [default: from the file extension, else jsonl]' -r -f -a "jsonl\t''
json\t''
csv\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from import" -l batch-size -d 'Records per batch request [default: the server\'s batch.maxRequests, at most 1000]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from import" -l concurrency -d 'Requests in flight [default: 4 batches, or 16 single requests]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from import" -l on-error -d 'On a failed row: stop reading (default; the rows sent with it in one batch are still imported) or skip it and go on' -r -f -a "stop\t''
skip\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from import" -l errors -d 'Write the failed rows (line, error, record) to FILE as JSON lines' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from import" -l from-line -d 'Start at this input line: rows on earlier lines are skipped (resume an import that stopped; the error names the line)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from import" -l upsert -d 'Rows with an `id` update the existing record (or create it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from import" -l force -d 'Replace the --errors FILE if it exists'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from import" -l dry-run -d 'Validate every row against the schema and send nothing'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from export" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from export" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from export" -l sort -d 'Sort: comma-separated fields, `-` for descending' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from export" -l fields -d 'Only these fields, in this order (e.g. id,title,views)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from export" -l expand -d 'Relations to expand' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from export" -s O -l out -d 'Write to FILE (via FILE.part, renamed when complete) instead of stdout' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from export" -l format -d 'jsonl, json or csv [default: from the file extension, else jsonl]' -r -f -a "jsonl\t''
json\t''
csv\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from export" -l force -d 'Replace FILE if it exists'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from export" -l show-seeds -d 'Export the seeds, private keys and creds of pb-nats records (left out by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from watch" -l filter -d 'PocketBase filter, e.g. \'views > 5 && title ~ {:q}\' (see `pbctl help filters`)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from watch" -l param -d 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from watch" -l fields -d 'Only these fields of each record' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from watch" -l expand -d 'Relations to expand' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from watch" -l count -d 'Exit after N events' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from watch" -l show-seeds -d 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
complete -c pbctl -n "__fish_pbctl_using_subcommand r; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "list" -d 'List collections: name, type, field count (record count with -o wide)'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "ls" -d 'List collections: name, type, field count (record count with -o wide)'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "get" -d 'Show a collection\'s full definition (fields, rules, indexes)'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "export" -d 'Write collection definitions as a YAML (default) or JSON document for `apply`'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "apply" -d 'Make the server\'s collections match a file (prints the plan first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "diff" -d 'Show the differences between the server and a file; exit 0 none, 1 differences'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "delete" -d 'Delete a collection and all its records (asks first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "rm" -d 'Delete a collection and all its records (asks first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "truncate" -d 'Delete every record of a collection, keeping the collection (asks first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from list" -l system -d 'Include system collections (_superusers, _mfas, ...)'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from ls" -l system -d 'Include system collections (_superusers, _mfas, ...)'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from export" -s O -l out -d 'Write to FILE instead of stdout' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from export" -l format -d 'yaml or json [default: from the file extension, else yaml]' -r -f -a "yaml\t''
json\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from export" -l force -d 'Replace FILE if it exists'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from apply" -s f -l from-file -d 'The document (YAML or JSON), or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from apply" -l prune -d 'Also delete the non-system collections that the file does not list'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from apply" -l dry-run -d 'Print the plan and change nothing'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from apply" -l allow-data-loss -d 'Allow changes that drop fields or collections holding data'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from diff" -s f -l from-file -d 'The document (YAML or JSON), or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from diff" -l prune -d 'Also report the non-system collections that the file does not list'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand collection; and __fish_seen_subcommand_from truncate" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "list" -d 'List collections: name, type, field count (record count with -o wide)'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "ls" -d 'List collections: name, type, field count (record count with -o wide)'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "get" -d 'Show a collection\'s full definition (fields, rules, indexes)'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "export" -d 'Write collection definitions as a YAML (default) or JSON document for `apply`'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "apply" -d 'Make the server\'s collections match a file (prints the plan first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "diff" -d 'Show the differences between the server and a file; exit 0 none, 1 differences'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "delete" -d 'Delete a collection and all its records (asks first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "rm" -d 'Delete a collection and all its records (asks first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and not __fish_seen_subcommand_from list ls get export apply diff delete rm truncate" -f -a "truncate" -d 'Delete every record of a collection, keeping the collection (asks first)'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from list" -l system -d 'Include system collections (_superusers, _mfas, ...)'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from ls" -l system -d 'Include system collections (_superusers, _mfas, ...)'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from export" -s O -l out -d 'Write to FILE instead of stdout' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from export" -l format -d 'yaml or json [default: from the file extension, else yaml]' -r -f -a "yaml\t''
json\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from export" -l force -d 'Replace FILE if it exists'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from apply" -s f -l from-file -d 'The document (YAML or JSON), or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from apply" -l prune -d 'Also delete the non-system collections that the file does not list'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from apply" -l dry-run -d 'Print the plan and change nothing'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from apply" -l allow-data-loss -d 'Allow changes that drop fields or collections holding data'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from diff" -s f -l from-file -d 'The document (YAML or JSON), or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from diff" -l prune -d 'Also report the non-system collections that the file does not list'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand col; and __fish_seen_subcommand_from truncate" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "list" -d 'List backups, newest first'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "ls" -d 'List backups, newest first'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "create" -d 'Create a backup and print its key (waits until the server has written it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "download" -d 'Download a backup (streamed to PATH.part, size checked, renamed, mode 0600)'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "upload" -d 'Upload a backup file (streamed; the backup key is --name or the file\'s name)'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "restore" -d 'Restore a backup: replaces ALL data of the server, which then restarts'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "delete" -d 'Delete backups (asks first; --yes without a terminal)'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "rm" -d 'Delete backups (asks first; --yes without a terminal)'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "copy" -d 'Copy a backup to another context\'s server (streamed), optionally restoring it there'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "prune" -d 'Delete all but the newest N backups (by modification time)'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from list" -l prefix -d 'Only backups whose key starts with P' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from ls" -l prefix -d 'Only backups whose key starts with P' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l wait-timeout -d 'How long to wait for a busy server and for the backup to be written' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from download" -s O -l out -d 'Destination file or directory, or `-` for stdout [default: ./NAME]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from download" -l force -d 'Replace an existing file'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from upload" -l name -d 'Backup key on the server [default: the file\'s name]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l wait-timeout -d 'How long to wait for the restored server to come back' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l dead-after -d 'Give up when connections stay refused this long (the server died on start)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l no-wait -d 'Return once the server has accepted the restore'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from copy" -l to -d 'The context to copy to' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from copy" -l name -d 'Backup key on the target [default: the source\'s key]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from copy" -l wait-timeout -d 'How long to wait for the restored server to come back' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from copy" -l dead-after -d 'Give up when connections stay refused this long (the server died on start)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from copy" -l force -d 'Replace the target\'s backup of that key (deleted before the copy)'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from copy" -l restore -d 'Restore the target server from the copy'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from copy" -l no-wait -d 'Return once the server has accepted the restore'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from prune" -l keep -d 'How many of the newest matching backups to keep' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from prune" -l prefix -d 'Only consider backups whose key starts with P' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from prune" -l dry-run -d 'Show what would be deleted, delete nothing'
complete -c pbctl -n "__fish_pbctl_using_subcommand backup; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "list" -d 'List backups, newest first'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "ls" -d 'List backups, newest first'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "create" -d 'Create a backup and print its key (waits until the server has written it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "download" -d 'Download a backup (streamed to PATH.part, size checked, renamed, mode 0600)'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "upload" -d 'Upload a backup file (streamed; the backup key is --name or the file\'s name)'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "restore" -d 'Restore a backup: replaces ALL data of the server, which then restarts'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "delete" -d 'Delete backups (asks first; --yes without a terminal)'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "rm" -d 'Delete backups (asks first; --yes without a terminal)'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "copy" -d 'Copy a backup to another context\'s server (streamed), optionally restoring it there'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and not __fish_seen_subcommand_from list ls create download upload restore delete rm copy prune" -f -a "prune" -d 'Delete all but the newest N backups (by modification time)'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from list" -l prefix -d 'Only backups whose key starts with P' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from ls" -l prefix -d 'Only backups whose key starts with P' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from create" -l wait-timeout -d 'How long to wait for a busy server and for the backup to be written' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from download" -s O -l out -d 'Destination file or directory, or `-` for stdout [default: ./NAME]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from download" -l force -d 'Replace an existing file'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from upload" -l name -d 'Backup key on the server [default: the file\'s name]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from restore" -l wait-timeout -d 'How long to wait for the restored server to come back' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from restore" -l dead-after -d 'Give up when connections stay refused this long (the server died on start)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from restore" -l no-wait -d 'Return once the server has accepted the restore'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from copy" -l to -d 'The context to copy to' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from copy" -l name -d 'Backup key on the target [default: the source\'s key]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from copy" -l wait-timeout -d 'How long to wait for the restored server to come back' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from copy" -l dead-after -d 'Give up when connections stay refused this long (the server died on start)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from copy" -l force -d 'Replace the target\'s backup of that key (deleted before the copy)'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from copy" -l restore -d 'Restore the target server from the copy'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from copy" -l no-wait -d 'Return once the server has accepted the restore'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from prune" -l keep -d 'How many of the newest matching backups to keep' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from prune" -l prefix -d 'Only consider backups whose key starts with P' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from prune" -l dry-run -d 'Show what would be deleted, delete nothing'
complete -c pbctl -n "__fish_pbctl_using_subcommand bk; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and not __fish_seen_subcommand_from bootstrap status server-config account role user sync" -l encryption-key-env -d 'Environment variable holding pb-nats\' 32-byte seed encryption key (`enc::` seeds)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and not __fish_seen_subcommand_from bootstrap status server-config account role user sync" -l wait -d 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and not __fish_seen_subcommand_from bootstrap status server-config account role user sync" -l show-seeds -d 'Include seeds, private keys and creds in the output'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and not __fish_seen_subcommand_from bootstrap status server-config account role user sync" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and not __fish_seen_subcommand_from bootstrap status server-config account role user sync" -f -a "bootstrap" -d 'Create pb-nats\' collections, the operator, SYS, system_admin and sys (idempotent)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and not __fish_seen_subcommand_from bootstrap status server-config account role user sync" -f -a "status" -d 'Mode, operator, system account, counts; drift against NATS when it is reachable'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and not __fish_seen_subcommand_from bootstrap status server-config account role user sync" -f -a "server-config" -d 'Write operator.jwt and a nats-server config that trusts this control plane'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and not __fish_seen_subcommand_from bootstrap status server-config account role user sync" -f -a "account" -d 'NATS accounts (nats_accounts)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and not __fish_seen_subcommand_from bootstrap status server-config account role user sync" -f -a "role" -d 'NATS roles: permission templates for users (nats_roles)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and not __fish_seen_subcommand_from bootstrap status server-config account role user sync" -f -a "user" -d 'NATS users (nats_users)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and not __fish_seen_subcommand_from bootstrap status server-config account role user sync" -f -a "sync" -d 'Push every active account JWT to NATS; --prune deletes inactive or vanished ones'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from bootstrap" -l operator-name -d 'Operator name (pb-nats\' default: stone-age.io)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from bootstrap" -l encryption-key-env -d 'Environment variable holding pb-nats\' 32-byte seed encryption key (`enc::` seeds)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from bootstrap" -l wait -d 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from bootstrap" -l show-seeds -d 'Include seeds, private keys and creds in the output'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from bootstrap" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from status" -l nats-url -d 'NATS server URL [default: the context\'s nats.url]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from status" -l creds -d 'System-account creds file [default: the context\'s nats.creds, else the sys user\'s]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from status" -l encryption-key-env -d 'Environment variable holding pb-nats\' 32-byte seed encryption key (`enc::` seeds)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from status" -l wait -d 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from status" -l show-seeds -d 'Include seeds, private keys and creds in the output'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from server-config" -s O -l out -d 'Directory to write operator.jwt and nats.conf into' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from server-config" -l listen -d '`listen` address (host:port)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from server-config" -l resolver-dir -d 'Resolver directory [default: DIR/jwt, or ./jwt]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from server-config" -l server-name -d '`server_name`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from server-config" -l resolver-limit -d 'Most accounts the resolver stores (pb-nats\' config uses 1000)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from server-config" -l encryption-key-env -d 'Environment variable holding pb-nats\' 32-byte seed encryption key (`enc::` seeds)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from server-config" -l wait -d 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from server-config" -l force -d 'Replace operator.jwt and nats.conf in DIR if they exist'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from server-config" -l show-seeds -d 'Include seeds, private keys and creds in the output'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from server-config" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -l encryption-key-env -d 'Environment variable holding pb-nats\' 32-byte seed encryption key (`enc::` seeds)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -l wait -d 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -l show-seeds -d 'Include seeds, private keys and creds in the output'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "list" -d 'List accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "ls" -d 'List accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "get" -d 'Show an account (--show-seeds reveals its seeds)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "create" -d 'Create an account (limits default to -1, unlimited)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "update" -d 'Change an account\'s description, name or limits'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "delete" -d 'Delete an account (refused for SYS)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "rm" -d 'Delete an account (refused for SYS)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "rotate-keys" -d 'Replace an account\'s signing keys with one new key and re-issue its active users'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "add-signing-key" -d 'Add a signing key to an account (the existing ones keep working)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "remove-signing-key" -d 'Remove one account signing key'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "suspend" -d 'Suspend an account: its users can no longer connect (refused for SYS)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "resume" -d 'Resume a suspended account'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "export" -d 'Stream and service exports of an account'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from account" -f -a "import" -d 'Stream and service imports of an account'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from role" -l encryption-key-env -d 'Environment variable holding pb-nats\' 32-byte seed encryption key (`enc::` seeds)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from role" -l wait -d 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from role" -l show-seeds -d 'Include seeds, private keys and creds in the output'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from role" -f -a "list" -d 'List roles'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from role" -f -a "ls" -d 'List roles'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from role" -f -a "get" -d 'Show a role\'s permissions and limits'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from role" -f -a "create" -d 'Create a role (limits default to -1, unlimited)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from role" -f -a "update" -d 'Change a role (lists given replace the stored ones); its active users are reissued'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a role (refused while users have it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from role" -f -a "rm" -d 'Delete a role (refused while users have it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -l encryption-key-env -d 'Environment variable holding pb-nats\' 32-byte seed encryption key (`enc::` seeds)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -l wait -d 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -l show-seeds -d 'Include seeds, private keys and creds in the output'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -f -a "ls" -d 'List users'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -f -a "get" -d 'Show a user (--show-seeds reveals its seed)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -f -a "create" -d 'Create a user: key pair, JWT and creds (email and password generated if not given)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -f -a "update" -d 'Change a user\'s role, account or permissions (its JWT and creds are reissued)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user (its creds stop working after `pbctl nats sync`)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -f -a "rm" -d 'Delete a user (its creds stop working after `pbctl nats sync`)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -f -a "creds" -d 'Write the user\'s creds file (mode 0600), or print it'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -f -a "revoke" -d 'Revoke a user\'s key: it gets a new key and creds, the old creds stop working'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -f -a "regenerate" -d 'Re-issue a user\'s JWT and creds with the same key (after a role change, say)'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -f -a "suspend" -d 'Suspend a user: it can no longer connect until resumed'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from user" -f -a "resume" -d 'Resume a suspended user'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from sync" -l nats-url -d 'NATS server URL [default: the context\'s nats.url]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from sync" -l creds -d 'System-account creds file [default: the context\'s nats.creds, else the sys user\'s]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from sync" -l encryption-key-env -d 'Environment variable holding pb-nats\' 32-byte seed encryption key (`enc::` seeds)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from sync" -l wait -d 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from sync" -l dry-run -d 'Show what would be pushed and deleted; change nothing'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from sync" -l prune -d 'Also delete accounts that are inactive or no longer in PocketBase'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from sync" -l show-seeds -d 'Include seeds, private keys and creds in the output'
complete -c pbctl -n "__fish_pbctl_using_subcommand nats; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -f -a "get" -d 'Print the settings, or one (dotted) key'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and not __fish_seen_subcommand_from get set" -f -a "set" -d 'Change settings: KEY=VALUE typed like the current value, KEY:=JSON for raw JSON, -f FILE'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -s f -l from-file -d 'A JSON or YAML object of settings, or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand health" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s X -l method -d 'HTTP method [default: GET, or POST with fields or --input]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s f -l raw-field -d 'A string field KEY=VALUE' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s F -l field -d 'A typed field KEY=JSON (true, 3, null, "s", [..], {..}; anything else is a string)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -l input -d 'Request body from a file, or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -l paginate -d 'Follow `page` through every page of a list and print all items as one array'
complete -c pbctl -n "__fish_pbctl_using_subcommand api" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand apply" -s f -l filename -l from-file -d 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand apply" -l encryption-key-env -d 'Environment variable holding pb-nats\' 32-byte seed encryption key (`enc::` seeds)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand apply" -l wait -d 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand apply" -l dry-run -d 'Print the plan and change nothing'
complete -c pbctl -n "__fish_pbctl_using_subcommand apply" -l prune -d 'Also delete what the files do not name (for the kinds they contain)'
complete -c pbctl -n "__fish_pbctl_using_subcommand apply" -l allow-data-loss -d 'Allow dropping fields or collections that hold records'
complete -c pbctl -n "__fish_pbctl_using_subcommand apply" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand diff" -s f -l filename -l from-file -d 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand diff" -l encryption-key-env -d 'Environment variable holding pb-nats\' 32-byte seed encryption key (`enc::` seeds)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand diff" -l wait -d 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand diff" -l prune -d 'Also show what --prune would delete'
complete -c pbctl -n "__fish_pbctl_using_subcommand diff" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand export" -s O -l output-dir -d 'Directory to write collections.yaml, settings.yaml and nats.yaml into' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand export" -l kind -d 'Only these kinds (repeatable) [default: all]' -r -f -a "Settings\t''
Collection\t''
NatsAccount\t''
NatsRole\t''
NatsExport\t''
NatsImport\t''
NatsUser\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand export" -l force -d 'Replace files that already exist in the -O directory'
complete -c pbctl -n "__fish_pbctl_using_subcommand export" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "init" -d 'Create an operator (identity + signing key) and, by default, the SYS account and sys user'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "operator" -d 'Show or edit the operator'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "account" -d 'Manage accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "acct" -d 'Manage accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "user" -d 'Manage users'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "creds" -d 'Print a user\'s creds file (JWT + seed), or write it with -O (mode 0600)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "describe" -d 'Decode and verify any NATS JWT or creds file and show its claims'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "validate" -d 'Check the whole store: signatures, trusted issuers, signing keys present, expiries, strict mode'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "server-config" -d 'Generate a nats-server operator-mode configuration'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "push" -d 'Push account JWTs to NATS resolvers ($SYS.REQ.CLAIMS.UPDATE), reporting every server\'s reply'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "pull" -d 'Compare the resolver\'s accounts with the store (--write: take the newer ones)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "import-nsc" -d 'Import an nsc store: operators, accounts, users and their keys'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "activation" -d 'Activation tokens for private exports'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "keys" -d 'Back up or move the store: an encrypted bundle of seeds and JWTs'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "context" -d 'Write a nats CLI context (and a 0600 creds file) for a user of the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and not __fish_seen_subcommand_from init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check" -f -a "check" -d 'List what has expired or expires within --expiring (default 30d); exit 1 when anything does'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l service-url -d 'Client URL of the NATS servers (operator_service_urls; repeatable)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l account-server-url -d 'Resolver URL that `jwt push` uses by default (account_server_url)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -l no-system-account -d 'Do not create the SYS account and its sys user'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -f -a "show" -d 'Show the operator\'s claims and keys (never a seed)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -f -a "edit" -d 'Change the operator and re-sign it'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -f -a "list" -d 'List the operators of the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from operator" -f -a "ls" -d 'List the operators of the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "add" -d 'Create an account signed by the operator'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "edit" -d 'Change an account and re-sign it'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "list" -d 'List accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "ls" -d 'List accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show an account\'s claims'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "delete" -d 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "rm" -d 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "export" -d 'Stream and service exports of an account'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "import" -d 'Stream and service imports of an account'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "signing-key" -d 'Signing keys of an account: plain, or scoped to a role with a permission template'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from account" -f -a "mapping" -d 'Subject mappings of an account (weighted, per cluster)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "add" -d 'Create an account signed by the operator'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "edit" -d 'Change an account and re-sign it'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "list" -d 'List accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "ls" -d 'List accounts'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "show" -d 'Show an account\'s claims'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "delete" -d 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "rm" -d 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "export" -d 'Stream and service exports of an account'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "import" -d 'Stream and service imports of an account'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "signing-key" -d 'Signing keys of an account: plain, or scoped to a role with a permission template'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from acct" -f -a "mapping" -d 'Subject mappings of an account (weighted, per cluster)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "add" -d 'Create a user (or many with --from) signed by the account'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "edit" -d 'Change a user and re-sign (reissue) it'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "ls" -d 'List users'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show a user\'s claims'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user from the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "rm" -d 'Delete a user from the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "revoke" -d 'Revoke a user\'s JWTs issued up to now (or --at) in the account JWT'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from user" -f -a "unrevoke" -d 'Remove a user\'s revocation from the account JWT'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -s a -l account -d 'The account [default: the only account besides SYS]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -s O -l out -d 'Write to FILE (mode 0600) instead of stdout; - for stdout' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -l force -d 'Replace FILE if it exists'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from creds" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -l no-jti-check -d 'Do not require the jti to be the hash of the claims (nats-jwt for JavaScript uses random ids; servers do not check it)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l resolver -d 'Resolver type' -r -f -a "full\t''
cache\t''
memory\t''"
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l dir -d 'Resolver directory (full and cache) [default: ./jwt]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -s O -l out -d 'Write the config to FILE instead of stdout' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l listen -d 'Add `listen: HOST:PORT`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l server-name -d 'Add `server_name: NAME`' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l force -d 'Replace FILE if it exists'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -l hard-delete -d 'Full resolver: remove deleted JWTs instead of renaming them (server 2.9.16+)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from server-config" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l nats-url -d 'NATS URL(s), comma-separated' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l system-creds -d 'Creds of a system account user' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l servers -d 'Stop waiting once every account has N replies [default: the servers the system reports]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l all -d 'Push every account'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l prune -d 'Delete from the resolvers the accounts that are not in the store ($SYS.REQ.CLAIMS.DELETE)'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l force -d 'Push even untrusted, expired or invalid account JWTs'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -l dry-run -d 'Show what would be pushed and pruned, without changing anything'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l nats-url -d 'NATS URL(s), comma-separated' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l system-creds -d 'Creds of a system account user' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l servers -d 'Stop waiting once N servers replied' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l write -d 'Store the resolver\'s account JWTs that are newer (by iat) than the store\'s, and the accounts only the resolver has'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -l overwrite-newer -d 'With --write, also replace store JWTs that are newer than the resolver\'s'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l keys -d 'nsc key store directory' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -l overwrite -d 'Replace entries that already exist in the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from import-nsc" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from activation" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from activation" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from activation" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from activation" -f -a "create" -d 'Sign an activation letting another account import a private export; prints the JWT'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from keys" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from keys" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from keys" -f -a "export" -d 'Write the operator\'s JWTs and seeds to a passphrase-encrypted (age) bundle'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from keys" -f -a "import" -d 'Import a bundle written by `jwt keys export` into the store'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from context" -s a -l account -d 'Account of the user' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from context" -s u -l user -d 'User name' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from context" -l nats-url -d 'NATS URL(s), comma-separated [default: the operator\'s service URLs]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from context" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from context" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from context" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from check" -l expiring -d 'Also list what expires within this duration (e.g. 7d, 12h)' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from check" -l creds -d 'Also check these creds files (repeatable)' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from check" -l store -d 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]' -r -F
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from check" -l operator -d 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]' -r
complete -c pbctl -n "__fish_pbctl_using_subcommand jwt; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -l static -d 'A self-contained script without dynamic candidates'
complete -c pbctl -n "__fish_pbctl_using_subcommand completion" -s h -l help -d 'Print help'
complete -c pbctl -n "__fish_pbctl_using_subcommand help" -s h -l help -d 'Print help'
