package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.limber.progress.Effort;
import dev.limber.progress.Entry;
import dev.limber.session.Ending;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The history as health data under attack: private, never through a link, never blocked, never lost. */
class HistoryStoreTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 27, 7, 0, 5, 0, ZoneOffset.ofHours(1));

    @TempDir
    Path dir;

    private static Entry entry(String id) {
        return new Entry(
                id,
                "back-friendly-walk",
                "Back-friendly walk",
                START,
                START.plusMinutes(11),
                605,
                600,
                5,
                2,
                0,
                true,
                Ending.FINISHED,
                3,
                2,
                false,
                600,
                new Effort(600, 600, 0),
                true,
                Entry.VERSION);
    }

    /** Writes a history as Limber would have made it: private. */
    private static void write(Path file, String text, StandardOpenOption... options) throws IOException {
        Files.writeString(file, text, options);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void a_record_is_written_with_exactly_the_fields_csv_names_in_their_order_and_read_back_whole() throws Exception {
        Entry entry = entry("a");
        String line = EntryJson.write(entry);

        java.util.List<String> written = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(line)
                .fieldNames()
                .forEachRemaining(written::add);

        // The writer, CSV's header and the reader name the same fields: one list can't drift from the others.
        assertThat(written).isEqualTo(EntryJson.FIELDS);
        assertThat(EntryJson.read(line)).isEqualTo(entry);
    }

    @Test
    void a_new_history_is_private_to_its_owner_in_a_private_folder() throws IOException {
        HistoryLog log = new HistoryLog(dir.resolve("state/limber"));

        log.append(entry("a"));

        assertThat(mode(log.file())).isEqualTo("rw-------");
        assertThat(mode(log.file().getParent())).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("state"))).isEqualTo("rwx------");
    }

    @Test
    void a_history_others_could_read_is_made_private_and_that_is_said_once() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        log.append(entry("a"));
        Files.setPosixFilePermissions(log.file(), PosixFilePermissions.fromString("rw-r--r--"));

        List<String> first = log.read().warnings();
        List<String> second = log.read().warnings();

        assertThat(first)
                .containsExactly(log.file() + " could be read by others on this machine; it is now private"
                        + " to you (rw-------)");
        assertThat(second).isEmpty();
        assertThat(mode(log.file())).isEqualTo("rw-------");
    }

    @Test
    void a_history_that_is_a_symbolic_link_is_neither_written_nor_read_through() throws IOException {
        Path target = Files.writeString(dir.resolve("elsewhere.txt"), "someone else's file\nlast line");
        Path state = Files.createDirectories(dir.resolve("state"));
        Files.createSymbolicLink(state.resolve(HistoryLog.FILE), target);
        HistoryLog log = new HistoryLog(state);

        assertThatThrownBy(() -> log.append(entry("a")))
                .isInstanceOf(HistoryLog.Unusable.class)
                .hasMessage(log.file() + " is a symbolic link, not a file; Limber keeps your history (health data)"
                        + " only in a plain file of its own: move it away, and Limber starts a new one");
        assertThatThrownBy(log::read).isInstanceOf(HistoryLog.Unusable.class);
        assertThat(Files.readString(target)).isEqualTo("someone else's file\nlast line");
    }

    @Test
    void a_pipe_or_a_folder_in_the_historys_place_is_refused_at_once_never_waited_on() throws Exception {
        Path pipe = Files.createDirectories(dir.resolve("pipe"));
        Process mkfifo =
                new ProcessBuilder("mkfifo", pipe.resolve(HistoryLog.FILE).toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Path folder = Files.createDirectories(dir.resolve("folder").resolve(HistoryLog.FILE))
                .getParent();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThatThrownBy(() -> new HistoryLog(pipe).read())
                    .isInstanceOf(HistoryLog.Unusable.class)
                    .hasMessageContaining("is a pipe or a device, not a file");
            assertThatThrownBy(() -> new HistoryLog(pipe).append(entry("a"))).isInstanceOf(HistoryLog.Unusable.class);
            assertThatThrownBy(() -> new HistoryLog(folder).read())
                    .isInstanceOf(HistoryLog.Unusable.class)
                    .hasMessageContaining("is a folder, not a file");
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"ended_by\":\"abandoned\"",
                "\"pain_after\":11",
                "\"active_s\":-1",
                "\"active_s\":99999999999999999999999",
                "\"started\":\"+999999999-12-31T23:59:59-18:00\"",
                "\"started\":\"1066-10-14T09:00:00Z\"",
                "\"completed\":\"yes\"",
                "\"segments_done\":[1]"
            })
    void a_whole_record_this_version_cannot_read_is_skipped_with_a_plain_reason_and_kept(String odd) throws Exception {
        HistoryLog log = new HistoryLog(dir);
        String line = "{\"v\":2,\"id\":\"odd\",\"routine\":\"walk\",\"started\":\"2026-11-20T07:00:05+01:00\","
                + "\"ended\":\"2026-11-20T07:10:05+01:00\",\"active_s\":600,\"completed\":true,"
                + "\"ended_by\":\"finished\",\"pain_after\":2," + odd + "}";
        // The worst place: the last line, without its newline, as a crash would leave a torn one.
        write(log.file(), EntryJson.write(entry("a")) + "\n" + line);

        HistoryLog.Read read = log.read();
        log.append(entry("b"));

        assertThat(read.entries()).extracting(Entry::id).containsExactly("a");
        assertThat(read.warnings())
                .singleElement()
                .asString()
                .startsWith(log.file() + ":2: a record this version of Limber can't read was skipped (")
                .endsWith("); it stays in the file")
                .doesNotContain("dev.limber", "Exception", "enum");
        assertThat(Files.readAllLines(log.file()))
                .containsExactly(EntryJson.write(entry("a")), line, EntryJson.write(entry("b")));
    }

    @Test
    void a_history_of_several_gigabytes_is_read_from_its_newest_end_without_running_out_of_memory() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        try (RandomAccessFile sparse = new RandomAccessFile(log.file().toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }
        write(log.file(), "\n" + EntryJson.write(entry("newest")) + "\n", StandardOpenOption.APPEND);

        HistoryLog.Read read = log.read();

        assertThat(read.entries()).extracting(Entry::id).containsExactly("newest");
        assertThat(read.warnings())
                .containsExactly(log.file() + ": 3072 MiB, so only its newest 64 MiB were read;"
                        + " the older records stay in the file");
    }

    @Test
    void a_line_longer_than_any_record_is_skipped_without_being_parsed() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        write(
                log.file(),
                "{\"v\":2,\"title\":\"" + "x".repeat(HistoryLog.MAX_LINE) + "\"}\n" + EntryJson.write(entry("a"))
                        + "\n");

        HistoryLog.Read read = log.read();

        assertThat(read.entries()).extracting(Entry::id).containsExactly("a");
        assertThat(read.warnings()).singleElement().asString().contains("longer than any record");
    }

    /** Starts HoldLock on the history file, and returns once it holds the lock. */
    private static Process holdLock(Path file) throws IOException {
        String classpath = System.getProperty("java.class.path");
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classpath,
                        HoldLock.class.getName(),
                        file.toString())
                .redirectError(new File("/dev/null"))
                .start();
        BufferedReader said =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(said.readLine()).isEqualTo("locked");
        return holder;
    }

    @Test
    void a_lock_held_too_long_by_another_process_sends_the_record_to_a_pending_file_that_is_never_lost()
            throws Exception {
        HistoryLog log = new HistoryLog(dir, Duration.ofMillis(1500));
        log.append(entry("a"));
        Process holder = holdLock(log.file());
        List<String> waiting = new ArrayList<>();
        List<String> warnings;
        try {
            warnings = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> log.append(entry("b"), waiting::add));
            assertThat(log.read().entries()).extracting(Entry::id).containsExactly("a", "b");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(waiting)
                .containsExactly("waiting for another program that holds " + log.file() + " locked"
                        + " (another Limber saving?) ...");
        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith("another program held " + log.file()
                        + " locked for 1 s, so this session was kept in history-pending-");
        try (var pending = Files.list(dir)) {
            assertThat(pending.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("history-pending-"));
        }

        log.append(entry("c"));

        assertThat(log.read().entries()).extracting(Entry::id).containsExactly("a", "c", "b");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(HistoryLog.FILE);
        }
    }

    @Test
    void a_whole_record_longer_than_any_torn_one_and_without_its_newline_is_kept() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        String big = EntryJson.write(entry("big"))
                .replace(
                        "\"title\":\"Back-friendly walk\"",
                        "\"title\":\"Back-friendly walk\",\"notes\":\"" + "x".repeat(70_000) + "\"");
        write(log.file(), EntryJson.write(entry("a")) + "\n" + big);

        assertThat(log.append(entry("b"))).isEmpty();

        assertThat(Files.readAllLines(log.file()))
                .containsExactly(EntryJson.write(entry("a")), big, EntryJson.write(entry("b")));
    }

    @Test
    void two_records_joined_by_a_lone_carriage_return_are_two_and_neither_is_cut() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        write(log.file(), EntryJson.write(entry("a")) + "\r" + EntryJson.write(entry("b")));

        assertThat(log.read().entries()).extracting(Entry::id).containsExactly("a", "b");
        assertThat(log.append(entry("c"))).isEmpty();
        assertThat(log.read().entries()).extracting(Entry::id).containsExactly("a", "b", "c");
    }

    @Test
    void saving_after_gigabytes_without_a_line_end_searches_no_further_than_a_record_and_cuts_nothing()
            throws IOException {
        HistoryLog log = new HistoryLog(dir);
        try (RandomAccessFile sparse = new RandomAccessFile(log.file().toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }
        Files.setPosixFilePermissions(log.file(), PosixFilePermissions.fromString("rw-------"));

        List<String> warnings = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> log.append(entry("a")));

        assertThat(warnings).isEmpty();
        assertThat(Files.size(log.file())).isGreaterThan(3L << 30);
        assertThat(log.read().entries()).extracting(Entry::id).containsExactly("a");
    }
}
