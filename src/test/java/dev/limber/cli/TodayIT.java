package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * {@code limber today} end to end in a real terminal (tmux), as a person starts a day: on a fresh
 * home, after a walk finished, after one skipped to its end; and the morning question, asked once.
 */
class TodayIT extends InTmux {

    @Test
    void limber_alone_on_a_fresh_home_asks_the_morning_question_once_and_shows_the_day() throws Exception {
        tmux = new Tmux(home, 100, 30, false);
        tmux.line(LIMBER);
        tmux.await("Back pain this morning, 0 to 10? (Enter to skip)");
        tmux.line("3");
        String day = tmux.await("'limber --help' shows every command.");

        assertThat(day)
                .contains(
                        "· Back-friendly walk  0 of 2–3 today · today: 10 min, building toward 30 min",
                        "· Thoracic mobility   not yet today",
                        "Back pain this morning 3",
                        "Next: limber run back-friendly-walk");
        assertThat(tmux.lastStatus()).isZero();

        tmux.line("clear; " + LIMBER + " today");
        String again =
                tmux.awaitScreen(s -> s.contains("Next: limber run back-friendly-walk") && !s.contains("status="));
        assertThat(again).doesNotContain("Back pain this morning, 0 to 10?").contains("Back pain this morning 3");
        assertThat(Files.readString(home.resolve(".local/state/limber/history.jsonl")))
                .contains("\"type\":\"morning\"", "\"pain\":3");
    }

    @Test
    void after_a_finished_walk_it_counts_one() throws Exception {
        tmux = new Tmux(home, 100, 30);
        tmux.line(LIMBER + " run back-friendly-walk --yes --time 2s --prepare 0s");
        tmux.await("Back-friendly walk: finished after");
        tmux.awaitPrompt();

        tmux.line("clear; " + LIMBER + " today");
        assertThat(tmux.await("Next: limber run back-friendly-walk")).contains("· Back-friendly walk  1 of 2–3 today");
        tmux.line("clear; " + LIMBER + " today --format line");
        tmux.await("walk 1/2-3 · thoracic 0/1 · core 0/2");
    }

    @Test
    void after_a_walk_skipped_to_its_end_nothing_counts() throws Exception {
        tmux = new Tmux(home, 100, 30);
        tmux.line(LIMBER + " run back-friendly-walk --yes --prepare 0s");
        tmux.await("Walk");
        tmux.keys("n");
        tmux.await("Back-friendly walk: finished after");
        tmux.awaitPrompt();

        tmux.line("clear; " + LIMBER + " today");
        assertThat(tmux.await("Next: limber run back-friendly-walk")).contains("· Back-friendly walk  0 of 2–3 today");
        assertThat(Files.readString(home.resolve(".local/state/limber/history.jsonl")))
                .contains("\"counts\":false");
    }

    @Test
    void the_first_run_of_the_day_asks_the_morning_question_and_takes_it_as_the_pain_before() throws Exception {
        tmux = new Tmux(home, 100, 30, false);
        tmux.line(LIMBER + " run back-friendly-walk --plain --yes --time 1s --prepare 0s");
        tmux.await("Back pain this morning, 0 to 10? (Enter to skip)");
        tmux.line("2");
        // Not asked again a moment later as "right now": the next question is the one after the walk.
        tmux.await("Pain right now, 0 to 10? (Enter to skip)");
        tmux.line("1");
        tmux.await("Any sharp, shooting pain down a leg");
        tmux.line("n");
        String first = tmux.awaitPrompt();
        assertThat(first.indexOf("Pain right now")).isEqualTo(first.lastIndexOf("Pain right now"));
        assertThat(first.indexOf("Pain right now")).isGreaterThan(first.indexOf("Done."));
        assertThat(Files.readString(home.resolve(".local/state/limber/history.jsonl")))
                .contains("\"pain_before\":2,\"pain_after\":1");

        tmux.line("clear; " + LIMBER + " run back-friendly-walk --plain --yes --time 1s --prepare 0s");
        String second = tmux.awaitScreen(s -> s.contains("Pain right now") && !s.contains("Good."));
        assertThat(second).doesNotContain("Back pain this morning");
        tmux.keys("C-c");
        // Ctrl-C at a question leaves the shell's prompt after the ^C the terminal echoed.
        tmux.awaitScreen(s -> s.strip().endsWith("^C$"));
        assertThat(tmux.lastStatus()).isEqualTo(130);
    }

    @Test
    void the_full_screen_run_asks_it_too_and_keeps_a_skipped_answer_so_it_is_asked_once() throws Exception {
        tmux = new Tmux(home, 100, 30, false);
        tmux.line(LIMBER + " run back-friendly-walk --yes --time 1s --prepare 0s");
        tmux.await("Back pain this morning, 0 to 10? (Enter to skip)");
        tmux.keys("Enter");
        // Skipped, and not asked again as "right now" before the session: only after it.
        String after = tmux.await("Pain right now, 0 to 10? (Enter to skip)");
        assertThat(after.indexOf("Pain right now"))
                .isGreaterThan(after.indexOf("Back-friendly walk: finished"))
                .isEqualTo(after.lastIndexOf("Pain right now"));
        tmux.keys("C-c");
        tmux.awaitScreen(s -> s.strip().endsWith("$"));

        assertThat(Files.readString(home.resolve(".local/state/limber/history.jsonl")))
                .contains("\"type\":\"morning\"", "\"pain\":null");
        tmux.line("clear; " + LIMBER + " today");
        assertThat(tmux.awaitScreen(s -> s.contains("Next: limber run"))).doesNotContain("Back pain this morning, 0");
    }
}
