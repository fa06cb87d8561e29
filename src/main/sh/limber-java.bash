# The JVM Limber runs on, shared by its two launchers: ./limber in a checkout and bin/limber in the
# zip (as lib/limber-java.bash). They source this file, then
#
#   limber_find_java || exit 69
#   limber_exec CLASSPATH VERSION ARGS...
#
# which replaces the shell with Limber, telling it the launcher's own path when the launcher has set
# limber_launcher (as the system property limber.launcher: `limber remind install` writes it into a
# timer, which has not the person's PATH to find `limber` on). Start-up is most of what a
# command-line JVM tool costs (docs/benchmarks.md, "Start-up"), hence the options below, and hence
# no process is started here that can be done without: each fork and exec is a millisecond or more
# of every command.
# shellcheck shell=bash

# Sets limber_java and limber_java_home: JAVA_HOME's java, or else the one on the PATH.
limber_find_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    limber_java=$JAVA_HOME/bin/java
    limber_java_home=$JAVA_HOME
  elif hash java 2>/dev/null; then
    limber_java=${BASH_CMDS[java]}
    # Its JDK, for the release file that names its build: /usr/bin/java is usually a link into it.
    limber_java_home=$(readlink -f "$limber_java" 2>/dev/null) || limber_java_home=$limber_java
    limber_java_home=${limber_java_home%/bin/java}
  else
    if [ -n "${JAVA_HOME:-}" ]; then
      echo "limber: no Java in JAVA_HOME ($JAVA_HOME has no bin/java) nor on the PATH; set JAVA_HOME to a JDK 17 or newer, or unset it" >&2
    else
      echo "limber: no Java found; install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME" >&2
    fi
    return 1
  fi
}

# Native access lets JLine use its JNI terminal on Java 22 and later (it reads the terminal's settings
# and size without starting a process each time); Java 17 accepts the flag too. C1 alone compiles
# enough for a command-line tool and halves what a countdown costs.
#
# Ctrl-\ (SIGQUIT) makes the JVM print a thread dump on standard output, over the coach's screen or
# into plain mode's lines, and no program may take that signal from the JVM (docs/robustness.md,
# "Signals"). -DisplayVMOutput keeps the dump off the screen, so Ctrl-\ does nothing, as a key with
# no meaning; the JVM's warnings and crash reports don't go that way and still show, but its reason
# for not starting at all does, which is why limber_java_starts exists. The full screen
# reads Ctrl-\ as a key instead, and stops as Ctrl-C does. `jcmd PID Thread.print` still shows the
# threads to whoever needs them.
#
# Should the JVM crash, nothing lands in the current folder: no core dump (the kernel may write one
# there), no JIT replay file (the JVM would), and the crash report where limber_crash_options says.
limber_options=(--enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1
  -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput -XX:-CreateCoredumpOnCrash -XX:-DumpReplayDataOnError)

# Sets limber_crash to where the JVM writes its crash report (hs_err_pid*.log): never the current
# folder, which is the JVM's default and its fallback when the folder it is given can't be written.
# Into $1, Limber's cache folder, when it can be written: the launcher then sees a crash there and
# does not start the next command from an archive the crash may have come from. Else on stderr.
limber_crash_options() {
  local folder=$1
  if [ -n "$folder" ] && [ -d "$folder" ] && [ -w "$folder" ]; then
    # %p is the process id; a % in the folder's own name is written %%.
    limber_crash=("-XX:ErrorFile=${folder//%/%%}/hs_err_pid%p.log")
  else
    limber_crash=(-XX:+ErrorFileToStderr)
  fi
}

# Sets limber_cache to Limber's cache folder, $XDG_CACHE_HOME/limber (by default ~/.cache/limber), or
# to nothing where there is none. It need not exist yet.
limber_cache_folder() {
  local cache=${XDG_CACHE_HOME:-}
  limber_cache=''
  # The XDG rules say a relative XDG_CACHE_HOME is invalid and must be ignored.
  case $cache in /*) ;; *) [ -n "${HOME:-}" ] || return 0; cache=$HOME/.cache ;; esac
  limber_cache=$cache/limber
}

# Sets limber_archive to the options that start Limber from its class-data archive, making the
# archive first when there is none yet; leaves it empty when there can't be one.
#
# The archive lives in the cache folder, one per Limber version, Java build and folder of jars, and
# is made again when a jar is newer than it: a JVM refuses an archive made by another build or for
# other jars, and Java 17 would not replace it either. On Java 25 and later it is an AOT cache
# (classes loaded and linked ahead of time); before, a dynamic CDS archive. It is made by
# dev.limber.cli.ClassDataTraining, which runs the commands people repeat, so that it serves all of them
# rather than only whichever ran first (as -XX:+AutoCreateSharedArchive would). Nothing here prints
# or fails: a cache that can't be written only means starting without one.
limber_class_data() {
  local classpath=$1 version=$2
  limber_archive=()
  [ -n "$limber_cache" ] || return 0
  local name value runtime='' feature=''
  if [ -r "$limber_java_home/release" ]; then
    while IFS='=' read -r name value; do
      case $name in
        JAVA_RUNTIME_VERSION) runtime=${value//\"/} ;;
        JAVA_VERSION) feature=${value//\"/} feature=${feature%%.*} ;;
      esac
    done < "$limber_java_home/release"
  fi
  case $feature in '' | *[!0-9]*) return 0 ;; esac
  [ -n "$runtime" ] || return 0

  # Named for the folder of the jars too, so that a checkout and an unzipped Limber of the same
  # version each keep their own (the tail of the name, should the folder's be long).
  local jars=${classpath%%:*}
  jars=${jars%/*}
  jars=${jars//[!A-Za-z0-9._-]/_}
  [ ${#jars} -le 100 ] || jars=${jars:${#jars}-100}
  local archive="$limber_cache/limber-$version-java-${runtime//[!A-Za-z0-9.+_-]/_}-$jars"

  # The JVM's own messages about archives are off: one it can't use is not news to a person.
  # -Xshare:auto (the default, said out loud) uses the archive when it can and runs without it when
  # it can't; Java 25 refuses the option next to an AOT cache, which it treats that way anyway.
  local make use quiet=(-Xlog:cds*=off) partial="$archive.$$.partial"
  if [ "$feature" -ge 25 ]; then
    archive+=.aot
    make=("-XX:AOTCacheOutput=$partial")
    use=("-XX:AOTCache=$archive")
    quiet+=(-Xlog:aot*=off)
  else
    archive+=.jsa
    make=("-XX:ArchiveClassesAtExit=$partial")
    use=(-Xshare:auto "-XX:SharedArchiveFile=$archive")
  fi

  # The JVM maps the archive into memory and trusts it: bits flipped in the file crashed every
  # command (SIGSEGV) until someone found it. So each archive has its checksum beside it (cksum's CRC
  # and length), written when the archive is made, and is checked against it when the file has been
  # written to since; one that does not match is made again. Not at every start: the check reads the
  # whole archive, 5 to 14 ms on a busy machine (docs/benchmarks.md), where these tests take none.
  # Damage that leaves no trace in the file's time (a disk that rots) costs one crash at most: the
  # JVM writes its crash report into this folder (limber_crash_options), and an archive older than a
  # crash report is made again, so the crash does not come back with the next command. And a jar
  # newer than the archive (a rebuilt checkout) means it is for other classes.
  local entry entries crash want='' have='' fresh=''
  if [ -f "$archive" ]; then
    fresh=yes
    IFS=: read -ra entries <<< "$classpath"
    for entry in "${entries[@]}"; do
      if [ "$entry" -nt "$archive" ]; then fresh=''; fi
    done
    for crash in "$limber_cache"/hs_err_pid*.log; do
      if [ "$crash" -nt "$archive" ]; then fresh=''; fi
    done
    if [ -n "$fresh" ] && { [ ! -f "$archive.cksum" ] || [ "$archive" -nt "$archive.cksum" ]; }; then
      # (Under the launchers' set -e, no failure here may go unanswered.)
      { read -r want < "$archive.cksum"; } 2>/dev/null || :
      have=$(cksum < "$archive" 2>/dev/null) || have=''
      if [ -n "$want" ] && [ "$have" = "$want" ]; then
        # Whole after all (touched, say): not read again until it is written to again.
        touch "$archive.cksum" 2>/dev/null || :
      else
        fresh=''
      fi
    fi
  fi
  if [ -z "$fresh" ]; then
    # Something other than a file where the archive or its checksum goes (a folder, say): mv would
    # put the new one inside it, with every command. Leave it be, and start without an archive.
    for entry in "$archive" "$archive.cksum"; do
      if { [ -e "$entry" ] || [ -L "$entry" ]; } && [ ! -f "$entry" ]; then return 0; fi
    done
    mkdir -p "$limber_cache" 2>/dev/null && [ -w "$limber_cache" ] || return 0
    limber_crash_options "$limber_cache"
    # Made under another name and renamed when complete, so that a run stopped half-way never
    # leaves a broken archive behind, and two launchers at once each rename a whole one (at worst
    # beside the other's checksum: a mismatch found later only means making it once more).
    if "$limber_java" "${limber_options[@]}" "${limber_crash[@]}" "${quiet[@]}" "${make[@]}" -cp "$classpath" \
        dev.limber.cli.ClassDataTraining </dev/null >/dev/null 2>&1 && [ -s "$partial" ] &&
        cksum < "$partial" > "$partial.cksum" 2>/dev/null &&
        mv -f "$partial.cksum" "$archive.cksum" 2>/dev/null && mv -f "$partial" "$archive" 2>/dev/null; then
      :
    else
      # Not even the damaged or stale archive: start without one.
      rm -f "$partial" "$partial.config" "$partial.cksum" 2>/dev/null
      return 0
    fi
  fi
  limber_archive=("${quiet[@]}" "${use[@]}")
}

# A standard stream started closed is opened on /dev/null: otherwise the JVM's first open file (its
# own modules) becomes fd 0 and Limber would read it as typed answers, or write into a jar. The tests
# are builtins that dup the fd, so they cost no process.
limber_reopen_closed_streams() {
  { : 3<&0; } 2>/dev/null || exec 0</dev/null
  { : 3>&1; } 2>/dev/null || exec 1>/dev/null
  # Not silenced with 2>/dev/null, which would itself open fd 2; a closed stderr prints nothing.
  { : 3>&2; } || exec 2>/dev/null
}

# Sets limber_state to the history's folder, as dev.limber.cli.HistoryOptions.folder finds it, and
# limber_home to HOME; returns 1 where there is no home to find it from.
limber_state_folder() {
  limber_home=${HOME:-}
  local state=${LIMBER_STATE_DIR:-} xdg=${XDG_STATE_HOME:-}
  case $limber_home in *[![:space:]]*) ;; *) return 1 ;; esac
  case $state in
    *[![:space:]]*)
      case $state in '~') state=$limber_home ;; '~/'*) state=$limber_home/${state#\~/} ;; esac ;;
    *)
      case $xdg in /*) state=$xdg/limber ;; *) state=$limber_home/.local/state/limber ;; esac ;;
  esac
  limber_state=$state
}

# Sets limber_kept to the line Limber keeps in the file $1 (dev.limber.cli.LineCache, which
# describes it) when the file is Limber's own, says $2, is for the day $3 (or any day, for -), was
# made in this environment, and nothing it was made from has changed since; with builtins only and
# one stat. Returns 1 whenever Java must answer.
limber_kept_line() {
  local cache=$1 want=$2 today=$3
  limber_kept=''
  # Limber's own file only: not a link, and not one someone else put in a folder others can write.
  [ -f "$cache" ] && [ ! -L "$cache" ] && [ -O "$cache" ] || return 1
  local us=$'\x1f'
  local environment="${LIMBER_PROGRAM:-}$us${LIMBER_ROUTINES:-}$us${LIMBER_CONFIG:-}$us${XDG_CONFIG_HOME:-}$us$limber_home$us${TZ:-}"
  local magic day key line identity source found present=()
  {
    IFS= read -r magic && IFS= read -r day && IFS= read -r key && IFS= read -r line && IFS= read -r identity ||
      return 1
    [ "$magic" = "$want" ] && [ "$day" = "$today" ] && [ "$key" = "$environment" ] || return 1
    while IFS= read -r source; do
      case $source in
        +*) [ -e "${source#+}" ] && [ ! "${source#+}" -nt "$cache" ] || return 1; present+=("${source#+}") ;;
        -*) [ ! -e "${source#-}" ] || return 1 ;;
        *) return 1 ;;
      esac
    done
  } < "$cache" || return 1
  # Never a control character on a terminal: a line planted by someone else is not printed at all.
  case $line in *[[:cntrl:]]*) return 1 ;; esac
  # The files themselves, not only their times: one swapped in that is older (a backup restored, a
  # link pointed elsewhere) has another inode or change time. One process for all of them.
  if [ ${#present[@]} -gt 0 ]; then
    found=$(stat -L -c '%d:%i:%s:%Y:%Z' -- "${present[@]}" 2>/dev/null) || return 1
    found=${found//$'\n'/ }
  else
    found=''
  fi
  [ "$found" = "$identity" ] || return 1
  limber_kept=$line
}

# `limber today --format line` is asked every few seconds by a status bar or a prompt. While nothing
# it was made from has changed, it is answered from the line Limber keeps beside the history
# without starting Java: with builtins only, but for `date` where bash is older than 4.2. Returns 1,
# printing nothing, whenever Java must answer.
limber_today_line() {
  [ $# -eq 3 ] && [ "$1" = today ] && [ "$2" = --format ] && [ "$3" = line ] ||
    { [ $# -eq 2 ] && [ "$1" = today ] && [ "$2" = --format=line ]; } || return 1
  limber_state_folder || return 1
  local pending
  for pending in "$limber_state"/history-pending-*.jsonl; do
    [ ! -e "$pending" ] || return 1
  done
  local today
  printf -v today '%(%Y-%m-%d)T' -1 2>/dev/null || today=$(date +%Y-%m-%d) || return 1
  limber_kept_line "$limber_state/today-line" "limber-today-line 2" "$today" || return 1
  printf '%s\n' "$limber_kept"
}

# `limber list --format ids` is what the completion script asks at each Tab after `limber show`
# (and `run`): answered, like the line above, from the ids `limber list` keeps beside the history
# while no routine folder, routine file or config file has changed, so that Tab answers at once.
limber_routine_ids() {
  [ $# -eq 3 ] && [ "$1" = list ] && [ "$2" = --format ] && [ "$3" = ids ] ||
    { [ $# -eq 2 ] && [ "$1" = list ] && [ "$2" = --format=ids ]; } || return 1
  limber_state_folder || return 1
  limber_kept_line "$limber_state/routine-ids" "limber-routine-ids 1" - || return 1
  # Ids are a-z, 0-9 and -; anything else is not Limber's.
  case $limber_kept in *[!a-z0-9\ -]*) return 1 ;; esac
  local id
  for id in $limber_kept; do
    printf '%s\n' "$id"
  done
}

# `limber list` (and show, history, config, program, today) fit the terminal's width. One
# stty here tells it in a few milliseconds, where the JVM would load JLine's native terminal or start
# a stty of its own, a tenth of a second on a small machine; it is passed on as COLUMNS, which Limber
# reads as ls does. Only for the commands with tables, only when their output is a terminal, and
# never over a COLUMNS already set. stty reads the terminal that
# standard output is (fd 3, since inside $( ) fd 1 is the pipe back to the shell); when it can't, the
# JVM asks.
limber_columns() {
  case ${1:-} in list | show | history | config | program | today | '') ;; *) return 0 ;; esac
  [ -z "${COLUMNS:-}" ] && [ -t 1 ] || return 0
  local size=''
  { size=$(stty size <&3 2>/dev/null); } 3<&1 || return 0
  case ${size#* } in '' | *[!0-9]*) return 0 ;; esac
  export COLUMNS=${size#* }
}

# Returns 1, having said why in one line, where the JVM can't start. It would end with status 1 and
# nothing said: -DisplayVMOutput (limber_options) silences all that the JVM itself prints, its
# "Error occurred during initialization of VM" and the reason under it as much as the thread dump
# (HotSpot prints both through its one output stream, whose every write that flag stops), and the
# launcher, replaced by the JVM, is not there any more to say anything. What keeps a JVM from
# starting comes from the environment, and only then is it tried first, with its words on: Java
# options (JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS, _JAVA_OPTIONS: too small a heap, an option it can't
# use) or a limit on memory (ulimit -v or -d: no room for what it reserves). The try is `java
# -version` with Limber's options, which only starts and ends: 70 to 140 ms more for each command on
# a busy two-core machine (2026-11-30), paid only there. Limber's command itself runs once, after
# it. Without either, the cost is two tests of strings and a read of /proc/self/limits. Tried once,
# by limber_java_ready: before the class-data archive is made (limber_exec), which a JVM that can't
# start could not make either, or before the image's launcher starts Java.
limber_java_starts() {
  local options='' limits='' name value kind rest
  for name in JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS _JAVA_OPTIONS; do
    value=${!name:-}
    [ -z "$value" ] || options+="${options:+, }$name=${value//[[:cntrl:]]/?}"
  done
  if [ -r /proc/self/limits ]; then
    while read -r kind rest; do
      [ "$kind" = Max ] || continue
      case $rest in
        'address space '*) name=-v value=${rest#address space} ;;
        'data size '*) name=-d value=${rest#data size} ;;
        *) continue ;;
      esac
      # The soft limit, the first word after the name.
      value=${value#"${value%%[! ]*}"} value=${value%% *}
      # In KiB, as ulimit says and takes them.
      [ "$value" = unlimited ] || limits+="${limits:+, }ulimit $name $((value / 1024))"
    done < /proc/self/limits
  fi
  [ -n "$options$limits" ] || return 0

  local option try=() said status=0 line reason='' next=''
  for option in "${limber_options[@]}"; do
    [ "$option" = -XX:-DisplayVMOutput ] || try+=("$option")
  done
  # A crash report, should it crash, on stderr with the rest: none is left in the cache, where it
  # would mark the class-data archive as one a crash may have come from (limber_class_data).
  said=$("$limber_java" "${try[@]}" -XX:+ErrorFileToStderr -version 2>&1 </dev/null) || status=$?
  [ "$status" -ne 0 ] || return 0
  # The JVM's reason: the line under its "Error occurred during initialization of VM", or the
  # heading of its report on memory, or else its first line that is neither the java launcher's
  # own ("Picked up ...", "Error: Could not create ...") nor a warning.
  while IFS= read -r line; do
    if [ -n "$next" ]; then reason=$line; break; fi
    case $line in
      'Error occurred during initialization of VM') next=yes ;;
      '# There is insufficient memory'*) [ -n "$reason" ] || reason=${line#\# } ;;
      'Picked up '* | 'NOTE: Picked up '* | 'Error: '* | '#'* | *' warning: '* | '') ;;
      *) [ -n "$reason" ] || reason=$line ;;
    esac
  done <<< "$said"
  [ "$status" -le 128 ] || reason="it crashed (signal $((status - 128)))"
  reason=${reason%.} reason=${reason//[[:cntrl:]]/?}
  local advice=''
  [ -z "$options" ] || advice="check or unset the Java options in the environment ($options)"
  [ -z "$limits" ] || advice+="${advice:+, or }raise the limit on memory ($limits), e.g. to unlimited"
  echo "limber: Java could not start${reason:+: $reason}; $advice" >&2
  return 1
}

# What the launchers exit with when Java can't start: 69 (sysexits EX_UNAVAILABLE), as
# dev.limber.cli.Exit.JAVA_CANNOT_START and README's table of exit statuses say.
limber_java_cannot_start=69

# Before Java runs: it can start here, or the launcher has said why in one line and exits 69; and
# with no locale at all (LC_ALL, LC_CTYPE and LANG unset or empty, as under `env -i` or some cron
# jobs) a character set for file names: Java 17 takes them as ASCII then, and a routine file named
# étirements.yaml was listed as "��tirements.yaml". C.UTF-8 sets the character set alone (no
# language, no date format); where a system lacks it, Java falls back to what it did before.
limber_java_ready() {
  limber_java_starts || exit "$limber_java_cannot_start"
  [ -n "${LC_ALL:-}${LC_CTYPE:-}${LANG:-}" ] || export LC_CTYPE=C.UTF-8
}

limber_exec() {
  local classpath=$1 version=$2
  shift 2
  limber_reopen_closed_streams
  limber_cache_folder
  limber_java_ready
  limber_class_data "$classpath" "$version"
  limber_crash_options "$limber_cache"
  limber_exec_java "$classpath" "$@"
}

# Replaces the shell with Limber on limber_java, with limber_options, limber_crash and limber_archive:
# the end of limber_exec, and all of it for the runtime image's launcher, whose archive is made at
# build time (src/image/limber). Expects limber_reopen_closed_streams and limber_java_ready to have run.
limber_exec_java() {
  local classpath=$1
  shift
  limber_columns "$@"
  # The JVM pauses threads with SIGUSR2 for its flight recorder's sampling, and took a stray one for
  # a fault (Java 17 crashed). On Linux it can use SIGRTMAX instead, a signal nothing sends, which
  # leaves SIGUSR2 to end a session as SIGTERM does (dev.limber.tui.StopSignals). Elsewhere, the
  # JVM keeps it.
  case ${OSTYPE:-} in linux*) export _JAVA_SR_SIGNUM=64 ;; esac
  # (The + form: an empty array is "unbound" to bash before 4.4 under set -u.)
  exec "$limber_java" "${limber_options[@]}" "${limber_crash[@]}" ${limber_archive[@]+"${limber_archive[@]}"} \
    ${limber_launcher:+"-Dlimber.launcher=$limber_launcher"} -cp "$classpath" dev.limber.cli.Main "$@"
}
