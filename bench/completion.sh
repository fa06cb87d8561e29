#!/usr/bin/env bash
# Tab after `limber show post-r` (issue 14 asks for under 100 ms warm): the completion script's own
# function, called in a bash that has loaded the script, as bash calls it at each Tab. It asks
# `limber list --format ids`, which the launcher answers from the ids `list` kept while no routine
# folder, routine file or config file has changed, and Java answers otherwise (here: a routine
# folder touched before each Tab). Medians of RUNS Tabs, in milliseconds of wall time.
#
#   bench/completion.sh [RUNS] [LIMBER]    (default 15 and ./limber; LIMBER may be an unzipped
#                                           zip's or runtime image's bin/limber, or /usr/bin/limber)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
limber=$(readlink -f "${2:-./limber}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/.config/limber/routines"
export HOME=$work
unset XDG_CONFIG_HOME XDG_STATE_HOME LIMBER_ROUTINES LIMBER_STATE_DIR
"$limber" completion > "$work/completion.bash"

# One bash for all the Tabs: it loads the script once, as a shell does.
LIMBER=$limber RUNS=$runs bash --norc --noprofile -c '
  source "$HOME/completion.bash" 2>/dev/null
  tab() {
    COMP_WORDS=("$LIMBER" show post-r) COMP_CWORD=2 COMP_LINE="$LIMBER show post-r" COMP_POINT=${#COMP_LINE}
    local start=$EPOCHREALTIME
    _complete_limber "$LIMBER" post-r show 2>/dev/null
    local end=$EPOCHREALTIME
    [ "${COMPREPLY[*]}" = post-run-stretches ] || { echo "Tab offered: ${COMPREPLY[*]}" >&2; exit 1; }
    echo $(( (${end/./} - ${start/./}) / 1000 ))
  }
  median() { sort -n | awk "{ v[NR] = \$1 } END { print v[int((NR + 1) / 2)] }"; }
  tab > /dev/null
  kept=$(for _ in $(seq "$RUNS"); do tab; done | median)
  stale=$(for _ in $(seq "$RUNS"); do touch "$HOME/.config/limber/routines"; tab; done | median)
  echo "| Tab after \`limber show post-r\` | median ms |"
  echo "| --- | ---: |"
  echo "| ids kept by \`list\` (no JVM) | $kept |"
  echo "| a routine folder changed before each Tab (Java answers) | $stale |"
'
