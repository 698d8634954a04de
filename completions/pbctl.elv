
use builtin;
use str;

set edit:completion:arg-completer[pbctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    fn global-flags {
        cand --context 'Use this context for one command; a comma list or a glob (''prod-*'') runs it on each (fleet mode) [env: PBCTL_CONTEXT]'
        cand -l 'Run on the contexts whose labels match, e.g. ''env=prod,region in (eu,us)'' (fleet mode)'
        cand --selector 'Run on the contexts whose labels match, e.g. ''env=prod,region in (eu,us)'' (fleet mode)'
        cand --parallel 'Fleet mode: how many contexts run at once [default: 8]'
        cand --config 'Config file (default $PBCTL_CONFIG_DIR/config.yaml)'
        cand -o 'Output format: table, wide, json, yaml, jsonl, name'
        cand --output 'Output format: table, wide, json, yaml, jsonl, name'
        cand --jq 'Filter the JSON result with a jq expression; prints one JSON value per line'
        cand --color 'When to use colors: auto, always, never'
        cand --timeout 'Timeout of each attempt of a request (GET, HEAD and DELETE are retried 3 times), e.g. 30s, 2m'
        cand -A 'Run on every context (fleet mode)'
        cand --all-contexts 'Run on every context (fleet mode)'
        cand --fail-fast 'Fleet mode: start no new context after the first failure'
        cand --raw 'With --jq: print strings without quotes'
        cand -q 'No progress or status lines on stderr'
        cand --quiet 'No progress or status lines on stderr'
        cand -v '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
        cand --verbose '-v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]'
        cand -y 'Answer yes to confirmations'
        cand --yes 'Answer yes to confirmations'
        cand --no-input 'Never prompt [env: PBCTL_NO_INPUT=1]'
    }
    var command = 'pbctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'pbctl'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand context 'Manage contexts: named PocketBase servers such as dev, staging and prod'
            cand ctx 'Manage contexts: named PocketBase servers such as dev, staging and prod'
            cand auth 'Log in to PocketBase and manage the stored token'
            cand record 'Read and change the records of any collection'
            cand rec 'Read and change the records of any collection'
            cand r 'Read and change the records of any collection'
            cand collection 'Collection schemas: list, export, apply, diff, delete, truncate'
            cand col 'Collection schemas: list, export, apply, diff, delete, truncate'
            cand backup 'Create, list, download, upload, restore, copy and prune backups'
            cand bk 'Create, list, download, upload, restore, copy and prune backups'
            cand nats 'Manage NATS operators, accounts, roles and users kept in PocketBase (pb-nats)'
            cand settings 'Read and change the server settings'
            cand health 'Check the server: reachable, latency, version, whether the token works, canBackup'
            cand api 'Send a raw request to the server with the context''s token and print the body'
            cand apply 'Make the server match the files: settings, collections, NATS accounts, roles, users'
            cand diff 'Show what `apply` would change; exit 0 when nothing, 1 when something'
            cand export 'Write the server''s settings, collections and NATS tenancy as documents for `apply`'
            cand jwt 'Mint NATS JWTs and creds offline from a local key store, and push them (like nsc)'
            cand completion 'Print a shell completion script'
            cand help 'Show help for a command, or one of the topics: exit-codes, environment, output, filters'
        }
        &'pbctl;context'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a context'
            cand list 'List contexts (the current one is marked *); -l, a glob or a list filters them'
            cand ls 'List contexts (the current one is marked *); -l, a glob or a list filters them'
            cand use 'Switch the current context; `-` returns to the previous one'
            cand current 'Print the current context name'
            cand show 'Show a context''s settings and auth status (never the token)'
            cand set 'Change settings of a context'
            cand rename 'Rename a context (its stored token moves with it)'
            cand label 'Set or remove labels of a context: KEY=VALUE sets, KEY- removes'
            cand delete 'Delete contexts and their stored tokens'
            cand rm 'Delete contexts and their stored tokens'
            cand import-pb-cli 'Import pb-cli''s contexts (~/.config/pb) with their tokens'
        }
        &'pbctl;ctx'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a context'
            cand list 'List contexts (the current one is marked *); -l, a glob or a list filters them'
            cand ls 'List contexts (the current one is marked *); -l, a glob or a list filters them'
            cand use 'Switch the current context; `-` returns to the previous one'
            cand current 'Print the current context name'
            cand show 'Show a context''s settings and auth status (never the token)'
            cand set 'Change settings of a context'
            cand rename 'Rename a context (its stored token moves with it)'
            cand label 'Set or remove labels of a context: KEY=VALUE sets, KEY- removes'
            cand delete 'Delete contexts and their stored tokens'
            cand rm 'Delete contexts and their stored tokens'
            cand import-pb-cli 'Import pb-cli''s contexts (~/.config/pb) with their tokens'
        }
        &'pbctl;context;add'= {
            global-flags
            cand --url 'Server base URL (http or https)'
            cand --auth-collection 'Auth collection to log in to [default: _superusers]'
            cand --identity 'Default identity (email or username) for `auth login`'
            cand --ca-file 'CA certificate (PEM) to trust for this server'
            cand --nats-url 'NATS server URL for this environment'
            cand --nats-creds 'NATS creds file (system account user) for this environment'
            cand --description 'Free text shown by `context list -o wide`'
            cand --label 'A label for fleet selectors (-l), e.g. env=prod; repeat for several'
            cand --insecure-skip-verify 'Skip TLS certificate verification (warns on every use)'
            cand --use 'Make it the current context'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;ctx;add'= {
            global-flags
            cand --url 'Server base URL (http or https)'
            cand --auth-collection 'Auth collection to log in to [default: _superusers]'
            cand --identity 'Default identity (email or username) for `auth login`'
            cand --ca-file 'CA certificate (PEM) to trust for this server'
            cand --nats-url 'NATS server URL for this environment'
            cand --nats-creds 'NATS creds file (system account user) for this environment'
            cand --description 'Free text shown by `context list -o wide`'
            cand --label 'A label for fleet selectors (-l), e.g. env=prod; repeat for several'
            cand --insecure-skip-verify 'Skip TLS certificate verification (warns on every use)'
            cand --use 'Make it the current context'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;context;list'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;context;ls'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;ctx;list'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;ctx;ls'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;context;use'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;ctx;use'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;context;current'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;ctx;current'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;context;show'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;ctx;show'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;context;set'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;ctx;set'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;context;rename'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;ctx;rename'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;context;label'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;ctx;label'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;context;delete'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;context;rm'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;ctx;delete'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;ctx;rm'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;context;import-pb-cli'= {
            global-flags
            cand --overwrite 'Replace contexts that already exist'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;ctx;import-pb-cli'= {
            global-flags
            cand --overwrite 'Replace contexts that already exist'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;auth'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
            cand login 'Log in with a password (and a one-time password when MFA is on), or store a token'
            cand api-token 'Mint a long-lived, non-refreshable token (PocketBase impersonate API)'
            cand status 'Who is logged in, to which collection, until when, and where the token is stored'
            cand whoami 'Who is logged in, to which collection, until when, and where the token is stored'
            cand token 'Print the current token (refreshed if needed), for scripts'
            cand logout 'Forget the stored token of the context'
        }
        &'pbctl;auth;login'= {
            global-flags
            cand --identity 'Email or username [default: the context''s identity]'
            cand --collection 'Auth collection [default: the context''s, else _superusers]'
            cand --otp-id 'Use this OTP id (from `pocketbase superuser otp` or an earlier request) instead of requesting one'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --otp-stdin 'Read the one-time password (MFA) from the next line of stdin'
            cand --token-stdin 'Store a token read from stdin instead of logging in'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;auth;api-token'= {
            global-flags
            cand --duration 'Lifetime, e.g. 1h, 30d, 365d'
            cand --collection 'Auth collection of the record [default: the logged-in one]'
            cand --record 'Record id to impersonate [default: the logged-in record]'
            cand --save 'Store it as this context''s token instead of printing it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;auth;status'= {
            global-flags
            cand --check 'Also ask the server whether the token works (refreshes it)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;auth;whoami'= {
            global-flags
            cand --check 'Also ask the server whether the token works (refreshes it)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;auth;token'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;auth;logout'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;record'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List records (30 by default; --all streams every record)'
            cand ls 'List records (30 by default; --all streams every record)'
            cand get 'Show one record, or download its files with --download'
            cand create 'Create a record from KEY=VALUE / KEY:=JSON pairs, a JSON or YAML file, and files'
            cand update 'Change a record (PATCH): KEY=VALUE, KEY:=JSON, KEY+=VALUE (append/add), KEY-=VALUE (remove)'
            cand delete 'Delete records by id, or every record matching --filter or --all (those ask first)'
            cand rm 'Delete records by id, or every record matching --filter or --all (those ask first)'
            cand count 'Count the records matching a filter'
            cand import 'Bulk-load records from JSON lines, a JSON array or CSV'
            cand export 'Export records as JSON lines, JSON or CSV (streamed; constant memory)'
            cand watch 'Print realtime events (create, update, delete) as JSON lines until interrupted'
        }
        &'pbctl;rec'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List records (30 by default; --all streams every record)'
            cand ls 'List records (30 by default; --all streams every record)'
            cand get 'Show one record, or download its files with --download'
            cand create 'Create a record from KEY=VALUE / KEY:=JSON pairs, a JSON or YAML file, and files'
            cand update 'Change a record (PATCH): KEY=VALUE, KEY:=JSON, KEY+=VALUE (append/add), KEY-=VALUE (remove)'
            cand delete 'Delete records by id, or every record matching --filter or --all (those ask first)'
            cand rm 'Delete records by id, or every record matching --filter or --all (those ask first)'
            cand count 'Count the records matching a filter'
            cand import 'Bulk-load records from JSON lines, a JSON array or CSV'
            cand export 'Export records as JSON lines, JSON or CSV (streamed; constant memory)'
            cand watch 'Print realtime events (create, update, delete) as JSON lines until interrupted'
        }
        &'pbctl;r'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List records (30 by default; --all streams every record)'
            cand ls 'List records (30 by default; --all streams every record)'
            cand get 'Show one record, or download its files with --download'
            cand create 'Create a record from KEY=VALUE / KEY:=JSON pairs, a JSON or YAML file, and files'
            cand update 'Change a record (PATCH): KEY=VALUE, KEY:=JSON, KEY+=VALUE (append/add), KEY-=VALUE (remove)'
            cand delete 'Delete records by id, or every record matching --filter or --all (those ask first)'
            cand rm 'Delete records by id, or every record matching --filter or --all (those ask first)'
            cand count 'Count the records matching a filter'
            cand import 'Bulk-load records from JSON lines, a JSON array or CSV'
            cand export 'Export records as JSON lines, JSON or CSV (streamed; constant memory)'
            cand watch 'Print realtime events (create, update, delete) as JSON lines until interrupted'
        }
        &'pbctl;record;list'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --sort 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)'
            cand --expand 'Relations to expand (e.g. author,comments_via_post)'
            cand --fields 'Only these fields, in this order (e.g. id,title,expand.author.name)'
            cand --limit 'At most this many records [default: 30]; with --page, the records per page'
            cand --page 'Page number (1-based), of --limit (or --per-page) records'
            cand --per-page 'Records per page (max 1000)'
            cand --all 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)'
            cand --show-seeds 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;record;ls'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --sort 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)'
            cand --expand 'Relations to expand (e.g. author,comments_via_post)'
            cand --fields 'Only these fields, in this order (e.g. id,title,expand.author.name)'
            cand --limit 'At most this many records [default: 30]; with --page, the records per page'
            cand --page 'Page number (1-based), of --limit (or --per-page) records'
            cand --per-page 'Records per page (max 1000)'
            cand --all 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)'
            cand --show-seeds 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;rec;list'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --sort 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)'
            cand --expand 'Relations to expand (e.g. author,comments_via_post)'
            cand --fields 'Only these fields, in this order (e.g. id,title,expand.author.name)'
            cand --limit 'At most this many records [default: 30]; with --page, the records per page'
            cand --page 'Page number (1-based), of --limit (or --per-page) records'
            cand --per-page 'Records per page (max 1000)'
            cand --all 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)'
            cand --show-seeds 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;rec;ls'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --sort 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)'
            cand --expand 'Relations to expand (e.g. author,comments_via_post)'
            cand --fields 'Only these fields, in this order (e.g. id,title,expand.author.name)'
            cand --limit 'At most this many records [default: 30]; with --page, the records per page'
            cand --page 'Page number (1-based), of --limit (or --per-page) records'
            cand --per-page 'Records per page (max 1000)'
            cand --all 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)'
            cand --show-seeds 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;r;list'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --sort 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)'
            cand --expand 'Relations to expand (e.g. author,comments_via_post)'
            cand --fields 'Only these fields, in this order (e.g. id,title,expand.author.name)'
            cand --limit 'At most this many records [default: 30]; with --page, the records per page'
            cand --page 'Page number (1-based), of --limit (or --per-page) records'
            cand --per-page 'Records per page (max 1000)'
            cand --all 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)'
            cand --show-seeds 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;r;ls'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --sort 'Sort: comma-separated fields, `-` for descending (e.g. -created,title)'
            cand --expand 'Relations to expand (e.g. author,comments_via_post)'
            cand --fields 'Only these fields, in this order (e.g. id,title,expand.author.name)'
            cand --limit 'At most this many records [default: 30]; with --page, the records per page'
            cand --page 'Page number (1-based), of --limit (or --per-page) records'
            cand --per-page 'Records per page (max 1000)'
            cand --all 'Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)'
            cand --show-seeds 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;record;get'= {
            global-flags
            cand --expand 'Relations to expand'
            cand --fields 'Only these fields, in this order (e.g. id,title)'
            cand --download 'Download the files of this file field'
            cand -O 'Directory for --download [default: .]'
            cand --out 'Directory for --download [default: .]'
            cand --force 'Replace files that already exist in DIR'
            cand --show-seeds 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;rec;get'= {
            global-flags
            cand --expand 'Relations to expand'
            cand --fields 'Only these fields, in this order (e.g. id,title)'
            cand --download 'Download the files of this file field'
            cand -O 'Directory for --download [default: .]'
            cand --out 'Directory for --download [default: .]'
            cand --force 'Replace files that already exist in DIR'
            cand --show-seeds 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;r;get'= {
            global-flags
            cand --expand 'Relations to expand'
            cand --fields 'Only these fields, in this order (e.g. id,title)'
            cand --download 'Download the files of this file field'
            cand -O 'Directory for --download [default: .]'
            cand --out 'Directory for --download [default: .]'
            cand --force 'Replace files that already exist in DIR'
            cand --show-seeds 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;record;create'= {
            global-flags
            cand -f 'A JSON or YAML object with the fields, or - for stdin'
            cand --from-file 'A JSON or YAML object with the fields, or - for stdin'
            cand --file 'Upload a file to a file field (repeat for several files)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;rec;create'= {
            global-flags
            cand -f 'A JSON or YAML object with the fields, or - for stdin'
            cand --from-file 'A JSON or YAML object with the fields, or - for stdin'
            cand --file 'Upload a file to a file field (repeat for several files)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;r;create'= {
            global-flags
            cand -f 'A JSON or YAML object with the fields, or - for stdin'
            cand --from-file 'A JSON or YAML object with the fields, or - for stdin'
            cand --file 'Upload a file to a file field (repeat for several files)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;record;update'= {
            global-flags
            cand -f 'A JSON or YAML object with the fields, or - for stdin'
            cand --from-file 'A JSON or YAML object with the fields, or - for stdin'
            cand --file 'Upload a file to a file field; FIELD+=PATH appends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;rec;update'= {
            global-flags
            cand -f 'A JSON or YAML object with the fields, or - for stdin'
            cand --from-file 'A JSON or YAML object with the fields, or - for stdin'
            cand --file 'Upload a file to a file field; FIELD+=PATH appends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;r;update'= {
            global-flags
            cand -f 'A JSON or YAML object with the fields, or - for stdin'
            cand --from-file 'A JSON or YAML object with the fields, or - for stdin'
            cand --file 'Upload a file to a file field; FIELD+=PATH appends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;record;delete'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --all 'Delete every record of the collection'
            cand --dry-run 'List what would be deleted and delete nothing (asks nothing)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;record;rm'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --all 'Delete every record of the collection'
            cand --dry-run 'List what would be deleted and delete nothing (asks nothing)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;rec;delete'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --all 'Delete every record of the collection'
            cand --dry-run 'List what would be deleted and delete nothing (asks nothing)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;rec;rm'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --all 'Delete every record of the collection'
            cand --dry-run 'List what would be deleted and delete nothing (asks nothing)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;r;delete'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --all 'Delete every record of the collection'
            cand --dry-run 'List what would be deleted and delete nothing (asks nothing)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;r;rm'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --all 'Delete every record of the collection'
            cand --dry-run 'List what would be deleted and delete nothing (asks nothing)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;record;count'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;rec;count'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;r;count'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;record;import'= {
            global-flags
            cand -f 'Input file, or - for stdin'
            cand --from-file 'Input file, or - for stdin'
            cand --format 'jsonl, json or csv [default: from the file extension, else jsonl]'
            cand --batch-size 'Records per batch request [default: the server''s batch.maxRequests, at most 1000]'
            cand --concurrency 'Requests in flight [default: 4 batches, or 16 single requests]'
            cand --on-error 'On a failed row: stop reading (default; the rows sent with it in one batch are still imported) or skip it and go on'
            cand --errors 'Write the failed rows (line, error, record) to FILE as JSON lines'
            cand --from-line 'Start at this input line: rows on earlier lines are skipped (resume an import that stopped; the error names the line)'
            cand --upsert 'Rows with an `id` update the existing record (or create it)'
            cand --force 'Replace the --errors FILE if it exists'
            cand --dry-run 'Validate every row against the schema and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;rec;import'= {
            global-flags
            cand -f 'Input file, or - for stdin'
            cand --from-file 'Input file, or - for stdin'
            cand --format 'jsonl, json or csv [default: from the file extension, else jsonl]'
            cand --batch-size 'Records per batch request [default: the server''s batch.maxRequests, at most 1000]'
            cand --concurrency 'Requests in flight [default: 4 batches, or 16 single requests]'
            cand --on-error 'On a failed row: stop reading (default; the rows sent with it in one batch are still imported) or skip it and go on'
            cand --errors 'Write the failed rows (line, error, record) to FILE as JSON lines'
            cand --from-line 'Start at this input line: rows on earlier lines are skipped (resume an import that stopped; the error names the line)'
            cand --upsert 'Rows with an `id` update the existing record (or create it)'
            cand --force 'Replace the --errors FILE if it exists'
            cand --dry-run 'Validate every row against the schema and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;r;import'= {
            global-flags
            cand -f 'Input file, or - for stdin'
            cand --from-file 'Input file, or - for stdin'
            cand --format 'jsonl, json or csv [default: from the file extension, else jsonl]'
            cand --batch-size 'Records per batch request [default: the server''s batch.maxRequests, at most 1000]'
            cand --concurrency 'Requests in flight [default: 4 batches, or 16 single requests]'
            cand --on-error 'On a failed row: stop reading (default; the rows sent with it in one batch are still imported) or skip it and go on'
            cand --errors 'Write the failed rows (line, error, record) to FILE as JSON lines'
            cand --from-line 'Start at this input line: rows on earlier lines are skipped (resume an import that stopped; the error names the line)'
            cand --upsert 'Rows with an `id` update the existing record (or create it)'
            cand --force 'Replace the --errors FILE if it exists'
            cand --dry-run 'Validate every row against the schema and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;record;export'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --sort 'Sort: comma-separated fields, `-` for descending'
            cand --fields 'Only these fields, in this order (e.g. id,title,views)'
            cand --expand 'Relations to expand'
            cand -O 'Write to FILE (via FILE.part, renamed when complete) instead of stdout'
            cand --out 'Write to FILE (via FILE.part, renamed when complete) instead of stdout'
            cand --format 'jsonl, json or csv [default: from the file extension, else jsonl]'
            cand --force 'Replace FILE if it exists'
            cand --show-seeds 'Export the seeds, private keys and creds of pb-nats records (left out by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;rec;export'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --sort 'Sort: comma-separated fields, `-` for descending'
            cand --fields 'Only these fields, in this order (e.g. id,title,views)'
            cand --expand 'Relations to expand'
            cand -O 'Write to FILE (via FILE.part, renamed when complete) instead of stdout'
            cand --out 'Write to FILE (via FILE.part, renamed when complete) instead of stdout'
            cand --format 'jsonl, json or csv [default: from the file extension, else jsonl]'
            cand --force 'Replace FILE if it exists'
            cand --show-seeds 'Export the seeds, private keys and creds of pb-nats records (left out by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;r;export'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --sort 'Sort: comma-separated fields, `-` for descending'
            cand --fields 'Only these fields, in this order (e.g. id,title,views)'
            cand --expand 'Relations to expand'
            cand -O 'Write to FILE (via FILE.part, renamed when complete) instead of stdout'
            cand --out 'Write to FILE (via FILE.part, renamed when complete) instead of stdout'
            cand --format 'jsonl, json or csv [default: from the file extension, else jsonl]'
            cand --force 'Replace FILE if it exists'
            cand --show-seeds 'Export the seeds, private keys and creds of pb-nats records (left out by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;record;watch'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --fields 'Only these fields of each record'
            cand --expand 'Relations to expand'
            cand --count 'Exit after N events'
            cand --show-seeds 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;rec;watch'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --fields 'Only these fields of each record'
            cand --expand 'Relations to expand'
            cand --count 'Exit after N events'
            cand --show-seeds 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;r;watch'= {
            global-flags
            cand --filter 'PocketBase filter, e.g. ''views > 5 && title ~ {:q}'' (see `pbctl help filters`)'
            cand --param 'Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped for you) or NAME:=JSON (a number, true/false or null)'
            cand --fields 'Only these fields of each record'
            cand --expand 'Relations to expand'
            cand --count 'Exit after N events'
            cand --show-seeds 'Show the seeds, private keys and creds of pb-nats records (hidden by default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;collection'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List collections: name, type, field count (record count with -o wide)'
            cand ls 'List collections: name, type, field count (record count with -o wide)'
            cand get 'Show a collection''s full definition (fields, rules, indexes)'
            cand export 'Write collection definitions as a YAML (default) or JSON document for `apply`'
            cand apply 'Make the server''s collections match a file (prints the plan first)'
            cand diff 'Show the differences between the server and a file; exit 0 none, 1 differences'
            cand delete 'Delete a collection and all its records (asks first)'
            cand rm 'Delete a collection and all its records (asks first)'
            cand truncate 'Delete every record of a collection, keeping the collection (asks first)'
        }
        &'pbctl;col'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List collections: name, type, field count (record count with -o wide)'
            cand ls 'List collections: name, type, field count (record count with -o wide)'
            cand get 'Show a collection''s full definition (fields, rules, indexes)'
            cand export 'Write collection definitions as a YAML (default) or JSON document for `apply`'
            cand apply 'Make the server''s collections match a file (prints the plan first)'
            cand diff 'Show the differences between the server and a file; exit 0 none, 1 differences'
            cand delete 'Delete a collection and all its records (asks first)'
            cand rm 'Delete a collection and all its records (asks first)'
            cand truncate 'Delete every record of a collection, keeping the collection (asks first)'
        }
        &'pbctl;collection;list'= {
            global-flags
            cand --system 'Include system collections (_superusers, _mfas, ...)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;collection;ls'= {
            global-flags
            cand --system 'Include system collections (_superusers, _mfas, ...)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;col;list'= {
            global-flags
            cand --system 'Include system collections (_superusers, _mfas, ...)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;col;ls'= {
            global-flags
            cand --system 'Include system collections (_superusers, _mfas, ...)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;collection;get'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;col;get'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;collection;export'= {
            global-flags
            cand -O 'Write to FILE instead of stdout'
            cand --out 'Write to FILE instead of stdout'
            cand --format 'yaml or json [default: from the file extension, else yaml]'
            cand --force 'Replace FILE if it exists'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;col;export'= {
            global-flags
            cand -O 'Write to FILE instead of stdout'
            cand --out 'Write to FILE instead of stdout'
            cand --format 'yaml or json [default: from the file extension, else yaml]'
            cand --force 'Replace FILE if it exists'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;collection;apply'= {
            global-flags
            cand -f 'The document (YAML or JSON), or - for stdin'
            cand --from-file 'The document (YAML or JSON), or - for stdin'
            cand --prune 'Also delete the non-system collections that the file does not list'
            cand --dry-run 'Print the plan and change nothing'
            cand --allow-data-loss 'Allow changes that drop fields or collections holding data'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;col;apply'= {
            global-flags
            cand -f 'The document (YAML or JSON), or - for stdin'
            cand --from-file 'The document (YAML or JSON), or - for stdin'
            cand --prune 'Also delete the non-system collections that the file does not list'
            cand --dry-run 'Print the plan and change nothing'
            cand --allow-data-loss 'Allow changes that drop fields or collections holding data'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;collection;diff'= {
            global-flags
            cand -f 'The document (YAML or JSON), or - for stdin'
            cand --from-file 'The document (YAML or JSON), or - for stdin'
            cand --prune 'Also report the non-system collections that the file does not list'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;col;diff'= {
            global-flags
            cand -f 'The document (YAML or JSON), or - for stdin'
            cand --from-file 'The document (YAML or JSON), or - for stdin'
            cand --prune 'Also report the non-system collections that the file does not list'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;collection;delete'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;collection;rm'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;col;delete'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;col;rm'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;collection;truncate'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;col;truncate'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;backup'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List backups, newest first'
            cand ls 'List backups, newest first'
            cand create 'Create a backup and print its key (waits until the server has written it)'
            cand download 'Download a backup (streamed to PATH.part, size checked, renamed, mode 0600)'
            cand upload 'Upload a backup file (streamed; the backup key is --name or the file''s name)'
            cand restore 'Restore a backup: replaces ALL data of the server, which then restarts'
            cand delete 'Delete backups (asks first; --yes without a terminal)'
            cand rm 'Delete backups (asks first; --yes without a terminal)'
            cand copy 'Copy a backup to another context''s server (streamed), optionally restoring it there'
            cand prune 'Delete all but the newest N backups (by modification time)'
        }
        &'pbctl;bk'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List backups, newest first'
            cand ls 'List backups, newest first'
            cand create 'Create a backup and print its key (waits until the server has written it)'
            cand download 'Download a backup (streamed to PATH.part, size checked, renamed, mode 0600)'
            cand upload 'Upload a backup file (streamed; the backup key is --name or the file''s name)'
            cand restore 'Restore a backup: replaces ALL data of the server, which then restarts'
            cand delete 'Delete backups (asks first; --yes without a terminal)'
            cand rm 'Delete backups (asks first; --yes without a terminal)'
            cand copy 'Copy a backup to another context''s server (streamed), optionally restoring it there'
            cand prune 'Delete all but the newest N backups (by modification time)'
        }
        &'pbctl;backup;list'= {
            global-flags
            cand --prefix 'Only backups whose key starts with P'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;backup;ls'= {
            global-flags
            cand --prefix 'Only backups whose key starts with P'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;bk;list'= {
            global-flags
            cand --prefix 'Only backups whose key starts with P'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;bk;ls'= {
            global-flags
            cand --prefix 'Only backups whose key starts with P'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;backup;create'= {
            global-flags
            cand --wait-timeout 'How long to wait for a busy server and for the backup to be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;bk;create'= {
            global-flags
            cand --wait-timeout 'How long to wait for a busy server and for the backup to be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;backup;download'= {
            global-flags
            cand -O 'Destination file or directory, or `-` for stdout [default: ./NAME]'
            cand --out 'Destination file or directory, or `-` for stdout [default: ./NAME]'
            cand --force 'Replace an existing file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;bk;download'= {
            global-flags
            cand -O 'Destination file or directory, or `-` for stdout [default: ./NAME]'
            cand --out 'Destination file or directory, or `-` for stdout [default: ./NAME]'
            cand --force 'Replace an existing file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;backup;upload'= {
            global-flags
            cand --name 'Backup key on the server [default: the file''s name]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;bk;upload'= {
            global-flags
            cand --name 'Backup key on the server [default: the file''s name]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;backup;restore'= {
            global-flags
            cand --wait-timeout 'How long to wait for the restored server to come back'
            cand --dead-after 'Give up when connections stay refused this long (the server died on start)'
            cand --no-wait 'Return once the server has accepted the restore'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;bk;restore'= {
            global-flags
            cand --wait-timeout 'How long to wait for the restored server to come back'
            cand --dead-after 'Give up when connections stay refused this long (the server died on start)'
            cand --no-wait 'Return once the server has accepted the restore'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;backup;delete'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;backup;rm'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;bk;delete'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;bk;rm'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;backup;copy'= {
            global-flags
            cand --to 'The context to copy to'
            cand --name 'Backup key on the target [default: the source''s key]'
            cand --wait-timeout 'How long to wait for the restored server to come back'
            cand --dead-after 'Give up when connections stay refused this long (the server died on start)'
            cand --force 'Replace the target''s backup of that key (deleted before the copy)'
            cand --restore 'Restore the target server from the copy'
            cand --no-wait 'Return once the server has accepted the restore'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;bk;copy'= {
            global-flags
            cand --to 'The context to copy to'
            cand --name 'Backup key on the target [default: the source''s key]'
            cand --wait-timeout 'How long to wait for the restored server to come back'
            cand --dead-after 'Give up when connections stay refused this long (the server died on start)'
            cand --force 'Replace the target''s backup of that key (deleted before the copy)'
            cand --restore 'Restore the target server from the copy'
            cand --no-wait 'Return once the server has accepted the restore'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;backup;prune'= {
            global-flags
            cand --keep 'How many of the newest matching backups to keep'
            cand --prefix 'Only consider backups whose key starts with P'
            cand --dry-run 'Show what would be deleted, delete nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;bk;prune'= {
            global-flags
            cand --keep 'How many of the newest matching backups to keep'
            cand --prefix 'Only consider backups whose key starts with P'
            cand --dry-run 'Show what would be deleted, delete nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand bootstrap 'Create pb-nats'' collections, the operator, SYS, system_admin and sys (idempotent)'
            cand status 'Mode, operator, system account, counts; drift against NATS when it is reachable'
            cand server-config 'Write operator.jwt and a nats-server config that trusts this control plane'
            cand account 'NATS accounts (nats_accounts)'
            cand role 'NATS roles: permission templates for users (nats_roles)'
            cand user 'NATS users (nats_users)'
            cand sync 'Push every active account JWT to NATS; --prune deletes inactive or vanished ones'
        }
        &'pbctl;nats;bootstrap'= {
            global-flags
            cand --operator-name 'Operator name (pb-nats'' default: stone-age.io)'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;status'= {
            global-flags
            cand --nats-url 'NATS server URL [default: the context''s nats.url]'
            cand --creds 'System-account creds file [default: the context''s nats.creds, else the sys user''s]'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;server-config'= {
            global-flags
            cand -O 'Directory to write operator.jwt and nats.conf into'
            cand --out 'Directory to write operator.jwt and nats.conf into'
            cand --listen '`listen` address (host:port)'
            cand --resolver-dir 'Resolver directory [default: DIR/jwt, or ./jwt]'
            cand --server-name '`server_name`'
            cand --resolver-limit 'Most accounts the resolver stores (pb-nats'' config uses 1000)'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --force 'Replace operator.jwt and nats.conf in DIR if they exist'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List accounts'
            cand ls 'List accounts'
            cand get 'Show an account (--show-seeds reveals its seeds)'
            cand create 'Create an account (limits default to -1, unlimited)'
            cand update 'Change an account''s description, name or limits'
            cand delete 'Delete an account (refused for SYS)'
            cand rm 'Delete an account (refused for SYS)'
            cand rotate-keys 'Replace an account''s signing keys with one new key and re-issue its active users'
            cand add-signing-key 'Add a signing key to an account (the existing ones keep working)'
            cand remove-signing-key 'Remove one account signing key'
            cand suspend 'Suspend an account: its users can no longer connect (refused for SYS)'
            cand resume 'Resume a suspended account'
            cand export 'Stream and service exports of an account'
            cand import 'Stream and service imports of an account'
        }
        &'pbctl;nats;account;list'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;ls'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;get'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;create'= {
            global-flags
            cand --description 'description'
            cand --max-connections 'Max client connections'
            cand --max-subscriptions 'Max subscriptions'
            cand --max-data 'Max data in flight (bytes)'
            cand --max-payload 'Max message payload (bytes)'
            cand --max-jetstream-memory 'JetStream memory storage (bytes; memory and disk both 0 disable JetStream)'
            cand --max-jetstream-disk 'JetStream disk storage (bytes; memory and disk both 0 disable JetStream)'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;update'= {
            global-flags
            cand --rename 'New name'
            cand --description 'description'
            cand --max-connections 'Max client connections'
            cand --max-subscriptions 'Max subscriptions'
            cand --max-data 'Max data in flight (bytes)'
            cand --max-payload 'Max message payload (bytes)'
            cand --max-jetstream-memory 'JetStream memory storage (bytes; memory and disk both 0 disable JetStream)'
            cand --max-jetstream-disk 'JetStream disk storage (bytes; memory and disk both 0 disable JetStream)'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;delete'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;rm'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;rotate-keys'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;add-signing-key'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;remove-signing-key'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;suspend'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;resume'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;export'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add an export to an account'
            cand list 'List the exports of an account'
            cand ls 'List the exports of an account'
            cand delete 'Delete an export or import of an account (by record id or name)'
            cand rm 'Delete an export or import of an account (by record id or name)'
        }
        &'pbctl;nats;account;export;add'= {
            global-flags
            cand --name 'name'
            cand --subject 'subject'
            cand --response-type 'Services: Singleton, Stream or Chunked'
            cand --response-threshold 'Services: response threshold in milliseconds'
            cand --account-token-position 'account-token-position'
            cand --description 'description'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --service 'A service export (default: stream)'
            cand --token-req 'Private: importers need an activation token'
            cand --advertise 'advertise'
            cand --allow-trace 'allow-trace'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;export;list'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;export;ls'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;export;delete'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;export;rm'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;import'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add an import to an account'
            cand list 'List the imports of an account'
            cand ls 'List the imports of an account'
            cand delete 'Delete an export or import of an account (by record id or name)'
            cand rm 'Delete an export or import of an account (by record id or name)'
        }
        &'pbctl;nats;account;import;add'= {
            global-flags
            cand --name 'name'
            cand --subject 'Subject in the exporting account'
            cand --from 'The exporting account: record id, name, or public key (A...)'
            cand --local-subject 'local-subject'
            cand --token 'Activation token (private exports)'
            cand --description 'description'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --service 'service'
            cand --share 'share'
            cand --allow-trace 'allow-trace'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;import;list'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;import;ls'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;import;delete'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;account;import;rm'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;role'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List roles'
            cand ls 'List roles'
            cand get 'Show a role''s permissions and limits'
            cand create 'Create a role (limits default to -1, unlimited)'
            cand update 'Change a role (lists given replace the stored ones); its active users are reissued'
            cand delete 'Delete a role (refused while users have it)'
            cand rm 'Delete a role (refused while users have it)'
        }
        &'pbctl;nats;role;list'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;role;ls'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;role;get'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;role;create'= {
            global-flags
            cand --pub 'Allow publishing to S (repeatable)'
            cand --sub 'Allow subscribing to S (repeatable; "subject queue" for a queue group)'
            cand --deny-pub 'Deny publishing to S (repeatable)'
            cand --deny-sub 'Deny subscribing to S (repeatable)'
            cand --allow-response 'Allow publishing responses to requests: at most MAX per request (-1 unlimited, default)'
            cand --response-ttl 'Time limit for responses, e.g. 5s (0 = none)'
            cand --max-subscriptions 'Max subscriptions (-1 unlimited)'
            cand --max-data 'Max data (bytes, -1 unlimited)'
            cand --max-payload 'Max message payload (bytes, -1 unlimited)'
            cand --description 'description'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;role;update'= {
            global-flags
            cand --rename 'rename'
            cand --pub 'Allow publishing to S (repeatable)'
            cand --sub 'Allow subscribing to S (repeatable; "subject queue" for a queue group)'
            cand --deny-pub 'Deny publishing to S (repeatable)'
            cand --deny-sub 'Deny subscribing to S (repeatable)'
            cand --allow-response 'Allow publishing responses to requests: at most MAX per request (-1 unlimited, default)'
            cand --response-ttl 'Time limit for responses, e.g. 5s (0 = none)'
            cand --max-subscriptions 'Max subscriptions (-1 unlimited)'
            cand --max-data 'Max data (bytes, -1 unlimited)'
            cand --max-payload 'Max message payload (bytes, -1 unlimited)'
            cand --description 'description'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --no-response 'Turn the response permission off'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;role;delete'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;role;rm'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;user'= {
            global-flags
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List users'
            cand ls 'List users'
            cand get 'Show a user (--show-seeds reveals its seed)'
            cand create 'Create a user: key pair, JWT and creds (email and password generated if not given)'
            cand update 'Change a user''s role, account or permissions (its JWT and creds are reissued)'
            cand delete 'Delete a user (its creds stop working after `pbctl nats sync`)'
            cand rm 'Delete a user (its creds stop working after `pbctl nats sync`)'
            cand creds 'Write the user''s creds file (mode 0600), or print it'
            cand revoke 'Revoke a user''s key: it gets a new key and creds, the old creds stop working'
            cand regenerate 'Re-issue a user''s JWT and creds with the same key (after a role change, say)'
            cand suspend 'Suspend a user: it can no longer connect until resumed'
            cand resume 'Resume a suspended user'
        }
        &'pbctl;nats;user;list'= {
            global-flags
            cand --account 'Only users of this account (record id or name)'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;user;ls'= {
            global-flags
            cand --account 'Only users of this account (record id or name)'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;user;get'= {
            global-flags
            cand --account 'The user''s account, when the name is not unique'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;user;create'= {
            global-flags
            cand --account 'Account (record id or name)'
            cand --role 'Role (record id or name)'
            cand --email 'Login email of the PocketBase auth record [default: generated]'
            cand --pub 'Allow publishing to S (repeatable)'
            cand --sub 'Allow subscribing to S (repeatable; "subject queue" for a queue group)'
            cand --deny-pub 'Deny publishing to S (repeatable)'
            cand --deny-sub 'Deny subscribing to S (repeatable)'
            cand --description 'description'
            cand --expires 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --bearer 'Bearer token user (the server skips the nonce signature)'
            cand --inactive 'Create it suspended (pb-nats'' `active: false`)'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;user;update'= {
            global-flags
            cand --account 'The user''s current account, when the name is not unique'
            cand --role 'New role'
            cand --move-to 'Move to another account'
            cand --bearer 'Bearer token user'
            cand --pub 'Allow publishing to S (repeatable)'
            cand --sub 'Allow subscribing to S (repeatable; "subject queue" for a queue group)'
            cand --deny-pub 'Deny publishing to S (repeatable)'
            cand --deny-sub 'Deny subscribing to S (repeatable)'
            cand --description 'description'
            cand --expires 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;user;delete'= {
            global-flags
            cand --account 'The user''s account, when the name is not unique'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;user;rm'= {
            global-flags
            cand --account 'The user''s account, when the name is not unique'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;user;creds'= {
            global-flags
            cand --account 'The account [default: the only account besides SYS]'
            cand -O 'File to write (mode 0600); `-` for stdout [default: stdout]'
            cand --out 'File to write (mode 0600); `-` for stdout [default: stdout]'
            cand --nats-context 'Write a nats CLI context of this name instead (`nats --context CTX` then connects as the user); its creds file goes to $PBCTL_DATA_DIR/nats-creds/CTX.creds (0600)'
            cand --nats-url 'NATS URL(s) for --nats-context, comma-separated [default: the context''s nats.url]'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --force 'Replace FILE if it exists'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;user;revoke'= {
            global-flags
            cand --account 'The user''s account, when the name is not unique'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;user;regenerate'= {
            global-flags
            cand --account 'The user''s account, when the name is not unique'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;user;suspend'= {
            global-flags
            cand --account 'The user''s account, when the name is not unique'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;user;resume'= {
            global-flags
            cand --account 'The user''s account, when the name is not unique'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;nats;sync'= {
            global-flags
            cand --nats-url 'NATS server URL [default: the context''s nats.url]'
            cand --creds 'System-account creds file [default: the context''s nats.creds, else the sys user''s]'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --dry-run 'Show what would be pushed and deleted; change nothing'
            cand --prune 'Also delete accounts that are inactive or no longer in PocketBase'
            cand --show-seeds 'Include seeds, private keys and creds in the output'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;settings'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
            cand get 'Print the settings, or one (dotted) key'
            cand set 'Change settings: KEY=VALUE typed like the current value, KEY:=JSON for raw JSON, -f FILE'
        }
        &'pbctl;settings;get'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;settings;set'= {
            global-flags
            cand -f 'A JSON or YAML object of settings, or - for stdin'
            cand --from-file 'A JSON or YAML object of settings, or - for stdin'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;health'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;api'= {
            global-flags
            cand -X 'HTTP method [default: GET, or POST with fields or --input]'
            cand --method 'HTTP method [default: GET, or POST with fields or --input]'
            cand -f 'A string field KEY=VALUE'
            cand --raw-field 'A string field KEY=VALUE'
            cand -F 'A typed field KEY=JSON (true, 3, null, "s", [..], {..}; anything else is a string)'
            cand --field 'A typed field KEY=JSON (true, 3, null, "s", [..], {..}; anything else is a string)'
            cand --input 'Request body from a file, or - for stdin'
            cand --paginate 'Follow `page` through every page of a list and print all items as one array'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;apply'= {
            global-flags
            cand -f 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin'
            cand --filename 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin'
            cand --from-file 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --dry-run 'Print the plan and change nothing'
            cand --prune 'Also delete what the files do not name (for the kinds they contain)'
            cand --allow-data-loss 'Allow dropping fields or collections that hold records'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;diff'= {
            global-flags
            cand -f 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin'
            cand --filename 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin'
            cand --from-file 'A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin'
            cand --encryption-key-env 'Environment variable holding pb-nats'' 32-byte seed encryption key (`enc::` seeds)'
            cand --wait 'Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in'
            cand --prune 'Also show what --prune would delete'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;export'= {
            global-flags
            cand -O 'Directory to write collections.yaml, settings.yaml and nats.yaml into'
            cand --output-dir 'Directory to write collections.yaml, settings.yaml and nats.yaml into'
            cand --kind 'Only these kinds (repeatable) [default: all]'
            cand --force 'Replace files that already exist in the -O directory'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand init 'Create an operator (identity + signing key) and, by default, the SYS account and sys user'
            cand operator 'Show or edit the operator'
            cand account 'Manage accounts'
            cand acct 'Manage accounts'
            cand user 'Manage users'
            cand creds 'Print a user''s creds file (JWT + seed), or write it with -O (mode 0600)'
            cand describe 'Decode and verify any NATS JWT or creds file and show its claims'
            cand validate 'Check the whole store: signatures, trusted issuers, signing keys present, expiries, strict mode'
            cand server-config 'Generate a nats-server operator-mode configuration'
            cand push 'Push account JWTs to NATS resolvers ($SYS.REQ.CLAIMS.UPDATE), reporting every server''s reply'
            cand pull 'Compare the resolver''s accounts with the store (--write: take the newer ones)'
            cand import-nsc 'Import an nsc store: operators, accounts, users and their keys'
            cand activation 'Activation tokens for private exports'
            cand keys 'Back up or move the store: an encrypted bundle of seeds and JWTs'
            cand context 'Write a nats CLI context (and a 0600 creds file) for a user of the store'
            cand check 'List what has expired or expires within --expiring (default 30d); exit 1 when anything does'
        }
        &'pbctl;jwt;init'= {
            global-flags
            cand --service-url 'Client URL of the NATS servers (operator_service_urls; repeatable)'
            cand --account-server-url 'Resolver URL that `jwt push` uses by default (account_server_url)'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --no-system-account 'Do not create the SYS account and its sys user'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;operator'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Show the operator''s claims and keys (never a seed)'
            cand edit 'Change the operator and re-sign it'
            cand list 'List the operators of the store'
            cand ls 'List the operators of the store'
        }
        &'pbctl;jwt;operator;show'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;operator;edit'= {
            global-flags
            cand --service-url 'Client URL (operator_service_urls); replaces the list; repeatable'
            cand --account-server-url 'Resolver URL for push/pull (account_server_url); empty to unset'
            cand --remove-signing-key 'Remove this operator signing key'
            cand --require-signing-keys 'Strict signing key usage: accounts must be signed by a signing key [true|false]'
            cand --assert-server-version 'Minimum nats-server version (assert_server_version), e.g. 2.10.0'
            cand --tag 'Add a tag'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --add-signing-key 'Generate and add a new operator signing key'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;operator;list'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;operator;ls'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Create an account signed by the operator'
            cand edit 'Change an account and re-sign it'
            cand list 'List accounts'
            cand ls 'List accounts'
            cand show 'Show an account''s claims'
            cand delete 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)'
            cand rm 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)'
            cand export 'Stream and service exports of an account'
            cand import 'Stream and service imports of an account'
            cand signing-key 'Signing keys of an account: plain, or scoped to a role with a permission template'
            cand mapping 'Subject mappings of an account (weighted, per cluster)'
        }
        &'pbctl;jwt;acct'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Create an account signed by the operator'
            cand edit 'Change an account and re-sign it'
            cand list 'List accounts'
            cand ls 'List accounts'
            cand show 'Show an account''s claims'
            cand delete 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)'
            cand rm 'Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)'
            cand export 'Stream and service exports of an account'
            cand import 'Stream and service imports of an account'
            cand signing-key 'Signing keys of an account: plain, or scoped to a role with a permission template'
            cand mapping 'Subject mappings of an account (weighted, per cluster)'
        }
        &'pbctl;jwt;account;add'= {
            global-flags
            cand --conns 'Max client connections'
            cand --subs 'Max subscriptions'
            cand --data 'Max data in flight (bytes)'
            cand --payload 'Max message payload (bytes)'
            cand --js-mem-storage 'JetStream memory storage (bytes; memory and disk both 0 disable JetStream)'
            cand --js-disk-storage 'JetStream disk storage (bytes; memory and disk both 0 disable JetStream)'
            cand --leaf-conns 'Max leaf node connections'
            cand --imports 'Max imports'
            cand --exports 'Max exports'
            cand --wildcard-exports 'Allow wildcard exports'
            cand --disallow-bearer 'Refuse bearer-token users'
            cand --js-streams 'JetStream max streams'
            cand --js-consumer 'JetStream max consumers'
            cand --js-max-ack-pending 'JetStream max ack pending'
            cand --js-tier 'Apply the --js-* flags to this JetStream tier (R1, R3: tiered limits)'
            cand --sign-with 'Operator key that signs: `identity` or an operator signing key [default: newest signing key]'
            cand --description 'Description'
            cand --tag 'Add a tag'
            cand --expiry 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --add-signing-key 'Give the account a signing key for its users (the default)'
            cand --no-signing-key 'Do not give the account a signing key (users are then signed by its identity key)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;add'= {
            global-flags
            cand --conns 'Max client connections'
            cand --subs 'Max subscriptions'
            cand --data 'Max data in flight (bytes)'
            cand --payload 'Max message payload (bytes)'
            cand --js-mem-storage 'JetStream memory storage (bytes; memory and disk both 0 disable JetStream)'
            cand --js-disk-storage 'JetStream disk storage (bytes; memory and disk both 0 disable JetStream)'
            cand --leaf-conns 'Max leaf node connections'
            cand --imports 'Max imports'
            cand --exports 'Max exports'
            cand --wildcard-exports 'Allow wildcard exports'
            cand --disallow-bearer 'Refuse bearer-token users'
            cand --js-streams 'JetStream max streams'
            cand --js-consumer 'JetStream max consumers'
            cand --js-max-ack-pending 'JetStream max ack pending'
            cand --js-tier 'Apply the --js-* flags to this JetStream tier (R1, R3: tiered limits)'
            cand --sign-with 'Operator key that signs: `identity` or an operator signing key [default: newest signing key]'
            cand --description 'Description'
            cand --tag 'Add a tag'
            cand --expiry 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --add-signing-key 'Give the account a signing key for its users (the default)'
            cand --no-signing-key 'Do not give the account a signing key (users are then signed by its identity key)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;edit'= {
            global-flags
            cand --conns 'Max client connections'
            cand --subs 'Max subscriptions'
            cand --data 'Max data in flight (bytes)'
            cand --payload 'Max message payload (bytes)'
            cand --js-mem-storage 'JetStream memory storage (bytes; memory and disk both 0 disable JetStream)'
            cand --js-disk-storage 'JetStream disk storage (bytes; memory and disk both 0 disable JetStream)'
            cand --leaf-conns 'Max leaf node connections'
            cand --imports 'Max imports'
            cand --exports 'Max exports'
            cand --wildcard-exports 'Allow wildcard exports'
            cand --disallow-bearer 'Refuse bearer-token users'
            cand --js-streams 'JetStream max streams'
            cand --js-consumer 'JetStream max consumers'
            cand --js-max-ack-pending 'JetStream max ack pending'
            cand --js-tier 'Apply the --js-* flags to this JetStream tier (R1, R3: tiered limits)'
            cand --remove-signing-key 'Remove this account signing key'
            cand --sign-with 'Operator key that signs: `identity` or an operator signing key [default: newest signing key]'
            cand --description 'Description'
            cand --tag 'Add a tag'
            cand --expiry 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --add-signing-key 'Generate and add a new account signing key'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;edit'= {
            global-flags
            cand --conns 'Max client connections'
            cand --subs 'Max subscriptions'
            cand --data 'Max data in flight (bytes)'
            cand --payload 'Max message payload (bytes)'
            cand --js-mem-storage 'JetStream memory storage (bytes; memory and disk both 0 disable JetStream)'
            cand --js-disk-storage 'JetStream disk storage (bytes; memory and disk both 0 disable JetStream)'
            cand --leaf-conns 'Max leaf node connections'
            cand --imports 'Max imports'
            cand --exports 'Max exports'
            cand --wildcard-exports 'Allow wildcard exports'
            cand --disallow-bearer 'Refuse bearer-token users'
            cand --js-streams 'JetStream max streams'
            cand --js-consumer 'JetStream max consumers'
            cand --js-max-ack-pending 'JetStream max ack pending'
            cand --js-tier 'Apply the --js-* flags to this JetStream tier (R1, R3: tiered limits)'
            cand --remove-signing-key 'Remove this account signing key'
            cand --sign-with 'Operator key that signs: `identity` or an operator signing key [default: newest signing key]'
            cand --description 'Description'
            cand --tag 'Add a tag'
            cand --expiry 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --add-signing-key 'Generate and add a new account signing key'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;list'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;ls'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;list'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;ls'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;show'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;show'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;delete'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --rm-keys 'Also delete the seeds of the account and its users from the key directory'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;rm'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --rm-keys 'Also delete the seeds of the account and its users from the key directory'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;delete'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --rm-keys 'Also delete the seeds of the account and its users from the key directory'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;rm'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --rm-keys 'Also delete the seeds of the account and its users from the key directory'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;export'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add an export and re-sign the account'
            cand delete 'Delete an export and re-sign the account'
            cand rm 'Delete an export and re-sign the account'
        }
        &'pbctl;jwt;account;export;add'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --subject 'Exported subject'
            cand --name 'Export name [default: the subject]'
            cand --response-type 'Service response type: singleton, stream or chunked'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --service 'A service export (default: stream)'
            cand --stream 'A stream export (the default)'
            cand --private 'Private export (importers need an activation token)'
            cand --advertise 'Advertise the export (shown to importers by tooling)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;export;delete'= {
            global-flags
            cand --account 'The account [default: the only account besides SYS]'
            cand --subject 'subject'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;export;rm'= {
            global-flags
            cand --account 'The account [default: the only account besides SYS]'
            cand --subject 'subject'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;export'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add an export and re-sign the account'
            cand delete 'Delete an export and re-sign the account'
            cand rm 'Delete an export and re-sign the account'
        }
        &'pbctl;jwt;acct;export;add'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --subject 'Exported subject'
            cand --name 'Export name [default: the subject]'
            cand --response-type 'Service response type: singleton, stream or chunked'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --service 'A service export (default: stream)'
            cand --stream 'A stream export (the default)'
            cand --private 'Private export (importers need an activation token)'
            cand --advertise 'Advertise the export (shown to importers by tooling)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;export;delete'= {
            global-flags
            cand --account 'The account [default: the only account besides SYS]'
            cand --subject 'subject'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;export;rm'= {
            global-flags
            cand --account 'The account [default: the only account besides SYS]'
            cand --subject 'subject'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;import'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add an import and re-sign the account'
            cand delete 'Delete an import and re-sign the account'
            cand rm 'Delete an import and re-sign the account'
        }
        &'pbctl;jwt;account;import;add'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --from-account 'Exporting account: a name in this store or a public key'
            cand --subject 'Subject in the exporting account'
            cand --local-subject 'Local subject [default: the same]'
            cand --name 'Import name [default: the subject]'
            cand --token 'Activation token (JWT or file) for a private export'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --service 'A service import (default: stream)'
            cand --stream 'A stream import (the default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;import;delete'= {
            global-flags
            cand --account 'The account [default: the only account besides SYS]'
            cand --subject 'subject'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;import;rm'= {
            global-flags
            cand --account 'The account [default: the only account besides SYS]'
            cand --subject 'subject'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;import'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add an import and re-sign the account'
            cand delete 'Delete an import and re-sign the account'
            cand rm 'Delete an import and re-sign the account'
        }
        &'pbctl;jwt;acct;import;add'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --from-account 'Exporting account: a name in this store or a public key'
            cand --subject 'Subject in the exporting account'
            cand --local-subject 'Local subject [default: the same]'
            cand --name 'Import name [default: the subject]'
            cand --token 'Activation token (JWT or file) for a private export'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --service 'A service import (default: stream)'
            cand --stream 'A stream import (the default)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;import;delete'= {
            global-flags
            cand --account 'The account [default: the only account besides SYS]'
            cand --subject 'subject'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;import;rm'= {
            global-flags
            cand --account 'The account [default: the only account besides SYS]'
            cand --subject 'subject'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;signing-key'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a signing key (scoped with --role) and re-sign the account'
            cand list 'List an account''s signing keys and their scopes'
            cand ls 'List an account''s signing keys and their scopes'
            cand remove 'Remove a signing key (by public key or --role) and re-sign the account'
            cand rm 'Remove a signing key (by public key or --role) and re-sign the account'
        }
        &'pbctl;jwt;account;signing-key;add'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --role 'Role name: makes the key scoped, with a template from the permission flags'
            cand --description 'Description of the scope'
            cand --allow-pub 'Allow publishing to S (repeatable)'
            cand --allow-sub 'Allow subscribing to S (repeatable; "subject queue" for a queue group)'
            cand --deny-pub 'Deny publishing to S (repeatable)'
            cand --deny-sub 'Deny subscribing to S (repeatable)'
            cand --allow-pubsub 'Allow publishing and subscribing to S (repeatable)'
            cand --allow-pub-response 'Allow publishing to reply subjects of received requests (N responses, default 1)'
            cand --response-ttl 'Time allowed for responses, e.g. 5s (with --allow-pub-response)'
            cand --expiry 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none'
            cand --bearer 'Bearer token: no nonce signature needed to connect [true|false]'
            cand --tag 'Add a tag (repeatable)'
            cand --source-network 'Allowed source network, CIDR (repeatable)'
            cand --conn-type 'Allowed connection type: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS'
            cand --subs 'Max subscriptions (-1 unlimited)'
            cand --data 'Max data (bytes, -1 unlimited)'
            cand --payload 'Max message payload (bytes, -1 unlimited)'
            cand --time 'Daily connect window HH:MM:SS-HH:MM:SS (repeatable; 24-hour clock)'
            cand --locale 'Time zone of the --time windows, an IANA name such as Europe/Berlin [default: the server''s]'
            cand --start 'Not valid before (nbf): a duration from now (1h), a date, or RFC 3339'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;signing-key;list'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;signing-key;ls'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;signing-key;remove'= {
            global-flags
            cand -a 'Account name (then the argument is the key)'
            cand --account 'Account name (then the argument is the key)'
            cand --role 'Remove the scoped key of this role'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;signing-key;rm'= {
            global-flags
            cand -a 'Account name (then the argument is the key)'
            cand --account 'Account name (then the argument is the key)'
            cand --role 'Remove the scoped key of this role'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;signing-key'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a signing key (scoped with --role) and re-sign the account'
            cand list 'List an account''s signing keys and their scopes'
            cand ls 'List an account''s signing keys and their scopes'
            cand remove 'Remove a signing key (by public key or --role) and re-sign the account'
            cand rm 'Remove a signing key (by public key or --role) and re-sign the account'
        }
        &'pbctl;jwt;acct;signing-key;add'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --role 'Role name: makes the key scoped, with a template from the permission flags'
            cand --description 'Description of the scope'
            cand --allow-pub 'Allow publishing to S (repeatable)'
            cand --allow-sub 'Allow subscribing to S (repeatable; "subject queue" for a queue group)'
            cand --deny-pub 'Deny publishing to S (repeatable)'
            cand --deny-sub 'Deny subscribing to S (repeatable)'
            cand --allow-pubsub 'Allow publishing and subscribing to S (repeatable)'
            cand --allow-pub-response 'Allow publishing to reply subjects of received requests (N responses, default 1)'
            cand --response-ttl 'Time allowed for responses, e.g. 5s (with --allow-pub-response)'
            cand --expiry 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none'
            cand --bearer 'Bearer token: no nonce signature needed to connect [true|false]'
            cand --tag 'Add a tag (repeatable)'
            cand --source-network 'Allowed source network, CIDR (repeatable)'
            cand --conn-type 'Allowed connection type: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS'
            cand --subs 'Max subscriptions (-1 unlimited)'
            cand --data 'Max data (bytes, -1 unlimited)'
            cand --payload 'Max message payload (bytes, -1 unlimited)'
            cand --time 'Daily connect window HH:MM:SS-HH:MM:SS (repeatable; 24-hour clock)'
            cand --locale 'Time zone of the --time windows, an IANA name such as Europe/Berlin [default: the server''s]'
            cand --start 'Not valid before (nbf): a duration from now (1h), a date, or RFC 3339'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;signing-key;list'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;signing-key;ls'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;signing-key;remove'= {
            global-flags
            cand -a 'Account name (then the argument is the key)'
            cand --account 'Account name (then the argument is the key)'
            cand --role 'Remove the scoped key of this role'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;signing-key;rm'= {
            global-flags
            cand -a 'Account name (then the argument is the key)'
            cand --account 'Account name (then the argument is the key)'
            cand --role 'Remove the scoped key of this role'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;mapping'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add destinations to a subject mapping and re-sign the account'
            cand list 'List the subject mappings of an account'
            cand ls 'List the subject mappings of an account'
            cand remove 'Remove a subject mapping (or one of its destinations) and re-sign the account'
            cand rm 'Remove a subject mapping (or one of its destinations) and re-sign the account'
        }
        &'pbctl;jwt;account;mapping;add'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --from 'Subject to map (may contain wildcards)'
            cand --to 'Destination subject (repeatable)'
            cand --weight 'Weight in percent of the matching --to (1-100)'
            cand --cluster 'Cluster of the matching --to'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;mapping;list'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;mapping;ls'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;mapping;remove'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --from 'The mapped subject'
            cand --to 'Only remove this destination'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;account;mapping;rm'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --from 'The mapped subject'
            cand --to 'Only remove this destination'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;mapping'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add destinations to a subject mapping and re-sign the account'
            cand list 'List the subject mappings of an account'
            cand ls 'List the subject mappings of an account'
            cand remove 'Remove a subject mapping (or one of its destinations) and re-sign the account'
            cand rm 'Remove a subject mapping (or one of its destinations) and re-sign the account'
        }
        &'pbctl;jwt;acct;mapping;add'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --from 'Subject to map (may contain wildcards)'
            cand --to 'Destination subject (repeatable)'
            cand --weight 'Weight in percent of the matching --to (1-100)'
            cand --cluster 'Cluster of the matching --to'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;mapping;list'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;mapping;ls'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;mapping;remove'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --from 'The mapped subject'
            cand --to 'Only remove this destination'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;acct;mapping;rm'= {
            global-flags
            cand -a 'Account name (the same as the ACCOUNT argument)'
            cand --account 'Account name (the same as the ACCOUNT argument)'
            cand --from 'The mapped subject'
            cand --to 'Only remove this destination'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;user'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Create a user (or many with --from) signed by the account'
            cand edit 'Change a user and re-sign (reissue) it'
            cand list 'List users'
            cand ls 'List users'
            cand show 'Show a user''s claims'
            cand delete 'Delete a user from the store'
            cand rm 'Delete a user from the store'
            cand revoke 'Revoke a user''s JWTs issued up to now (or --at) in the account JWT'
            cand unrevoke 'Remove a user''s revocation from the account JWT'
        }
        &'pbctl;jwt;user;add'= {
            global-flags
            cand -a 'Account [default: the only account besides SYS]'
            cand --account 'Account [default: the only account besides SYS]'
            cand --allow-pub 'Allow publishing to S (repeatable)'
            cand --allow-sub 'Allow subscribing to S (repeatable; "subject queue" for a queue group)'
            cand --deny-pub 'Deny publishing to S (repeatable)'
            cand --deny-sub 'Deny subscribing to S (repeatable)'
            cand --allow-pubsub 'Allow publishing and subscribing to S (repeatable)'
            cand --allow-pub-response 'Allow publishing to reply subjects of received requests (N responses, default 1)'
            cand --response-ttl 'Time allowed for responses, e.g. 5s (with --allow-pub-response)'
            cand --expiry 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none'
            cand --bearer 'Bearer token: no nonce signature needed to connect [true|false]'
            cand --tag 'Add a tag (repeatable)'
            cand --source-network 'Allowed source network, CIDR (repeatable)'
            cand --conn-type 'Allowed connection type: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS'
            cand --subs 'Max subscriptions (-1 unlimited)'
            cand --data 'Max data (bytes, -1 unlimited)'
            cand --payload 'Max message payload (bytes, -1 unlimited)'
            cand --time 'Daily connect window HH:MM:SS-HH:MM:SS (repeatable; 24-hour clock)'
            cand --locale 'Time zone of the --time windows, an IANA name such as Europe/Berlin [default: the server''s]'
            cand --start 'Not valid before (nbf): a duration from now (1h), a date, or RFC 3339'
            cand --signing-key 'Issue the user with this signing key: a scoped key''s role, or a signing key''s public key'
            cand --from 'Bulk: read users from FILE (JSON lines or a YAML/JSON list; - for stdin)'
            cand --creds-dir 'Write each user''s creds file into DIR/<account>/<user>.creds'
            cand --threads 'Signing threads for --from [default: number of CPUs]'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --force 'Replace creds files that already exist in --creds-dir'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;user;edit'= {
            global-flags
            cand -a 'The account [default: the only account besides SYS]'
            cand --account 'The account [default: the only account besides SYS]'
            cand --allow-pub 'Allow publishing to S (repeatable)'
            cand --allow-sub 'Allow subscribing to S (repeatable; "subject queue" for a queue group)'
            cand --deny-pub 'Deny publishing to S (repeatable)'
            cand --deny-sub 'Deny subscribing to S (repeatable)'
            cand --allow-pubsub 'Allow publishing and subscribing to S (repeatable)'
            cand --allow-pub-response 'Allow publishing to reply subjects of received requests (N responses, default 1)'
            cand --response-ttl 'Time allowed for responses, e.g. 5s (with --allow-pub-response)'
            cand --expiry 'Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none'
            cand --bearer 'Bearer token: no nonce signature needed to connect [true|false]'
            cand --tag 'Add a tag (repeatable)'
            cand --source-network 'Allowed source network, CIDR (repeatable)'
            cand --conn-type 'Allowed connection type: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS'
            cand --subs 'Max subscriptions (-1 unlimited)'
            cand --data 'Max data (bytes, -1 unlimited)'
            cand --payload 'Max message payload (bytes, -1 unlimited)'
            cand --time 'Daily connect window HH:MM:SS-HH:MM:SS (repeatable; 24-hour clock)'
            cand --locale 'Time zone of the --time windows, an IANA name such as Europe/Berlin [default: the server''s]'
            cand --start 'Not valid before (nbf): a duration from now (1h), a date, or RFC 3339'
            cand --signing-key 'Reissue with this signing key: a scoped key''s role, or a signing key''s public key'
            cand --rm 'Remove subject S from every allow and deny list (repeatable)'
            cand --rm-tag 'Remove a tag'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --rm-time 'Remove every connect-time window'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;user;list'= {
            global-flags
            cand -a 'Only this account [default: all accounts]'
            cand --account 'Only this account [default: all accounts]'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;user;ls'= {
            global-flags
            cand -a 'Only this account [default: all accounts]'
            cand --account 'Only this account [default: all accounts]'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;user;show'= {
            global-flags
            cand -a 'The account [default: the only account besides SYS]'
            cand --account 'The account [default: the only account besides SYS]'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;user;delete'= {
            global-flags
            cand -a 'The account [default: the only account besides SYS]'
            cand --account 'The account [default: the only account besides SYS]'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --revoke 'Also revoke the user in the account JWT'
            cand --rm-keys 'Also delete the user''s seed from the key directory'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;user;rm'= {
            global-flags
            cand -a 'The account [default: the only account besides SYS]'
            cand --account 'The account [default: the only account besides SYS]'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --revoke 'Also revoke the user in the account JWT'
            cand --rm-keys 'Also delete the user''s seed from the key directory'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;user;revoke'= {
            global-flags
            cand -a 'The account [default: the only account besides SYS]'
            cand --account 'The account [default: the only account besides SYS]'
            cand --at 'Revoke JWTs issued at or before TIME (RFC 3339 or Unix seconds) [default: now]'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;user;unrevoke'= {
            global-flags
            cand -a 'The account [default: the only account besides SYS]'
            cand --account 'The account [default: the only account besides SYS]'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;creds'= {
            global-flags
            cand -a 'The account [default: the only account besides SYS]'
            cand --account 'The account [default: the only account besides SYS]'
            cand -O 'Write to FILE (mode 0600) instead of stdout; - for stdout'
            cand --out 'Write to FILE (mode 0600) instead of stdout; - for stdout'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --force 'Replace FILE if it exists'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;describe'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --no-jti-check 'Do not require the jti to be the hash of the claims (nats-jwt for JavaScript uses random ids; servers do not check it)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;validate'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;server-config'= {
            global-flags
            cand --resolver 'Resolver type'
            cand --dir 'Resolver directory (full and cache) [default: ./jwt]'
            cand -O 'Write the config to FILE instead of stdout'
            cand --out 'Write the config to FILE instead of stdout'
            cand --listen 'Add `listen: HOST:PORT`'
            cand --server-name 'Add `server_name: NAME`'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --force 'Replace FILE if it exists'
            cand --hard-delete 'Full resolver: remove deleted JWTs instead of renaming them (server 2.9.16+)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;push'= {
            global-flags
            cand --nats-url 'NATS URL(s), comma-separated'
            cand --system-creds 'Creds of a system account user'
            cand --servers 'Stop waiting once every account has N replies [default: the servers the system reports]'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --all 'Push every account'
            cand --prune 'Delete from the resolvers the accounts that are not in the store ($SYS.REQ.CLAIMS.DELETE)'
            cand --force 'Push even untrusted, expired or invalid account JWTs'
            cand --dry-run 'Show what would be pushed and pruned, without changing anything'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;pull'= {
            global-flags
            cand --nats-url 'NATS URL(s), comma-separated'
            cand --system-creds 'Creds of a system account user'
            cand --servers 'Stop waiting once N servers replied'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --write 'Store the resolver''s account JWTs that are newer (by iat) than the store''s, and the accounts only the resolver has'
            cand --overwrite-newer 'With --write, also replace store JWTs that are newer than the resolver''s'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;import-nsc'= {
            global-flags
            cand --keys 'nsc key store directory'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --overwrite 'Replace entries that already exist in the store'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;activation'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Sign an activation letting another account import a private export; prints the JWT'
        }
        &'pbctl;jwt;activation;create'= {
            global-flags
            cand -a 'Exporting account'
            cand --account 'Exporting account'
            cand --subject 'The exported subject (or a narrower subject of it)'
            cand --target-account 'Importing account: a name in this store or a public key (A...)'
            cand --expiry 'Expiry: a duration from now (30d) or a date (2027-01-31, RFC 3339)'
            cand -O 'Write the token to FILE instead of stdout'
            cand --out 'Write the token to FILE instead of stdout'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --force 'Replace FILE if it exists'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;keys'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand export 'Write the operator''s JWTs and seeds to a passphrase-encrypted (age) bundle'
            cand import 'Import a bundle written by `jwt keys export` into the store'
        }
        &'pbctl;jwt;keys;export'= {
            global-flags
            cand -O 'The bundle file to write (mode 0600)'
            cand --out 'The bundle file to write (mode 0600)'
            cand -a 'Only these accounts (repeatable)'
            cand --account 'Only these accounts (repeatable)'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --force 'Replace FILE if it exists'
            cand --passphrase-stdin 'Read the passphrase from the first line of stdin'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;keys;import'= {
            global-flags
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand --passphrase-stdin 'Read the passphrase from the first line of stdin'
            cand --overwrite 'Replace accounts and users the store has in other versions'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;context'= {
            global-flags
            cand -a 'Account of the user'
            cand --account 'Account of the user'
            cand -u 'User name'
            cand --user 'User name'
            cand --nats-url 'NATS URL(s), comma-separated [default: the operator''s service URLs]'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;jwt;check'= {
            global-flags
            cand --expiring 'Also list what expires within this duration (e.g. 7d, 12h)'
            cand --creds 'Also check these creds files (repeatable)'
            cand --store 'Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]'
            cand --operator 'Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;completion'= {
            global-flags
            cand --static 'A self-contained script without dynamic candidates'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pbctl;help'= {
            global-flags
            cand -h 'Print help'
            cand --help 'Print help'
        }
    ]
    $completions[$command]
}
