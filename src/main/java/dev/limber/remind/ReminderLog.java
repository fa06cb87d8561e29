package dev.limber.remind;

import dev.limber.document.Printable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code reminders.log} in the state folder, beside the history: a line for each reminder that was
 * due and could not be shown, and why, since a timer has no one to tell. It names what was due, so
 * it is private as the history is (the file 0600, a folder Limber makes 0700), never written through
 * a symbolic link.
 */
public final class ReminderLog {

    public static final String FILE = "reminders.log";

    private final Path file;

    public ReminderLog(Path folder) {
        this.file = folder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** Appends "TIME WHAT · not shown: WHY" as one line. */
    public void notShown(OffsetDateTime now, String why, Reminder reminder) throws IOException {
        append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.truncatedTo(ChronoUnit.SECONDS)) + " "
                + reminder.line() + " · not shown: " + why);
    }

    /** Appends "TIME no reminder: WHY" when what is due could not be worked out (a broken program). */
    public void failed(OffsetDateTime now, String why) throws IOException {
        append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.truncatedTo(ChronoUnit.SECONDS)) + " no reminder: "
                + why);
    }

    private void append(String line) throws IOException {
        Path folder = Objects.requireNonNull(file.getParent());
        if (!Files.isDirectory(folder)) {
            try {
                Files.createDirectories(
                        folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(folder);
            }
        }
        if (Files.isSymbolicLink(file)) {
            throw new IOException("it is a symbolic link, which Limber never writes through; remove it");
        }
        Set<OpenOption> options = Set.of(
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND,
                LinkOption.NOFOLLOW_LINKS);
        byte[] bytes = (Printable.of(line) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = open(options)) {
            // One write of the whole line: with O_APPEND, two reminders at once never interleave.
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /** The log opened with {@code options}, made 0600 when it is created (where files have POSIX modes). */
    private FileChannel open(Set<OpenOption> options) throws IOException {
        try {
            return FileChannel.open(
                    file, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return FileChannel.open(file, options);
        }
    }

    /** The last line, for {@code limber remind status}; empty when there is none or it can't be read. */
    public Optional<String> last() {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            // Its tail is enough for a line: the log grows by a line a reminder and is never read whole.
            long size = channel.size();
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, 4096));
            channel.position(size - tail.capacity());
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // Read until full: a file is read whole unless it shrinks meanwhile.
            }
            String text = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).strip();
            String line = text.substring(text.lastIndexOf('\n') + 1);
            return line.isBlank() ? Optional.empty() : Optional.of(Printable.of(line));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
