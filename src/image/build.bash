#!/usr/bin/env bash
# Builds Limber's runtime image and its Debian package, for people without Java:
#
#   src/image/build.bash JDK VERSION
#
# run by the release profile (pom.xml) once target/ has the jars, man pages and completion script.
# It makes target/image/limber-VERSION-linux-x86_64/ (which JReleaser zips, jreleaser.yml) and
# target/limber_DEBVERSION_amd64.deb. JReleaser's own jlink assembler can't run the training run that
# makes the class-data archive inside the image, hence this script. Needs the JDK's jmods (Debian:
# openjdk-17-jmods), strip (binutils), and dpkg-deb and dpkg-shlibdeps (dpkg-dev).
set -euo pipefail
cd "$(dirname "$0")/../.."
jdk=$1 version=$2

fail() {
  echo "src/image/build.bash: $*" >&2
  exit 1
}

name=limber-$version-linux-x86_64
image=target/image/$name
rm -rf target/image target/deb target/limber_*.deb
mkdir -p target/image

# The modules: those src/image/modules links, after checking that jdeps finds no module it does
# not name (a new dependency may need one).
linked=() named=()
while read -r module _; do
  case $module in '' | '#'*) continue ;; -*) named+=("${module#-}") ;; *) linked+=("$module") named+=("$module") ;; esac
done < src/image/modules
jars=(target/limber.jar target/lib/*.jar)
found=$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path 'target/lib/*' "${jars[@]}" 2>/dev/null | grep -v '^Warning' | tail -n 1)
for module in ${found//,/ }; do
  case " ${named[*]} " in *" $module "*) ;; *) fail "jdeps finds that Limber needs $module, which src/image/modules does not name: link it there, or say why it is left out" ;; esac
done

# No header files, man pages or debug data: nobody compiles against this Java. Modules uncompressed:
# the zip and the .deb compress them better, and the JVM reads them faster. The image's own
# class-data archive (of the JDK's classes) is what a bare `java` starts from, and the base of Limber's.
"$jdk/bin/jlink" --add-modules "$(IFS=,; echo "${linked[*]}")" --strip-debug --no-header-files \
  --no-man-pages --compress=0 --generate-cds-archive --output "$image" > target/image/jlink.log 2>&1 ||
  fail "jlink could not link Java's modules ($(tail -n 1 target/image/jlink.log))$([ -d "$jdk/jmods" ] ||
    echo "; $jdk has no jmods: on Debian, apt-get install openjdk-17-jmods")"
# The archive for heaps over 32 GB, which Limber never asks for: 10 MB it would not use.
rm -f "$image/lib/server/classes_nocoops.jsa"
# Limber makes no keys or certificates: the JDK's keytool is not part of it.
rm -f "$image/bin/keytool"
# Debian's JDK keeps the symbol tables of its libraries; 4 MB nobody needs at run time.
find "$image/bin" "$image/lib" -type f \( -name '*.so' -o -perm -u+x \) -exec strip --strip-unneeded {} +

# Limber's jars in lib/app, the jar first.
mkdir -p "$image/lib/app"
names=()
for jar in "${jars[@]}"; do
  cp "$jar" "$image/lib/app/"
  names+=("${jar##*/}")
done
# Java 17 refuses an archive when a jar's time differs from the one it had when the archive was
# made, and unzipping (JReleaser's copy before it, too) does not keep times to the second. Made from
# jars dated 0 (1970), the archive has no time to compare and checks each jar's size alone: the JVM
# that reads it is the one shipped here, so this stays true. They get today's date back after.
touch -d @0 "$image/lib/app"/*.jar
cp src/main/sh/limber-java.bash "$image/lib/app/"
sed -e "s/@VERSION@/$version/" -e "s/@JARS@/${names[*]}/" src/image/limber > "$image/bin/limber"
chmod 755 "$image/bin/limber"

# The training run (dev.limber.cli.ClassDataTraining, as the zip's launcher runs it on first use) makes the
# archive of Limber's classes on top of the image's own, with the jars named as the launcher names
# them. A clean environment and an empty home: nothing of the builder's goes in.
source src/main/sh/limber-java.bash
classpath=''
for jar in "${names[@]}"; do
  classpath+=${classpath:+:}/proc/self/fd/9/$jar
done
training_home=$(mktemp -d)
trap 'rm -rf "$training_home"' EXIT
env -i PATH=/usr/bin:/bin HOME="$training_home" "$image/bin/java" "${limber_options[@]}" -XX:+ErrorFileToStderr \
  "-XX:ArchiveClassesAtExit=$image/lib/app/limber.jsa" -cp "$classpath" dev.limber.cli.ClassDataTraining \
  9<"$image/lib/app" </dev/null > target/image/training.log 2>&1 || fail "the training run failed: target/image/training.log"
[ -s "$image/lib/app/limber.jsa" ] || fail "the training run made no class-data archive: target/image/training.log"
touch "$image/lib/app"/*.jar

cp README.md LICENSE NOTICE "$image/"
mkdir -p "$image/man/man1" "$image/completion"
cp target/man-page/man1/*.1 "$image/man/man1/"
cp target/completion/limber.bash src/image/_limber "$image/completion/"
# jlink leaves some files read-only; a package's files are 644 and 755.
chmod -R u+w,go-w,a+rX "$image"

# The archive must serve: Limber's classes come from it (the JVM says so with -Xlog:class+load).
shared=$(env -i PATH=/usr/bin:/bin HOME="$training_home" _JAVA_OPTIONS=-Xlog:class+load:file="$training_home/classes" \
  "$image/bin/limber" --version >/dev/null 2>&1 && grep -c 'dev.limber.cli.Main source: shared objects file (top)' "$training_home/classes") ||
  fail "bin/limber --version did not start from the image's class-data archive"
echo "src/image/build.bash: $image, $(du -sh "$image" | cut -f1); Limber's classes from its archive: $shared"

# The Debian package: the image in /usr/lib/limber, `limber` on the PATH, and the man pages,
# completion and licence where Debian keeps them. Built with dpkg-deb rather than jpackage, whose
# package installs into /opt (which lintian rejects), runs a native launcher without the JVM options
# and archive above, and has neither copyright file nor changelog.
deb_version=${version,,}
deb_version=${deb_version//-/\~}
root=target/deb/root
mkdir -p "$root/usr/lib" "$root/usr/bin"
cp -a "$image" "$root/usr/lib/limber"
rm -rf "$root/usr/lib/limber/"{README.md,LICENSE,NOTICE,man,completion}
ln -s ../lib/limber/bin/limber "$root/usr/bin/limber"
mkdir -p "$root/usr/share/man/man1" "$root/usr/share/bash-completion/completions" \
  "$root/usr/share/zsh/vendor-completions" "$root/usr/share/doc/limber"
for page in "$image"/man/man1/*.1; do
  gzip -9n < "$page" > "$root/usr/share/man/man1/${page##*/}.gz"
done
# (bash-completion sources it: no #! line.)
sed '1{/^#!/d}' target/completion/limber.bash > "$root/usr/share/bash-completion/completions/limber"
cp src/image/_limber "$root/usr/share/zsh/vendor-completions/_limber"
sed "s/@YEAR@/$(date -u +%Y)/" src/image/copyright > "$root/usr/share/doc/limber/copyright"
printf 'limber (%s) unstable; urgency=medium\n\n  * Built from Limber %s.\n\n -- %s  %s\n' \
  "$deb_version" "$version" "$(sed -n 's/^Maintainer: //p' src/image/control)" "$(date -u -R)" |
  gzip -9n > "$root/usr/share/doc/limber/changelog.gz"
# What lintian warns about by design: the jars live beside the Java they run on and name each other.
mkdir -p "$root/usr/share/lintian/overrides"
cp src/image/lintian-overrides "$root/usr/share/lintian/overrides/limber"
chmod -R u+w,go-w,a+rX "$root"

# Depends: the system libraries the image's Java links with (libc, zlib, ...), as dpkg-shlibdeps
# finds them; no Java package.
mkdir -p target/deb/debian
: > target/deb/debian/control
elves=()
while IFS= read -r -d '' file; do
  if [ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" = 177ELF ]; then elves+=("${file#target/deb/}"); fi
done < <(find "$root/usr/lib/limber" -type f -print0)
depends=$(cd target/deb && dpkg-shlibdeps -O -l"root/usr/lib/limber/lib" -l"root/usr/lib/limber/lib/server" \
  "${elves[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || fail "dpkg-shlibdeps found no dependencies"
mkdir -p "$root/DEBIAN"
sed -e "s/@VERSION@/$deb_version/" -e "s/@DEPENDS@/$depends/" \
  -e "s/@SIZE@/$(du -sk --exclude=DEBIAN "$root" | cut -f1)/" src/image/control > "$root/DEBIAN/control"
(cd "$root" && find usr -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
deb=target/limber_${deb_version}_amd64.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" > /dev/null
echo "src/image/build.bash: $deb, $(du -h "$deb" | cut -f1)"
