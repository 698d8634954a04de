_pbctl_global_opts="-l -A -o -q -v -y --context --selector --all-contexts --parallel --fail-fast --config --output --jq --raw --color --quiet --verbose --yes --no-input --timeout"

_pbctl() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="pbctl"
                ;;
            pbctl,api)
                cmd="pbctl__subcmd__api"
                ;;
            pbctl,apply)
                cmd="pbctl__subcmd__apply"
                ;;
            pbctl,auth)
                cmd="pbctl__subcmd__auth"
                ;;
            pbctl,backup)
                cmd="pbctl__subcmd__backup"
                ;;
            pbctl,bk)
                cmd="pbctl__subcmd__backup"
                ;;
            pbctl,col)
                cmd="pbctl__subcmd__collection"
                ;;
            pbctl,collection)
                cmd="pbctl__subcmd__collection"
                ;;
            pbctl,completion)
                cmd="pbctl__subcmd__completion"
                ;;
            pbctl,context)
                cmd="pbctl__subcmd__context"
                ;;
            pbctl,ctx)
                cmd="pbctl__subcmd__context"
                ;;
            pbctl,diff)
                cmd="pbctl__subcmd__diff"
                ;;
            pbctl,export)
                cmd="pbctl__subcmd__export"
                ;;
            pbctl,health)
                cmd="pbctl__subcmd__health"
                ;;
            pbctl,help)
                cmd="pbctl__subcmd__help"
                ;;
            pbctl,jwt)
                cmd="pbctl__subcmd__jwt"
                ;;
            pbctl,nats)
                cmd="pbctl__subcmd__nats"
                ;;
            pbctl,r)
                cmd="pbctl__subcmd__record"
                ;;
            pbctl,rec)
                cmd="pbctl__subcmd__record"
                ;;
            pbctl,record)
                cmd="pbctl__subcmd__record"
                ;;
            pbctl,settings)
                cmd="pbctl__subcmd__settings"
                ;;
            pbctl__subcmd__auth,api-token)
                cmd="pbctl__subcmd__auth__subcmd__api__subcmd__token"
                ;;
            pbctl__subcmd__auth,login)
                cmd="pbctl__subcmd__auth__subcmd__login"
                ;;
            pbctl__subcmd__auth,logout)
                cmd="pbctl__subcmd__auth__subcmd__logout"
                ;;
            pbctl__subcmd__auth,status)
                cmd="pbctl__subcmd__auth__subcmd__status"
                ;;
            pbctl__subcmd__auth,token)
                cmd="pbctl__subcmd__auth__subcmd__token"
                ;;
            pbctl__subcmd__auth,whoami)
                cmd="pbctl__subcmd__auth__subcmd__status"
                ;;
            pbctl__subcmd__backup,copy)
                cmd="pbctl__subcmd__backup__subcmd__copy"
                ;;
            pbctl__subcmd__backup,create)
                cmd="pbctl__subcmd__backup__subcmd__create"
                ;;
            pbctl__subcmd__backup,delete)
                cmd="pbctl__subcmd__backup__subcmd__delete"
                ;;
            pbctl__subcmd__backup,download)
                cmd="pbctl__subcmd__backup__subcmd__download"
                ;;
            pbctl__subcmd__backup,list)
                cmd="pbctl__subcmd__backup__subcmd__list"
                ;;
            pbctl__subcmd__backup,ls)
                cmd="pbctl__subcmd__backup__subcmd__list"
                ;;
            pbctl__subcmd__backup,prune)
                cmd="pbctl__subcmd__backup__subcmd__prune"
                ;;
            pbctl__subcmd__backup,restore)
                cmd="pbctl__subcmd__backup__subcmd__restore"
                ;;
            pbctl__subcmd__backup,rm)
                cmd="pbctl__subcmd__backup__subcmd__delete"
                ;;
            pbctl__subcmd__backup,upload)
                cmd="pbctl__subcmd__backup__subcmd__upload"
                ;;
            pbctl__subcmd__collection,apply)
                cmd="pbctl__subcmd__collection__subcmd__apply"
                ;;
            pbctl__subcmd__collection,delete)
                cmd="pbctl__subcmd__collection__subcmd__delete"
                ;;
            pbctl__subcmd__collection,diff)
                cmd="pbctl__subcmd__collection__subcmd__diff"
                ;;
            pbctl__subcmd__collection,export)
                cmd="pbctl__subcmd__collection__subcmd__export"
                ;;
            pbctl__subcmd__collection,get)
                cmd="pbctl__subcmd__collection__subcmd__get"
                ;;
            pbctl__subcmd__collection,list)
                cmd="pbctl__subcmd__collection__subcmd__list"
                ;;
            pbctl__subcmd__collection,ls)
                cmd="pbctl__subcmd__collection__subcmd__list"
                ;;
            pbctl__subcmd__collection,rm)
                cmd="pbctl__subcmd__collection__subcmd__delete"
                ;;
            pbctl__subcmd__collection,truncate)
                cmd="pbctl__subcmd__collection__subcmd__truncate"
                ;;
            pbctl__subcmd__context,add)
                cmd="pbctl__subcmd__context__subcmd__add"
                ;;
            pbctl__subcmd__context,current)
                cmd="pbctl__subcmd__context__subcmd__current"
                ;;
            pbctl__subcmd__context,delete)
                cmd="pbctl__subcmd__context__subcmd__delete"
                ;;
            pbctl__subcmd__context,import-pb-cli)
                cmd="pbctl__subcmd__context__subcmd__import__subcmd__pb__subcmd__cli"
                ;;
            pbctl__subcmd__context,label)
                cmd="pbctl__subcmd__context__subcmd__label"
                ;;
            pbctl__subcmd__context,list)
                cmd="pbctl__subcmd__context__subcmd__list"
                ;;
            pbctl__subcmd__context,ls)
                cmd="pbctl__subcmd__context__subcmd__list"
                ;;
            pbctl__subcmd__context,rename)
                cmd="pbctl__subcmd__context__subcmd__rename"
                ;;
            pbctl__subcmd__context,rm)
                cmd="pbctl__subcmd__context__subcmd__delete"
                ;;
            pbctl__subcmd__context,set)
                cmd="pbctl__subcmd__context__subcmd__set"
                ;;
            pbctl__subcmd__context,show)
                cmd="pbctl__subcmd__context__subcmd__show"
                ;;
            pbctl__subcmd__context,use)
                cmd="pbctl__subcmd__context__subcmd__use"
                ;;
            pbctl__subcmd__jwt,account)
                cmd="pbctl__subcmd__jwt__subcmd__account"
                ;;
            pbctl__subcmd__jwt,acct)
                cmd="pbctl__subcmd__jwt__subcmd__account"
                ;;
            pbctl__subcmd__jwt,activation)
                cmd="pbctl__subcmd__jwt__subcmd__activation"
                ;;
            pbctl__subcmd__jwt,check)
                cmd="pbctl__subcmd__jwt__subcmd__check"
                ;;
            pbctl__subcmd__jwt,context)
                cmd="pbctl__subcmd__jwt__subcmd__context"
                ;;
            pbctl__subcmd__jwt,creds)
                cmd="pbctl__subcmd__jwt__subcmd__creds"
                ;;
            pbctl__subcmd__jwt,describe)
                cmd="pbctl__subcmd__jwt__subcmd__describe"
                ;;
            pbctl__subcmd__jwt,import-nsc)
                cmd="pbctl__subcmd__jwt__subcmd__import__subcmd__nsc"
                ;;
            pbctl__subcmd__jwt,init)
                cmd="pbctl__subcmd__jwt__subcmd__init"
                ;;
            pbctl__subcmd__jwt,keys)
                cmd="pbctl__subcmd__jwt__subcmd__keys"
                ;;
            pbctl__subcmd__jwt,operator)
                cmd="pbctl__subcmd__jwt__subcmd__operator"
                ;;
            pbctl__subcmd__jwt,pull)
                cmd="pbctl__subcmd__jwt__subcmd__pull"
                ;;
            pbctl__subcmd__jwt,push)
                cmd="pbctl__subcmd__jwt__subcmd__push"
                ;;
            pbctl__subcmd__jwt,server-config)
                cmd="pbctl__subcmd__jwt__subcmd__server__subcmd__config"
                ;;
            pbctl__subcmd__jwt,user)
                cmd="pbctl__subcmd__jwt__subcmd__user"
                ;;
            pbctl__subcmd__jwt,validate)
                cmd="pbctl__subcmd__jwt__subcmd__validate"
                ;;
            pbctl__subcmd__jwt__subcmd__account,add)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__add"
                ;;
            pbctl__subcmd__jwt__subcmd__account,delete)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__delete"
                ;;
            pbctl__subcmd__jwt__subcmd__account,edit)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__edit"
                ;;
            pbctl__subcmd__jwt__subcmd__account,export)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__export"
                ;;
            pbctl__subcmd__jwt__subcmd__account,import)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__import"
                ;;
            pbctl__subcmd__jwt__subcmd__account,list)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__list"
                ;;
            pbctl__subcmd__jwt__subcmd__account,ls)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__list"
                ;;
            pbctl__subcmd__jwt__subcmd__account,mapping)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__mapping"
                ;;
            pbctl__subcmd__jwt__subcmd__account,rm)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__delete"
                ;;
            pbctl__subcmd__jwt__subcmd__account,show)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__show"
                ;;
            pbctl__subcmd__jwt__subcmd__account,signing-key)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__export,add)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__export__subcmd__add"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__export,delete)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__export__subcmd__delete"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__export,rm)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__export__subcmd__delete"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__import,add)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__import__subcmd__add"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__import,delete)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__import__subcmd__delete"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__import,rm)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__import__subcmd__delete"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__mapping,add)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__mapping__subcmd__add"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__mapping,list)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__mapping__subcmd__list"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__mapping,ls)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__mapping__subcmd__list"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__mapping,remove)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__mapping__subcmd__remove"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__mapping,rm)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__mapping__subcmd__remove"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key,add)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key__subcmd__add"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key,list)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key__subcmd__list"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key,ls)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key__subcmd__list"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key,remove)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key__subcmd__remove"
                ;;
            pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key,rm)
                cmd="pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key__subcmd__remove"
                ;;
            pbctl__subcmd__jwt__subcmd__activation,create)
                cmd="pbctl__subcmd__jwt__subcmd__activation__subcmd__create"
                ;;
            pbctl__subcmd__jwt__subcmd__keys,export)
                cmd="pbctl__subcmd__jwt__subcmd__keys__subcmd__export"
                ;;
            pbctl__subcmd__jwt__subcmd__keys,import)
                cmd="pbctl__subcmd__jwt__subcmd__keys__subcmd__import"
                ;;
            pbctl__subcmd__jwt__subcmd__operator,edit)
                cmd="pbctl__subcmd__jwt__subcmd__operator__subcmd__edit"
                ;;
            pbctl__subcmd__jwt__subcmd__operator,list)
                cmd="pbctl__subcmd__jwt__subcmd__operator__subcmd__list"
                ;;
            pbctl__subcmd__jwt__subcmd__operator,ls)
                cmd="pbctl__subcmd__jwt__subcmd__operator__subcmd__list"
                ;;
            pbctl__subcmd__jwt__subcmd__operator,show)
                cmd="pbctl__subcmd__jwt__subcmd__operator__subcmd__show"
                ;;
            pbctl__subcmd__jwt__subcmd__user,add)
                cmd="pbctl__subcmd__jwt__subcmd__user__subcmd__add"
                ;;
            pbctl__subcmd__jwt__subcmd__user,delete)
                cmd="pbctl__subcmd__jwt__subcmd__user__subcmd__delete"
                ;;
            pbctl__subcmd__jwt__subcmd__user,edit)
                cmd="pbctl__subcmd__jwt__subcmd__user__subcmd__edit"
                ;;
            pbctl__subcmd__jwt__subcmd__user,list)
                cmd="pbctl__subcmd__jwt__subcmd__user__subcmd__list"
                ;;
            pbctl__subcmd__jwt__subcmd__user,ls)
                cmd="pbctl__subcmd__jwt__subcmd__user__subcmd__list"
                ;;
            pbctl__subcmd__jwt__subcmd__user,revoke)
                cmd="pbctl__subcmd__jwt__subcmd__user__subcmd__revoke"
                ;;
            pbctl__subcmd__jwt__subcmd__user,rm)
                cmd="pbctl__subcmd__jwt__subcmd__user__subcmd__delete"
                ;;
            pbctl__subcmd__jwt__subcmd__user,show)
                cmd="pbctl__subcmd__jwt__subcmd__user__subcmd__show"
                ;;
            pbctl__subcmd__jwt__subcmd__user,unrevoke)
                cmd="pbctl__subcmd__jwt__subcmd__user__subcmd__unrevoke"
                ;;
            pbctl__subcmd__nats,account)
                cmd="pbctl__subcmd__nats__subcmd__account"
                ;;
            pbctl__subcmd__nats,bootstrap)
                cmd="pbctl__subcmd__nats__subcmd__bootstrap"
                ;;
            pbctl__subcmd__nats,role)
                cmd="pbctl__subcmd__nats__subcmd__role"
                ;;
            pbctl__subcmd__nats,server-config)
                cmd="pbctl__subcmd__nats__subcmd__server__subcmd__config"
                ;;
            pbctl__subcmd__nats,status)
                cmd="pbctl__subcmd__nats__subcmd__status"
                ;;
            pbctl__subcmd__nats,sync)
                cmd="pbctl__subcmd__nats__subcmd__sync"
                ;;
            pbctl__subcmd__nats,user)
                cmd="pbctl__subcmd__nats__subcmd__user"
                ;;
            pbctl__subcmd__nats__subcmd__account,add-signing-key)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__add__subcmd__signing__subcmd__key"
                ;;
            pbctl__subcmd__nats__subcmd__account,create)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__create"
                ;;
            pbctl__subcmd__nats__subcmd__account,delete)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__delete"
                ;;
            pbctl__subcmd__nats__subcmd__account,export)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__export"
                ;;
            pbctl__subcmd__nats__subcmd__account,get)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__get"
                ;;
            pbctl__subcmd__nats__subcmd__account,import)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__import"
                ;;
            pbctl__subcmd__nats__subcmd__account,list)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__list"
                ;;
            pbctl__subcmd__nats__subcmd__account,ls)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__list"
                ;;
            pbctl__subcmd__nats__subcmd__account,remove-signing-key)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__remove__subcmd__signing__subcmd__key"
                ;;
            pbctl__subcmd__nats__subcmd__account,resume)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__resume"
                ;;
            pbctl__subcmd__nats__subcmd__account,rm)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__delete"
                ;;
            pbctl__subcmd__nats__subcmd__account,rotate-keys)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__rotate__subcmd__keys"
                ;;
            pbctl__subcmd__nats__subcmd__account,suspend)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__suspend"
                ;;
            pbctl__subcmd__nats__subcmd__account,update)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__update"
                ;;
            pbctl__subcmd__nats__subcmd__account__subcmd__export,add)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__export__subcmd__add"
                ;;
            pbctl__subcmd__nats__subcmd__account__subcmd__export,delete)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__export__subcmd__delete"
                ;;
            pbctl__subcmd__nats__subcmd__account__subcmd__export,list)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__export__subcmd__list"
                ;;
            pbctl__subcmd__nats__subcmd__account__subcmd__export,ls)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__export__subcmd__list"
                ;;
            pbctl__subcmd__nats__subcmd__account__subcmd__export,rm)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__export__subcmd__delete"
                ;;
            pbctl__subcmd__nats__subcmd__account__subcmd__import,add)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__import__subcmd__add"
                ;;
            pbctl__subcmd__nats__subcmd__account__subcmd__import,delete)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__import__subcmd__delete"
                ;;
            pbctl__subcmd__nats__subcmd__account__subcmd__import,list)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__import__subcmd__list"
                ;;
            pbctl__subcmd__nats__subcmd__account__subcmd__import,ls)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__import__subcmd__list"
                ;;
            pbctl__subcmd__nats__subcmd__account__subcmd__import,rm)
                cmd="pbctl__subcmd__nats__subcmd__account__subcmd__import__subcmd__delete"
                ;;
            pbctl__subcmd__nats__subcmd__role,create)
                cmd="pbctl__subcmd__nats__subcmd__role__subcmd__create"
                ;;
            pbctl__subcmd__nats__subcmd__role,delete)
                cmd="pbctl__subcmd__nats__subcmd__role__subcmd__delete"
                ;;
            pbctl__subcmd__nats__subcmd__role,get)
                cmd="pbctl__subcmd__nats__subcmd__role__subcmd__get"
                ;;
            pbctl__subcmd__nats__subcmd__role,list)
                cmd="pbctl__subcmd__nats__subcmd__role__subcmd__list"
                ;;
            pbctl__subcmd__nats__subcmd__role,ls)
                cmd="pbctl__subcmd__nats__subcmd__role__subcmd__list"
                ;;
            pbctl__subcmd__nats__subcmd__role,rm)
                cmd="pbctl__subcmd__nats__subcmd__role__subcmd__delete"
                ;;
            pbctl__subcmd__nats__subcmd__role,update)
                cmd="pbctl__subcmd__nats__subcmd__role__subcmd__update"
                ;;
            pbctl__subcmd__nats__subcmd__user,create)
                cmd="pbctl__subcmd__nats__subcmd__user__subcmd__create"
                ;;
            pbctl__subcmd__nats__subcmd__user,creds)
                cmd="pbctl__subcmd__nats__subcmd__user__subcmd__creds"
                ;;
            pbctl__subcmd__nats__subcmd__user,delete)
                cmd="pbctl__subcmd__nats__subcmd__user__subcmd__delete"
                ;;
            pbctl__subcmd__nats__subcmd__user,get)
                cmd="pbctl__subcmd__nats__subcmd__user__subcmd__get"
                ;;
            pbctl__subcmd__nats__subcmd__user,list)
                cmd="pbctl__subcmd__nats__subcmd__user__subcmd__list"
                ;;
            pbctl__subcmd__nats__subcmd__user,ls)
                cmd="pbctl__subcmd__nats__subcmd__user__subcmd__list"
                ;;
            pbctl__subcmd__nats__subcmd__user,regenerate)
                cmd="pbctl__subcmd__nats__subcmd__user__subcmd__regenerate"
                ;;
            pbctl__subcmd__nats__subcmd__user,resume)
                cmd="pbctl__subcmd__nats__subcmd__user__subcmd__resume"
                ;;
            pbctl__subcmd__nats__subcmd__user,revoke)
                cmd="pbctl__subcmd__nats__subcmd__user__subcmd__revoke"
                ;;
            pbctl__subcmd__nats__subcmd__user,rm)
                cmd="pbctl__subcmd__nats__subcmd__user__subcmd__delete"
                ;;
            pbctl__subcmd__nats__subcmd__user,suspend)
                cmd="pbctl__subcmd__nats__subcmd__user__subcmd__suspend"
                ;;
            pbctl__subcmd__nats__subcmd__user,update)
                cmd="pbctl__subcmd__nats__subcmd__user__subcmd__update"
                ;;
            pbctl__subcmd__record,count)
                cmd="pbctl__subcmd__record__subcmd__count"
                ;;
            pbctl__subcmd__record,create)
                cmd="pbctl__subcmd__record__subcmd__create"
                ;;
            pbctl__subcmd__record,delete)
                cmd="pbctl__subcmd__record__subcmd__delete"
                ;;
            pbctl__subcmd__record,export)
                cmd="pbctl__subcmd__record__subcmd__export"
                ;;
            pbctl__subcmd__record,get)
                cmd="pbctl__subcmd__record__subcmd__get"
                ;;
            pbctl__subcmd__record,import)
                cmd="pbctl__subcmd__record__subcmd__import"
                ;;
            pbctl__subcmd__record,list)
                cmd="pbctl__subcmd__record__subcmd__list"
                ;;
            pbctl__subcmd__record,ls)
                cmd="pbctl__subcmd__record__subcmd__list"
                ;;
            pbctl__subcmd__record,rm)
                cmd="pbctl__subcmd__record__subcmd__delete"
                ;;
            pbctl__subcmd__record,update)
                cmd="pbctl__subcmd__record__subcmd__update"
                ;;
            pbctl__subcmd__record,watch)
                cmd="pbctl__subcmd__record__subcmd__watch"
                ;;
            pbctl__subcmd__settings,get)
                cmd="pbctl__subcmd__settings__subcmd__get"
                ;;
            pbctl__subcmd__settings,set)
                cmd="pbctl__subcmd__settings__subcmd__set"
                ;;
            *)
                ;;
        esac
    done

    case "${prev}" in
        --context|--selector|-l|--parallel|--config|--jq|--timeout)
            COMPREPLY=($(compgen -f "${cur}"))
            return 0
            ;;
        --output|-o)
            COMPREPLY=($(compgen -W "table wide json yaml jsonl name" -- "${cur}"))
            return 0
            ;;
        --color)
            COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
            return 0
            ;;
    esac
    case "${cmd}" in
        pbctl)
            opts="-h -V --help --version context ctx auth record rec r collection col backup bk nats settings health api apply diff export jwt completion help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__api)
            opts="-X -f -F -h --method --raw-field --field --input --paginate --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --method|-X|--raw-field|-f|--field|-F|--input)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__apply)
            opts="-f -h --from-file --filename --dry-run --prune --allow-data-loss --encryption-key-env --wait --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filename|--from-file|-f|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__auth)
            opts="-h --help login api-token status whoami token logout ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__auth__subcmd__api__subcmd__token)
            opts="-h --duration --collection --record --save --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --duration|--collection|--record)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__auth__subcmd__login)
            opts="-h --identity --password-stdin --collection --otp-stdin --otp-id --token-stdin --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --identity|--collection|--otp-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__auth__subcmd__logout)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__auth__subcmd__status)
            opts="-h --check --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__auth__subcmd__token)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__backup)
            opts="-h --help list ls create download upload restore delete rm copy prune ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__backup__subcmd__copy)
            opts="-h --to --name --force --restore --no-wait --wait-timeout --dead-after --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --to|--name|--wait-timeout|--dead-after)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__backup__subcmd__create)
            opts="-h --wait-timeout --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__backup__subcmd__delete)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__backup__subcmd__download)
            opts="-O -h --out --force --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --out|-O)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__backup__subcmd__list)
            opts="-h --prefix --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__backup__subcmd__prune)
            opts="-h --keep --prefix --dry-run --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --keep|--prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__backup__subcmd__restore)
            opts="-h --no-wait --wait-timeout --dead-after --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout|--dead-after)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__backup__subcmd__upload)
            opts="-h --name --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__collection)
            opts="-h --help list ls get export apply diff delete rm truncate ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__collection__subcmd__apply)
            opts="-f -h --from-file --prune --dry-run --allow-data-loss --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --from-file|-f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__collection__subcmd__delete)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__collection__subcmd__diff)
            opts="-f -h --from-file --prune --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --from-file|-f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__collection__subcmd__export)
            opts="-O -h --out --force --format --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --out|-O)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "yaml json" -- "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__collection__subcmd__get)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__collection__subcmd__list)
            opts="-h --system --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__collection__subcmd__truncate)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__completion)
            opts="-h --static --help bash zsh fish powershell elvish ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__context)
            opts="-h --help add list ls use current show set rename label delete rm import-pb-cli ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__context__subcmd__add)
            opts="-h --url --auth-collection --identity --ca-file --insecure-skip-verify --nats-url --nats-creds --description --use --label --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --url|--auth-collection|--identity|--ca-file|--nats-url|--nats-creds|--description|--label)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__context__subcmd__current)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__context__subcmd__delete)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__context__subcmd__import__subcmd__pb__subcmd__cli)
            opts="-h --overwrite --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__context__subcmd__label)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__context__subcmd__list)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__context__subcmd__rename)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__context__subcmd__set)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__context__subcmd__show)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__context__subcmd__use)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__diff)
            opts="-f -h --from-file --filename --prune --encryption-key-env --wait --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filename|--from-file|-f|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__export)
            opts="-O -h --output-dir --force --kind --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output-dir|-O)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kind)
                    COMPREPLY=($(compgen -W "Settings Collection NatsAccount NatsRole NatsExport NatsImport NatsUser" -- "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__health)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__help)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt)
            opts="-h --store --operator --help init operator account acct user creds describe validate server-config push pull import-nsc activation keys context check ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account)
            opts="-h --store --operator --help add edit list ls show delete rm export import signing-key mapping ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__add)
            opts="-h --conns --subs --data --payload --js-mem-storage --js-disk-storage --leaf-conns --imports --exports --wildcard-exports --disallow-bearer --js-streams --js-consumer --js-max-ack-pending --js-tier --add-signing-key --no-signing-key --sign-with --description --tag --expiry --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --conns|--subs|--data|--payload|--js-mem-storage|--js-disk-storage|--leaf-conns|--imports|--exports|--js-streams|--js-consumer|--js-max-ack-pending|--js-tier|--sign-with|--description|--tag|--expiry|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wildcard-exports|--disallow-bearer)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__delete)
            opts="-h --rm-keys --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__edit)
            opts="-h --conns --subs --data --payload --js-mem-storage --js-disk-storage --leaf-conns --imports --exports --wildcard-exports --disallow-bearer --js-streams --js-consumer --js-max-ack-pending --js-tier --add-signing-key --remove-signing-key --sign-with --description --tag --expiry --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --conns|--subs|--data|--payload|--js-mem-storage|--js-disk-storage|--leaf-conns|--imports|--exports|--js-streams|--js-consumer|--js-max-ack-pending|--js-tier|--remove-signing-key|--sign-with|--description|--tag|--expiry|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wildcard-exports|--disallow-bearer)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__export)
            opts="-h --store --operator --help add delete rm ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__export__subcmd__add)
            opts="-a -h --account --subject --name --service --stream --private --response-type --advertise --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--subject|--name|--response-type|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__export__subcmd__delete)
            opts="-h --account --subject --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|--subject|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__import)
            opts="-h --store --operator --help add delete rm ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__import__subcmd__add)
            opts="-a -h --account --from-account --subject --local-subject --name --service --stream --token --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--from-account|--subject|--local-subject|--name|--token|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__import__subcmd__delete)
            opts="-h --account --subject --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|--subject|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__list)
            opts="-h --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__mapping)
            opts="-h --store --operator --help add list ls remove rm ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__mapping__subcmd__add)
            opts="-a -h --account --from --to --weight --cluster --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--from|--to|--weight|--cluster|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__mapping__subcmd__list)
            opts="-a -h --account --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__mapping__subcmd__remove)
            opts="-a -h --account --from --to --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--from|--to|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__show)
            opts="-h --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key)
            opts="-h --store --operator --help add list ls remove rm ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key__subcmd__add)
            opts="-a -h --account --role --description --allow-pub --allow-sub --deny-pub --deny-sub --allow-pubsub --allow-pub-response --response-ttl --expiry --bearer --tag --source-network --conn-type --subs --data --payload --time --locale --start --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--role|--description|--allow-pub|--allow-sub|--deny-pub|--deny-sub|--allow-pubsub|--allow-pub-response|--response-ttl|--expiry|--tag|--source-network|--conn-type|--subs|--data|--payload|--time|--locale|--start|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bearer)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key__subcmd__list)
            opts="-a -h --account --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__account__subcmd__signing__subcmd__key__subcmd__remove)
            opts="-a -h --account --role --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--role|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__activation)
            opts="-h --store --operator --help create ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__activation__subcmd__create)
            opts="-a -O -h --account --subject --target-account --expiry --out --force --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--subject|--target-account|--expiry|--out|-O|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__check)
            opts="-h --expiring --creds --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --expiring|--creds|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__context)
            opts="-a -u -h --account --user --nats-url --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--user|-u|--nats-url|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__creds)
            opts="-a -O -h --account --out --force --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--out|-O|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__describe)
            opts="-h --no-jti-check --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__import__subcmd__nsc)
            opts="-h --keys --overwrite --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --keys|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__init)
            opts="-h --no-system-account --service-url --account-server-url --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --service-url|--account-server-url|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__keys)
            opts="-h --store --operator --help export import ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__keys__subcmd__export)
            opts="-O -a -h --out --force --account --passphrase-stdin --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --out|-O|--account|-a|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__keys__subcmd__import)
            opts="-h --passphrase-stdin --overwrite --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__operator)
            opts="-h --store --operator --help show edit list ls ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__operator__subcmd__edit)
            opts="-h --service-url --account-server-url --add-signing-key --remove-signing-key --require-signing-keys --assert-server-version --tag --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --service-url|--account-server-url|--remove-signing-key|--assert-server-version|--tag|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --require-signing-keys)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__operator__subcmd__list)
            opts="-h --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__operator__subcmd__show)
            opts="-h --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__pull)
            opts="-h --nats-url --system-creds --servers --write --overwrite-newer --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --nats-url|--system-creds|--servers|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__push)
            opts="-h --all --nats-url --system-creds --prune --servers --force --dry-run --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --nats-url|--system-creds|--servers|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__server__subcmd__config)
            opts="-O -h --resolver --dir --out --force --listen --server-name --hard-delete --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resolver)
                    COMPREPLY=($(compgen -W "full cache memory" -- "${cur}"))
                    return 0
                    ;;
                --dir|--out|-O|--listen|--server-name|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__user)
            opts="-h --store --operator --help add edit list ls show delete rm revoke unrevoke ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__user__subcmd__add)
            opts="-a -h --account --allow-pub --allow-sub --deny-pub --deny-sub --allow-pubsub --allow-pub-response --response-ttl --expiry --bearer --tag --source-network --conn-type --subs --data --payload --time --locale --start --signing-key --from --creds-dir --force --threads --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--allow-pub|--allow-sub|--deny-pub|--deny-sub|--allow-pubsub|--allow-pub-response|--response-ttl|--expiry|--tag|--source-network|--conn-type|--subs|--data|--payload|--time|--locale|--start|--signing-key|--from|--creds-dir|--threads|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bearer)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__user__subcmd__delete)
            opts="-a -h --account --revoke --rm-keys --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__user__subcmd__edit)
            opts="-a -h --account --allow-pub --allow-sub --deny-pub --deny-sub --allow-pubsub --allow-pub-response --response-ttl --expiry --bearer --tag --source-network --conn-type --subs --data --payload --time --locale --start --signing-key --rm-time --rm --rm-tag --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--allow-pub|--allow-sub|--deny-pub|--deny-sub|--allow-pubsub|--allow-pub-response|--response-ttl|--expiry|--tag|--source-network|--conn-type|--subs|--data|--payload|--time|--locale|--start|--signing-key|--rm|--rm-tag|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bearer)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__user__subcmd__list)
            opts="-a -h --account --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__user__subcmd__revoke)
            opts="-a -h --account --at --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--at|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__user__subcmd__show)
            opts="-a -h --account --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__user__subcmd__unrevoke)
            opts="-a -h --account --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|-a|--store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__jwt__subcmd__validate)
            opts="-h --store --operator --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --store|--operator)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats)
            opts="-h --encryption-key-env --wait --show-seeds --help bootstrap status server-config account role user sync ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account)
            opts="-h --encryption-key-env --wait --show-seeds --help list ls get create update delete rm rotate-keys add-signing-key remove-signing-key suspend resume export import ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__add__subcmd__signing__subcmd__key)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__create)
            opts="-h --description --max-connections --max-subscriptions --max-data --max-payload --max-jetstream-memory --max-jetstream-disk --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --description|--max-connections|--max-subscriptions|--max-data|--max-payload|--max-jetstream-memory|--max-jetstream-disk|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__delete)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__export)
            opts="-h --encryption-key-env --wait --show-seeds --help add list ls delete rm ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__export__subcmd__add)
            opts="-h --name --subject --service --token-req --response-type --response-threshold --account-token-position --advertise --allow-trace --description --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name|--subject|--response-threshold|--account-token-position|--description|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --response-type)
                    COMPREPLY=($(compgen -W "Singleton Stream Chunked" -- "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__export__subcmd__delete)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__export__subcmd__list)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__get)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__import)
            opts="-h --encryption-key-env --wait --show-seeds --help add list ls delete rm ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__import__subcmd__add)
            opts="-h --name --subject --from --service --local-subject --token --share --allow-trace --description --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name|--subject|--from|--local-subject|--token|--description|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__import__subcmd__delete)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__import__subcmd__list)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__list)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__remove__subcmd__signing__subcmd__key)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__resume)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__rotate__subcmd__keys)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__suspend)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__account__subcmd__update)
            opts="-h --rename --description --max-connections --max-subscriptions --max-data --max-payload --max-jetstream-memory --max-jetstream-disk --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --rename|--description|--max-connections|--max-subscriptions|--max-data|--max-payload|--max-jetstream-memory|--max-jetstream-disk|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__bootstrap)
            opts="-h --operator-name --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --operator-name|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__role)
            opts="-h --encryption-key-env --wait --show-seeds --help list ls get create update delete rm ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__role__subcmd__create)
            opts="-h --pub --sub --deny-pub --deny-sub --allow-response --response-ttl --max-subscriptions --max-data --max-payload --description --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --pub|--sub|--deny-pub|--deny-sub|--allow-response|--response-ttl|--max-subscriptions|--max-data|--max-payload|--description|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__role__subcmd__delete)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__role__subcmd__get)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__role__subcmd__list)
            opts="-h --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__role__subcmd__update)
            opts="-h --rename --no-response --pub --sub --deny-pub --deny-sub --allow-response --response-ttl --max-subscriptions --max-data --max-payload --description --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --rename|--pub|--sub|--deny-pub|--deny-sub|--allow-response|--response-ttl|--max-subscriptions|--max-data|--max-payload|--description|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__server__subcmd__config)
            opts="-O -h --out --listen --resolver-dir --server-name --resolver-limit --force --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --out|-O|--listen|--resolver-dir|--server-name|--resolver-limit|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__status)
            opts="-h --nats-url --creds --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --nats-url|--creds|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__sync)
            opts="-h --dry-run --prune --nats-url --creds --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --nats-url|--creds|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__user)
            opts="-h --encryption-key-env --wait --show-seeds --help list ls get create update delete rm creds revoke regenerate suspend resume ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__user__subcmd__create)
            opts="-h --account --role --email --bearer --inactive --pub --sub --deny-pub --deny-sub --description --expires --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|--role|--email|--pub|--sub|--deny-pub|--deny-sub|--description|--expires|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__user__subcmd__creds)
            opts="-O -h --account --out --force --nats-context --nats-url --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|--out|-O|--nats-context|--nats-url|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__user__subcmd__delete)
            opts="-h --account --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__user__subcmd__get)
            opts="-h --account --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__user__subcmd__list)
            opts="-h --account --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__user__subcmd__regenerate)
            opts="-h --account --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__user__subcmd__resume)
            opts="-h --account --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__user__subcmd__revoke)
            opts="-h --account --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__user__subcmd__suspend)
            opts="-h --account --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__nats__subcmd__user__subcmd__update)
            opts="-h --account --role --move-to --bearer --pub --sub --deny-pub --deny-sub --description --expires --encryption-key-env --wait --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --account|--role|--move-to|--pub|--sub|--deny-pub|--deny-sub|--description|--expires|--encryption-key-env|--wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bearer)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__record)
            opts="-h --help list ls get create update delete rm count import export watch ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__record__subcmd__count)
            opts="-h --filter --param --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filter|--param)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__record__subcmd__create)
            opts="-f -h --from-file --file --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --from-file|-f|--file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__record__subcmd__delete)
            opts="-h --filter --param --all --dry-run --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filter|--param)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__record__subcmd__export)
            opts="-O -h --filter --param --sort --fields --expand --out --force --show-seeds --format --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filter|--param|--sort|--fields|--expand|--out|-O)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "jsonl json csv" -- "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__record__subcmd__get)
            opts="-O -h --expand --fields --download --out --force --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --expand|--fields|--download|--out|-O)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__record__subcmd__import)
            opts="-f -h --from-file --format --upsert --batch-size --concurrency --on-error --errors --force --dry-run --from-line --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --from-file|-f|--batch-size|--concurrency|--errors|--from-line)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "jsonl json csv" -- "${cur}"))
                    return 0
                    ;;
                --on-error)
                    COMPREPLY=($(compgen -W "stop skip" -- "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__record__subcmd__list)
            opts="-h --filter --param --sort --expand --fields --limit --all --page --per-page --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filter|--param|--sort|--expand|--fields|--limit|--page|--per-page)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__record__subcmd__update)
            opts="-f -h --from-file --file --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --from-file|-f|--file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__record__subcmd__watch)
            opts="-h --filter --param --fields --expand --count --show-seeds --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filter|--param|--fields|--expand|--count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__settings)
            opts="-h --help get set ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__settings__subcmd__get)
            opts="-h --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        pbctl__subcmd__settings__subcmd__set)
            opts="-f -h --from-file --help ${_pbctl_global_opts}"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --from-file|-f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _pbctl -o nosort -o bashdefault -o default pbctl
else
    complete -F _pbctl -o bashdefault -o default pbctl
fi
