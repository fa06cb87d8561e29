package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.limber.progress.Effort;
import dev.limber.progress.Entry;
import dev.limber.session.Ending;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The history file for real, in a temp folder. */
class HistoryLogTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 27, 7, 0, 5, 0, ZoneOffset.ofHours(1));

    @TempDir
    Path dir;

    private static Entry entry(String id, Ending endedBy) {
        Effort effort = new Effort(590, 600, 0);
        return new Entry(
                id,
                "back-friendly-walk",
                "Back-friendly walk",
                START,
                START.plusMinutes(11),
                605,
                600,
                55,
                2,
                1,
                endedBy == Ending.FINISHED,
                endedBy,
                3,
                2,
                false,
                600,
                effort,
                effort.counts(endedBy == Ending.FINISHED),
                Entry.VERSION);
    }

    @Test
    void a_record_comes_back_as_it_went_in() throws IOException {
        HistoryLog log = new HistoryLog(dir.resolve("deep/state/limber"));
        Entry full = entry("a", Ending.FINISHED);
        Entry sparse = new Entry(
                "b",
                "run-day",
                "Run day",
                START,
                START.plusSeconds(5),
                948,
                4,
                0,
                0,
                1,
                false,
                Ending.QUIT,
                null,
                null,
                null,
                null,
                new Effort(3, 900, 2),
                false,
                Entry.VERSION);

        log.append(full);
        log.append(sparse);
        HistoryLog.Read read = log.read();

        assertThat(read.entries()).containsExactly(full, sparse);
        assertThat(read.warnings()).isEmpty();
        assertThat(Files.readAllLines(log.file()).get(0))
                .isEqualTo("{\"v\":3,\"id\":\"a\",\"routine\":"
                        + "\"back-friendly-walk\",\"title\":\"Back-friendly walk\",\"started\":\"2026-11-27T07:00:05+01:00\","
                        + "\"ended\":\"2026-11-27T07:11:05+01:00\",\"planned_s\":605,\"active_s\":600,\"paused_s\":55,"
                        + "\"segments_done\":2,\"segments_skipped\":1,\"completed\":true,\"ended_by\":\"finished\","
                        + "\"pain_before\":3,\"pain_after\":2,\"red_flag\":false,\"length_s\":600,\"work_s\":590,"
                        + "\"work_planned_s\":600,\"reps_unconfirmed\":0,\"counts\":true}");
    }

    private static final String FORMAT_1 = "{\"v\":1,\"id\":\"old\",\"routine\":\"back-friendly-walk\","
            + "\"title\":\"Back-friendly walk\",\"started\":\"2026-11-20T07:00:05+01:00\","
            + "\"ended\":\"2026-11-20T07:20:05+01:00\",\"planned_s\":605,\"active_s\":%d,\"paused_s\":0,"
            + "\"segments_done\":0,\"segments_skipped\":2,\"completed\":true,\"ended_by\":\"finished\","
            + "\"pain_before\":null,\"pain_after\":null,\"red_flag\":null,\"length_s\":600}";

    @Test
    void a_record_of_format_1_still_reads_and_counts_by_its_active_time() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        Files.writeString(log.file(), String.format(FORMAT_1, 9) + "\n" + String.format(FORMAT_1, 600) + "\n");

        List<Entry> read = log.read().entries();

        assertThat(read)
                .extracting(Entry::version, Entry::completed, Entry::counts, Entry::effort)
                .containsExactly(tuple(1, true, false, null), tuple(1, true, true, null));
    }

    @Test
    void a_record_from_a_newer_format_is_read_for_what_it_says_and_kept_as_it_is() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        String newer = "{\"v\":4,\"id\":\"new\",\"routine\":\"walk\",\"started\":\"2026-11-20T07:00:05+01:00\","
                + "\"ended\":\"2026-11-20T07:10:05+01:00\",\"active_s\":600,\"completed\":true,"
                + "\"ended_by\":\"finished\",\"work_s\":600,\"work_planned_s\":600,\"counts\":true,"
                + "\"mood\":{\"a\":[1,2]}}";
        Files.writeString(log.file(), newer + "\n");

        log.append(entry("a", Ending.FINISHED));

        assertThat(log.read().entries())
                .extracting(Entry::version, Entry::counts)
                .containsExactly(tuple(4, true), tuple(Entry.VERSION, true));
        assertThat(Files.readAllLines(log.file()).get(0)).isEqualTo(newer);
    }

    @ParameterizedTest
    @EnumSource(Ending.class)
    void every_way_a_session_ends_is_recorded(Ending endedBy) throws IOException {
        HistoryLog log = new HistoryLog(dir);

        log.append(entry("x", endedBy));

        assertThat(log.read().entries())
                .singleElement()
                .extracting(Entry::endedBy)
                .isEqualTo(endedBy);
    }

    @Test
    void no_history_yet_is_an_empty_one() throws IOException {
        assertThat(new HistoryLog(dir.resolve("none")).read().entries()).isEmpty();
    }

    @Test
    void a_torn_last_line_is_skipped_with_a_warning_and_cut_away_by_the_next_append() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        log.append(entry("a", Ending.FINISHED));
        log.append(entry("b", Ending.FINISHED));
        Files.writeString(log.file(), "{\"v\":1,\"id\":\"c\",\"routine\":\"back-fri", StandardOpenOption.APPEND);

        HistoryLog.Read torn = log.read();
        List<String> appended = log.append(entry("d", Ending.QUIT));
        HistoryLog.Read after = log.read();

        assertThat(torn.entries()).extracting(Entry::id).containsExactly("a", "b");
        assertThat(torn.warnings())
                .containsExactly(log.file() + ":3: an unfinished record at the end (a crash while"
                        + " it was written) was skipped");
        assertThat(appended).containsExactly(log.file() + ": an unfinished record left by a crash was removed");
        assertThat(after.entries()).extracting(Entry::id).containsExactly("a", "b", "d");
        assertThat(after.warnings()).isEmpty();
    }

    @Test
    void a_whole_record_that_only_lacks_its_newline_is_kept() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        Files.writeString(log.file(), EntryJson.write(entry("a", Ending.FINISHED)));

        log.append(entry("b", Ending.FINISHED));

        assertThat(log.read().entries()).extracting(Entry::id).containsExactly("a", "b");
    }

    @Test
    void a_damaged_line_in_the_middle_costs_only_itself() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        log.append(entry("a", Ending.FINISHED));
        Files.write(
                log.file(),
                "garbage \u00ff\n{\"v\":1}\n".getBytes(StandardCharsets.ISO_8859_1),
                StandardOpenOption.APPEND);
        log.append(entry("b", Ending.FINISHED));

        HistoryLog.Read read = log.read();

        assertThat(read.entries()).extracting(Entry::id).containsExactly("a", "b");
        assertThat(read.warnings())
                .containsExactly(
                        log.file() + ":2: a damaged record was skipped (not valid JSON at character 1)",
                        log.file()
                                + ":3: a record this version of Limber can't read was skipped (missing routine, started,"
                                + " ended, active_s, completed or ended_by); it stays in the file");
    }

    @Test
    void a_record_with_a_field_given_twice_is_not_read_and_says_which() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        log.append(entry("a", Ending.FINISHED));
        String line = Files.readAllLines(log.file()).get(0);
        Files.writeString(
                log.file(),
                line.replace("\"id\":\"a\"", "\"id\":\"b\",\"id\":\"c\"") + "\n",
                StandardOpenOption.APPEND);

        HistoryLog.Read read = log.read();

        assertThat(read.entries()).extracting(Entry::id).containsExactly("a");
        assertThat(read.warnings())
                .hasSize(1)
                .first()
                .asString()
                .startsWith(log.file() + ":2: ")
                .contains("the field 'id' is given twice");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "2026-11-27T07:00:05+01:00",
                "2026-11-27T07:00+01:00",
                "2026-11-27T07:00:05Z",
                "2026-11-27T07:00:05-09:30",
                "2026-11-27T07:00:05.123+01:00",
                "2026-11-27T07:00:05+05:45:30"
            })
    void times_read_as_java_time_reads_them_to_the_second(String text) {
        assertThat(EntryJson.time(text)).isEqualTo(OffsetDateTime.parse(text).truncatedTo(ChronoUnit.SECONDS));
    }

    /** HistoryReaderFuzzTest's round trip for a hand-edited half second: kept when read, lost when written. */
    @Test
    void a_record_with_a_fraction_of_a_second_reads_back_the_same_once_written() throws Exception {
        Entry read = EntryJson.read("{\"v\":1,\"routine\":\"r\",\"started\":\"2026-11-27T07:00:05.5+01:00\","
                + "\"ended\":\"2026-11-27T07:10:05.999Z\",\"active_s\":600,\"completed\":true,"
                + "\"ended_by\":\"finished\"}");

        assertThat(read.started()).isEqualTo("2026-11-27T07:00:05+01:00");
        assertThat(EntryJson.read(EntryJson.write(read))).isEqualTo(read);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "2026-11-27T07:00:05+01:00",
                "0099-01-02T03:04:05Z",
                "2026-11-27T07:00:05-09:30",
                "+12026-11-27T07:00:05+01:00"
            })
    void times_are_written_to_the_second_and_read_back_the_same(String text) {
        OffsetDateTime time = OffsetDateTime.parse(text);

        assertThat(EntryJson.time(EntryJson.time(time))).isEqualTo(time);
        assertThat(EntryJson.time(OffsetDateTime.parse("2026-11-27T07:00:00.999+01:00")))
                .isEqualTo("2026-11-27T07:00:00+01:00");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"2026-13-27T07:00:05+01:00", "2026-11-27T25:00+01:00", "2026-11-2xT07:00:05Z", "yesterday"})
    void a_time_that_is_no_time_is_refused(String text) {
        assertThatThrownBy(() -> EntryJson.time(text)).isInstanceOf(java.time.DateTimeException.class);
    }

    @Test
    void fields_of_a_later_version_are_ignored() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        String line = EntryJson.write(entry("a", Ending.FINISHED))
                .replace("{\"v\":1,", "{\"v\":2,\"mood\":" + "{\"score\":[1,2]},\"notes\":\"felt good\",");
        Files.writeString(log.file(), line + "\n");

        assertThat(log.read().entries()).extracting(Entry::id).containsExactly("a");
    }

    @Test
    void two_writers_at_once_both_land_whole() throws Exception {
        HistoryLog one = new HistoryLog(dir);
        HistoryLog two = new HistoryLog(dir);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (HistoryLog log : List.of(one, two)) {
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    log.append(entry(log == one ? "one-" + i : "two-" + i, Ending.FINISHED));
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();

        HistoryLog.Read read = one.read();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.entries()).hasSize(400);
    }

    @Test
    void a_folder_that_cannot_be_written_is_an_error_to_report_not_a_crash() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("state"), "a file where the folder should be");

        assertThatThrownBy(() -> new HistoryLog(notAFolder.resolve("limber")).append(entry("a", Ending.FINISHED)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void morning_check_ins_are_kept_beside_the_sessions_answered_or_skipped() throws IOException {
        HistoryLog log = new HistoryLog(dir.resolve("state"));
        dev.limber.progress.MorningPain three = new dev.limber.progress.MorningPain("m1", START, 3);
        dev.limber.progress.MorningPain skipped = new dev.limber.progress.MorningPain("m2", START.plusDays(1), null);

        log.append(entry("a", Ending.FINISHED));
        log.append(three);
        log.append(skipped);
        HistoryLog.Read read = log.read();

        assertThat(read.entries()).extracting(Entry::id).containsExactly("a");
        assertThat(read.mornings()).containsExactly(three, skipped);
        assertThat(read.warnings()).isEmpty();
        assertThat(Files.readAllLines(log.file()).get(1))
                .isEqualTo(
                        "{\"v\":3,\"type\":\"morning\",\"id\":\"m1\",\"at\":\"2026-11-27T07:00:05+01:00\",\"pain\":3}");
    }

    @Test
    void a_record_of_a_type_this_version_does_not_know_is_kept_and_said() throws IOException {
        HistoryLog log = new HistoryLog(dir);
        Files.writeString(
                log.file(),
                "{\"v\":4,\"type\":\"sleep\",\"at\":\"2026-11-27T07:00:05+01:00\"}\n"
                        + "{\"v\":3,\"type\":\"morning\",\"at\":\"2026-11-27T07:00:05+01:00\",\"pain\":11}\n");

        HistoryLog.Read read = log.read();

        assertThat(read.entries()).isEmpty();
        assertThat(read.mornings()).isEmpty();
        assertThat(read.warnings())
                .filteredOn(w -> w.contains("can't read was skipped"))
                .satisfiesExactly(
                        w -> assertThat(w).contains(":1: ", "type 'sleep'"),
                        w -> assertThat(w).contains(":2: ", "pain 11 is outside 0 to 10"));
    }
}
