package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.testing.Await;
import dev.limber.tui.Glance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coach's screen as tmux shows it at the sizes people use, from a tmux split to 80x24: at each,
 * through a hold with a side, a pause, a switch, the other side, a rest and reps, the time, the side
 * and q are on screen, no word is cut without an ellipsis and no line wraps. And a routine of wide
 * characters (Japanese, emoji, a ZWJ sequence, a flag) leaves the screen as it should be.
 */
class ScreenIT extends InTmux {

    private static final String ROUTINE = String.join(
            "\n",
            "title: Screen check",
            "defaults: {prepare: 10s, switch: 10s, rest: 20s}",
            "steps:",
            "  - name: Knee-to-chest stretch",
            "    time: 30s",
            "    sides: both",
            "    cues:",
            "      - Lie on your back with both knees bent.",
            "      - Draw one knee toward your chest with both hands; keep the other foot on the floor.",
            "  - name: Cat-cow",
            "    reps: 10",
            "    pace: 4s",
            "    cues:",
            "      - Slowly, with your breath.",
            "");

    /** Words the screen may show whole; a piece of one with no ellipsis is a word cut. */
    private static final Set<String> WORDS = Glance.words(List.of(
            ROUTINE.replaceAll("[:{}\\[\\],]", " "),
            "Paused space to resume pause Get ready Switch sides Rest Next: the end left right side of rep reps"
                    + " when done enter n b r m q ? +/- next back restart mute keys quit step",
            "stopped after segments done, skipped, not reached."));

    private static boolean shows(String screen, String... words) {
        for (String word : words) {
            if (Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])")
                    .matcher(screen)
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /** What is wrong with a screen of the coach at this width, besides what {@code also} finds. */
    private static List<String> problems(String screen, int columns, Function<String, List<String>> also) {
        List<String> lines = screen.lines().toList();
        List<String> problems = new ArrayList<>(also.apply(screen));
        if (Glance.countdowns(lines).isEmpty()) {
            problems.add("no countdown");
        }
        if (!screen.contains("q quit")) {
            problems.add("no q quit");
        }
        problems.addAll(Glance.cutWords(lines, WORDS));
        // The coach draws one column short of the edge: a row that reaches it is a line that ran over.
        problems.addAll(Glance.tooWide(lines, columns - 1));
        return problems;
    }

    /** Waits for a screen with no problems; fails with the problems of the last one seen. */
    private String until(String what, int columns, Function<String, List<String>> also) throws Exception {
        try {
            return tmux.awaitScreen(s -> problems(s, columns, also).isEmpty());
        } catch (AssertionError e) {
            String screen = tmux.screen();
            throw new AssertionError(
                    what + " at " + columns + " columns: " + problems(screen, columns, also) + "\n" + screen, e);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "60,20", "40,12", "30,10", "20,6"})
    void at_each_size_a_session_shows_the_time_the_side_and_q_and_nothing_cut_or_wrapped(int columns, int rows)
            throws Exception {
        Path routine = Files.writeString(home.resolve("screen.yaml"), ROUTINE);
        tmux = new Tmux(home, columns, rows);
        tmux.line("clear; " + LIMBER + " run " + routine + " --yes");
        until(
                "the get-ready",
                columns,
                s -> shows(s, "LEFT", "Left", "left") && s.contains("Get ready")
                        ? List.of()
                        : List.of("not the left get-ready"));

        tmux.keys("n");
        until(
                "the left hold",
                columns,
                s -> shows(s, "LEFT", "Left") && !s.contains("Get ready") && !s.contains("Paused")
                        ? List.of()
                        : List.of("not the left hold"));
        tmux.keys("Space");
        until(
                "the pause",
                columns,
                s -> s.contains("Paused") && s.contains("space resume") && shows(s, "LEFT", "Left")
                        ? List.of()
                        : List.of("not paused on the left"));
        tmux.keys("Space", "n");
        until(
                "the switch",
                columns,
                s -> shows(s, "Switch") && shows(s, "RIGHT", "Right", "right") && !s.contains("Paused")
                        ? List.of()
                        : List.of("not the switch to the right"));
        tmux.keys("n");
        until(
                "the right hold",
                columns,
                s -> !shows(s, "Switch") && shows(s, "RIGHT", "Right") ? List.of() : List.of("not the right hold"));
        tmux.keys("n");
        until(
                "the rest",
                columns,
                s -> s.lines().anyMatch(l -> l.strip().equals("Rest")) ? List.of() : List.of("not the rest"));
        tmux.keys("n");
        until(
                "the reps",
                columns,
                s -> s.contains("enter done") && s.contains("Cat-cow") ? List.of() : List.of("not the reps"));

        tmux.keys("q");
        tmux.awaitPrompt();
        // The summary, wrapped at words: a word the terminal broke would show as the start of one.
        String end = tmux.screen();
        List<String> summary =
                end.lines().dropWhile(l -> !l.startsWith("Screen check:")).toList();
        assertThat(summary).as(end).hasSizeGreaterThan(1);
        assertThat(Glance.cutWords(summary, WORDS)).as(end).isEmpty();
        assertThat(tmux.lastStatus()).isZero();
    }

    /** Japanese, an emoji, a ZWJ family, a skin tone and a flag, in names, cues and the title. */
    private static final String WIDE = String.join(
            "\n",
            "title: ストレッチ 🇯🇵 after a run",
            "defaults: {prepare: 10s, switch: 10s}",
            "steps:",
            "  - name: 膝を胸に引き寄せるストレッチ",
            "    time: 30s",
            "    sides: both",
            "    cues: [仰向けに寝て、両膝を曲げます。, Breathe 🧘 slowly]",
            "  - name: Family stretch 👨‍👩‍👧 with a 👍🏽",
            "    time: 20s",
            "    cues: [Hold 🇫🇷 and 🏳️‍🌈 high]",
            "  - name: 拉伸 🤸",
            "    reps: 5",
            "");

    @Test
    void a_routine_of_wide_characters_leaves_the_screen_whole_at_every_step() throws Exception {
        Path routine = Files.writeString(home.resolve("wide.yaml"), WIDE);
        for (int[] size : new int[][] {{80, 24}, {40, 12}}) {
            int columns = size[0];
            tmux = new Tmux(home, columns, size[1]);
            tmux.line("clear; " + LIMBER + " run " + routine + " --yes");
            // Stale lines and a bar run into the keys were how a corrupted screen showed: one Next:, one key
            // line with q, and that at the bottom.
            Function<String, List<String>> whole = s -> {
                List<String> lines = s.lines()
                        .map(String::stripTrailing)
                        .filter(l -> !l.isEmpty())
                        .toList();
                List<String> wrong = new ArrayList<>();
                if (lines.stream().filter(l -> l.startsWith("Next:")).count() != 1) {
                    wrong.add("not one Next: line");
                }
                if (lines.stream().filter(l -> l.contains("q quit")).count() != 1
                        || !lines.get(lines.size() - 1).contains("q quit")) {
                    wrong.add("the keys are not alone at the bottom");
                }
                return wrong;
            };
            until("the get-ready", columns, s -> s.contains("Get ready") ? whole.apply(s) : List.of("no get-ready"));
            tmux.keys("n");
            until(
                    "the left side",
                    columns,
                    s -> s.contains("膝を胸") && !s.contains("Get ready") ? whole.apply(s) : List.of("not the left side"));
            tmux.keys("n", "n");
            until(
                    "the right side",
                    columns,
                    s -> s.contains("膝を胸") && shows(s, "RIGHT", "Right") && !s.contains("Switch")
                            ? whole.apply(s)
                            : List.of("not the right side"));
            tmux.keys("n", "n");
            until(
                    "the family",
                    columns,
                    s -> s.contains("Family stretch") && !s.contains("Get ready")
                            ? whole.apply(s)
                            : List.of("not the family stretch"));
            assertThat(tmux.screen()).contains("👨👩👧").doesNotContain("\u200d");
            tmux.keys("n");
            until(
                    "the reps",
                    columns,
                    s -> s.contains("拉伸") && s.contains("enter done") ? whole.apply(s) : List.of("not the reps"));
            tmux.keys("q");
            tmux.awaitPrompt();
            assertThat(tmux.lastStatus()).isZero();
            tmux.close();
            tmux = null;
        }
    }

    @Test
    void the_countdown_reads_the_same_in_the_window_title() throws Exception {
        Path routine = Files.writeString(home.resolve("screen.yaml"), ROUTINE);
        tmux = new Tmux(home, 80, 24);
        tmux.line("clear; " + LIMBER + " run " + routine + " --yes");
        tmux.await("Get ready");
        tmux.keys("n");
        tmux.awaitScreen(s -> !s.contains("Get ready"));
        tmux.keys("Space");
        String paused = tmux.await("Paused");

        // While paused, the title follows at once: no key behind.
        String seconds = Glance.countdowns(paused.lines().toList()).get(0);
        String title = Await.until(
                "the paused title", Await.PATIENCE, () -> tmux.pane("#{pane_title}"), t -> t.contains("(paused)"));
        assertThat(title)
                .isEqualTo("0:" + (seconds.length() == 1 ? "0" : "") + seconds
                        + " Knee-to-chest stretch · left side (paused) · Limber");
        tmux.keys("q");
        tmux.awaitPrompt();
    }
}
