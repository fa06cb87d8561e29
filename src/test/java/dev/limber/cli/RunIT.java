package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.testing.Await;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code limber run} end to end in a real terminal (tmux): keys, the screen, the exit status, and
 * the terminal given back after every way out. .ci/run installs tmux where it is missing.
 */
class RunIT extends InTmux {

    @BeforeEach
    void pane() throws Exception {
        tmux = new Tmux(home, 100, 30);
    }

    /** This morning's question answered already, so the check-ins of a session are the only questions. */
    private void morningAnswered() throws IOException {
        new dev.limber.history.HistoryLog(home.resolve(".local/state/limber"))
                .append(new dev.limber.progress.MorningPain("m", java.time.OffsetDateTime.now(), 2));
    }

    /** The header's "m:ss left", in seconds. */
    private static int secondsLeft(String screen) {
        java.util.regex.Matcher left =
                java.util.regex.Pattern.compile("(\\d+):(\\d\\d) left").matcher(screen);
        return left.find() ? Integer.parseInt(left.group(1)) * 60 + Integer.parseInt(left.group(2)) : -1;
    }

    private static String headerTime(String screen) {
        return screen.lines().filter(l -> l.contains(" done · ")).findFirst().orElse("");
    }

    @Test
    void coaches_with_keys_and_gives_the_terminal_back_after_q() throws Exception {
        tmux.line(LIMBER + " run post-run-stretches");
        tmux.await("Press Enter to start · q to quit");
        assertThat(tmux.screen()).contains("Limber is not medical advice.", "Caution: Stretch to a gentle pull");
        tmux.keys("Enter");
        tmux.await("Get ready · Knee-to-chest stretch · left side");

        tmux.keys("Space");
        String paused = tmux.await("Paused · ");
        Await.holds(
                Duration.ofMillis(1500),
                tmux::screen,
                screen -> assertThat(headerTime(screen)).isEqualTo(headerTime(paused)));
        tmux.keys("Space", "n");
        tmux.awaitScreen(s ->
                s.contains("Knee-to-chest stretch · left side") && !s.contains("Get ready") && s.contains("of 30s"));
        tmux.keys("n");
        tmux.await("Switch sides");
        tmux.keys("b");
        tmux.awaitScreen(s -> s.contains("Knee-to-chest stretch · left side") && !s.contains("Paused"));
        int before = secondsLeft(tmux.screen());
        tmux.keys("+");
        tmux.awaitScreen(s -> secondsLeft(s) >= before + 10);
        tmux.keys("q");
        String end = tmux.await("Post-run stretches: stopped after");

        assertThat(end).contains("segments done");
        assertThat(tmux.lastStatus()).isZero();
        tmux.assertTerminalGivenBack();
    }

    @Test
    void ctrl_c_stops_with_130_records_an_interrupt_and_gives_the_terminal_back() throws Exception {
        tmux.line(LIMBER + " run run-day --yes");
        tmux.await("Get ready · Easy walking");
        tmux.keys("C-c");
        tmux.await("Run day: stopped with Ctrl-C");

        assertThat(tmux.lastStatus()).isEqualTo(130);
        tmux.assertTerminalGivenBack();
        tmux.line("clear; " + LIMBER + " history");
        assertThat(tmux.await("1 session (")).contains("run-day").contains("interrupt");
    }

    @Test
    void sigterm_stops_with_143_and_gives_the_terminal_back() throws Exception {
        tmux.line(LIMBER + " run run-day --yes");
        tmux.await("Get ready · Easy walking");
        tmux.signal("TERM");
        tmux.await("Run day: stopped by SIGTERM");

        assertThat(tmux.lastStatus()).isEqualTo(143);
        tmux.assertTerminalGivenBack();
        tmux.line("clear; " + LIMBER + " history");
        assertThat(tmux.await("1 session (")).contains("run-day").contains("terminate");
    }

    @Test
    void sighup_mid_session_stops_with_129_records_a_hangup_and_gives_the_terminal_back() throws Exception {
        tmux.line(LIMBER + " run run-day --yes");
        tmux.await("Get ready · Easy walking");
        tmux.signal("HUP");
        tmux.await("Run day: stopped");

        assertThat(tmux.lastStatus()).isEqualTo(129);
        tmux.assertTerminalGivenBack();
        tmux.line("clear; " + LIMBER + " history");
        assertThat(tmux.await("1 session (")).contains("run-day").contains("hangup");
    }

    @Test
    void the_terminal_settings_are_given_back_exactly_after_a_session() throws Exception {
        // JLine's native terminal used to write back "speed 0 baud; line = 6" where stty said 38400 and 0.
        String before = tmux.settings(home.resolve("stty-before"));
        tmux.line("clear; " + LIMBER + " run run-day --yes");
        tmux.await("Get ready · Easy walking");
        tmux.keys("q");
        tmux.await("Run day: stopped after");
        assertThat(tmux.settings(home.resolve("stty-after-q"))).isEqualTo(before);
    }

    @Test
    void sigterm_and_sighup_in_the_picker_give_the_terminal_back_exactly_with_143_and_129() throws Exception {
        String before = tmux.settings(home.resolve("stty-before"));
        for (String signal : List.of("TERM", "HUP")) {
            tmux.line("clear; " + LIMBER + " run");
            tmux.await("Choose a routine");
            tmux.signal(signal);
            tmux.await("limber: stopped by SIG" + signal);

            assertThat(tmux.lastStatus()).isEqualTo(signal.equals("TERM") ? 143 : 129);
            tmux.assertTerminalGivenBack();
            assertThat(tmux.settings(home.resolve("stty-after-" + signal))).isEqualTo(before);
        }
    }

    @Test
    void without_an_alternate_screen_the_last_frame_is_cleared_before_the_summary() throws Exception {
        // The Linux console's terminfo has no alternate screen: the coach draws on the shell's own.
        tmux.line("clear; TERM=linux " + LIMBER + " run run-day --yes");
        tmux.await("Get ready · Easy walking");
        tmux.keys("q");
        String end = tmux.await("Run day: stopped after");

        assertThat(end).doesNotContain("Easy walking").doesNotContain("step 1 of 11");
        assertThat(tmux.lastStatus()).isZero();
        tmux.assertTerminalGivenBack();
    }

    @Test
    void ctrl_backslash_stops_as_ctrl_c_does_with_no_thread_dump() throws Exception {
        tmux.line(LIMBER + " run run-day --yes");
        tmux.await("Get ready · Easy walking");
        tmux.keys("C-\\");
        String end = tmux.await("Run day: stopped with Ctrl-C");

        assertThat(end).doesNotContain("thread dump");
        assertThat(tmux.lastStatus()).isEqualTo(130);
        tmux.assertTerminalGivenBack();
        tmux.line("clear; " + LIMBER + " history");
        assertThat(tmux.await("1 session (")).contains("run-day").contains("interrupt");
    }

    @Test
    void ctrl_backslash_in_the_picker_stops_as_ctrl_c_does() throws Exception {
        tmux.line(LIMBER + " run");
        tmux.await("Choose a routine");
        tmux.keys("C-\\");
        tmux.await("limber: stopped");

        assertThat(tmux.lastStatus()).isEqualTo(130);
        tmux.assertTerminalGivenBack();
    }

    @Test
    void ctrl_z_suspends_with_the_terminal_settings_back_exactly_and_fg_resumes_paused() throws Exception {
        String before = tmux.settings(home.resolve("stty-before"));
        tmux.line("clear; " + LIMBER + " run back-friendly-walk --yes");
        tmux.await("Get ready · Walk");
        tmux.keys("C-z");
        tmux.await("Stopped");
        tmux.assertTerminalGivenBack();
        assertThat(tmux.settings(home.resolve("stty-suspended"))).isEqualTo(before);

        tmux.line("fg");
        tmux.await("Paused · ");
        assertThat(tmux.pane("#{cursor_flag} #{alternate_on}")).isEqualTo("0 1");
        tmux.keys("q");
        tmux.await("Back-friendly walk: stopped after");
        tmux.assertTerminalGivenBack();
        assertThat(tmux.settings(home.resolve("stty-after"))).isEqualTo(before);
    }

    @Test
    void ctrl_z_with_the_keys_open_stays_paused_after_fg_when_they_are_closed() throws Exception {
        tmux.line(LIMBER + " run back-friendly-walk --yes");
        tmux.await("Get ready · Walk");
        tmux.keys("?");
        tmux.await("Keys · paused");
        tmux.keys("C-z");
        tmux.await("Stopped");

        tmux.line("fg");
        tmux.await("Keys · paused");
        tmux.keys("x");
        // The pause is Ctrl-Z's: closing the keys does not end it.
        String screen = tmux.await("Paused · ");
        assertThat(screen).contains("space resume");
        tmux.keys("q");
        tmux.await("Back-friendly walk: stopped after");
        tmux.assertTerminalGivenBack();
    }

    @Test
    void a_resize_redraws_at_the_new_size_down_to_20_by_6() throws Exception {
        tmux.line(LIMBER + " run thoracic-mobility --yes");
        tmux.await("Thoracic extension");
        tmux.resize(40, 12);
        tmux.awaitScreen(s -> s.lines().count() <= 12 && s.contains("Thoracic extens") && s.contains("rep "));
        tmux.resize(20, 6);
        String small = tmux.awaitScreen(s -> s.lines().count() <= 6 && s.contains(" / 8"));

        assertThat(small.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(20));
        tmux.resize(100, 30);
        tmux.await("· Sit tall");
        tmux.keys("q");
        tmux.await("Thoracic mobility: stopped after");
        tmux.assertTerminalGivenBack();
    }

    @Test
    void a_short_session_answered_through_its_check_ins_leaves_one_record_history_shows() throws Exception {
        tmux.close();
        tmux = new Tmux(home, 100, 30, false);
        morningAnswered();
        Path routine = Files.writeString(
                home.resolve("short.yaml"),
                "title: Short\ndefaults: {prepare: 0s}\nsteps:\n  - {name: Reach, time: 2s}\n");
        tmux.line(LIMBER + " run " + routine + " --yes");
        tmux.await("Pain right now, 0 to 10? (Enter to skip)");
        tmux.line("3");
        tmux.await("Short: finished after 2s.");
        tmux.awaitScreen(s -> s.split("Pain right now", -1).length == 3);
        tmux.line("5");
        tmux.await("Any sharp, shooting pain down a leg, numbness or tingling? (y/N)");
        tmux.line("n");
        tmux.await("Your pain went up, from 3 to 5.");
        assertThat(tmux.lastStatus()).isZero();
        tmux.assertTerminalGivenBack();

        JsonNode records = history();

        assertThat(records).hasSize(1);
        JsonNode record = records.get(0);
        assertThat(record.get("routine").asText()).isEqualTo("short");
        assertThat(record.get("ended_by").asText()).isEqualTo("finished");
        assertThat(record.get("completed").asBoolean()).isTrue();
        assertThat(record.get("pain_before").asInt()).isEqualTo(3);
        assertThat(record.get("pain_after").asInt()).isEqualTo(5);
        assertThat(record.get("red_flag").asBoolean()).isFalse();
        assertThat(record.get("active_s").asInt()).isEqualTo(2);
    }

    /** A routine of one short hold, so that a whole session with its check-ins takes seconds. */
    private Path shortRoutine() throws IOException {
        return Files.writeString(
                home.resolve("short.yaml"),
                "title: Short\ndefaults: {prepare: 0s}\nsteps:\n  - {name: Reach, time: 1s}\n");
    }

    @Test
    void skipped_walks_grow_neither_the_walk_nor_the_streak() throws Exception {
        for (int walk = 1; walk <= 3; walk++) {
            tmux.line("clear; " + LIMBER + " run back-friendly-walk --yes");
            tmux.await("Get ready · Walk");
            tmux.keys("n");
            tmux.awaitScreen(s -> s.contains("Walk") && !s.contains("Get ready"));
            tmux.keys("n");
            String end = tmux.await("It does not count toward your progress");
            assertThat(end).contains("Back-friendly walk: finished after");
            assertThat(tmux.lastStatus()).isZero();
        }

        tmux.line("clear; " + LIMBER + " show back-friendly-walk");
        assertThat(tmux.await("building toward")).contains("10 min, building toward 30 min");
        tmux.line("clear; " + LIMBER + " stats");
        String stats = tmux.await("Streak:");
        assertThat(stats).contains("Streak: 0 days", "Today: 0 of 2–3 Back-friendly walk");
        JsonNode records = history();
        assertThat(records).hasSize(3).allSatisfy(r -> {
            assertThat(r.get("completed").asBoolean()).isTrue();
            assertThat(r.get("counts").asBoolean()).isFalse();
        });
    }

    @Test
    void yeah_to_the_red_flag_question_gives_the_specialist_advice() throws Exception {
        tmux.close();
        tmux = new Tmux(home, 100, 30, false);
        morningAnswered();
        tmux.line(LIMBER + " run " + shortRoutine() + " --yes");
        tmux.await("Pain right now, 0 to 10? (Enter to skip)");
        tmux.line("4");
        tmux.await("Short: finished after 1s.");
        tmux.awaitScreen(s -> s.split("Pain right now", -1).length == 3);
        tmux.line("2");
        tmux.await("Any sharp, shooting pain down a leg, numbness or tingling? (y/N)");
        tmux.line("yeah");

        String screen = tmux.await("Limber can't tell what it is");
        assertThat(screen).doesNotContain("Type y").doesNotContain("Good.");
        assertThat(history().get(0).get("red_flag").asBoolean()).isTrue();
    }

    @Test
    void enters_pressed_once_too_often_on_the_last_reps_answer_no_question_and_yes_still_shows_the_caution()
            throws Exception {
        tmux.close();
        tmux = new Tmux(home, 100, 30, false);
        morningAnswered();
        Path routine = Files.writeString(
                home.resolve("reps.yaml"),
                "title: Reps\ncaution: Go gently.\nsteps:\n  - {name: Bridge, reps: 2, pace: 1s}\n");
        tmux.line(LIMBER + " run " + routine + " --yes");
        String before = tmux.await("Pain right now, 0 to 10? (Enter to skip)");
        assertThat(before).contains("Caution: Go gently.", "Get emergency care now");
        tmux.line("4");
        tmux.await("when done");
        tmux.keys("Enter", "Enter", "Enter");
        tmux.awaitScreen(s -> s.split("Pain right now", -1).length == 3);

        // The extra Enters were forgotten: the question waits for its answer.
        assertThat(tmux.screen()).doesNotContain("Any sharp");
        tmux.line("2");
        tmux.await("Any sharp, shooting pain down a leg, numbness or tingling? (y/N)");
        tmux.line("n");
        tmux.await("Pain 4 before, 2 after. Good.");
        assertThat(history().get(0).get("pain_after").asInt()).isEqualTo(2);
    }

    @Test
    void run_into_a_file_asks_its_questions_on_the_terminal() throws Exception {
        tmux.close();
        tmux = new Tmux(home, 100, 30, false);
        morningAnswered();
        Path log = home.resolve("session.log");
        tmux.line(LIMBER + " run " + shortRoutine() + " > " + log);
        tmux.await("Pain right now, 0 to 10? (Enter to skip)");
        tmux.line("3");
        tmux.await("Press Enter to start");
        tmux.keys("Enter");
        tmux.awaitScreen(s -> s.split("Pain right now", -1).length == 3);
        tmux.line("3");
        tmux.await("Any sharp, shooting pain down a leg, numbness or tingling? (y/N)");
        tmux.line("n");
        tmux.await("Pain 3 before, 3 after.");
        tmux.awaitPrompt();

        assertThat(tmux.lastStatus()).isZero();
        assertThat(Files.readString(log))
                .contains("[0:00] Reach · 1s", "Short: finished after 1s")
                .doesNotContain("Pain right now")
                .doesNotContain("Press Enter")
                .doesNotContain("Any sharp");
    }

    @Test
    void run_with_standard_input_closed_saves_no_pain_score() throws Exception {
        tmux.close();
        tmux = new Tmux(home, 100, 30, false);
        morningAnswered();
        tmux.line(LIMBER + " run " + shortRoutine() + " --yes <&-");
        tmux.await("If you have sharp, shooting pain down a leg, numbness or tingling, see a specialist");
        tmux.awaitPrompt();

        assertThat(tmux.lastStatus()).isZero();
        JsonNode record = history().get(0);
        assertThat(record.get("pain_before").isNull()).isTrue();
        assertThat(record.get("pain_after").isNull()).isTrue();
        assertThat(record.get("red_flag").isNull()).isTrue();
    }

    /** The history as {@code limber history --format json} gives it, from this test's home. */
    private JsonNode history() throws Exception {
        Process history = Processes.hermetic(home, List.of(LIMBER, "history", "--format", "json"))
                .redirectOutput(home.resolve("history.json").toFile())
                .redirectError(home.resolve("err").toFile())
                .start();
        assertThat(history.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new ObjectMapper().readTree(home.resolve("history.json").toFile());
    }

    /**
     * Limber in plain mode as a script runs it: its input a pipe the test types into, its output a
     * file, and no terminal anywhere (not even /dev/tty), so its questions go to stderr.
     */
    private Process plain(Path out, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(LIMBER, "run"));
        command.addAll(List.of(args));
        return Processes.detached(home, command)
                .redirectOutput(out.toFile())
                .redirectError(home.resolve("err").toFile())
                .start();
    }

    private static void type(Process process, String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    @Test
    void plain_mode_checks_in_from_lines_on_stdin_and_saves_the_answers() throws Exception {
        Path routine = Files.writeString(
                home.resolve("short.yaml"),
                "title: Short\ndefaults: {prepare: 0s}\nsteps:\n  - {name: Reach, time: 1s}\n");
        Path out = home.resolve("out");
        Path err = home.resolve("err");
        Process limber = plain(out, routine.toString(), "--yes");
        Await.fileContains(err, "Pain right now, 0 to 10? (Enter to skip) ");
        type(limber, "2");
        Await.fileContains(out, "Short: finished after 1s.");
        type(limber, "4");
        Await.fileContains(err, "Any sharp, shooting pain down a leg, numbness or tingling? (y/N) ");
        type(limber, "y");
        limber.getOutputStream().close();
        assertThat(limber.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(limber.exitValue()).isZero();
        // One piece of advice, the most serious: the red flag outranks the pain that went up.
        assertThat(Files.readString(err))
                .contains("Please see a physical therapist or a specialist")
                .doesNotContain("Your pain went up");
        assertThat(Files.readString(out)).doesNotContain("Pain right now").doesNotContain("Any sharp");
        String record = Files.readString(home.resolve(".local/state/limber/history.jsonl"));
        assertThat(record)
                .contains("\"pain_before\":2,\"pain_after\":4,\"red_flag\":true")
                .contains("\"ended_by\":\"finished\"");
    }

    @Test
    void with_auto_reps_a_script_s_lines_are_all_answers_and_the_reps_end_by_themselves() throws Exception {
        Path routine = Files.writeString(
                home.resolve("reps.yaml"),
                "title: Reps\ndefaults: {prepare: 0s, pace: 1s}\nsteps:\n  - {name: Bridge, reps: 2}\n");
        Path out = home.resolve("out");
        Process limber = plain(out, routine.toString(), "--yes", "--auto-reps");
        type(limber, "3");
        type(limber, "2");
        type(limber, "n");
        limber.getOutputStream().close();
        assertThat(limber.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(limber.exitValue()).isZero();
        assertThat(Files.readString(out))
                .contains("[0:00] Bridge · 2 reps, counted at their pace: 2s\n", "Reps: finished after 2s")
                .doesNotContain("counted at its pace.");
        String record = Files.readString(home.resolve(".local/state/limber/history.jsonl"));
        assertThat(record)
                .contains("\"pain_before\":3,\"pain_after\":2,\"red_flag\":false")
                .contains("\"reps_unconfirmed\":0");
    }

    @Test
    void the_config_file_turns_check_ins_off_and_sets_the_get_ready_for_a_real_session() throws Exception {
        Path routine =
                Files.writeString(home.resolve("short.yaml"), "title: Short\nsteps:\n  - {name: Reach, time: 1s}\n");
        Files.createDirectories(home.resolve(".config/limber"));
        Files.writeString(home.resolve(".config/limber/config.yaml"), "checkin: false\nprepare: 0s\nsound: none\n");
        Path out = home.resolve("out");
        Process limber = plain(out, routine.toString(), "--yes");
        limber.getOutputStream().close();
        assertThat(limber.waitFor(30, TimeUnit.SECONDS)).isTrue();

        String said = Files.readString(out);
        assertThat(limber.exitValue()).isZero();
        assertThat(said)
                .contains("Short: finished after 1s")
                .doesNotContain("Pain right now")
                .doesNotContain("Get ready");
        assertThat(Files.readString(home.resolve("err"))).isEmpty();
        assertThat(Files.readString(home.resolve(".local/state/limber/history.jsonl")))
                .contains("\"pain_before\":null,\"pain_after\":null");
    }

    @Test
    void a_history_that_cannot_be_written_is_one_warning_and_changes_no_exit_status() throws Exception {
        Path routine = Files.writeString(
                home.resolve("short.yaml"),
                "title: Short\ndefaults: {prepare: 0s}\nsteps:\n  - {name: Reach, time: 1s}\n");
        Path notAFolder = Files.writeString(home.resolve("state"), "a file where the folder should be");
        Process limber = plain(
                home.resolve("out"),
                routine.toString(),
                "--yes",
                "--no-checkin",
                "--state-dir",
                notAFolder.resolve("limber").toString());
        limber.getOutputStream().close();
        assertThat(limber.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(limber.exitValue()).isZero();
        assertThat(Files.readString(home.resolve("out"))).contains("Short: finished after 1s");
        assertThat(Files.readAllLines(home.resolve("err")))
                .singleElement()
                .asString()
                .startsWith("limber: this session was not saved to the history (")
                .endsWith("'limber history' will not show it");
    }

    @Test
    void plain_mode_prints_a_line_per_segment_with_real_timers() throws Exception {
        Path routine = Files.writeString(
                home.resolve("three.yaml"),
                String.join(
                        "\n",
                        "title: Three short holds",
                        "defaults: {prepare: 0s, switch: 1s}",
                        "steps:",
                        "  - {name: Reach up, time: 2s, cues: [Arms long.]}",
                        "  - {name: Side bend, time: 2s, sides: both}",
                        "  - {name: Fold, time: 1s}",
                        ""));
        Process limber = Processes.detached(home, List.of(LIMBER, "run", routine.toString(), "--yes", "--no-checkin"))
                .redirectOutput(home.resolve("out").toFile())
                .redirectError(home.resolve("err").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        assertThat(limber.waitFor(60, TimeUnit.SECONDS)).isTrue();

        List<String> lines = Files.readAllLines(home.resolve("out"), StandardCharsets.UTF_8);
        assertThat(limber.exitValue()).isZero();
        assertThat(Files.readString(home.resolve("err"))).isEmpty();
        assertThat(lines)
                .containsExactly(
                        "Three short holds · 3 steps, 8s",
                        dev.limber.routine.Disclaimer.TEXT,
                        "Type a key and Enter: p pause or go on, n next, b back, r start over, + or - 15 seconds,"
                                + " m mute, ? these keys, q stop.",
                        "[0:00] Reach up · 2s",
                        "        · Arms long.",
                        "[0:02] Side bend · left side · 2s",
                        "[0:04] Switch sides · 1s",
                        "[0:05] Side bend · right side · 2s",
                        "[0:07] Fold · 1s",
                        "[0:08] Done.",
                        "Three short holds: finished after 8s. 5 of 5 segments done, 0 skipped.");
    }

    @Test
    void plain_mode_at_a_terminal_takes_pause_more_less_restart_back_and_next_as_lines() throws Exception {
        tmux.close();
        tmux = new Tmux(home, 120, 60);
        Path routine = Files.writeString(
                home.resolve("hold.yaml"),
                String.join(
                        "\n",
                        "title: Hold",
                        "defaults: {prepare: 0s}",
                        "steps:",
                        "  - {name: Reach, time: 5m, cues: [Arms long.]}",
                        "  - {name: Fold, time: 1s}",
                        ""));
        tmux.line(LIMBER + " run " + routine + " --plain --yes");
        tmux.await("Type a key and Enter: p pause or go on, n next, b back, r start over, + or - 15 seconds,");
        tmux.await("] Reach · 5m");

        tmux.line("p");
        tmux.await("] Paused · p and Enter to go on");
        tmux.line("p");
        tmux.await("] Going on · Reach · ");
        tmux.line("+");
        tmux.await("] 15s more · 5m");
        tmux.line("-");
        tmux.await("] 15s less · ");
        tmux.line("r");
        tmux.awaitScreen(s -> s.split("\\] Reach · 5m", -1).length == 3);
        tmux.line("b");
        tmux.awaitScreen(s -> s.split("\\] Reach · 5m", -1).length == 4);
        tmux.line("n");
        String end = tmux.await("Hold: finished after");

        assertThat(end).contains("] Fold · 1s", "] Done.", "1 of 2 segments done, 1 skipped");
        assertThat(end.split("Arms long\\.", -1)).hasSize(4);
        tmux.awaitPrompt();
        assertThat(tmux.lastStatus()).isZero();
    }
}
