#!/usr/bin/env bash
# What a command line parsed by picocli costs before Limber does anything: a one-command, one-option
# picocli program ("picocli Hello"), with a class-data archive of its own made the way the image
# makes Limber's, against a bare `java Hello` and the image's `limber list --format json` and
# `limber --version`, all on the image's own Java, taking turns. Prints a Markdown table of medians:
# wall time, its ratio to java Hello, and CPU time (all threads: the JIT compiles on the other core).
#
#   bench/picocli-floor.sh IMAGE [RUNS]
#
# IMAGE is a runtime image folder (target/image/limber-VERSION-linux-x86_64 after
# `./mvnw -B -Prelease -DskipTests package jreleaser:assemble`); RUNS defaults to 15. Needs perf
# (linux-perf) for CPU time; without it that column is left empty.
set -euo pipefail
cd "$(dirname "$0")/.."
image=$(readlink -f "$1")
runs=${2:-15}
java=$image/bin/java
picocli=$(ls "$image"/lib/app/picocli-*.jar)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/classes" "$work/home"
printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n' \
  > "$work/Hello.java"
cat > "$work/PicocliHello.java" <<'EOF'
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hello", mixinStandardHelpOptions = true, description = "Says hello.")
public class PicocliHello implements Callable<Integer> {
    @Option(names = "--format", description = "How.") String format;

    public Integer call() {
        System.out.println("Hello " + format);
        return 0;
    }

    public static void main(String[] args) {
        // As Limber's Main does: no java.time or java.sql converters.
        System.setProperty("picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");
        System.exit(new CommandLine(new PicocliHello()).execute(args));
    }
}
EOF
javac=$(command -v javac)
"$javac" --release 17 -cp "$picocli" -d "$work/classes" "$work/Hello.java" "$work/PicocliHello.java"
(cd "$work/classes" && jar cf "$work/hello.jar" ./*.class)
# The archive, from a training run, with the options the launcher gives Limber.
"$java" -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$work/hello.jsa" -cp "$work/hello.jar:$picocli" \
  PicocliHello --format json > /dev/null 2>&1

declare -A wall=() cpu=()
commands=("java Hello" "picocli Hello" "limber --version" "limber list --format json")
run() {
  case $1 in
    "java Hello") "$java" -cp "$work/hello.jar" Hello ;;
    "picocli Hello") "$java" -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$work/hello.jsa" -Xlog:cds=off \
      -cp "$work/hello.jar:$picocli" PicocliHello --format json ;;
    "limber --version") "$image/bin/limber" --version ;;
    "limber list --format json") "$image/bin/limber" list --format json ;;
  esac
}
export HOME=$work/home
unset XDG_CONFIG_HOME XDG_CACHE_HOME XDG_STATE_HOME LIMBER_ROUTINES
for _ in $(seq "$runs"); do
  for what in "${commands[@]}"; do
    start=$(date +%s%N)
    run "$what" > /dev/null
    end=$(date +%s%N)
    wall[$what]+="$(( (end - start) / 1000000 )) "
    # CPU time in a run of its own: perf's own start would count in the wall time.
    if command -v perf > /dev/null; then
      export -f run; export java work picocli image
      perf stat -x, -e task-clock -o "$work/perf" -- bash -c "run '$what'" > /dev/null
      cpu[$what]+="$(grep task-clock "$work/perf" | cut -d, -f1) "
    fi
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
floor=$(echo "${wall[java Hello]}" | median)
printf '| command | median wall ms | ratio to java Hello | median CPU ms |\n| --- | ---: | ---: | ---: |\n'
for what in "${commands[@]}"; do
  w=$(echo "${wall[$what]}" | median)
  c=$(echo "${cpu[$what]}" | median)
  printf '| `%s` | %d | %.1fx | %s |\n' "$what" "$w" "$(echo "$w / $floor" | bc -l)" "${c:+$(printf '%.0f' "$c")}"
done
