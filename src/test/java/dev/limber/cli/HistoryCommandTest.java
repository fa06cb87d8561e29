package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.history.HistoryLog;
import dev.limber.progress.Effort;
import dev.limber.progress.Entry;
import dev.limber.session.Ending;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    /** Friday 27 November 2026, 12:00 in Berlin. */
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-27T11:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path home;

    static Entry entry(String id, String routine, int daysAgo, boolean completed, Integer before, Integer after) {
        OffsetDateTime started = OffsetDateTime.of(2026, 11, 27, 7, 30, 0, 0, ZoneOffset.ofHours(1))
                .minusDays(daysAgo);
        Effort effort = new Effort(completed ? 600 : 195, 600, 0);
        return new Entry(
                id,
                routine,
                routine.equals("back-friendly-walk") ? "Back-friendly walk" : "Post-run stretches",
                started,
                started.plusMinutes(11),
                605,
                completed ? 605 : 200,
                20,
                completed ? 2 : 1,
                completed ? 0 : 1,
                completed,
                completed ? Ending.FINISHED : Ending.QUIT,
                before,
                after,
                before == null ? null : false,
                routine.equals("back-friendly-walk") ? 600 : null,
                effort,
                effort.counts(completed),
                Entry.VERSION);
    }

    /** A walk skipped to its end in nine seconds: finished, and not counted. */
    static Entry skipped(String id, int daysAgo, int hour) {
        OffsetDateTime started = OffsetDateTime.of(2026, 11, 27, hour, 0, 0, 0, ZoneOffset.ofHours(1))
                .minusDays(daysAgo);
        return new Entry(
                id,
                "back-friendly-walk",
                "Back-friendly walk",
                started,
                started.plusSeconds(9),
                605,
                9,
                0,
                1,
                1,
                true,
                Ending.FINISHED,
                null,
                null,
                null,
                600,
                new Effort(4, 600, 0),
                false,
                Entry.VERSION);
    }

    private Cli cli() {
        return new Cli(home).clock(NOW);
    }

    @BeforeEach
    void history() throws IOException {
        HistoryLog log = new HistoryLog(home.resolve(".local/state/limber"));
        for (Entry entry : List.of(
                entry("a", "back-friendly-walk", 10, true, 4, 3),
                entry("b", "post-run-stretches", 3, true, null, null),
                entry("c", "back-friendly-walk", 1, false, 3, 5),
                entry("d", "back-friendly-walk", 0, true, 2, 2))) {
            log.append(entry);
        }
    }

    @Test
    void a_table_of_every_session_oldest_first() {
        Cli.Result result = cli().run("history");

        assertThat(result.status()).isZero();
        assertThat(result.out().lines().toList())
                .containsExactly(
                        "STARTED           ROUTINE             ACTIVE  WORK  PAIN  ENDED     COUNTS",
                        "2026-11-17 07:30  back-friendly-walk   10:05  100%  4→3   finished  yes",
                        "2026-11-24 07:30  post-run-stretches   10:05  100%        finished  yes",
                        "2026-11-26 07:30  back-friendly-walk    3:20   32%  3→5   quit      no",
                        "2026-11-27 07:30  back-friendly-walk   10:05  100%  2→2   finished  yes",
                        "4 sessions (3 counted), 33m35s active.");
    }

    @Test
    void on_a_narrow_terminal_the_table_keeps_when_and_what_and_gives_up_the_rest_never_wrapping() {
        Cli.Result result = cli().columns(44).run("history", "--no-color");

        List<String> lines = result.out().lines().toList();
        assertThat(lines.subList(0, 5))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(44));
        assertThat(lines.subList(0, 3))
                .containsExactly(
                        "STARTED           ROUTINE             ACTIVE",
                        "2026-11-17 07:30  back-friendly-walk   10:05",
                        "2026-11-24 07:30  post-run-stretches   10:05");
    }

    @Test
    void oldest_first_is_by_start_even_when_a_long_session_ended_last() throws IOException {
        HistoryLog log = new HistoryLog(home.resolve(".local/state/limber"));
        OffsetDateTime started = OffsetDateTime.of(2026, 11, 10, 6, 0, 0, 0, ZoneOffset.ofHours(1));
        log.append(new Entry(
                "long",
                "back-friendly-walk",
                "Back-friendly walk",
                started,
                started.plusDays(20),
                605,
                605,
                0,
                2,
                0,
                true,
                Ending.FINISHED,
                null,
                null,
                null,
                600,
                new Effort(600, 600, 0),
                true,
                Entry.VERSION));
        log.append(skipped("skip", 0, 6));

        List<String> lines = cli().run("history").out().lines().toList();

        assertThat(lines.get(1)).startsWith("2026-11-10 06:00");
        assertThat(lines.get(5)).startsWith("2026-11-27 06:00").endsWith("finished  no");
        assertThat(lines.get(6)).startsWith("2026-11-27 07:30");
    }

    @Test
    void since_and_routine_narrow_it_down() {
        assertThat(cli().run("history", "--since", "3d", "--routine", "back-friendly-walk")
                        .out())
                .contains("2026-11-26")
                .contains("2026-11-27")
                .doesNotContain("2026-11-17")
                .contains("2 sessions");
        assertThat(cli().run("history", "--since", "2026-11-24").out()).contains("3 sessions");
        assertThat(cli().run("history", "--since", "1w").out()).contains("3 sessions");
    }

    @Test
    void json_is_the_records_as_stored() throws IOException {
        JsonNode json = new ObjectMapper()
                .readTree(cli().run("history", "--format", "json").out());

        assertThat(json).hasSize(4);
        assertThat(json.get(2).get("ended_by").asText()).isEqualTo("quit");
        assertThat(json.get(2).get("pain_after").asInt()).isEqualTo(5);
        assertThat(json.get(1).get("pain_before").isNull()).isTrue();
        assertThat(json.get(0).get("length_s").asInt()).isEqualTo(600);
    }

    @Test
    void csv_has_a_header_and_a_row_per_session() {
        List<String> lines =
                cli().run("history", "--format", "csv").out().lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0))
                .isEqualTo("v,id,routine,title,started,ended,planned_s,active_s,paused_s,segments_done,"
                        + "segments_skipped,completed,ended_by,pain_before,pain_after,red_flag,length_s,work_s,work_planned_s,"
                        + "reps_unconfirmed,counts");
        assertThat(lines.get(2))
                .isEqualTo(Entry.VERSION + ",b,post-run-stretches,\"Post-run stretches\",\"2026-11-24T07:30:00+01:00\","
                        + "\"2026-11-24T07:41:00+01:00\",605,605,20,2,0,true,finished,,,,,600,600,0,true");
    }

    /** OWASP's CSV injection guidance: a quote before =, +, -, @, tab or CR makes a cell text to a spreadsheet. */
    @Test
    void csv_cells_that_a_spreadsheet_would_take_for_a_formula_start_with_a_quote() throws IOException {
        Path state = home.resolve("formulas");
        HistoryLog log = new HistoryLog(state);
        List<String> formulas =
                List.of("=HYPERLINK(\"http://example.com\";\"Click\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx");
        for (String formula : formulas) {
            Entry e = entry(formula, "post-run-stretches", 0, true, null, null);
            log.append(new Entry(
                    e.id(),
                    formula,
                    formula,
                    e.started(),
                    e.ended(),
                    e.plannedSeconds(),
                    e.activeSeconds(),
                    e.pausedSeconds(),
                    e.segmentsDone(),
                    e.segmentsSkipped(),
                    e.completed(),
                    e.endedBy(),
                    e.painBefore(),
                    e.painAfter(),
                    e.redFlag(),
                    e.lengthSeconds()));
        }

        List<String> lines = cli().run("history", "--format", "csv", "--state-dir", state.toString())
                .out()
                .lines()
                .toList();

        assertThat(lines).hasSize(7);
        assertThat(lines.get(1))
                .startsWith("1,\"'=HYPERLINK(\"\"http://example.com\"\";\"\"Click\"\")\",\"'=HYPERLINK(");
        assertThat(lines.get(2)).startsWith("1,\"'+1+1\",\"'+1+1\",\"'+1+1\",");
        assertThat(lines.get(3)).startsWith("1,\"'-2+3\",\"'-2+3\",\"'-2+3\",");
        assertThat(lines.get(4)).startsWith("1,\"'@SUM(A1)\",\"'@SUM(A1)\",\"'@SUM(A1)\",");
        assertThat(lines.get(5)).startsWith("1,\"'\\u0009x\",\"'\\u0009x\",\"'\\u0009x\",");
        assertThat(lines.get(6)).startsWith("1,\"'\\u000dx\",\"'\\u000dx\",\"'\\u000dx\",");
        // Numbers are numbers, not text: a negative one would stay as it is.
        assertThat(lines.get(2)).contains(",605,605,20,2,0,true,finished,");
    }

    @Test
    void a_bad_since_is_a_usage_error_and_no_history_is_said_plainly() {
        Cli.Result bad = cli().run("history", "--since", "last tuesday");
        Cli.Result none = new Cli(home.resolve("elsewhere")).run("history");

        assertThat(bad.status()).isEqualTo(Exit.USAGE);
        assertThat(bad.err())
                .isEqualTo("limber: --since 'last tuesday': give a date like 2026-11-01, or days or"
                        + " weeks ago like 7d or 2w\nTry 'limber history --help' for more.\n");
        assertThat(none.out()).isEqualTo("No sessions yet: 'limber run' starts one.\n");
    }

    @Test
    void a_damaged_line_is_reported_and_the_rest_still_shown() throws IOException {
        Path file = home.resolve(".local/state/limber/history.jsonl");
        Files.writeString(file, Files.readString(file) + "{\"v\":1,\"routine\":\"x\",\"sta");

        Cli.Result result = cli().run("history", "--format", "json");

        assertThat(result.status()).isZero();
        assertThat(result.err())
                .isEqualTo("limber: " + file + ":5: an unfinished record at the end (a crash while it"
                        + " was written) was skipped\n");
    }

    @Test
    void the_state_folder_can_be_moved() throws IOException {
        Path elsewhere = home.resolve("state");
        new HistoryLog(elsewhere).append(entry("z", "post-run-stretches", 0, true, 1, 1));

        assertThat(cli().run("history", "--state-dir", elsewhere.toString()).out())
                .contains("1 session (1 counted),");
        assertThat(cli().env("LIMBER_STATE_DIR", elsewhere.toString())
                        .run("history")
                        .out())
                .contains("1 session (1 counted),");
    }

    @Test
    void a_history_that_is_a_pipe_is_refused_at_once_with_exit_74_and_show_goes_on_without_it() throws Exception {
        Path state = java.nio.file.Files.createDirectories(home.resolve("piped"));
        Process mkfifo =
                new ProcessBuilder("mkfifo", state.resolve(HistoryLog.FILE).toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        Cli.Result history = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> cli().run("history", "--state-dir", state.toString()));
        Cli.Result show = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10),
                () -> cli().run("show", "back-friendly-walk", "--state-dir", state.toString()));

        assertThat(history.status()).isEqualTo(Exit.IO);
        assertThat(history.err())
                .isEqualTo("limber: " + state.resolve(HistoryLog.FILE) + " is a pipe or a device, not"
                        + " a file; Limber keeps your history (health data) only in a plain file of its own: move it away,"
                        + " and Limber starts a new one\n");
        assertThat(show.status()).isZero();
        assertThat(show.out()).contains("10 min, building toward 30 min");
        assertThat(show.err()).endsWith("; going on as if there were none\n");
    }
}
