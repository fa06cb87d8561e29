package dev.limber.history;

import dev.limber.progress.Entry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

/**
 * The session history on disk: one JSON object per line in {@code history.jsonl}. Each record is
 * appended whole, under a lock (so two sessions ending at once both land), and forced to disk
 * before Limber says it is saved. A line torn by a crash is skipped when reading, and cut away
 * under the lock by the next append, so it never costs a record before or after it.
 */
public final class HistoryLog {

    public static final String FILE = "history.jsonl";
    /** Damaged lines named one by one before the rest are only counted. */
    private static final int NAMED_DAMAGE = 5;
    /** File locks belong to the whole JVM, so threads of one process also take turns here. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;

    public HistoryLog(Path folder) {
        this.file = folder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** Every readable record, in file order, and a warning for what had to be skipped. */
    public record Read(List<Entry> entries, List<String> warnings) {
    }

    public Read read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Read(List.of(), List.of());
        }
        int[] starts = lineStarts(bytes);
        int lines = starts.length - 1;
        // Parsing is most of the cost over years of records, and lines don't depend on each other:
        // both cores share it, and the results keep the file's order.
        Object[] parsed = IntStream.range(0, lines).parallel()
                .mapToObj(i -> parse(bytes, starts[i], starts[i + 1])).toArray();
        boolean endsWithNewline = bytes.length == 0 || bytes[bytes.length - 1] == '\n';
        List<Entry> entries = new ArrayList<>(parsed.length);
        List<String> warnings = new ArrayList<>();
        int damaged = 0;
        for (int i = 0; i < parsed.length; i++) {
            if (parsed[i] instanceof Entry entry) {
                entries.add(entry);
            } else if (parsed[i] instanceof String why) {
                if (damaged++ < NAMED_DAMAGE) {
                    boolean torn = i == parsed.length - 1 && !endsWithNewline;
                    warnings.add(file + ":" + (i + 1) + ": " + (torn
                            ? "an unfinished record at the end (a crash while it was written) was skipped"
                            : "a damaged record was skipped (" + why + ")"));
                }
            }
        }
        if (damaged > NAMED_DAMAGE) {
            warnings.add(file + ": " + (damaged - NAMED_DAMAGE) + " more damaged records skipped");
        }
        return new Read(entries, warnings);
    }

    /** Where each line starts, and one past the end: line i is [starts[i], starts[i + 1]). */
    private static int[] lineStarts(byte[] bytes) {
        int[] starts = new int[1024];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && i + 1 < bytes.length) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        if (bytes.length == 0) {
            return new int[] {0};
        }
        starts = Arrays.copyOf(starts, count + 1);
        starts[count] = bytes.length;
        return starts;
    }

    /** The record on bytes [from, to), or why it is not one; null for a blank line. */
    private static Object parse(byte[] bytes, int from, int to) {
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
        try {
            return EntryJson.read(bytes, from, end - from);
        } catch (EntryJson.NotARecord e) {
            return e.getMessage();
        }
    }

    /**
     * Appends one record and forces it to disk.
     *
     * @return warnings worth telling the person, such as a torn record cut away
     */
    public List<String> append(Entry entry) throws IOException {
        List<String> warnings = new ArrayList<>();
        Path folder = file.toAbsolutePath().getParent();
        boolean newFolder = !Files.isDirectory(folder);
        Files.createDirectories(folder);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            boolean newFile = channel.size() == 0;
            long end = channel.size();
            String before = "";
            if (end > 0 && lastByte(channel, end) != '\n') {
                long start = lastLineStart(channel, end);
                if (isRecord(channel, start, end)) {
                    before = "\n";
                } else {
                    channel.truncate(start);
                    end = start;
                    warnings.add(file + ": an unfinished record left by a crash was removed");
                }
            }
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(before + EntryJson.write(entry) + "\n");
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
            if (newFile || newFolder) {
                forceFolder(folder);
            }
        } finally {
            local.unlock();
        }
        return warnings;
    }

    private static int lastByte(FileChannel channel, long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, size - 1);
        return one.get(0);
    }

    /** Where the last line starts: just after the last newline before {@code end}, or 0. */
    private static long lastLineStart(FileChannel channel, long end) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(8192);
        long position = end;
        while (position > 0) {
            int length = (int) Math.min(chunk.capacity(), position);
            position -= length;
            chunk.clear().limit(length);
            channel.read(chunk, position);
            for (int i = length - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    return position + i + 1;
                }
            }
        }
        return 0;
    }

    private static boolean isRecord(FileChannel channel, long start, long end) throws IOException {
        if (end - start > 1 << 20) {
            return false;
        }
        ByteBuffer tail = ByteBuffer.allocate((int) (end - start));
        channel.read(tail, start);
        try {
            EntryJson.read(StandardCharsets.UTF_8.decode(tail.flip()).toString());
            return true;
        } catch (EntryJson.NotARecord e) {
            return false;
        }
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
