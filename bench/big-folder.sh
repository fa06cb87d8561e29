#!/usr/bin/env bash
# `limber list` over a folder of many routines (issue "Nothing breaks it" asks under 2 s for 10,000).
# Whole processes through ./limber, medians of RUNS runs, peak RSS.
#
#   bench/big-folder.sh [ROUTINES] [RUNS]     (defaults 10000 and 7; needs a built target/limber.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
runs=${2:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/many"
for i in $(seq 1 "$count"); do
  printf 'title: Routine %d\ntags: [many]\nsteps:\n  - {name: Reach, time: 30s, sides: both, cues: [Arms long.]}\n  - {name: Fold, reps: 5}\n' "$i" \
    > "$work/many/routine-$i.yaml"
done
echo "folder: $count routines, $(du -sh "$work/many" | cut -f1)"
echo "java: $(java -version 2>&1 | head -n 1)"
./limber --version > /dev/null

. bench/measure.bash

printf '| command | median s | max s | peak RSS MB |\n| --- | ---: | ---: | ---: |\n'
measure "limber list" list --routines "$work/many"
measure "limber list --format json" list --format json --routines "$work/many"
measure "limber validate (the folder)" validate "$work/many"
measure "limber show routine-5000" show routine-5000 --routines "$work/many"
