package dev.limber.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The status line of {@code limber today --format line}, kept beside the history for the launchers,
 * which print it without starting Java while it is fresh ({@code limber_today_line} in
 * src/main/sh/limber-java.bash): a status bar asks every few seconds, and a JVM each time would cost
 * more than the line is worth. The file says what it was made from, and the launcher checks each:
 * <pre>
 * limber-today-line 2
 * 2026-11-30                          the local day it is for
 * (six values)                        the environment that chose the program and its routines
 * walk 1/2-3 · thoracic ✓ · core 1/2  the line
 * 2049:1311:5120:1764480000:1764480000 ...   each present file as `stat -L -c %d:%i:%s:%Y:%Z` says it
 * +/home/ana/.local/state/limber/history.jsonl   a file that was there: stale if newer than this file, or gone
 * -/home/ana/.config/limber/config.yaml          a file that wasn't: stale once it is there
 * </pre>
 * A pending history file beside it makes it stale too. Its time is set to when the history was read,
 * not when it was written, so a change made in between makes it stale, never wrong; and each file's
 * device, inode, size and times catch one swapped in that is older (a backup restored, a link
 * pointed elsewhere), which a time alone would miss. It is kept only where the launcher can tell
 * all this as Java does: not for a relative LIMBER_CONFIG or LIMBER_ROUTINES (which mean another
 * file in another folder), nor a TZ that Java and the C library read differently (POSIX rules such
 * as GMT+11), nor a history that couldn't be read.
 *
 * <p>The same file, named {@code routine-ids}, keeps the ids {@code limber list --format ids} prints
 * (for Tab completion, {@code limber_routine_ids}): its magic line is {@code limber-routine-ids 1},
 * its day {@code -} (any), and its line the ids with a space between.
 */
final class LineCache {

    static final String FILE = "today-line";
    static final String MAGIC = "limber-today-line 2";
    static final String IDS_FILE = "routine-ids";
    static final String IDS_MAGIC = "limber-routine-ids 1";

    /** More files than any person's routines; past it, checking them all would cost the launcher more than Java. */
    static final int MOST_SOURCES = 2000;

    /** The variables that choose the program and its routines, in the launcher's order. */
    static final List<String> VARIABLES =
            List.of("LIMBER_PROGRAM", "LIMBER_ROUTINES", "LIMBER_CONFIG", "XDG_CONFIG_HOME", "HOME", "TZ");

    private LineCache() {}

    /**
     * The environment as the launcher writes it: each variable's value, or nothing, joined by the
     * unit separator (a character no path or program id has).
     */
    static String environment(Map<String, String> env) {
        return String.join(
                "\u001f", VARIABLES.stream().map(n -> env.getOrDefault(n, "")).toList());
    }

    /**
     * Keeps {@code line} for {@code day}; a cache that can't be written is no loss, only slower.
     *
     * @param readAt  when the history (and the rest) was read, in milliseconds
     * @param sources every file and folder the line was made from
     */
    static void write(
            Path folder, LocalDate day, Map<String, String> env, String line, List<Path> sources, long readAt) {
        keep(folder, FILE, MAGIC, day.toString(), env, line, sources, readAt);
    }

    /** Keeps the routine ids {@code list --format ids} prints, in its order, made from {@code sources}. */
    static void writeIds(Path folder, Map<String, String> env, List<String> ids, List<Path> sources, long readAt) {
        keep(folder, IDS_FILE, IDS_MAGIC, "-", env, String.join(" ", ids), sources, readAt);
    }

    private static void keep(
            Path folder,
            String fileName,
            String magic,
            String day,
            Map<String, String> env,
            String line,
            List<Path> sources,
            long readAt) {
        if (!keepable(env) || sources.size() > MOST_SOURCES) {
            return;
        }
        List<Path> all = new ArrayList<>(sources);
        jar().ifPresent(all::add);
        List<String> names = new ArrayList<>();
        List<String> identities = new ArrayList<>();
        for (Path source : all) {
            String name = source.toAbsolutePath().toString();
            if (name.contains("\n") || name.contains("\r")) {
                return;
            }
            if (Files.exists(source)) {
                String identity = identity(source);
                if (identity == null) {
                    return;
                }
                identities.add(identity);
                names.add("+" + name);
            } else {
                names.add("-" + name);
            }
        }
        List<String> lines = new ArrayList<>(List.of(magic, day, environment(env), line, String.join(" ", identities)));
        lines.addAll(names);
        for (String l : lines.subList(1, 5)) {
            if (l.contains("\n") || l.contains("\r")) {
                return;
            }
        }
        Path file = folder.resolve(fileName);
        Path partial = folder.resolve(fileName + "." + ProcessHandle.current().pid() + ".partial");
        try {
            dev.limber.history.HistoryLog.createPrivateFolder(folder);
            if (!Files.isDirectory(folder) || Files.isSymbolicLink(file)) {
                return;
            }
            Files.deleteIfExists(partial);
            try {
                Files.createFile(
                        partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(partial);
            }
            Files.write(partial, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            // A second earlier than the read: a change in the same second as it is newer, whatever
            // the file system's or the shell's precision.
            Files.setLastModifiedTime(partial, FileTime.fromMillis((readAt / 1000 - 1) * 1000));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Nothing more to do: a stray partial file is only a few bytes.
            }
        }
    }

    /** Whether the launcher reads this environment as Java does (see the class comment). */
    static boolean keepable(Map<String, String> env) {
        for (String name : List.of("LIMBER_CONFIG", "LIMBER_ROUTINES")) {
            for (String each : env.getOrDefault(name, "").split(java.io.File.pathSeparator, -1)) {
                if (!each.isBlank() && !each.startsWith("/") && !each.equals("~") && !each.startsWith("~/")) {
                    return false;
                }
            }
        }
        String tz = env.getOrDefault("TZ", "");
        return tz.isEmpty() || tz.equals("UTC") || tz.matches("[A-Za-z][A-Za-z_-]*(/[A-Za-z0-9_+-]+)+");
    }

    /** {@code device:inode:size:mtime:ctime} of the file a path names (through links), as stat prints them. */
    static @Nullable String identity(Path path) {
        try {
            Map<String, Object> a = Files.readAttributes(path, "unix:dev,ino,size,lastModifiedTime,ctime");
            return a.get("dev") + ":" + a.get("ino") + ":" + a.get("size") + ":"
                    + ((FileTime) Objects.requireNonNull(a.get("lastModifiedTime")))
                            .to(java.util.concurrent.TimeUnit.SECONDS)
                    + ":"
                    + ((FileTime) Objects.requireNonNull(a.get("ctime"))).to(java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException | RuntimeException e) {
            // Not a Unix file system, or gone meanwhile: no line kept, Java answers.
            return null;
        }
    }

    /** Limber's own jar: a newer Limber may draw the line differently. */
    private static java.util.Optional<Path> jar() {
        try {
            Path jar = Path.of(LineCache.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return Files.isRegularFile(jar) ? java.util.Optional.of(jar) : java.util.Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
