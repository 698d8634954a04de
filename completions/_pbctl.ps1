
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'pbctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'pbctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $pbctlGlobalFlags = @(
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context for one command; a comma list or a glob (''prod-*'') runs it on each (fleet mode) [env: PBCTL_CONTEXT]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Run on the contexts whose labels match, e.g. ''env=prod,region in (eu,us)'' (fleet mode)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Run on the contexts whose labels match, e.g. ''env=prod,region in (eu,us)'' (fleet mode)')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'Fleet mode: how many contexts run at once [default: 8]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide, json, yaml, jsonl, name')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide, json, yaml, jsonl, name')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression; prints one JSON value per line')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto, always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt of a request (GET, HEAD and DELETE are retried 3 times), e.g. 30s, 2m')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Run on every context (fleet mode)')
            [CompletionResult]::new('--all-contexts', '--all-contexts', [CompletionResultType]::ParameterName, 'Run on every context (fleet mode)')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'Fleet mode: start no new context after the first failure')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'With --jq: print strings without quotes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status lines on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status lines on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: PBCTL_NO_INPUT=1]')
    )

    $completions = @(switch ($command) {
        'pbctl' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Manage contexts: named PocketBase servers such as dev, staging and prod')
            [CompletionResult]::new('ctx', 'ctx', [CompletionResultType]::ParameterValue, 'Manage contexts: named PocketBase servers such as dev, staging and prod')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in to PocketBase and manage the stored token')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Read and change the records of any collection')
            [CompletionResult]::new('rec', 'rec', [CompletionResultType]::ParameterValue, 'Read and change the records of any collection')
            [CompletionResult]::new('r', 'r', [CompletionResultType]::ParameterValue, 'Read and change the records of any collection')
            [CompletionResult]::new('collection', 'collection', [CompletionResultType]::ParameterValue, 'Collection schemas: list, export, apply, diff, delete, truncate')
            [CompletionResult]::new('col', 'col', [CompletionResultType]::ParameterValue, 'Collection schemas: list, export, apply, diff, delete, truncate')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Create, list, download, upload, restore, copy and prune backups')
            [CompletionResult]::new('bk', 'bk', [CompletionResultType]::ParameterValue, 'Create, list, download, upload, restore, copy and prune backups')
            [CompletionResult]::new('nats', 'nats', [CompletionResultType]::ParameterValue, 'Manage NATS operators, accounts, roles and users kept in PocketBase (pb-nats)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Read and change the server settings')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check the server: reachable, latency, version, whether the token works, canBackup')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send a raw request to the server with the context''s token and print the body')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the server match the files: settings, collections, NATS accounts, roles, users')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change; exit 0 when nothing, 1 when something')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the server''s settings, collections and NATS tenancy as documents for `apply`')
            [CompletionResult]::new('jwt', 'jwt', [CompletionResultType]::ParameterValue, 'Mint NATS JWTs and creds offline from a local key store, and push them (like nsc)')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Show help for a command, or one of the topics: exit-codes, environment, output, filters')
            break
        }
        'pbctl;context' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a context')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contexts (the current one is marked *); -l, a glob or a list filters them')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List contexts (the current one is marked *); -l, a glob or a list filters them')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Switch the current context; `-` returns to the previous one')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the current context name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a context''s settings and auth status (never the token)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change settings of a context')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a context (its stored token moves with it)')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Set or remove labels of a context: KEY=VALUE sets, KEY- removes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete contexts and their stored tokens')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete contexts and their stored tokens')
            [CompletionResult]::new('import-pb-cli', 'import-pb-cli', [CompletionResultType]::ParameterValue, 'Import pb-cli''s contexts (~/.config/pb) with their tokens')
            break
        }
        'pbctl;ctx' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a context')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contexts (the current one is marked *); -l, a glob or a list filters them')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List contexts (the current one is marked *); -l, a glob or a list filters them')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Switch the current context; `-` returns to the previous one')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the current context name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a context''s settings and auth status (never the token)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change settings of a context')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a context (its stored token moves with it)')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Set or remove labels of a context: KEY=VALUE sets, KEY- removes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete contexts and their stored tokens')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete contexts and their stored tokens')
            [CompletionResult]::new('import-pb-cli', 'import-pb-cli', [CompletionResultType]::ParameterValue, 'Import pb-cli''s contexts (~/.config/pb) with their tokens')
            break
        }
        'pbctl;context;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL (http or https)')
            [CompletionResult]::new('--auth-collection', '--auth-collection', [CompletionResultType]::ParameterName, 'Auth collection to log in to [default: _superusers]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Default identity (email or username) for `auth login`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for this server')
            [CompletionResult]::new('--nats-url', '--nats-url', [CompletionResultType]::ParameterName, 'NATS server URL for this environment')
            [CompletionResult]::new('--nats-creds', '--nats-creds', [CompletionResultType]::ParameterName, 'NATS creds file (system account user) for this environment')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free text shown by `context list -o wide`')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A label for fleet selectors (-l), e.g. env=prod; repeat for several')
            [CompletionResult]::new('--insecure-skip-verify', '--insecure-skip-verify', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (warns on every use)')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Make it the current context')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;ctx;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL (http or https)')
            [CompletionResult]::new('--auth-collection', '--auth-collection', [CompletionResultType]::ParameterName, 'Auth collection to log in to [default: _superusers]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Default identity (email or username) for `auth login`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for this server')
            [CompletionResult]::new('--nats-url', '--nats-url', [CompletionResultType]::ParameterName, 'NATS server URL for this environment')
            [CompletionResult]::new('--nats-creds', '--nats-creds', [CompletionResultType]::ParameterName, 'NATS creds file (system account user) for this environment')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free text shown by `context list -o wide`')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A label for fleet selectors (-l), e.g. env=prod; repeat for several')
            [CompletionResult]::new('--insecure-skip-verify', '--insecure-skip-verify', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (warns on every use)')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Make it the current context')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;context;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;context;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;ctx;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;ctx;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;context;use' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;ctx;use' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;context;current' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;ctx;current' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;context;show' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;ctx;show' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;context;set' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;ctx;set' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;context;rename' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;ctx;rename' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;context;label' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;ctx;label' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;context;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;context;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;ctx;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;ctx;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;context;import-pb-cli' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace contexts that already exist')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;ctx;import-pb-cli' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace contexts that already exist')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;auth' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in with a password (and a one-time password when MFA is on), or store a token')
            [CompletionResult]::new('api-token', 'api-token', [CompletionResultType]::ParameterValue, 'Mint a long-lived, non-refreshable token (PocketBase impersonate API)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who is logged in, to which collection, until when, and where the token is stored')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who is logged in, to which collection, until when, and where the token is stored')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the current token (refreshed if needed), for scripts')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored token of the context')
            break
        }
        'pbctl;auth;login' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Email or username [default: the context''s identity]')
            [CompletionResult]::new('--collection', '--collection', [CompletionResultType]::ParameterName, 'Auth collection [default: the context''s, else _superusers]')
            [CompletionResult]::new('--otp-id', '--otp-id', [CompletionResultType]::ParameterName, 'Use this OTP id (from `pocketbase superuser otp` or an earlier request) instead of requesting one')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--otp-stdin', '--otp-stdin', [CompletionResultType]::ParameterName, 'Read the one-time password (MFA) from the next line of stdin')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Store a token read from stdin instead of logging in')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;auth;api-token' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Lifetime, e.g. 1h, 30d, 365d')
            [CompletionResult]::new('--collection', '--collection', [CompletionResultType]::ParameterName, 'Auth collection of the record [default: the logged-in one]')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Record id to impersonate [default: the logged-in record]')
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Store it as this context''s token instead of printing it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;auth;status' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Also ask the server whether the token works (refreshes it)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;auth;whoami' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Also ask the server whether the token works (refreshes it)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;auth;token' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;auth;logout' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;record' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List records (30 by default; --all streams every record)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List records (30 by default; --all streams every record)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one record, or download its files with --download')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record from KEY=VALUE / KEY:=JSON pairs, a JSON or YAML file, and files')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a record (PATCH): KEY=VALUE, KEY:=JSON, KEY+=VALUE (append/add), KEY-=VALUE (remove)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete records by id, or every record matching --filter or --all (those ask first)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete records by id, or every record matching --filter or --all (those ask first)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count the records matching a filter')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bulk-load records from JSON lines, a JSON array or CSV')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export records as JSON lines, JSON or CSV (streamed; constant memory)')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print realtime events (create, update, delete) as JSON lines until interrupted')
            break
        }
        'pbctl;rec' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List records (30 by default; --all streams every record)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List records (30 by default; --all streams every record)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one record, or download its files with --download')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record from KEY=VALUE / KEY:=JSON pairs, a JSON or YAML file, and files')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a record (PATCH): KEY=VALUE, KEY:=JSON, KEY+=VALUE (append/add), KEY-=VALUE (remove)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete records by id, or every record matching --filter or --all (those ask first)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete records by id, or every record matching --filter or --all (those ask first)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count the records matching a filter')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bulk-load records from JSON lines, a JSON array or CSV')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export records as JSON lines, JSON or CSV (streamed; constant memory)')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print realtime events (create, update, delete) as JSON lines until interrupted')
            break
        }
        'pbctl;r' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List records (30 by default; --all streams every record)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List records (30 by default; --all streams every record)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one record, or download its files with --download')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record from KEY=VALUE / KEY:=JSON pairs, a JSON or YAML file, and files')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a record (PATCH): KEY=VALUE, KEY:=JSON, KEY+=VALUE (append/add), KEY-=VALUE (remove)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete records by id, or every record matching --filter or --all (those ask first)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete records by id, or every record matching --filter or --all (those ask first)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count the records matching a filter')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bulk-load records from JSON lines, a JSON array or CSV')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export records as JSON lines, JSON or CSV (streamed; constant memory)')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print realtime events (create, update, delete) as JSON lines until interrupted')
            break
        }
        'pbctl;record;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand (e.g. author,comments_via_post)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (e.g. id,title,expand.author.name)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records [default: 30]; with --page, the records per page')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number (1-based), of --limit (or --per-page) records')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Records per page (max 1000)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Show the seeds, private keys and creds of pb-nats records (hidden by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;record;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand (e.g. author,comments_via_post)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (e.g. id,title,expand.author.name)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records [default: 30]; with --page, the records per page')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number (1-based), of --limit (or --per-page) records')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Records per page (max 1000)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Show the seeds, private keys and creds of pb-nats records (hidden by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;rec;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand (e.g. author,comments_via_post)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (e.g. id,title,expand.author.name)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records [default: 30]; with --page, the records per page')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number (1-based), of --limit (or --per-page) records')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Records per page (max 1000)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Show the seeds, private keys and creds of pb-nats records (hidden by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;rec;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand (e.g. author,comments_via_post)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (e.g. id,title,expand.author.name)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records [default: 30]; with --page, the records per page')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number (1-based), of --limit (or --per-page) records')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Records per page (max 1000)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Show the seeds, private keys and creds of pb-nats records (hidden by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;r;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand (e.g. author,comments_via_post)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (e.g. id,title,expand.author.name)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records [default: 30]; with --page, the records per page')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number (1-based), of --limit (or --per-page) records')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Records per page (max 1000)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Show the seeds, private keys and creds of pb-nats records (hidden by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;r;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand (e.g. author,comments_via_post)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (e.g. id,title,expand.author.name)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records [default: 30]; with --page, the records per page')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number (1-based), of --limit (or --per-page) records')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Records per page (max 1000)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Show the seeds, private keys and creds of pb-nats records (hidden by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;record;get' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (e.g. id,title)')
            [CompletionResult]::new('--download', '--download', [CompletionResultType]::ParameterName, 'Download the files of this file field')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Directory for --download [default: .]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory for --download [default: .]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist in DIR')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Show the seeds, private keys and creds of pb-nats records (hidden by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;rec;get' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (e.g. id,title)')
            [CompletionResult]::new('--download', '--download', [CompletionResultType]::ParameterName, 'Download the files of this file field')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Directory for --download [default: .]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory for --download [default: .]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist in DIR')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Show the seeds, private keys and creds of pb-nats records (hidden by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;r;get' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (e.g. id,title)')
            [CompletionResult]::new('--download', '--download', [CompletionResultType]::ParameterName, 'Download the files of this file field')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Directory for --download [default: .]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory for --download [default: .]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist in DIR')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Show the seeds, private keys and creds of pb-nats records (hidden by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;record;create' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A JSON or YAML object with the fields, or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'A JSON or YAML object with the fields, or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Upload a file to a file field (repeat for several files)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;rec;create' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A JSON or YAML object with the fields, or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'A JSON or YAML object with the fields, or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Upload a file to a file field (repeat for several files)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;r;create' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A JSON or YAML object with the fields, or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'A JSON or YAML object with the fields, or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Upload a file to a file field (repeat for several files)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;record;update' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A JSON or YAML object with the fields, or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'A JSON or YAML object with the fields, or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Upload a file to a file field; FIELD+=PATH appends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;rec;update' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A JSON or YAML object with the fields, or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'A JSON or YAML object with the fields, or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Upload a file to a file field; FIELD+=PATH appends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;r;update' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A JSON or YAML object with the fields, or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'A JSON or YAML object with the fields, or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Upload a file to a file field; FIELD+=PATH appends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;record;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete every record of the collection')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be deleted and delete nothing (asks nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;record;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete every record of the collection')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be deleted and delete nothing (asks nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;rec;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete every record of the collection')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be deleted and delete nothing (asks nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;rec;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete every record of the collection')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be deleted and delete nothing (asks nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;r;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete every record of the collection')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be deleted and delete nothing (asks nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;r;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete every record of the collection')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be deleted and delete nothing (asks nothing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;record;count' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;rec;count' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;r;count' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;record;import' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Input file, or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Input file, or - for stdin')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'jsonl, json or csv [default: from the file extension, else jsonl]')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per batch request [default: the server''s batch.maxRequests, at most 1000]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight [default: 4 batches, or 16 single requests]')
            [CompletionResult]::new('--on-error', '--on-error', [CompletionResultType]::ParameterName, 'On a failed row: stop reading (default; the rows sent with it in one batch are still imported) or skip it and go on')
            [CompletionResult]::new('--errors', '--errors', [CompletionResultType]::ParameterName, 'Write the failed rows (line, error, record) to FILE as JSON lines')
            [CompletionResult]::new('--from-line', '--from-line', [CompletionResultType]::ParameterName, 'Start at this input line: rows on earlier lines are skipped (resume an import that stopped; the error names the line)')
            [CompletionResult]::new('--upsert', '--upsert', [CompletionResultType]::ParameterName, 'Rows with an `id` update the existing record (or create it)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the --errors FILE if it exists')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate every row against the schema and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;rec;import' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Input file, or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Input file, or - for stdin')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'jsonl, json or csv [default: from the file extension, else jsonl]')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per batch request [default: the server''s batch.maxRequests, at most 1000]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight [default: 4 batches, or 16 single requests]')
            [CompletionResult]::new('--on-error', '--on-error', [CompletionResultType]::ParameterName, 'On a failed row: stop reading (default; the rows sent with it in one batch are still imported) or skip it and go on')
            [CompletionResult]::new('--errors', '--errors', [CompletionResultType]::ParameterName, 'Write the failed rows (line, error, record) to FILE as JSON lines')
            [CompletionResult]::new('--from-line', '--from-line', [CompletionResultType]::ParameterName, 'Start at this input line: rows on earlier lines are skipped (resume an import that stopped; the error names the line)')
            [CompletionResult]::new('--upsert', '--upsert', [CompletionResultType]::ParameterName, 'Rows with an `id` update the existing record (or create it)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the --errors FILE if it exists')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate every row against the schema and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;r;import' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Input file, or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Input file, or - for stdin')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'jsonl, json or csv [default: from the file extension, else jsonl]')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per batch request [default: the server''s batch.maxRequests, at most 1000]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight [default: 4 batches, or 16 single requests]')
            [CompletionResult]::new('--on-error', '--on-error', [CompletionResultType]::ParameterName, 'On a failed row: stop reading (default; the rows sent with it in one batch are still imported) or skip it and go on')
            [CompletionResult]::new('--errors', '--errors', [CompletionResultType]::ParameterName, 'Write the failed rows (line, error, record) to FILE as JSON lines')
            [CompletionResult]::new('--from-line', '--from-line', [CompletionResultType]::ParameterName, 'Start at this input line: rows on earlier lines are skipped (resume an import that stopped; the error names the line)')
            [CompletionResult]::new('--upsert', '--upsert', [CompletionResultType]::ParameterName, 'Rows with an `id` update the existing record (or create it)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the --errors FILE if it exists')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate every row against the schema and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;record;export' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort: comma-separated fields, `-` for descending')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (e.g. id,title,views)')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write to FILE (via FILE.part, renamed when complete) instead of stdout')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE (via FILE.part, renamed when complete) instead of stdout')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'jsonl, json or csv [default: from the file extension, else jsonl]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Export the seeds, private keys and creds of pb-nats records (left out by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;rec;export' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort: comma-separated fields, `-` for descending')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (e.g. id,title,views)')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write to FILE (via FILE.part, renamed when complete) instead of stdout')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE (via FILE.part, renamed when complete) instead of stdout')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'jsonl, json or csv [default: from the file extension, else jsonl]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Export the seeds, private keys and creds of pb-nats records (left out by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;r;export' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort: comma-separated fields, `-` for descending')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (e.g. id,title,views)')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write to FILE (via FILE.part, renamed when complete) instead of stdout')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE (via FILE.part, renamed when complete) instead of stdout')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'jsonl, json or csv [default: from the file extension, else jsonl]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Export the seeds, private keys and creds of pb-nats records (left out by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;record;watch' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields of each record')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit after N events')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Show the seeds, private keys and creds of pb-nats records (hidden by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;rec;watch' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields of each record')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit after N events')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Show the seeds, private keys and creds of pb-nats records (hidden by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;r;watch' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields of each record')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Relations to expand')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit after N events')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Show the seeds, private keys and creds of pb-nats records (hidden by default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;collection' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List collections: name, type, field count (record count with -o wide)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List collections: name, type, field count (record count with -o wide)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a collection''s full definition (fields, rules, indexes)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write collection definitions as a YAML (default) or JSON document for `apply`')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the server''s collections match a file (prints the plan first)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show the differences between the server and a file; exit 0 none, 1 differences')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a collection and all its records (asks first)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a collection and all its records (asks first)')
            [CompletionResult]::new('truncate', 'truncate', [CompletionResultType]::ParameterValue, 'Delete every record of a collection, keeping the collection (asks first)')
            break
        }
        'pbctl;col' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List collections: name, type, field count (record count with -o wide)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List collections: name, type, field count (record count with -o wide)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a collection''s full definition (fields, rules, indexes)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write collection definitions as a YAML (default) or JSON document for `apply`')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the server''s collections match a file (prints the plan first)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show the differences between the server and a file; exit 0 none, 1 differences')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a collection and all its records (asks first)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a collection and all its records (asks first)')
            [CompletionResult]::new('truncate', 'truncate', [CompletionResultType]::ParameterValue, 'Delete every record of a collection, keeping the collection (asks first)')
            break
        }
        'pbctl;collection;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'Include system collections (_superusers, _mfas, ...)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;collection;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'Include system collections (_superusers, _mfas, ...)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;col;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'Include system collections (_superusers, _mfas, ...)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;col;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'Include system collections (_superusers, _mfas, ...)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;collection;get' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;col;get' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;collection;export' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'yaml or json [default: from the file extension, else yaml]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;col;export' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'yaml or json [default: from the file extension, else yaml]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;collection;apply' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The document (YAML or JSON), or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The document (YAML or JSON), or - for stdin')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete the non-system collections that the file does not list')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('--allow-data-loss', '--allow-data-loss', [CompletionResultType]::ParameterName, 'Allow changes that drop fields or collections holding data')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;col;apply' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The document (YAML or JSON), or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The document (YAML or JSON), or - for stdin')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete the non-system collections that the file does not list')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('--allow-data-loss', '--allow-data-loss', [CompletionResultType]::ParameterName, 'Allow changes that drop fields or collections holding data')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;collection;diff' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The document (YAML or JSON), or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The document (YAML or JSON), or - for stdin')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also report the non-system collections that the file does not list')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;col;diff' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The document (YAML or JSON), or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The document (YAML or JSON), or - for stdin')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also report the non-system collections that the file does not list')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;collection;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;collection;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;col;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;col;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;collection;truncate' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;col;truncate' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;backup' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List backups, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List backups, newest first')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a backup and print its key (waits until the server has written it)')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a backup (streamed to PATH.part, size checked, renamed, mode 0600)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a backup file (streamed; the backup key is --name or the file''s name)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a backup: replaces ALL data of the server, which then restarts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete backups (asks first; --yes without a terminal)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete backups (asks first; --yes without a terminal)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a backup to another context''s server (streamed), optionally restoring it there')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete all but the newest N backups (by modification time)')
            break
        }
        'pbctl;bk' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List backups, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List backups, newest first')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a backup and print its key (waits until the server has written it)')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a backup (streamed to PATH.part, size checked, renamed, mode 0600)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a backup file (streamed; the backup key is --name or the file''s name)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a backup: replaces ALL data of the server, which then restarts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete backups (asks first; --yes without a terminal)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete backups (asks first; --yes without a terminal)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a backup to another context''s server (streamed), optionally restoring it there')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete all but the newest N backups (by modification time)')
            break
        }
        'pbctl;backup;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only backups whose key starts with P')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;backup;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only backups whose key starts with P')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;bk;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only backups whose key starts with P')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;bk;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only backups whose key starts with P')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;backup;create' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a busy server and for the backup to be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;bk;create' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a busy server and for the backup to be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;backup;download' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Destination file or directory, or `-` for stdout [default: ./NAME]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Destination file or directory, or `-` for stdout [default: ./NAME]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;bk;download' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Destination file or directory, or `-` for stdout [default: ./NAME]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Destination file or directory, or `-` for stdout [default: ./NAME]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;backup;upload' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Backup key on the server [default: the file''s name]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;bk;upload' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Backup key on the server [default: the file''s name]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;backup;restore' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the restored server to come back')
            [CompletionResult]::new('--dead-after', '--dead-after', [CompletionResultType]::ParameterName, 'Give up when connections stay refused this long (the server died on start)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return once the server has accepted the restore')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;bk;restore' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the restored server to come back')
            [CompletionResult]::new('--dead-after', '--dead-after', [CompletionResultType]::ParameterName, 'Give up when connections stay refused this long (the server died on start)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return once the server has accepted the restore')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;backup;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;backup;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;bk;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;bk;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;backup;copy' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The context to copy to')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Backup key on the target [default: the source''s key]')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the restored server to come back')
            [CompletionResult]::new('--dead-after', '--dead-after', [CompletionResultType]::ParameterName, 'Give up when connections stay refused this long (the server died on start)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the target''s backup of that key (deleted before the copy)')
            [CompletionResult]::new('--restore', '--restore', [CompletionResultType]::ParameterName, 'Restore the target server from the copy')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return once the server has accepted the restore')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;bk;copy' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The context to copy to')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Backup key on the target [default: the source''s key]')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the restored server to come back')
            [CompletionResult]::new('--dead-after', '--dead-after', [CompletionResultType]::ParameterName, 'Give up when connections stay refused this long (the server died on start)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the target''s backup of that key (deleted before the copy)')
            [CompletionResult]::new('--restore', '--restore', [CompletionResultType]::ParameterName, 'Restore the target server from the copy')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return once the server has accepted the restore')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;backup;prune' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'How many of the newest matching backups to keep')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only consider backups whose key starts with P')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be deleted, delete nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;bk;prune' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'How many of the newest matching backups to keep')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only consider backups whose key starts with P')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be deleted, delete nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Create pb-nats'' collections, the operator, SYS, system_admin and sys (idempotent)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Mode, operator, system account, counts; drift against NATS when it is reachable')
            [CompletionResult]::new('server-config', 'server-config', [CompletionResultType]::ParameterValue, 'Write operator.jwt and a nats-server config that trusts this control plane')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'NATS accounts (nats_accounts)')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'NATS roles: permission templates for users (nats_roles)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'NATS users (nats_users)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Push every active account JWT to NATS; --prune deletes inactive or vanished ones')
            break
        }
        'pbctl;nats;bootstrap' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--operator-name', '--operator-name', [CompletionResultType]::ParameterName, 'Operator name (pb-nats'' default: stone-age.io)')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;status' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--nats-url', '--nats-url', [CompletionResultType]::ParameterName, 'NATS server URL [default: the context''s nats.url]')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'System-account creds file [default: the context''s nats.creds, else the sys user''s]')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;server-config' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Directory to write operator.jwt and nats.conf into')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write operator.jwt and nats.conf into')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, '`listen` address (host:port)')
            [CompletionResult]::new('--resolver-dir', '--resolver-dir', [CompletionResultType]::ParameterName, 'Resolver directory [default: DIR/jwt, or ./jwt]')
            [CompletionResult]::new('--server-name', '--server-name', [CompletionResultType]::ParameterName, '`server_name`')
            [CompletionResult]::new('--resolver-limit', '--resolver-limit', [CompletionResultType]::ParameterName, 'Most accounts the resolver stores (pb-nats'' config uses 1000)')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace operator.jwt and nats.conf in DIR if they exist')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an account (--show-seeds reveals its seeds)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account (limits default to -1, unlimited)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an account''s description, name or limits')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account (refused for SYS)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an account (refused for SYS)')
            [CompletionResult]::new('rotate-keys', 'rotate-keys', [CompletionResultType]::ParameterValue, 'Replace an account''s signing keys with one new key and re-issue its active users')
            [CompletionResult]::new('add-signing-key', 'add-signing-key', [CompletionResultType]::ParameterValue, 'Add a signing key to an account (the existing ones keep working)')
            [CompletionResult]::new('remove-signing-key', 'remove-signing-key', [CompletionResultType]::ParameterValue, 'Remove one account signing key')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an account: its users can no longer connect (refused for SYS)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a suspended account')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Stream and service exports of an account')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Stream and service imports of an account')
            break
        }
        'pbctl;nats;account;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;get' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;create' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Max client connections')
            [CompletionResult]::new('--max-subscriptions', '--max-subscriptions', [CompletionResultType]::ParameterName, 'Max subscriptions')
            [CompletionResult]::new('--max-data', '--max-data', [CompletionResultType]::ParameterName, 'Max data in flight (bytes)')
            [CompletionResult]::new('--max-payload', '--max-payload', [CompletionResultType]::ParameterName, 'Max message payload (bytes)')
            [CompletionResult]::new('--max-jetstream-memory', '--max-jetstream-memory', [CompletionResultType]::ParameterName, 'JetStream memory storage (bytes; memory and disk both 0 disable JetStream)')
            [CompletionResult]::new('--max-jetstream-disk', '--max-jetstream-disk', [CompletionResultType]::ParameterName, 'JetStream disk storage (bytes; memory and disk both 0 disable JetStream)')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;update' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--rename', '--rename', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Max client connections')
            [CompletionResult]::new('--max-subscriptions', '--max-subscriptions', [CompletionResultType]::ParameterName, 'Max subscriptions')
            [CompletionResult]::new('--max-data', '--max-data', [CompletionResultType]::ParameterName, 'Max data in flight (bytes)')
            [CompletionResult]::new('--max-payload', '--max-payload', [CompletionResultType]::ParameterName, 'Max message payload (bytes)')
            [CompletionResult]::new('--max-jetstream-memory', '--max-jetstream-memory', [CompletionResultType]::ParameterName, 'JetStream memory storage (bytes; memory and disk both 0 disable JetStream)')
            [CompletionResult]::new('--max-jetstream-disk', '--max-jetstream-disk', [CompletionResultType]::ParameterName, 'JetStream disk storage (bytes; memory and disk both 0 disable JetStream)')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;rotate-keys' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;add-signing-key' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;remove-signing-key' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;suspend' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;resume' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;export' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an export to an account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the exports of an account')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the exports of an account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an export or import of an account (by record id or name)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an export or import of an account (by record id or name)')
            break
        }
        'pbctl;nats;account;export;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--response-type', '--response-type', [CompletionResultType]::ParameterName, 'Services: Singleton, Stream or Chunked')
            [CompletionResult]::new('--response-threshold', '--response-threshold', [CompletionResultType]::ParameterName, 'Services: response threshold in milliseconds')
            [CompletionResult]::new('--account-token-position', '--account-token-position', [CompletionResultType]::ParameterName, 'account-token-position')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A service export (default: stream)')
            [CompletionResult]::new('--token-req', '--token-req', [CompletionResultType]::ParameterName, 'Private: importers need an activation token')
            [CompletionResult]::new('--advertise', '--advertise', [CompletionResultType]::ParameterName, 'advertise')
            [CompletionResult]::new('--allow-trace', '--allow-trace', [CompletionResultType]::ParameterName, 'allow-trace')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;export;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;export;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;export;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;export;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;import' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an import to an account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the imports of an account')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the imports of an account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an export or import of an account (by record id or name)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an export or import of an account (by record id or name)')
            break
        }
        'pbctl;nats;account;import;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Subject in the exporting account')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The exporting account: record id, name, or public key (A...)')
            [CompletionResult]::new('--local-subject', '--local-subject', [CompletionResultType]::ParameterName, 'local-subject')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Activation token (private exports)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'service')
            [CompletionResult]::new('--share', '--share', [CompletionResultType]::ParameterName, 'share')
            [CompletionResult]::new('--allow-trace', '--allow-trace', [CompletionResultType]::ParameterName, 'allow-trace')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;import;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;import;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;import;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;account;import;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;role' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a role''s permissions and limits')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role (limits default to -1, unlimited)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a role (lists given replace the stored ones); its active users are reissued')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role (refused while users have it)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a role (refused while users have it)')
            break
        }
        'pbctl;nats;role;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;role;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;role;get' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;role;create' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--pub', '--pub', [CompletionResultType]::ParameterName, 'Allow publishing to S (repeatable)')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'Allow subscribing to S (repeatable; "subject queue" for a queue group)')
            [CompletionResult]::new('--deny-pub', '--deny-pub', [CompletionResultType]::ParameterName, 'Deny publishing to S (repeatable)')
            [CompletionResult]::new('--deny-sub', '--deny-sub', [CompletionResultType]::ParameterName, 'Deny subscribing to S (repeatable)')
            [CompletionResult]::new('--allow-response', '--allow-response', [CompletionResultType]::ParameterName, 'Allow publishing responses to requests: at most MAX per request (-1 unlimited, default)')
            [CompletionResult]::new('--response-ttl', '--response-ttl', [CompletionResultType]::ParameterName, 'Time limit for responses, e.g. 5s (0 = none)')
            [CompletionResult]::new('--max-subscriptions', '--max-subscriptions', [CompletionResultType]::ParameterName, 'Max subscriptions (-1 unlimited)')
            [CompletionResult]::new('--max-data', '--max-data', [CompletionResultType]::ParameterName, 'Max data (bytes, -1 unlimited)')
            [CompletionResult]::new('--max-payload', '--max-payload', [CompletionResultType]::ParameterName, 'Max message payload (bytes, -1 unlimited)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;role;update' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--rename', '--rename', [CompletionResultType]::ParameterName, 'rename')
            [CompletionResult]::new('--pub', '--pub', [CompletionResultType]::ParameterName, 'Allow publishing to S (repeatable)')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'Allow subscribing to S (repeatable; "subject queue" for a queue group)')
            [CompletionResult]::new('--deny-pub', '--deny-pub', [CompletionResultType]::ParameterName, 'Deny publishing to S (repeatable)')
            [CompletionResult]::new('--deny-sub', '--deny-sub', [CompletionResultType]::ParameterName, 'Deny subscribing to S (repeatable)')
            [CompletionResult]::new('--allow-response', '--allow-response', [CompletionResultType]::ParameterName, 'Allow publishing responses to requests: at most MAX per request (-1 unlimited, default)')
            [CompletionResult]::new('--response-ttl', '--response-ttl', [CompletionResultType]::ParameterName, 'Time limit for responses, e.g. 5s (0 = none)')
            [CompletionResult]::new('--max-subscriptions', '--max-subscriptions', [CompletionResultType]::ParameterName, 'Max subscriptions (-1 unlimited)')
            [CompletionResult]::new('--max-data', '--max-data', [CompletionResultType]::ParameterName, 'Max data (bytes, -1 unlimited)')
            [CompletionResult]::new('--max-payload', '--max-payload', [CompletionResultType]::ParameterName, 'Max message payload (bytes, -1 unlimited)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--no-response', '--no-response', [CompletionResultType]::ParameterName, 'Turn the response permission off')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;role;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;role;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;user' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a user (--show-seeds reveals its seed)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user: key pair, JWT and creds (email and password generated if not given)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s role, account or permissions (its JWT and creds are reissued)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user (its creds stop working after `pbctl nats sync`)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a user (its creds stop working after `pbctl nats sync`)')
            [CompletionResult]::new('creds', 'creds', [CompletionResultType]::ParameterValue, 'Write the user''s creds file (mode 0600), or print it')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a user''s key: it gets a new key and creds, the old creds stop working')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Re-issue a user''s JWT and creds with the same key (after a role change, say)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user: it can no longer connect until resumed')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a suspended user')
            break
        }
        'pbctl;nats;user;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only users of this account (record id or name)')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;user;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only users of this account (record id or name)')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;user;get' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The user''s account, when the name is not unique')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;user;create' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account (record id or name)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role (record id or name)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Login email of the PocketBase auth record [default: generated]')
            [CompletionResult]::new('--pub', '--pub', [CompletionResultType]::ParameterName, 'Allow publishing to S (repeatable)')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'Allow subscribing to S (repeatable; "subject queue" for a queue group)')
            [CompletionResult]::new('--deny-pub', '--deny-pub', [CompletionResultType]::ParameterName, 'Deny publishing to S (repeatable)')
            [CompletionResult]::new('--deny-sub', '--deny-sub', [CompletionResultType]::ParameterName, 'Deny subscribing to S (repeatable)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--bearer', '--bearer', [CompletionResultType]::ParameterName, 'Bearer token user (the server skips the nonce signature)')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Create it suspended (pb-nats'' `active: false`)')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;user;update' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The user''s current account, when the name is not unique')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'New role')
            [CompletionResult]::new('--move-to', '--move-to', [CompletionResultType]::ParameterName, 'Move to another account')
            [CompletionResult]::new('--bearer', '--bearer', [CompletionResultType]::ParameterName, 'Bearer token user')
            [CompletionResult]::new('--pub', '--pub', [CompletionResultType]::ParameterName, 'Allow publishing to S (repeatable)')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'Allow subscribing to S (repeatable; "subject queue" for a queue group)')
            [CompletionResult]::new('--deny-pub', '--deny-pub', [CompletionResultType]::ParameterName, 'Deny publishing to S (repeatable)')
            [CompletionResult]::new('--deny-sub', '--deny-sub', [CompletionResultType]::ParameterName, 'Deny subscribing to S (repeatable)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;user;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The user''s account, when the name is not unique')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;user;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The user''s account, when the name is not unique')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;user;creds' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'File to write (mode 0600); `-` for stdout [default: stdout]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'File to write (mode 0600); `-` for stdout [default: stdout]')
            [CompletionResult]::new('--nats-context', '--nats-context', [CompletionResultType]::ParameterName, 'Write a nats CLI context of this name instead (`nats --context CTX` then connects as the user); its creds file goes to $PBCTL_DATA_DIR/nats-creds/CTX.creds (0600)')
            [CompletionResult]::new('--nats-url', '--nats-url', [CompletionResultType]::ParameterName, 'NATS URL(s) for --nats-context, comma-separated [default: the context''s nats.url]')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;user;revoke' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The user''s account, when the name is not unique')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;user;regenerate' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The user''s account, when the name is not unique')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;user;suspend' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The user''s account, when the name is not unique')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;user;resume' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The user''s account, when the name is not unique')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;nats;sync' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--nats-url', '--nats-url', [CompletionResultType]::ParameterName, 'NATS server URL [default: the context''s nats.url]')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'System-account creds file [default: the context''s nats.creds, else the sys user''s]')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be pushed and deleted; change nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete accounts that are inactive or no longer in PocketBase')
            [CompletionResult]::new('--show-seeds', '--show-seeds', [CompletionResultType]::ParameterName, 'Include seeds, private keys and creds in the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;settings' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the settings, or one (dotted) key')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change settings: KEY=VALUE typed like the current value, KEY:=JSON for raw JSON, -f FILE')
            break
        }
        'pbctl;settings;get' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;settings;set' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A JSON or YAML object of settings, or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'A JSON or YAML object of settings, or - for stdin')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;health' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;api' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'HTTP method [default: GET, or POST with fields or --input]')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'HTTP method [default: GET, or POST with fields or --input]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A string field KEY=VALUE')
            [CompletionResult]::new('--raw-field', '--raw-field', [CompletionResultType]::ParameterName, 'A string field KEY=VALUE')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'A typed field KEY=JSON (true, 3, null, "s", [..], {..}; anything else is a string)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A typed field KEY=JSON (true, 3, null, "s", [..], {..}; anything else is a string)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Request body from a file, or - for stdin')
            [CompletionResult]::new('--paginate', '--paginate', [CompletionResultType]::ParameterName, 'Follow `page` through every page of a list and print all items as one array')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;apply' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete what the files do not name (for the kinds they contain)')
            [CompletionResult]::new('--allow-data-loss', '--allow-data-loss', [CompletionResultType]::ParameterName, 'Allow dropping fields or collections that hold records')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;diff' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin')
            [CompletionResult]::new('--encryption-key-env', '--encryption-key-env', [CompletionResultType]::ParameterName, 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also show what --prune would delete')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;export' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Directory to write collections.yaml, settings.yaml and nats.yaml into')
            [CompletionResult]::new('--output-dir', '--output-dir', [CompletionResultType]::ParameterName, 'Directory to write collections.yaml, settings.yaml and nats.yaml into')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only these kinds (repeatable) [default: all]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist in the -O directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create an operator (identity + signing key) and, by default, the SYS account and sys user')
            [CompletionResult]::new('operator', 'operator', [CompletionResultType]::ParameterValue, 'Show or edit the operator')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage accounts')
            [CompletionResult]::new('acct', 'acct', [CompletionResultType]::ParameterValue, 'Manage accounts')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users')
            [CompletionResult]::new('creds', 'creds', [CompletionResultType]::ParameterValue, 'Print a user''s creds file (JWT + seed), or write it with -O (mode 0600)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Decode and verify any NATS JWT or creds file and show its claims')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check the whole store: signatures, trusted issuers, signing keys present, expiries, strict mode')
            [CompletionResult]::new('server-config', 'server-config', [CompletionResultType]::ParameterValue, 'Generate a nats-server operator-mode configuration')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push account JWTs to NATS resolvers ($SYS.REQ.CLAIMS.UPDATE), reporting every server''s reply')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Compare the resolver''s accounts with the store (--write: take the newer ones)')
            [CompletionResult]::new('import-nsc', 'import-nsc', [CompletionResultType]::ParameterValue, 'Import an nsc store: operators, accounts, users and their keys')
            [CompletionResult]::new('activation', 'activation', [CompletionResultType]::ParameterValue, 'Activation tokens for private exports')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Back up or move the store: an encrypted bundle of seeds and JWTs')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Write a nats CLI context (and a 0600 creds file) for a user of the store')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'List what has expired or expires within --expiring (default 30d); exit 1 when anything does')
            break
        }
        'pbctl;jwt;init' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--service-url', '--service-url', [CompletionResultType]::ParameterName, 'Client URL of the NATS servers (operator_service_urls; repeatable)')
            [CompletionResult]::new('--account-server-url', '--account-server-url', [CompletionResultType]::ParameterName, 'Resolver URL that `jwt push` uses by default (account_server_url)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--no-system-account', '--no-system-account', [CompletionResultType]::ParameterName, 'Do not create the SYS account and its sys user')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;operator' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the operator''s claims and keys (never a seed)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the operator and re-sign it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the operators of the store')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the operators of the store')
            break
        }
        'pbctl;jwt;operator;show' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;operator;edit' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--service-url', '--service-url', [CompletionResultType]::ParameterName, 'Client URL (operator_service_urls); replaces the list; repeatable')
            [CompletionResult]::new('--account-server-url', '--account-server-url', [CompletionResultType]::ParameterName, 'Resolver URL for push/pull (account_server_url); empty to unset')
            [CompletionResult]::new('--remove-signing-key', '--remove-signing-key', [CompletionResultType]::ParameterName, 'Remove this operator signing key')
            [CompletionResult]::new('--require-signing-keys', '--require-signing-keys', [CompletionResultType]::ParameterName, 'Strict signing key usage: accounts must be signed by a signing key [true|false]')
            [CompletionResult]::new('--assert-server-version', '--assert-server-version', [CompletionResultType]::ParameterName, 'Minimum nats-server version (assert_server_version), e.g. 2.10.0')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--add-signing-key', '--add-signing-key', [CompletionResultType]::ParameterName, 'Generate and add a new operator signing key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;operator;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;operator;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account signed by the operator')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an account and re-sign it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an account''s claims')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Stream and service exports of an account')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Stream and service imports of an account')
            [CompletionResult]::new('signing-key', 'signing-key', [CompletionResultType]::ParameterValue, 'Signing keys of an account: plain, or scoped to a role with a permission template')
            [CompletionResult]::new('mapping', 'mapping', [CompletionResultType]::ParameterValue, 'Subject mappings of an account (weighted, per cluster)')
            break
        }
        'pbctl;jwt;acct' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account signed by the operator')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an account and re-sign it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an account''s claims')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Stream and service exports of an account')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Stream and service imports of an account')
            [CompletionResult]::new('signing-key', 'signing-key', [CompletionResultType]::ParameterValue, 'Signing keys of an account: plain, or scoped to a role with a permission template')
            [CompletionResult]::new('mapping', 'mapping', [CompletionResultType]::ParameterValue, 'Subject mappings of an account (weighted, per cluster)')
            break
        }
        'pbctl;jwt;account;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'Max client connections')
            [CompletionResult]::new('--subs', '--subs', [CompletionResultType]::ParameterName, 'Max subscriptions')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Max data in flight (bytes)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'Max message payload (bytes)')
            [CompletionResult]::new('--js-mem-storage', '--js-mem-storage', [CompletionResultType]::ParameterName, 'JetStream memory storage (bytes; memory and disk both 0 disable JetStream)')
            [CompletionResult]::new('--js-disk-storage', '--js-disk-storage', [CompletionResultType]::ParameterName, 'JetStream disk storage (bytes; memory and disk both 0 disable JetStream)')
            [CompletionResult]::new('--leaf-conns', '--leaf-conns', [CompletionResultType]::ParameterName, 'Max leaf node connections')
            [CompletionResult]::new('--imports', '--imports', [CompletionResultType]::ParameterName, 'Max imports')
            [CompletionResult]::new('--exports', '--exports', [CompletionResultType]::ParameterName, 'Max exports')
            [CompletionResult]::new('--wildcard-exports', '--wildcard-exports', [CompletionResultType]::ParameterName, 'Allow wildcard exports')
            [CompletionResult]::new('--disallow-bearer', '--disallow-bearer', [CompletionResultType]::ParameterName, 'Refuse bearer-token users')
            [CompletionResult]::new('--js-streams', '--js-streams', [CompletionResultType]::ParameterName, 'JetStream max streams')
            [CompletionResult]::new('--js-consumer', '--js-consumer', [CompletionResultType]::ParameterName, 'JetStream max consumers')
            [CompletionResult]::new('--js-max-ack-pending', '--js-max-ack-pending', [CompletionResultType]::ParameterName, 'JetStream max ack pending')
            [CompletionResult]::new('--js-tier', '--js-tier', [CompletionResultType]::ParameterName, 'Apply the --js-* flags to this JetStream tier (R1, R3: tiered limits)')
            [CompletionResult]::new('--sign-with', '--sign-with', [CompletionResultType]::ParameterName, 'Operator key that signs: `identity` or an operator signing key [default: newest signing key]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--add-signing-key', '--add-signing-key', [CompletionResultType]::ParameterName, 'Give the account a signing key for its users (the default)')
            [CompletionResult]::new('--no-signing-key', '--no-signing-key', [CompletionResultType]::ParameterName, 'Do not give the account a signing key (users are then signed by its identity key)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'Max client connections')
            [CompletionResult]::new('--subs', '--subs', [CompletionResultType]::ParameterName, 'Max subscriptions')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Max data in flight (bytes)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'Max message payload (bytes)')
            [CompletionResult]::new('--js-mem-storage', '--js-mem-storage', [CompletionResultType]::ParameterName, 'JetStream memory storage (bytes; memory and disk both 0 disable JetStream)')
            [CompletionResult]::new('--js-disk-storage', '--js-disk-storage', [CompletionResultType]::ParameterName, 'JetStream disk storage (bytes; memory and disk both 0 disable JetStream)')
            [CompletionResult]::new('--leaf-conns', '--leaf-conns', [CompletionResultType]::ParameterName, 'Max leaf node connections')
            [CompletionResult]::new('--imports', '--imports', [CompletionResultType]::ParameterName, 'Max imports')
            [CompletionResult]::new('--exports', '--exports', [CompletionResultType]::ParameterName, 'Max exports')
            [CompletionResult]::new('--wildcard-exports', '--wildcard-exports', [CompletionResultType]::ParameterName, 'Allow wildcard exports')
            [CompletionResult]::new('--disallow-bearer', '--disallow-bearer', [CompletionResultType]::ParameterName, 'Refuse bearer-token users')
            [CompletionResult]::new('--js-streams', '--js-streams', [CompletionResultType]::ParameterName, 'JetStream max streams')
            [CompletionResult]::new('--js-consumer', '--js-consumer', [CompletionResultType]::ParameterName, 'JetStream max consumers')
            [CompletionResult]::new('--js-max-ack-pending', '--js-max-ack-pending', [CompletionResultType]::ParameterName, 'JetStream max ack pending')
            [CompletionResult]::new('--js-tier', '--js-tier', [CompletionResultType]::ParameterName, 'Apply the --js-* flags to this JetStream tier (R1, R3: tiered limits)')
            [CompletionResult]::new('--sign-with', '--sign-with', [CompletionResultType]::ParameterName, 'Operator key that signs: `identity` or an operator signing key [default: newest signing key]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--add-signing-key', '--add-signing-key', [CompletionResultType]::ParameterName, 'Give the account a signing key for its users (the default)')
            [CompletionResult]::new('--no-signing-key', '--no-signing-key', [CompletionResultType]::ParameterName, 'Do not give the account a signing key (users are then signed by its identity key)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;edit' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'Max client connections')
            [CompletionResult]::new('--subs', '--subs', [CompletionResultType]::ParameterName, 'Max subscriptions')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Max data in flight (bytes)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'Max message payload (bytes)')
            [CompletionResult]::new('--js-mem-storage', '--js-mem-storage', [CompletionResultType]::ParameterName, 'JetStream memory storage (bytes; memory and disk both 0 disable JetStream)')
            [CompletionResult]::new('--js-disk-storage', '--js-disk-storage', [CompletionResultType]::ParameterName, 'JetStream disk storage (bytes; memory and disk both 0 disable JetStream)')
            [CompletionResult]::new('--leaf-conns', '--leaf-conns', [CompletionResultType]::ParameterName, 'Max leaf node connections')
            [CompletionResult]::new('--imports', '--imports', [CompletionResultType]::ParameterName, 'Max imports')
            [CompletionResult]::new('--exports', '--exports', [CompletionResultType]::ParameterName, 'Max exports')
            [CompletionResult]::new('--wildcard-exports', '--wildcard-exports', [CompletionResultType]::ParameterName, 'Allow wildcard exports')
            [CompletionResult]::new('--disallow-bearer', '--disallow-bearer', [CompletionResultType]::ParameterName, 'Refuse bearer-token users')
            [CompletionResult]::new('--js-streams', '--js-streams', [CompletionResultType]::ParameterName, 'JetStream max streams')
            [CompletionResult]::new('--js-consumer', '--js-consumer', [CompletionResultType]::ParameterName, 'JetStream max consumers')
            [CompletionResult]::new('--js-max-ack-pending', '--js-max-ack-pending', [CompletionResultType]::ParameterName, 'JetStream max ack pending')
            [CompletionResult]::new('--js-tier', '--js-tier', [CompletionResultType]::ParameterName, 'Apply the --js-* flags to this JetStream tier (R1, R3: tiered limits)')
            [CompletionResult]::new('--remove-signing-key', '--remove-signing-key', [CompletionResultType]::ParameterName, 'Remove this account signing key')
            [CompletionResult]::new('--sign-with', '--sign-with', [CompletionResultType]::ParameterName, 'Operator key that signs: `identity` or an operator signing key [default: newest signing key]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--add-signing-key', '--add-signing-key', [CompletionResultType]::ParameterName, 'Generate and add a new account signing key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;edit' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'Max client connections')
            [CompletionResult]::new('--subs', '--subs', [CompletionResultType]::ParameterName, 'Max subscriptions')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Max data in flight (bytes)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'Max message payload (bytes)')
            [CompletionResult]::new('--js-mem-storage', '--js-mem-storage', [CompletionResultType]::ParameterName, 'JetStream memory storage (bytes; memory and disk both 0 disable JetStream)')
            [CompletionResult]::new('--js-disk-storage', '--js-disk-storage', [CompletionResultType]::ParameterName, 'JetStream disk storage (bytes; memory and disk both 0 disable JetStream)')
            [CompletionResult]::new('--leaf-conns', '--leaf-conns', [CompletionResultType]::ParameterName, 'Max leaf node connections')
            [CompletionResult]::new('--imports', '--imports', [CompletionResultType]::ParameterName, 'Max imports')
            [CompletionResult]::new('--exports', '--exports', [CompletionResultType]::ParameterName, 'Max exports')
            [CompletionResult]::new('--wildcard-exports', '--wildcard-exports', [CompletionResultType]::ParameterName, 'Allow wildcard exports')
            [CompletionResult]::new('--disallow-bearer', '--disallow-bearer', [CompletionResultType]::ParameterName, 'Refuse bearer-token users')
            [CompletionResult]::new('--js-streams', '--js-streams', [CompletionResultType]::ParameterName, 'JetStream max streams')
            [CompletionResult]::new('--js-consumer', '--js-consumer', [CompletionResultType]::ParameterName, 'JetStream max consumers')
            [CompletionResult]::new('--js-max-ack-pending', '--js-max-ack-pending', [CompletionResultType]::ParameterName, 'JetStream max ack pending')
            [CompletionResult]::new('--js-tier', '--js-tier', [CompletionResultType]::ParameterName, 'Apply the --js-* flags to this JetStream tier (R1, R3: tiered limits)')
            [CompletionResult]::new('--remove-signing-key', '--remove-signing-key', [CompletionResultType]::ParameterName, 'Remove this account signing key')
            [CompletionResult]::new('--sign-with', '--sign-with', [CompletionResultType]::ParameterName, 'Operator key that signs: `identity` or an operator signing key [default: newest signing key]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--add-signing-key', '--add-signing-key', [CompletionResultType]::ParameterName, 'Generate and add a new account signing key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;show' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;show' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--rm-keys', '--rm-keys', [CompletionResultType]::ParameterName, 'Also delete the seeds of the account and its users from the key directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--rm-keys', '--rm-keys', [CompletionResultType]::ParameterName, 'Also delete the seeds of the account and its users from the key directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--rm-keys', '--rm-keys', [CompletionResultType]::ParameterName, 'Also delete the seeds of the account and its users from the key directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--rm-keys', '--rm-keys', [CompletionResultType]::ParameterName, 'Also delete the seeds of the account and its users from the key directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;export' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an export and re-sign the account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an export and re-sign the account')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an export and re-sign the account')
            break
        }
        'pbctl;jwt;account;export;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Exported subject')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Export name [default: the subject]')
            [CompletionResult]::new('--response-type', '--response-type', [CompletionResultType]::ParameterName, 'Service response type: singleton, stream or chunked')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A service export (default: stream)')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'A stream export (the default)')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Private export (importers need an activation token)')
            [CompletionResult]::new('--advertise', '--advertise', [CompletionResultType]::ParameterName, 'Advertise the export (shown to importers by tooling)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;export;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;export;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;export' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an export and re-sign the account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an export and re-sign the account')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an export and re-sign the account')
            break
        }
        'pbctl;jwt;acct;export;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Exported subject')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Export name [default: the subject]')
            [CompletionResult]::new('--response-type', '--response-type', [CompletionResultType]::ParameterName, 'Service response type: singleton, stream or chunked')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A service export (default: stream)')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'A stream export (the default)')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Private export (importers need an activation token)')
            [CompletionResult]::new('--advertise', '--advertise', [CompletionResultType]::ParameterName, 'Advertise the export (shown to importers by tooling)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;export;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;export;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;import' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an import and re-sign the account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an import and re-sign the account')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an import and re-sign the account')
            break
        }
        'pbctl;jwt;account;import;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--from-account', '--from-account', [CompletionResultType]::ParameterName, 'Exporting account: a name in this store or a public key')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Subject in the exporting account')
            [CompletionResult]::new('--local-subject', '--local-subject', [CompletionResultType]::ParameterName, 'Local subject [default: the same]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Import name [default: the subject]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Activation token (JWT or file) for a private export')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A service import (default: stream)')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'A stream import (the default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;import;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;import;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;import' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an import and re-sign the account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an import and re-sign the account')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an import and re-sign the account')
            break
        }
        'pbctl;jwt;acct;import;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--from-account', '--from-account', [CompletionResultType]::ParameterName, 'Exporting account: a name in this store or a public key')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Subject in the exporting account')
            [CompletionResult]::new('--local-subject', '--local-subject', [CompletionResultType]::ParameterName, 'Local subject [default: the same]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Import name [default: the subject]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Activation token (JWT or file) for a private export')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A service import (default: stream)')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'A stream import (the default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;import;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;import;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;signing-key' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a signing key (scoped with --role) and re-sign the account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an account''s signing keys and their scopes')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List an account''s signing keys and their scopes')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a signing key (by public key or --role) and re-sign the account')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a signing key (by public key or --role) and re-sign the account')
            break
        }
        'pbctl;jwt;account;signing-key;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role name: makes the key scoped, with a template from the permission flags')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of the scope')
            [CompletionResult]::new('--allow-pub', '--allow-pub', [CompletionResultType]::ParameterName, 'Allow publishing to S (repeatable)')
            [CompletionResult]::new('--allow-sub', '--allow-sub', [CompletionResultType]::ParameterName, 'Allow subscribing to S (repeatable; "subject queue" for a queue group)')
            [CompletionResult]::new('--deny-pub', '--deny-pub', [CompletionResultType]::ParameterName, 'Deny publishing to S (repeatable)')
            [CompletionResult]::new('--deny-sub', '--deny-sub', [CompletionResultType]::ParameterName, 'Deny subscribing to S (repeatable)')
            [CompletionResult]::new('--allow-pubsub', '--allow-pubsub', [CompletionResultType]::ParameterName, 'Allow publishing and subscribing to S (repeatable)')
            [CompletionResult]::new('--allow-pub-response', '--allow-pub-response', [CompletionResultType]::ParameterName, 'Allow publishing to reply subjects of received requests (N responses, default 1)')
            [CompletionResult]::new('--response-ttl', '--response-ttl', [CompletionResultType]::ParameterName, 'Time allowed for responses, e.g. 5s (with --allow-pub-response)')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none')
            [CompletionResult]::new('--bearer', '--bearer', [CompletionResultType]::ParameterName, 'Bearer token: no nonce signature needed to connect [true|false]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag (repeatable)')
            [CompletionResult]::new('--source-network', '--source-network', [CompletionResultType]::ParameterName, 'Allowed source network, CIDR (repeatable)')
            [CompletionResult]::new('--conn-type', '--conn-type', [CompletionResultType]::ParameterName, 'Allowed connection type: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS')
            [CompletionResult]::new('--subs', '--subs', [CompletionResultType]::ParameterName, 'Max subscriptions (-1 unlimited)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Max data (bytes, -1 unlimited)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'Max message payload (bytes, -1 unlimited)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'Daily connect window HH:MM:SS-HH:MM:SS (repeatable; 24-hour clock)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Time zone of the --time windows, an IANA name such as Europe/Berlin [default: the server''s]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Not valid before (nbf): a duration from now (1h), a date, or RFC 3339')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;signing-key;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;signing-key;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;signing-key;remove' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (then the argument is the key)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (then the argument is the key)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Remove the scoped key of this role')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;signing-key;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (then the argument is the key)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (then the argument is the key)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Remove the scoped key of this role')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;signing-key' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a signing key (scoped with --role) and re-sign the account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an account''s signing keys and their scopes')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List an account''s signing keys and their scopes')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a signing key (by public key or --role) and re-sign the account')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a signing key (by public key or --role) and re-sign the account')
            break
        }
        'pbctl;jwt;acct;signing-key;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role name: makes the key scoped, with a template from the permission flags')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of the scope')
            [CompletionResult]::new('--allow-pub', '--allow-pub', [CompletionResultType]::ParameterName, 'Allow publishing to S (repeatable)')
            [CompletionResult]::new('--allow-sub', '--allow-sub', [CompletionResultType]::ParameterName, 'Allow subscribing to S (repeatable; "subject queue" for a queue group)')
            [CompletionResult]::new('--deny-pub', '--deny-pub', [CompletionResultType]::ParameterName, 'Deny publishing to S (repeatable)')
            [CompletionResult]::new('--deny-sub', '--deny-sub', [CompletionResultType]::ParameterName, 'Deny subscribing to S (repeatable)')
            [CompletionResult]::new('--allow-pubsub', '--allow-pubsub', [CompletionResultType]::ParameterName, 'Allow publishing and subscribing to S (repeatable)')
            [CompletionResult]::new('--allow-pub-response', '--allow-pub-response', [CompletionResultType]::ParameterName, 'Allow publishing to reply subjects of received requests (N responses, default 1)')
            [CompletionResult]::new('--response-ttl', '--response-ttl', [CompletionResultType]::ParameterName, 'Time allowed for responses, e.g. 5s (with --allow-pub-response)')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none')
            [CompletionResult]::new('--bearer', '--bearer', [CompletionResultType]::ParameterName, 'Bearer token: no nonce signature needed to connect [true|false]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag (repeatable)')
            [CompletionResult]::new('--source-network', '--source-network', [CompletionResultType]::ParameterName, 'Allowed source network, CIDR (repeatable)')
            [CompletionResult]::new('--conn-type', '--conn-type', [CompletionResultType]::ParameterName, 'Allowed connection type: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS')
            [CompletionResult]::new('--subs', '--subs', [CompletionResultType]::ParameterName, 'Max subscriptions (-1 unlimited)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Max data (bytes, -1 unlimited)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'Max message payload (bytes, -1 unlimited)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'Daily connect window HH:MM:SS-HH:MM:SS (repeatable; 24-hour clock)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Time zone of the --time windows, an IANA name such as Europe/Berlin [default: the server''s]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Not valid before (nbf): a duration from now (1h), a date, or RFC 3339')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;signing-key;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;signing-key;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;signing-key;remove' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (then the argument is the key)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (then the argument is the key)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Remove the scoped key of this role')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;signing-key;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (then the argument is the key)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (then the argument is the key)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Remove the scoped key of this role')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;mapping' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add destinations to a subject mapping and re-sign the account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the subject mappings of an account')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the subject mappings of an account')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a subject mapping (or one of its destinations) and re-sign the account')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a subject mapping (or one of its destinations) and re-sign the account')
            break
        }
        'pbctl;jwt;account;mapping;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Subject to map (may contain wildcards)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Destination subject (repeatable)')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Weight in percent of the matching --to (1-100)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster of the matching --to')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;mapping;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;mapping;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;mapping;remove' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The mapped subject')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only remove this destination')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;account;mapping;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The mapped subject')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only remove this destination')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;mapping' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add destinations to a subject mapping and re-sign the account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the subject mappings of an account')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the subject mappings of an account')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a subject mapping (or one of its destinations) and re-sign the account')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a subject mapping (or one of its destinations) and re-sign the account')
            break
        }
        'pbctl;jwt;acct;mapping;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Subject to map (may contain wildcards)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Destination subject (repeatable)')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Weight in percent of the matching --to (1-100)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster of the matching --to')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;mapping;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;mapping;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;mapping;remove' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The mapped subject')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only remove this destination')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;acct;mapping;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account name (the same as the ACCOUNT argument)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The mapped subject')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only remove this destination')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;user' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user (or many with --from) signed by the account')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user and re-sign (reissue) it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user''s claims')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user from the store')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a user from the store')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a user''s JWTs issued up to now (or --at) in the account JWT')
            [CompletionResult]::new('unrevoke', 'unrevoke', [CompletionResultType]::ParameterValue, 'Remove a user''s revocation from the account JWT')
            break
        }
        'pbctl;jwt;user;add' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account [default: the only account besides SYS]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account [default: the only account besides SYS]')
            [CompletionResult]::new('--allow-pub', '--allow-pub', [CompletionResultType]::ParameterName, 'Allow publishing to S (repeatable)')
            [CompletionResult]::new('--allow-sub', '--allow-sub', [CompletionResultType]::ParameterName, 'Allow subscribing to S (repeatable; "subject queue" for a queue group)')
            [CompletionResult]::new('--deny-pub', '--deny-pub', [CompletionResultType]::ParameterName, 'Deny publishing to S (repeatable)')
            [CompletionResult]::new('--deny-sub', '--deny-sub', [CompletionResultType]::ParameterName, 'Deny subscribing to S (repeatable)')
            [CompletionResult]::new('--allow-pubsub', '--allow-pubsub', [CompletionResultType]::ParameterName, 'Allow publishing and subscribing to S (repeatable)')
            [CompletionResult]::new('--allow-pub-response', '--allow-pub-response', [CompletionResultType]::ParameterName, 'Allow publishing to reply subjects of received requests (N responses, default 1)')
            [CompletionResult]::new('--response-ttl', '--response-ttl', [CompletionResultType]::ParameterName, 'Time allowed for responses, e.g. 5s (with --allow-pub-response)')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none')
            [CompletionResult]::new('--bearer', '--bearer', [CompletionResultType]::ParameterName, 'Bearer token: no nonce signature needed to connect [true|false]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag (repeatable)')
            [CompletionResult]::new('--source-network', '--source-network', [CompletionResultType]::ParameterName, 'Allowed source network, CIDR (repeatable)')
            [CompletionResult]::new('--conn-type', '--conn-type', [CompletionResultType]::ParameterName, 'Allowed connection type: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS')
            [CompletionResult]::new('--subs', '--subs', [CompletionResultType]::ParameterName, 'Max subscriptions (-1 unlimited)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Max data (bytes, -1 unlimited)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'Max message payload (bytes, -1 unlimited)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'Daily connect window HH:MM:SS-HH:MM:SS (repeatable; 24-hour clock)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Time zone of the --time windows, an IANA name such as Europe/Berlin [default: the server''s]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Not valid before (nbf): a duration from now (1h), a date, or RFC 3339')
            [CompletionResult]::new('--signing-key', '--signing-key', [CompletionResultType]::ParameterName, 'Issue the user with this signing key: a scoped key''s role, or a signing key''s public key')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Bulk: read users from FILE (JSON lines or a YAML/JSON list; - for stdin)')
            [CompletionResult]::new('--creds-dir', '--creds-dir', [CompletionResultType]::ParameterName, 'Write each user''s creds file into DIR/<account>/<user>.creds')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Signing threads for --from [default: number of CPUs]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace creds files that already exist in --creds-dir')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;user;edit' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--allow-pub', '--allow-pub', [CompletionResultType]::ParameterName, 'Allow publishing to S (repeatable)')
            [CompletionResult]::new('--allow-sub', '--allow-sub', [CompletionResultType]::ParameterName, 'Allow subscribing to S (repeatable; "subject queue" for a queue group)')
            [CompletionResult]::new('--deny-pub', '--deny-pub', [CompletionResultType]::ParameterName, 'Deny publishing to S (repeatable)')
            [CompletionResult]::new('--deny-sub', '--deny-sub', [CompletionResultType]::ParameterName, 'Deny subscribing to S (repeatable)')
            [CompletionResult]::new('--allow-pubsub', '--allow-pubsub', [CompletionResultType]::ParameterName, 'Allow publishing and subscribing to S (repeatable)')
            [CompletionResult]::new('--allow-pub-response', '--allow-pub-response', [CompletionResultType]::ParameterName, 'Allow publishing to reply subjects of received requests (N responses, default 1)')
            [CompletionResult]::new('--response-ttl', '--response-ttl', [CompletionResultType]::ParameterName, 'Time allowed for responses, e.g. 5s (with --allow-pub-response)')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none')
            [CompletionResult]::new('--bearer', '--bearer', [CompletionResultType]::ParameterName, 'Bearer token: no nonce signature needed to connect [true|false]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag (repeatable)')
            [CompletionResult]::new('--source-network', '--source-network', [CompletionResultType]::ParameterName, 'Allowed source network, CIDR (repeatable)')
            [CompletionResult]::new('--conn-type', '--conn-type', [CompletionResultType]::ParameterName, 'Allowed connection type: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS')
            [CompletionResult]::new('--subs', '--subs', [CompletionResultType]::ParameterName, 'Max subscriptions (-1 unlimited)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Max data (bytes, -1 unlimited)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'Max message payload (bytes, -1 unlimited)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'Daily connect window HH:MM:SS-HH:MM:SS (repeatable; 24-hour clock)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Time zone of the --time windows, an IANA name such as Europe/Berlin [default: the server''s]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Not valid before (nbf): a duration from now (1h), a date, or RFC 3339')
            [CompletionResult]::new('--signing-key', '--signing-key', [CompletionResultType]::ParameterName, 'Reissue with this signing key: a scoped key''s role, or a signing key''s public key')
            [CompletionResult]::new('--rm', '--rm', [CompletionResultType]::ParameterName, 'Remove subject S from every allow and deny list (repeatable)')
            [CompletionResult]::new('--rm-tag', '--rm-tag', [CompletionResultType]::ParameterName, 'Remove a tag')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--rm-time', '--rm-time', [CompletionResultType]::ParameterName, 'Remove every connect-time window')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;user;list' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Only this account [default: all accounts]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account [default: all accounts]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;user;ls' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Only this account [default: all accounts]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account [default: all accounts]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;user;show' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;user;delete' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Also revoke the user in the account JWT')
            [CompletionResult]::new('--rm-keys', '--rm-keys', [CompletionResultType]::ParameterName, 'Also delete the user''s seed from the key directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;user;rm' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Also revoke the user in the account JWT')
            [CompletionResult]::new('--rm-keys', '--rm-keys', [CompletionResultType]::ParameterName, 'Also delete the user''s seed from the key directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;user;revoke' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Revoke JWTs issued at or before TIME (RFC 3339 or Unix seconds) [default: now]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;user;unrevoke' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;creds' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the only account besides SYS]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write to FILE (mode 0600) instead of stdout; - for stdout')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE (mode 0600) instead of stdout; - for stdout')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;describe' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--no-jti-check', '--no-jti-check', [CompletionResultType]::ParameterName, 'Do not require the jti to be the hash of the claims (nats-jwt for JavaScript uses random ids; servers do not check it)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;validate' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;server-config' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--resolver', '--resolver', [CompletionResultType]::ParameterName, 'Resolver type')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Resolver directory (full and cache) [default: ./jwt]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write the config to FILE instead of stdout')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the config to FILE instead of stdout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Add `listen: HOST:PORT`')
            [CompletionResult]::new('--server-name', '--server-name', [CompletionResultType]::ParameterName, 'Add `server_name: NAME`')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--hard-delete', '--hard-delete', [CompletionResultType]::ParameterName, 'Full resolver: remove deleted JWTs instead of renaming them (server 2.9.16+)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;push' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--nats-url', '--nats-url', [CompletionResultType]::ParameterName, 'NATS URL(s), comma-separated')
            [CompletionResult]::new('--system-creds', '--system-creds', [CompletionResultType]::ParameterName, 'Creds of a system account user')
            [CompletionResult]::new('--servers', '--servers', [CompletionResultType]::ParameterName, 'Stop waiting once every account has N replies [default: the servers the system reports]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Push every account')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete from the resolvers the accounts that are not in the store ($SYS.REQ.CLAIMS.DELETE)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Push even untrusted, expired or invalid account JWTs')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be pushed and pruned, without changing anything')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;pull' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--nats-url', '--nats-url', [CompletionResultType]::ParameterName, 'NATS URL(s), comma-separated')
            [CompletionResult]::new('--system-creds', '--system-creds', [CompletionResultType]::ParameterName, 'Creds of a system account user')
            [CompletionResult]::new('--servers', '--servers', [CompletionResultType]::ParameterName, 'Stop waiting once N servers replied')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--write', '--write', [CompletionResultType]::ParameterName, 'Store the resolver''s account JWTs that are newer (by iat) than the store''s, and the accounts only the resolver has')
            [CompletionResult]::new('--overwrite-newer', '--overwrite-newer', [CompletionResultType]::ParameterName, 'With --write, also replace store JWTs that are newer than the resolver''s')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;import-nsc' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--keys', '--keys', [CompletionResultType]::ParameterName, 'nsc key store directory')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace entries that already exist in the store')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;activation' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Sign an activation letting another account import a private export; prints the JWT')
            break
        }
        'pbctl;jwt;activation;create' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Exporting account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Exporting account')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The exported subject (or a narrower subject of it)')
            [CompletionResult]::new('--target-account', '--target-account', [CompletionResultType]::ParameterName, 'Importing account: a name in this store or a public key (A...)')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'Expiry: a duration from now (30d) or a date (2027-01-31, RFC 3339)')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write the token to FILE instead of stdout')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the token to FILE instead of stdout')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;keys' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the operator''s JWTs and seeds to a passphrase-encrypted (age) bundle')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a bundle written by `jwt keys export` into the store')
            break
        }
        'pbctl;jwt;keys;export' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'The bundle file to write (mode 0600)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The bundle file to write (mode 0600)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Only these accounts (repeatable)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only these accounts (repeatable)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of stdin')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;keys;import' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of stdin')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace accounts and users the store has in other versions')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;context' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Account of the user')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account of the user')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--nats-url', '--nats-url', [CompletionResultType]::ParameterName, 'NATS URL(s), comma-separated [default: the operator''s service URLs]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;jwt;check' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--expiring', '--expiring', [CompletionResultType]::ParameterName, 'Also list what expires within this duration (e.g. 7d, 12h)')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Also check these creds files (repeatable)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;completion' {
            $pbctlGlobalFlags
            [CompletionResult]::new('--static', '--static', [CompletionResultType]::ParameterName, 'A self-contained script without dynamic candidates')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pbctl;help' {
            $pbctlGlobalFlags
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
