#!/usr/bin/env bash
# How long Limber takes to start and answer, each command a whole new process, against a bare
# `java Hello` on the same JVM: the floor no Java tool gets under. Prints a Markdown table for
# docs/benchmarks.md: the median wall time of RUNS runs, its ratio to the floor, and peak RSS.
#
#   bench/startup.sh [RUNS] [JAVA_HOME...]
#
# RUNS defaults to 15; the JDKs default to the `java` on the PATH and, where it is installed, Java
# 25 (JAVA25_HOME, else pom.xml's java25.home). The launcher measured is ./limber (build first:
# ./mvnw -B -DskipTests package), or LIMBER=path/to/bin/limber for an unzipped distribution. A
# runtime image (an unzipped limber-VERSION-linux-x86_64, or target/image/limber-VERSION-linux-x86_64
# after the release build) given in place of a JDK is measured with its own bin/limber, against
# `java Hello` on its own java. Each JDK gets an empty HOME, so only the built-in routines are read
# and Limber's cache starts empty: the first run, which may create the cache, is timed on its own
# ("first run") and the runs after it are the ones a person repeats.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
shift || true
jdks=("$@")
if [ ${#jdks[@]} -eq 0 ]; then
  jdks=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  java25=${JAVA25_HOME:-$(sed -n '0,/<java25.home>/s|.*<java25.home>\(.*\)</java25.home>.*|\1|p' pom.xml)}
  [ -d "$java25" ] && jdks+=("$java25")
fi
limber=$(readlink -f "${LIMBER:-./limber}")
[ -f target/limber.jar ] || [ -n "${LIMBER:-}" ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n' \
  > "$work/hello/Hello.java"
# Any javac will do (a runtime image has none): the class is for Java 17 and later.
javac=$(command -v javac) || javac=${jdks[0]}/bin/javac
"$javac" --release 17 -d "$work/hello" "$work/hello/Hello.java"

commands=("java Hello" "limber --version" "limber list --format json" "limber show post-run-stretches --format json")

# One run: prints "MILLISECONDS KILOBYTES" (wall time, peak resident set); fails on a wrong answer.
measure() {
  local jdk=$1 what=$2 start end
  local -a argv
  case $what in
    "java Hello") argv=("$jdk/bin/java" -cp "$work/hello" Hello) ;;
    *)
      read -r -a argv <<< "${what#limber }"
      if [ -x "$jdk/bin/limber" ]; then argv=("$jdk/bin/limber" "${argv[@]}"); else argv=("$limber" "${argv[@]}"); fi ;;
  esac
  start=$(date +%s%N)
  /usr/bin/time -f %M -o "$work/rss" "${argv[@]}" > "$work/out" 2> "$work/err" ||
    { echo "failed: $what on $jdk" >&2; cat "$work/err" >&2; exit 1; }
  end=$(date +%s%N)
  if [ -s "$work/err" ]; then echo "stderr from $what on $jdk:" >&2; cat "$work/err" >&2; exit 1; fi
  echo "$(( (end - start) / 1000000 )) $(tail -n 1 "$work/rss")"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '| JVM | command | first run ms | median ms | ratio to java Hello | peak RSS MB |\n'
printf '| --- | --- | ---: | ---: | ---: | ---: |\n'
for jdk in "${jdks[@]}"; do
  export JAVA_HOME=$jdk HOME="$work/home-$(basename "$jdk")"
  unset XDG_CONFIG_HOME XDG_CACHE_HOME LIMBER_ROUTINES
  mkdir -p "$HOME"
  # "OpenJDK 17.0.15", "Temurin 25.0.3": the vendor's name where it gives one, and the version.
  name=$("$jdk/bin/java" -version 2>&1 | sed -n '2{s/.*Temurin.*(build \([0-9.]*\).*/Temurin \1/p;t;s/.*(build \([0-9.]*\).*/OpenJDK \1/p}')
  [ ! -x "$jdk/bin/limber" ] || name="image, $name"
  declare -A first=() times=() rss=()
  for what in "${commands[@]}"; do
    first[$what]=$(measure "$jdk" "$what" | cut -d' ' -f1)
  done
  # Round robin, so a slow moment of the machine is shared by every command rather than one.
  for _ in $(seq "$runs"); do
    for what in "${commands[@]}"; do
      read -r ms kb < <(measure "$jdk" "$what")
      times[$what]+="$ms "
      rss[$what]+="$kb "
    done
  done
  floor=$(echo "${times[java Hello]}" | tr ' ' '\n' | grep . | median)
  for what in "${commands[@]}"; do
    m=$(echo "${times[$what]}" | tr ' ' '\n' | grep . | median)
    peak=$(echo "${rss[$what]}" | tr ' ' '\n' | grep . | sort -n | tail -n 1)
    printf '| %s | `%s` | %d | %.0f | %.1fx | %.0f |\n' "$name" "$what" "${first[$what]}" "$m" \
      "$(echo "$m / $floor" | bc -l)" "$(echo "$peak / 1024" | bc -l)"
  done
  unset first times rss
done
