#!/usr/bin/env bash
# How long `limber validate` takes, as a whole process, on generated hostile and giant files,
# with the heap capped at 64 MB. Prints a Markdown table for docs/benchmarks.md.
#
#   bench/hostile-validate.sh [RUNS]     (default 5 runs per file; needs target/limber.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/limber.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gen() { # name, then a command that writes the file to stdout
  local name=$1; shift
  "$@" > "$work/$name"
}
header() { printf 'title: Hostile\nsteps:\n'; }

gen 50mb.yaml bash -c 'head -c 52428800 /dev/zero | tr "\0" a'
gen nesting-100k.yaml bash -c 'printf "title: x\nsteps:\n"; yes "  [" | head -n 100000; yes "  ]" | head -n 100000'
gen steps-100k.yaml bash -c 'printf "title: x\nsteps:\n"; yes "  - {name: s, reps: 1}" | head -n 100000'
gen steps-40k-1mib.yaml bash -c 'printf "title: x\nsteps:\n"; yes "  - {name: s, reps: 1}" | head -n 40000'
gen line-10mb.yaml bash -c 'printf "title: "; head -c 10485760 /dev/zero | tr "\0" x; printf "\n"'
gen line-1mib.yaml bash -c 'printf "title: "; head -c 1048000 /dev/zero | tr "\0" x; printf "\n"'
gen keys-1mib.yaml bash -c 'printf "title: x\nsteps: [{name: a, reps: 1}]\n"; seq 1 90000 | sed "s/^/k/; s/\$/: x/"'
gen folded-1mib.yaml bash -c 'printf "title: x\ncaution: >\n"; yes "  lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor" | head -n 13000; printf "steps: [{name: a, reps: 1}]\n"'
gen cues-max.yaml bash -c 'printf "title: x\nsteps:\n"; for i in $(seq 1 499); do printf "  - {name: a, reps: 1, cues: [%s]}\n" "$(yes c | head -n 40 | paste -sd,)"; done'
gen aliases.yaml bash -c 'printf "title: x\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"; for i in b c d e f g h i; do printf "%s: &%s [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n" $i $i; done; printf "steps: [{name: a, reps: 1}]\n"'
gen random-1mib.yaml head -c 1048576 /dev/urandom

printf '| file | size | exit | median s | max s | peak RSS MB |\n| --- | ---: | ---: | ---: | ---: | ---: |\n'
for file in "$work"/*.yaml; do
  times=()
  peak=0
  status=0
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    status=0
    /usr/bin/time -f %M -o "$work/rss" java -Xmx64m -jar "$jar" validate "$file" >/dev/null 2>"$work/err" || status=$?
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    rss=$(tail -n 1 "$work/rss")
    [ "$rss" -gt "$peak" ] && peak=$rss
    if grep -q "Exception\|	at " "$work/err"; then echo "stack trace for $file" >&2; cat "$work/err" >&2; exit 1; fi
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  median=${sorted[$(( ${#sorted[@]} / 2 ))]}
  max=${sorted[$(( ${#sorted[@]} - 1 ))]}
  size=$(du -h "$file" | cut -f1)
  printf '| %s | %s | %s | %.2f | %.2f | %d |\n' "$(basename "$file")" "$size" "$status" \
    "$(echo "$median / 1000" | bc -l)" "$(echo "$max / 1000" | bc -l)" $(( peak / 1024 ))
done
