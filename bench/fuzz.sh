#!/usr/bin/env bash
# Fuzzes Limber's readers for real (docs/robustness.md, "Fuzzing"): each @FuzzTest in turn, for a
# set time, with coverage instrumentation over Limber, Jackson and SnakeYAML, so the fuzzer is led
# into the parsers' corners and not only ours. Plain `./mvnw -B verify` runs only the seed inputs.
#
#   bench/fuzz.sh [SECONDS] [TARGET...]   (default 600 s per target; targets: the *FuzzTest classes)
#
# One target at a time (Jazzer fuzzes one test per JVM), each through Maven with JAZZER_FUZZ=1; the
# log of each is target/fuzz/TARGET.log. A finding fails that target: Jazzer writes its input as
# crash-* or timeout-* into the target's Inputs folder under src/test/resources, where, once fixed,
# it stays as a regression test. What fuzzing grew besides lands in .cifuzz-corpus/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(RoutineLoaderFuzzTest DurationsFuzzTest HistoryReaderFuzzTest PlannerFuzzTest)
fi

export JAZZER_FUZZ=1
export JAZZER_MAX_DURATION="${seconds}s"
# Jazzer instruments only class folders by default, which leaves Jackson's and SnakeYAML's jars blind.
export JAZZER_INSTRUMENT='dev.limber.**,com.fasterxml.jackson.**,org.yaml.snakeyaml.**'
# Go on after a finding, so one run collects the distinct ones (each once) rather than the first.
export JAZZER_KEEP_GOING=${JAZZER_KEEP_GOING:-20}

mkdir -p target/fuzz
echo "java: $(java -version 2>&1 | head -n 1); $(nproc) cores; ${seconds} s per target"
./mvnw -B -q test-compile

# The inputs Jazzer keeps for findings: an exception (crash-), a hang (timeout-), memory (oom-).
findings() {
  find "$inputs" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' \) | sort
}

failed=0
for target in "${targets[@]}"; do
  log=target/fuzz/$target.log
  inputs=$(find src/test/resources -type d -name "${target}Inputs" | head -n 1)
  [ -n "$inputs" ] || { echo "$target: no ${target}Inputs folder under src/test/resources" >&2; exit 2; }
  before=$(findings)
  echo "== $target: fuzzing for ${seconds} s from $(date -u +%FT%TZ) (log: $log)"
  status=0
  # -Xmx: an input that makes Limber eat memory shows up as an OutOfMemoryError, not a swapping
  # machine (Jazzer turns libFuzzer's own memory limit off). The JUnit timeout becomes libFuzzer's
  # per-input -timeout, a hang finding; JUnit's own timeout is off, or it would end the whole run.
  # jazzer.hooks: src/test/resources/junit-platform.properties turns the agent off for plain runs.
  ./mvnw -B -o surefire:test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true \
    -DargLine="-Xmx1g -XX:-OmitStackTraceInFastThrow -XX:+UseParallelGC" \
    -Djunit.jupiter.execution.timeout.testtemplate.method.default=10s \
    -Djunit.jupiter.execution.timeout.mode=disabled > "$log" 2>&1 || status=$?

  # libFuzzer's last status line: "#RUNS DONE cov: EDGES ft: FEATURES corp: N/SIZE ... exec/s: RATE".
  last=$(grep -a -E '^#[0-9]+[[:space:]]' "$log" | tail -n 1 || true)
  runs=$(grep -a -o -E 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 || true)
  echo "   last status: ${last:-none}"
  echo "   ${runs:-no 'Done' line: the run ended early}"
  after=$(findings)
  new=$(comm -13 <(echo "$before") <(echo "$after") | sed '/^$/d')
  if [ "$status" -ne 0 ] || [ -n "$new" ]; then
    failed=1
    echo "   FINDING (exit $status): $(grep -a -m 1 -E '== Java Exception:|ERROR: libFuzzer|FuzzTestFindingException|OutOfMemoryError' "$log" || echo 'see the log')"
    [ -z "$new" ] || echo "$new" | sed 's/^/   input: /'
  else
    echo "   no findings"
  fi
done
exit "$failed"
