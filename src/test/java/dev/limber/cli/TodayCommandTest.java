package dev.limber.cli;

import static dev.limber.cli.HistoryCommandTest.NOW;
import static dev.limber.cli.HistoryCommandTest.entry;
import static dev.limber.cli.HistoryCommandTest.skipped;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.history.HistoryLog;
import dev.limber.progress.MorningPain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limber today} in-process, against the built-in back-care program and a history on disk. */
class TodayCommandTest {

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home).clock(NOW);
    }

    private HistoryLog log() {
        return new HistoryLog(home.resolve(".local/state/limber"));
    }

    @Test
    void the_command_to_copy_names_the_routine_folders_today_was_given() throws IOException {
        Path mine = Files.createDirectories(home.resolve("my routines"));

        Cli.Result result = cli().run("today", "--routines", mine.toString());

        assertThat(result.out()).contains("Next: limber run back-friendly-walk --routines '" + mine + "'\n");
    }

    @Test
    void a_fresh_home_has_everything_still_to_do_and_the_walk_first() {
        Cli.Result result = cli().run("today");

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .startsWith("Friday 27 November · Back care\n")
                .contains(
                        "  · Back-friendly walk  0 of 2–3 today · today: 10 min, building toward 30 min\n",
                        "  · Thoracic mobility   not yet today\n",
                        "  · Core and glutes     0 of 2 this week\n",
                        "Next: limber run back-friendly-walk\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void titles_go_by_the_tables_rule_drawable_on_a_terminal_whole_in_a_pipe() throws IOException {
        ProgramCommandTest.familyProgram(Files.createDirectories(home.resolve(".config/limber/routines")));

        String piped = cli().run("today", "--program", "together").out();
        String seen = cli().columns(200)
                .env("LIMBER_NO_CHECKIN", "1")
                .run("today", "--program", "together", "--no-color")
                .out();

        assertThat(piped).contains("  · " + ProgramCommandTest.FAMILY_WHOLE + "  not yet today\n");
        assertThat(seen)
                .contains("  · " + ProgramCommandTest.FAMILY_DRAWN + "  not yet today\n")
                .doesNotContain(ProgramCommandTest.FAMILY_WHOLE);
    }

    @Test
    void on_a_narrow_terminal_every_line_fits_broken_at_spaces_and_indented_under_its_item() {
        Cli.Result result = cli().columns(50).env("LIMBER_NO_CHECKIN", "1").run("today", "--no-color");

        List<String> lines = result.out().lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(50));
        assertThat(lines)
                .contains("  · Back-friendly walk  0 of 2–3 today · today: 10", "    min, building toward 30 min");
        // Piped, the lines stay whole for a script.
        assertThat(cli().run("today").out())
                .contains("  · Back-friendly walk  0 of 2–3 today · today: 10 min," + " building toward 30 min\n");
    }

    @Test
    void a_finished_walk_counts_and_a_skipped_one_does_not() throws IOException {
        log().append(entry("a", "back-friendly-walk", 0, true, null, null));
        log().append(skipped("b", 0, 9));

        assertThat(cli().run("today").out()).contains("  · Back-friendly walk  1 of 2–3 today");
        assertThat(cli().run("today", "--format", "line").out()).isEqualTo("walk 1/2-3 · thoracic 0/1 · core 0/2\n");
    }

    @Test
    void json_has_each_item_the_run_day_the_mornings_and_the_next_command() throws IOException {
        log().append(entry("a", "back-friendly-walk", 0, true, null, null));
        log().append(entry("c", "back-friendly-walk", 0, true, null, null));
        log().append(new MorningPain("m0", OffsetDateTime.of(2026, 11, 26, 7, 0, 0, 0, ZoneOffset.ofHours(1)), 2));
        log().append(new MorningPain("m1", OffsetDateTime.of(2026, 11, 27, 7, 0, 0, 0, ZoneOffset.ofHours(1)), 4));

        JsonNode json = new ObjectMapper()
                .readTree(cli().run("today", "--format", "json").out());

        assertThat(json.get("date").asText()).isEqualTo("2026-11-27");
        assertThat(json.at("/program/id").asText()).isEqualTo("back-care");
        assertThat(json.at("/items/0/routine").asText()).isEqualTo("back-friendly-walk");
        assertThat(json.at("/items/0/done").asInt()).isEqualTo(2);
        assertThat(json.at("/items/0/due").asBoolean()).isFalse();
        assertThat(json.at("/items/0/length_s").asInt()).isEqualTo(600);
        assertThat(json.at("/items/2/per").asText()).isEqualTo("week");
        assertThat(json.at("/run/run_day").asBoolean()).isFalse();
        assertThat(json.at("/run/before/0/routine").asText()).isEqualTo("dynamic-warm-up");
        assertThat(json.get("morning_pain").asInt()).isEqualTo(4);
        assertThat(json.get("easier").asBoolean()).isTrue();
        assertThat(json.get("mornings").toString()).isEqualTo("[null,null,null,null,null,2,4]");
        assertThat(json.at("/next/command").asText()).isEqualTo("limber run thoracic-mobility");
        assertThat(json.get("line").asText()).isEqualTo("walk 2/2-3 ✓ · thoracic 0/1 · core 0/2");
    }

    @Test
    void an_easier_day_is_said_in_words() throws IOException {
        log().append(new MorningPain("m0", OffsetDateTime.of(2026, 11, 26, 7, 0, 0, 0, ZoneOffset.ofHours(1)), 2));
        log().append(new MorningPain("m1", OffsetDateTime.of(2026, 11, 27, 7, 0, 0, 0, ZoneOffset.ofHours(1)), 4));

        assertThat(cli().run("today").out())
                .contains(
                        "Back pain this morning 4 (yesterday 2) · last 7 mornings: – – – – – 2 4, worse\n",
                        "Your back is worse this morning than yesterday (4, was 2). Make today an easier day");
    }

    @Test
    void the_line_is_kept_beside_the_history_for_the_launchers_privately() throws IOException {
        cli().run("today", "--format", "line");

        Path kept = home.resolve(".local/state/limber/today-line");
        assertThat(Files.readAllLines(kept)).startsWith(LineCache.MAGIC, "2026-11-27");
        assertThat(Files.readAllLines(kept).get(3)).isEqualTo("walk 0/2-3 · thoracic 0/1 · core 0/2");
        assertThat(Files.readAllLines(kept)).contains("-" + home.resolve(".local/state/limber/history.jsonl"));
        assertThat(Files.getPosixFilePermissions(kept))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void limber_alone_at_a_terminal_shows_today_and_where_the_rest_is() {
        Cli.Result result = cli().terminal()
                .env("NO_COLOR", "1")
                .env("LIMBER_NO_CHECKIN", "1")
                .run();

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Back-friendly walk").endsWith("'limber --help' shows every command.\n");
        assertThat(cli().run().out()).startsWith("Usage: limber");
    }

    @Test
    void reminders_installed_are_shown_with_the_next_one_and_otherwise_how_to_install_them() throws Exception {
        assertThat(cli().run("today").out())
                .contains("Reminders: off ('limber remind install' reminds you at 08:00, 13:00, 18:00).");

        Path units = Files.createDirectories(home.resolve(".config/systemd/user"));
        Files.writeString(
                units.resolve(dev.limber.remind.Units.TIMER),
                dev.limber.remind.Units.timer(dev.limber.remind.ReminderTimes.parse("09:30,17:00")));

        // Noon in Berlin.
        assertThat(cli().run("today").out()).contains("Next reminder: 17:00 (at 09:30, 17:00)");
    }

    @Test
    void titles_line_up_in_terminal_cells_whatever_their_script() throws IOException {
        Path routines = Files.createDirectories(home.resolve(".config/limber/routines"));
        Files.writeString(routines.resolve("asa.yaml"), "title: 朝のストレッチ\nsteps: [{name: 猫のポーズ, time: 30s}]\n");
        Files.writeString(
                routines.resolve("mine.yaml"),
                "kind: program\ntitle: Mine\ndaily:\n" + "  - routine: asa\n  - routine: thoracic-mobility\n");

        Cli.Result result = cli().run("today", "--program", "mine");

        // Seven characters, fourteen cells: the counts start in the same cell on both lines.
        assertThat(result.out()).contains("  · 朝のストレッチ     not yet today\n", "  · Thoracic mobility  not yet today\n");
    }
}
