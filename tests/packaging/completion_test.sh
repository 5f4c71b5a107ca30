#!/usr/bin/env bash
# The bash completion offers the values an option takes, as a person pressing Tab would see.
# Usage: completion_test.sh <cramp-diary.bash-completion>
set -u
source "$1"
failures=0
expect() { # expect "<command line, last word being completed>" "<word that must be offered>"
    read -r -a COMP_WORDS <<< "$1"
    [[ "$1" == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _cramp_diary 2>/dev/null
    if ! printf '%s\n' "${COMPREPLY[@]}" | grep -qx -- "$2"; then
        echo "'$1<Tab>' does not offer '$2' (offers: ${COMPREPLY[*]})"
        failures=$((failures + 1))
    fi
}
expect "cramp-diary --night" "--night-mode"
expect "cramp-diary --vi" "--view"
expect "cramp-diary --view exp" "experiment-plan"
expect "cramp-diary checkin --position " "toes_pointed"
expect "cramp-diary checkin --alcohol " "no"
expect "cramp-diary checkin --kept y" "yes"
expect "cramp-diary log --woke " "yes"
expect "cramp-diary log --sign swelling,numb" "swelling,numbness_tingling"
expect "cramp-diary report --sections reliefs,fa" "reliefs,factors"
expect "cramp-diary report --sections " "episodes"
expect "cramp-diary log --no" "--no-cramps"
expect "cramp-diary experiment plan --nights-a" "--nights-a-week"
expect "cramp-diary diary.sqlite --che" "--checkin"
[ "$failures" -eq 0 ] && echo "every completion offered" || exit 1
