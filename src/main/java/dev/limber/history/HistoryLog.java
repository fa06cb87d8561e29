package dev.limber.history;

import dev.limber.document.Printable;
import dev.limber.progress.Entry;
import dev.limber.progress.MorningPain;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The session history on disk: one JSON object per line in {@code history.jsonl}. It holds health
 * data (pain scores, red flags), so it is private (the file 0600, a folder Limber makes 0700), never
 * followed through a symbolic link, and never anything but a regular file.
 *
 * <p>Each record is appended whole, under a lock (so two sessions ending at once both land), and
 * forced to disk before Limber says it is saved. When another process holds the lock too long, the
 * record waits in a pending file beside it, read with the history and joined to it by the next save.
 * A line torn by a crash (one that is not even JSON) is skipped when reading and cut away by the
 * next append; a whole line this version can't read is skipped and kept as it is.
 */
public final class HistoryLog {

    public static final String FILE = "history.jsonl";
    /** Records that could not wait for the lock: {@code history-pending-UUID.jsonl} beside the history. */
    static final String PENDING = "history-pending-";
    /** The most of the history read: its newest 64 MiB, some 190,000 sessions. */
    static final long MAX_BYTES = 64L << 20;
    /** A line longer than this is no record: Limber's are a few hundred bytes. */
    static final int MAX_LINE = 64 << 10;
    /** How long a save waits for another process's lock before the record goes to a pending file. */
    public static final Duration PATIENCE = Duration.ofSeconds(5);
    /** How long a save waits before it says what it is waiting for. */
    private static final long NOTICE_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Damaged lines named one by one before the rest are only counted. */
    private static final int NAMED_DAMAGE = 5;
    /** File locks belong to the whole JVM, so threads of one process also take turns here. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private final Path file;
    private final Duration patience;

    public HistoryLog(Path folder) {
        this(folder, PATIENCE);
    }

    /** @param patience how long a save waits for another process's lock */
    HistoryLog(Path folder, Duration patience) {
        this.file = folder.resolve(FILE);
        this.patience = patience;
    }

    public Path file() {
        return file;
    }

    /**
     * A history that is not a plain file of Limber's: a symbolic link, a pipe, a device or a folder.
     * Refused at once, never read through or waited on.
     */
    public static final class Unusable extends IOException {
        private static final long serialVersionUID = 1L;

        Unusable(Path file, String what) {
            super(file + " is " + what + ", not a file; Limber keeps your history (health data) only in a"
                    + " plain file of its own: move it away, and Limber starts a new one");
        }
    }

    /** Whether {@code f} exists, as a regular file; {@link Unusable} when it is anything else. */
    private static boolean exists(Path f) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (attributes.isRegularFile()) {
            return true;
        }
        throw new Unusable(
                f,
                attributes.isSymbolicLink()
                        ? "a symbolic link"
                        : attributes.isDirectory() ? "a folder" : "a pipe or a device");
    }

    /**
     * Takes group and other permissions off a history file Limber made before it kept them private,
     * and says so (once: after that there is nothing to take off).
     */
    private static void makePrivate(Path f, List<String> warnings) {
        try {
            Set<PosixFilePermission> permissions = Files.readAttributes(
                            f, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .permissions();
            Set<PosixFilePermission> mine = EnumSet.noneOf(PosixFilePermission.class);
            mine.addAll(permissions);
            if (mine.removeAll(OTHERS)) {
                Files.setPosixFilePermissions(f, mine);
                warnings.add(f + " could be read by others on this machine; it is now private to you ("
                        + PosixFilePermissions.toString(mine) + ")");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not a POSIX file system, or not the person's own file: nothing Limber may change.
        }
    }

    /**
     * Every readable record, in file order, and a warning for what had to be skipped.
     *
     * @param entries  the sessions
     * @param mornings the morning check-ins (format 3)
     */
    public record Read(List<Entry> entries, List<MorningPain> mornings, List<String> warnings) {}

    /**
     * Every readable record, the pending ones after the file's, and a warning for what was skipped.
     *
     * @throws Unusable when the history is a link, a pipe, a device or a folder
     */
    public Read read() throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<MorningPain> mornings = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (exists(file)) {
            makePrivate(file, warnings);
            readInto(file, entries, mornings, warnings);
        }
        List<Path> pending = pending();
        for (Path f : pending) {
            readInto(f, entries, mornings, warnings);
        }
        if (!pending.isEmpty()) {
            // A pending record joined to the history by a save that then failed to delete it.
            Set<String> seen = new HashSet<>();
            entries.removeIf(e -> !e.id().isEmpty() && !seen.add(e.id()));
            mornings.removeIf(m -> !m.id().isEmpty() && !seen.add(m.id()));
        }
        return new Read(entries, mornings, warnings);
    }

    /** The pending files beside the history, each a regular file of Limber's, oldest name first. */
    private List<Path> pending() throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PENDING + "*.jsonl")) {
            for (Path f : files) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(f);
                }
            }
        } catch (NoSuchFileException | java.nio.file.NotDirectoryException e) {
            return List.of();
        }
        found.sort(null);
        return found;
    }

    /** Reads the newest {@link #MAX_BYTES} of {@code f}, never through a link. */
    private static void readInto(Path f, List<Entry> entries, List<MorningPain> mornings, List<String> warnings)
            throws IOException {
        byte[] bytes;
        long size;
        try (FileChannel channel = FileChannel.open(f, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            size = channel.size();
            long from = Math.max(0, size - MAX_BYTES);
            bytes = new byte[(int) (size - from)];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            for (long at = from; buffer.hasRemaining(); ) {
                int read = channel.read(buffer, at);
                if (read < 0) {
                    // Shorter than it was a moment ago: what there is will do.
                    bytes = Arrays.copyOf(bytes, buffer.position());
                    break;
                }
                at += read;
            }
        }
        int begin = 0;
        if (size > MAX_BYTES) {
            // The cut falls inside a line: the records start after its end.
            while (begin < bytes.length && bytes[begin++] != '\n') {
                // Looking for the first whole line.
            }
            warnings.add(f + ": " + (size >> 20) + " MiB, so only its newest " + (MAX_BYTES >> 20)
                    + " MiB were read; the older records stay in the file");
        }
        final byte[] text = bytes;
        int[] starts = lineStarts(text, begin);
        int lines = starts.length - 1;
        // Parsing is most of the cost over years of records, and lines don't depend on each other:
        // both cores share it, and the results keep the file's order.
        Object[] parsed = IntStream.range(0, lines)
                .parallel()
                .mapToObj(i -> parse(text, starts[i], starts[i + 1]))
                .toArray();
        boolean endsWithNewline = text.length == 0 || text[text.length - 1] == '\n';
        int damaged = 0;
        for (int i = 0; i < parsed.length; i++) {
            if (parsed[i] instanceof Entry entry) {
                entries.add(entry);
            } else if (parsed[i] instanceof MorningPain morning) {
                mornings.add(morning);
            } else if (parsed[i] instanceof EntryJson.NotARecord why) {
                if (damaged++ < NAMED_DAMAGE) {
                    boolean torn = i == parsed.length - 1 && !endsWithNewline && !why.json();
                    String at = f + (begin == 0 ? ":" + (i + 1) : "") + ": ";
                    warnings.add(at
                            + (torn
                                    ? "an unfinished record at the end (a crash while it was written) was skipped"
                                    : why.json()
                                            ? "a record this version of Limber can't read was skipped ("
                                                    + Printable.of(why.getMessage(), 120) + "); it stays in the file"
                                            : "a damaged record was skipped (" + Printable.of(why.getMessage(), 120)
                                                    + ")"));
                }
            }
        }
        if (damaged > NAMED_DAMAGE) {
            warnings.add(f + ": " + (damaged - NAMED_DAMAGE) + " more damaged records skipped");
        }
    }

    /** Where each line starts from {@code begin}, and one past the end: line i is [starts[i], starts[i + 1]). */
    private static int[] lineStarts(byte[] bytes, int begin) {
        if (begin >= bytes.length) {
            return new int[] {begin};
        }
        int[] starts = new int[1024];
        int count = 0;
        starts[count++] = begin;
        for (int i = begin; i < bytes.length; i++) {
            // A line ends at a newline, or at a carriage return that no newline follows (an old Mac's
            // line end, from a hand's edit): two records so joined are still two.
            boolean lineEnd = bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'));
            if (lineEnd && i + 1 < bytes.length) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        starts = Arrays.copyOf(starts, count + 1);
        starts[count] = bytes.length;
        return starts;
    }

    /** The record on bytes [from, to), or why it is not one; null for a blank line. */
    private static @Nullable Object parse(byte[] bytes, int from, int to) {
        int end = to;
        while (end > from && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        boolean blank = true;
        for (int i = from; i < end && blank; i++) {
            blank = bytes[i] == ' ' || bytes[i] == '\t';
        }
        if (blank) {
            return null;
        }
        if (end - from > MAX_LINE) {
            return new EntryJson.NotARecord("a line of " + (end - from) + " bytes, longer than any record", false);
        }
        try {
            return EntryJson.readAny(bytes, from, end - from);
        } catch (EntryJson.NotARecord e) {
            return e;
        }
    }

    /** Appends one record and forces it to disk; see {@link #append(Entry, Consumer)}. */
    public List<String> append(Entry entry) throws IOException {
        return append(entry, notice -> {});
    }

    /**
     * Appends one record and forces it to disk. When another process holds the history's lock, it
     * waits up to its patience, telling {@code waiting} once what it waits for; then the record goes
     * to a pending file, which the history is read with and the next save joins to it.
     *
     * @return warnings worth telling the person, such as a torn record cut away
     * @throws Unusable when the history is a link, a pipe, a device or a folder
     */
    public List<String> append(Entry entry, Consumer<String> waiting) throws IOException {
        return append(EntryJson.write(entry), "this session", waiting);
    }

    /** Appends a morning check-in, as a session is appended ({@link #append(Entry, Consumer)}). */
    public List<String> append(MorningPain morning) throws IOException {
        return append(EntryJson.write(morning), "this morning's answer", notice -> {});
    }

    private List<String> append(String line, String what, Consumer<String> waiting) throws IOException {
        List<String> warnings = new ArrayList<>();
        Path folder = Objects.requireNonNull(file.toAbsolutePath().getParent());
        boolean newFolder = !Files.isDirectory(folder);
        createPrivateFolder(folder);
        boolean newFile = !exists(file);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ReentrantLock());
        long deadline = System.nanoTime() + patience.toNanos();
        boolean mine;
        try {
            mine = local.tryLock(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            mine = false;
        }
        if (!mine) {
            return pend(line, what, warnings);
        }
        try (FileChannel channel = open(file)) {
            if (!newFile) {
                makePrivate(file, warnings);
            }
            FileLock lock = lock(channel, deadline, waiting);
            if (lock == null) {
                return pend(line, what, warnings);
            }
            try {
                write(channel, (line + "\n").getBytes(StandardCharsets.UTF_8), warnings);
                joinPending(channel, warnings);
            } finally {
                lock.release();
            }
            if (newFile || newFolder) {
                forceFolder(folder);
            }
        } finally {
            local.unlock();
        }
        return warnings;
    }

    /** The history file opened to append, created private, never through a link. */
    private static FileChannel open(Path f) throws IOException {
        return openPrivately(
                f,
                Set.of(
                        StandardOpenOption.CREATE,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS));
    }

    /** A file opened with {@code options}, made 0600 when it is created (where files have POSIX modes). */
    private static FileChannel openPrivately(Path f, Set<OpenOption> options) throws IOException {
        try {
            return FileChannel.open(f, options, PosixFilePermissions.asFileAttribute(PRIVATE_FILE));
        } catch (UnsupportedOperationException e) {
            return FileChannel.open(f, options);
        }
    }

    /** Makes the history's folder, 0700, as saving a session would: for what is kept beside it. */
    public static void createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            FileAttribute<Set<PosixFilePermission>> privately = PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER);
            Files.createDirectories(folder, privately);
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(folder);
        }
    }

    /**
     * The file's lock, waiting for it until {@code deadline}; null when another process held it all
     * that time. Says once, after a second, what it waits for.
     */
    private @Nullable FileLock lock(FileChannel channel, long deadline, Consumer<String> waiting) throws IOException {
        long start = System.nanoTime();
        boolean told = false;
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                return null;
            }
            if (!told && now - start >= NOTICE_NANOS) {
                waiting.accept(
                        "waiting for another program that holds " + file + " locked (another Limber" + " saving?) ...");
                told = true;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** Keeps a record that could not wait for the lock in a pending file of its own, private. */
    private List<String> pend(String line, String what, List<String> warnings) throws IOException {
        Path pending = file.resolveSibling(PENDING + UUID.randomUUID() + ".jsonl");
        Set<OpenOption> options =
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try (FileChannel channel = openPrivately(pending, options)) {
            ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        forceFolder(Objects.requireNonNull(pending.getParent()));
        warnings.add("another program held " + file + " locked for " + patience.toSeconds() + " s, so " + what
                + " was kept in " + pending.getFileName() + " beside it: 'limber history' shows it, and the next"
                + " save joins it to the history");
        return warnings;
    }

    /** Joins the pending records to the history, under its lock, and deletes their files. */
    private void joinPending(FileChannel channel, List<String> warnings) throws IOException {
        for (Path f : pending()) {
            byte[] bytes;
            try {
                if (Files.size(f) > MAX_LINE) {
                    continue;
                }
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                continue;
            }
            if (bytes.length > 0 && bytes[bytes.length - 1] == '\n' && EntryJson.isJson(bytes, 0, bytes.length - 1)) {
                write(channel, bytes, warnings);
            }
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // Read again with the history and skipped as the same record; the next save tries again.
            }
        }
    }

    /**
     * Appends whole lines at the end, after cutting away a torn last line, and forces them to disk;
     * a write that fails half-way is taken back.
     */
    private void write(FileChannel channel, byte[] lines, List<String> warnings) throws IOException {
        long end = channel.size();
        byte[] before = new byte[0];
        if (end > 0 && lastByte(channel, end) != '\n' && lastByte(channel, end) != '\r') {
            long start = lastLineStart(channel, end);
            if (start < 0 || isJson(channel, start, end)) {
                // Whole, only without its line end (a hand's edit, or a newer Limber's), or longer than
                // any record a crash could have torn: kept, and the new record starts on a line of its own.
                before = new byte[] {'\n'};
            } else {
                channel.truncate(start);
                end = start;
                warnings.add(file + ": an unfinished record left by a crash was removed");
            }
        }
        ByteBuffer bytes = ByteBuffer.allocate(before.length + lines.length)
                .put(before)
                .put(lines)
                .flip();
        long at = end;
        try {
            while (bytes.hasRemaining()) {
                at += channel.write(bytes, at);
            }
            channel.force(true);
        } catch (IOException e) {
            // A full disk or a size limit can take half a record: take it back, so the file ends
            // as it did, whole. If even that fails, the next reader skips the torn line.
            try {
                channel.truncate(end);
            } catch (IOException ignored) {
                e.addSuppressed(ignored);
            }
            throw e;
        }
    }

    private static int lastByte(FileChannel channel, long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, size - 1);
        return one.get(0);
    }

    /**
     * Where the last line starts: just after the last line end before {@code end}, or 0; -1 when it
     * is longer than {@link #MAX_LINE}, which no record torn by a crash can be: nothing beyond that
     * is searched, however large the file.
     */
    private static long lastLineStart(FileChannel channel, long end) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(8192);
        long position = end;
        long limit = Math.max(0, end - MAX_LINE - 1);
        while (position > limit) {
            int length = (int) Math.min(chunk.capacity(), position - limit);
            position -= length;
            chunk.clear().limit(length);
            channel.read(chunk, position);
            for (int i = length - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n' || chunk.get(i) == '\r') {
                    return position + i + 1;
                }
            }
        }
        return limit == 0 ? 0 : -1;
    }

    /** Whether the last line is whole JSON: only a line that is not may be a crash's torn end. */
    private static boolean isJson(FileChannel channel, long start, long end) throws IOException {
        if (end - start > MAX_LINE) {
            return false;
        }
        ByteBuffer tail = ByteBuffer.allocate((int) (end - start));
        channel.read(tail, start);
        return EntryJson.isJson(tail.array(), 0, tail.position());
    }

    /** A new file's name is only safe on disk once its folder is too. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some file systems can't sync a folder; the record itself is already on disk.
        }
    }
}
