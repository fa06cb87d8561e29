#!/usr/bin/env bash
# The coach's timing and cost, measured (issue 3):
#   1. drift: how late the end of a real 60 s hold is noticed (DriftBench, real clock, in-process);
#   2. CPU time and bytes written while `./limber run` counts down a 60 s window of a longer hold,
#      full screen in a 100x30 tmux pane, sampled from /proc and from tmux pipe-pane.
#
#   bench/coach.sh [SECONDS]     (default 60; needs tmux and a built target/; ./mvnw -B verify builds it)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
command -v tmux >/dev/null || { echo "needs tmux" >&2; exit 1; }
[ -d target/test-classes ] || { echo "build first: ./mvnw -B verify" >&2; exit 1; }
work=$(mktemp -d)
socket="limber-bench-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null; rm -rf "$work"' EXIT

echo "java: $(java -version 2>&1 | head -n 1)"

# 1. Drift, in the background while 2 runs (each uses one of the two cores at most a little).
classpath="target/classes:target/test-classes:$(ls target/lib/*.jar | tr '\n' :)"
java --enable-native-access=ALL-UNNAMED -cp "$classpath" dev.limber.tui.DriftBench "$seconds" > "$work/drift" &
drift=$!

# 2. A hold longer than the window, so nothing but the countdown happens in it.
mkdir -p "$work/routines"
cat > "$work/routines/bench-hold.yaml" <<YAML
title: Bench hold
defaults: {prepare: 0s}
steps:
  - {name: Plank, time: $((seconds + 30))s, cues: [Keep your back straight.]}
YAML
tmux -L "$socket" -f /dev/null new-session -d -s b -x 100 -y 30 \
  env HOME="$work" TERM=xterm-256color bash --norc --noprofile
tmux -L "$socket" pipe-pane -t b -o "cat > $work/bytes"
tmux -L "$socket" send-keys -t b "./limber run bench-hold --yes --sound none --routines $work/routines" Enter
until pid=$(pgrep -f "run bench-hold --yes --sound none --routines $work/routines" | head -n 1) && [ -n "$pid" ] \
    && tmux -L "$socket" capture-pane -p -t b | grep -q "Bench hold"; do
  sleep 0.2
done
sleep 5   # past start-up and the first frames: measure the steady countdown only
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
ticks=$(getconf CLK_TCK)
cpu0=$(cpu); bytes0=$(stat -c %s "$work/bytes"); t0=$(date +%s%N)
sleep "$seconds"
cpu1=$(cpu); bytes1=$(stat -c %s "$work/bytes"); t1=$(date +%s%N)
tmux -L "$socket" send-keys -t b q
wait "$drift"

elapsed=$(echo "($t1 - $t0) / 1000000000" | bc -l)
printf 'countdown on 100x30: %.2f %% of one core (%d ticks of %d per second over %.1f s)\n' \
  "$(echo "($cpu1 - $cpu0) / $ticks / $elapsed * 100" | bc -l)" $((cpu1 - cpu0)) "$ticks" "$elapsed"
printf 'written to the terminal: %.0f bytes per second\n' "$(echo "($bytes1 - $bytes0) / $elapsed" | bc -l)"
cat "$work/drift"
