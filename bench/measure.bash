# Sourced by the bench scripts: times whole ./limber processes. Needs $runs and $work set.
#
#   measure LABEL LIMBER-ARGS...   prints "| LABEL | median s | max s | peak RSS MB |"
measure() {
  local label=$1; shift
  local times=() peak=0
  for _ in $(seq "$runs"); do
    local start end rss
    start=$(date +%s%N)
    /usr/bin/time -f %M -o "$work/rss" env HOME="$work" ./limber "$@" > /dev/null 2> "$work/err"
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    rss=$(tail -n 1 "$work/rss"); [ "$rss" -gt "$peak" ] && peak=$rss
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '| %s | %.2f | %.2f | %d |\n' "$label" "$(echo "${sorted[$(( ${#sorted[@]} / 2 ))]} / 1000" | bc -l)" \
    "$(echo "${sorted[$(( ${#sorted[@]} - 1 ))]} / 1000" | bc -l)" $(( peak / 1024 ))
}
