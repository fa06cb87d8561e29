#!/usr/bin/env bash
# `limber today --format line`, as a status bar asks it every few seconds (issue 12 asks for under
# 100 ms warm): from the kept line, where the launcher answers without Java, and by Java when the
# line is stale (after a session, or with a year of history: 3 walks, a stretch and a morning a
# day). Whole processes through ./limber, medians of RUNS runs, peak RSS.
#
#   bench/today-line.sh [RUNS]     (default 15; needs a built target/limber.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/.local/state/limber"
source bench/measure.bash

echo "| command | median s | max s | peak RSS MB |"
echo "| --- | --- | --- | --- |"
# Fresh home: the first run keeps the line; the runs after it are answered from it.
env HOME="$work" ./limber today --format line > /dev/null
measure "today --format line, kept line (no JVM)" today --format line

# A year of history; the line made stale before each run (as a new session would), so Java answers.
awk 'BEGIN {
  for (d = 0; d < 365; d++) {
    for (k = 0; k < 5; k++) {
      t = 1733000000 + d * 86400 + k * 3 * 3600;
      s = strftime("%Y-%m-%dT%H:%M:%S+00:00", t, 1); e = strftime("%Y-%m-%dT%H:%M:%S+00:00", t + 700, 1);
      if (k == 0) { printf "{\"v\":3,\"type\":\"morning\",\"id\":\"m%d\",\"at\":\"%s\",\"pain\":%d}\n", d, s, d % 5; continue }
      r = (k == 4) ? "thoracic-mobility" : "back-friendly-walk";
      printf "{\"v\":3,\"id\":\"s%d-%d\",\"routine\":\"%s\",\"title\":\"x\",\"started\":\"%s\",\"ended\":\"%s\",", d, k, r, s, e;
      printf "\"planned_s\":600,\"active_s\":600,\"paused_s\":0,\"completed\":true,\"ended_by\":\"finished\",";
      printf "\"work_s\":600,\"work_planned_s\":600,\"reps_unconfirmed\":0,\"counts\":true}\n";
    }
  }
}' > "$work/.local/state/limber/history.jsonl"
stale() { rm -f "$work/.local/state/limber/today-line"; }
times=() peak=0
for _ in $(seq "$runs"); do
  stale
  start=$(date +%s%N)
  /usr/bin/time -f %M -o "$work/rss" env HOME="$work" ./limber today --format line > /dev/null 2> "$work/err"
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  rss=$(tail -n 1 "$work/rss"); [ "$rss" -gt "$peak" ] && peak=$rss
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
printf '| %s | %.2f | %.2f | %d |\n' "today --format line, stale: Java, a year of history" \
  "$(echo "${sorted[$(( ${#sorted[@]} / 2 ))]} / 1000" | bc -l)" \
  "$(echo "${sorted[$(( ${#sorted[@]} - 1 ))]} / 1000" | bc -l)" $(( peak / 1024 ))
measure "today --format line, kept again after that" today --format line
