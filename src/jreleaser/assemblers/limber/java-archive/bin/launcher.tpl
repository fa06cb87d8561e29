#!/usr/bin/env bash
# Runs Limber {{projectVersion}} from the folder it was unzipped in: Java from JAVA_HOME or else the
# PATH, the jars in lib/, and the JVM's options and class-data archive from lib/limber-java.bash,
# which the launcher of a checkout (./limber) uses too. JReleaser writes this file from Limber's
# src/jreleaser/assemblers/limber/java-archive/bin/launcher.tpl, in place of its own launcher, whose
# options are fixed when the zip is made and which starts several processes before Java does.
set -euo pipefail

app=${BASH_SOURCE[0]}
# The path it was started by, made absolute but not through links (a link in ~/bin survives an
# upgrade): what a reminder timer runs (limber remind install).
case $app in /*) limber_launcher=$app ;; *) limber_launcher=$PWD/$app ;; esac
if [ -L "$app" ]; then
  app=$(readlink -f "$app")
fi
case $app in */*) bin=${app%/*} ;; *) bin=. ;; esac
case $bin in /*) ;; .) bin=$PWD ;; *) bin=$PWD/$bin ;; esac
home=${bin%/bin}
[ "$home" != "$bin" ] || home=$bin/..

classpath=''
for jar in "$home"/lib/*.jar; do
  classpath+=${classpath:+:}$jar
done

source "$home/lib/limber-java.bash"
# A status bar's `limber today --format line`, from the line kept for it while it is fresh, and
# Tab's routine ids (`limber list --format ids`) from those kept for it: no Java.
if limber_today_line "$@" || limber_routine_ids "$@"; then exit 0; fi
limber_find_java || exit "$limber_java_cannot_start"
limber_exec "$classpath" "{{projectVersion}}" "$@"
