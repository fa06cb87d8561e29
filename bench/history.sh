#!/usr/bin/env bash
# `limber history` and `limber stats` over years of use: 50,000 records (issue 4 asks for under a
# second each). Whole processes through ./limber, medians of RUNS runs, peak RSS.
#
#   bench/history.sh [RECORDS] [RUNS]     (defaults 50000 and 7; needs a built target/limber.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-50000}
runs=${2:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/state"

# Records spread evenly over three years up to 2026 (mawk's strftime stops at 2038), each with
# pain answers and its work done (format 2), as a walker's history would look; many more a day than
# anyone keeps, to be safe.
awk -v n="$records" 'BEGIN {
  srand(7);
  for (i = 0; i < n; i++) {
    day = int(i * 1100 / n); t = 1700000000 + day * 86400 + (i % 40) * 1800;
    started = strftime("%Y-%m-%dT%H:%M:%S+00:00", t, 1);
    ended = strftime("%Y-%m-%dT%H:%M:%S+00:00", t + 700, 1);
    before = int(rand() * 6); after = int(rand() * 6); done = (rand() < 0.9) ? "true" : "false";
    printf "{\"v\":2,\"id\":\"s%d\",\"routine\":\"back-friendly-walk\",\"title\":\"Back-friendly walk\",", i;
    printf "\"started\":\"%s\",\"ended\":\"%s\",\"planned_s\":605,\"active_s\":600,\"paused_s\":95,", started, ended;
    printf "\"segments_done\":2,\"segments_skipped\":0,\"completed\":%s,\"ended_by\":\"%s\",", done, done == "true" ? "finished" : "quit";
    printf "\"pain_before\":%d,\"pain_after\":%d,\"red_flag\":false,\"length_s\":600,", before, after;
    printf "\"work_s\":%d,\"work_planned_s\":600,\"reps_unconfirmed\":0,\"counts\":%s}\n", done == "true" ? 600 : 200, done;
  }
}' > "$work/state/history.jsonl"
# Private, as Limber makes it: otherwise the first command would make it so, and say so.
chmod 600 "$work/state/history.jsonl"
echo "history.jsonl: $(wc -l < "$work/state/history.jsonl") records (format 2), $(du -h "$work/state/history.jsonl" | cut -f1)"
echo "java: $(java -version 2>&1 | head -n 1)"

./limber --version > /dev/null   # build the jar first if needed, outside the timings
. bench/measure.bash
printf '| command | median s | max s | peak RSS MB |\n| --- | ---: | ---: | ---: |\n'
measure "limber history --format json" history --format json --state-dir "$work/state"
measure "limber history (table)" history --state-dir "$work/state"
measure "limber history --format csv" history --format csv --state-dir "$work/state"
measure "limber stats" stats --state-dir "$work/state"
measure "limber stats --format json" stats --format json --state-dir "$work/state"
measure "limber show back-friendly-walk (reads the history for today's length)" show back-friendly-walk --state-dir "$work/state"
