package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.session.Event;
import dev.limber.session.Session;
import dev.limber.session.State;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenTest {

    private static final long S = 1_000_000_000L;
    private final Screen screen = new Screen(new Look(false));
    private final Plan plan = Plans.stretches();

    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }

    private State at(long seconds, Event... events) {
        Session session = new Session(plan, 0);
        for (Event event : events) {
            session.on(event, 0);
        }
        return session.at(seconds * S);
    }

    @Test
    void a_large_window_shows_everything_with_big_digits() {
        List<String> lines = text(screen.frame(at(10), 100, 30, false, false));

        assertThat(lines.get(0)).startsWith("Post-run stretches").endsWith("step 1 of 2 · 0:10 done · 1:40 left");
        assertThat(lines).anySatisfy(l -> assertThat(l.strip()).isEqualTo("Knee-to-chest stretch · left side"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("██████"));
        assertThat(lines).contains("· Lie on your back.", "· Draw one knee in.");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Next: Switch sides · 5s"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo(Screen.KEYS);
        assertThat(lines).hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void a_paused_segment_says_so() {
        Session session = new Session(plan, 0);
        session.on(Event.PAUSE, 2 * S);

        List<String> lines = text(screen.frame(session.at(60 * S), 80, 24, false, false));

        assertThat(lines).anySatisfy(l -> assertThat(l.strip()).isEqualTo("Paused · Get ready · Knee-to-chest"
                + " stretch · left side"));
        assertThat(lines).anySatisfy(l -> assertThat(l.strip()).isEqualTo("space to go on"));
    }

    @Test
    void a_rep_segment_counts_reps_and_asks_for_enter() {
        Session session = new Session(plan, 0);
        for (int i = 0; i < 4; i++) {
            session.on(Event.NEXT, 0);
        }

        List<String> lines = text(screen.frame(session.at(9 * S), 20, 6, false, false));

        assertThat(lines).contains("       3 / 10");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("rep 3 of 10"));
    }

    @Test
    void help_lists_every_key() {
        List<String> lines = text(screen.frame(at(1), 80, 30, false, true));

        assertThat(lines).containsAll(Screen.HELP);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("? close help · q quit");
    }

    @Test
    void the_start_screen_gives_the_caution_limbers_own_line_and_how_to_start() {
        List<String> lines = text(screen.start(plan, 80, 24));

        assertThat(String.join(" ", lines)).contains("Caution: Stop if it hurts.",
                "Limber is not medical advice. Stop if pain gets worse; sharp, shooting pain down a leg, numbness"
                        + " or tingling: see a specialist.");
        assertThat(lines).contains("Press Enter to start · q to quit");
    }

    @ParameterizedTest
    @CsvSource({"20,6", "21,7", "30,8", "40,12", "60,15", "80,24", "100,30", "200,60", "1,1", "5,3"})
    void every_window_gets_lines_that_fit_and_always_the_label_and_time(int width, int height) {
        for (long second = 0; second < 120; second += 7) {
            for (boolean help : new boolean[] {false, true}) {
                List<AttributedString> lines = screen.frame(at(second), width, height, false, help);

                assertThat(lines).hasSizeLessThanOrEqualTo(Math.max(height, 2));
                assertThat(lines).allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(width));
                if (width >= 20 && height >= 6) {
                    String all = String.join("\n", text(lines));
                    State state = at(second);
                    assertThat(all).contains(state.segment().label().substring(0, Math.min(10,
                            state.segment().label().length())));
                }
            }
        }
        assertThat(screen.start(plan, width, height)).hasSizeLessThanOrEqualTo(height)
                .allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(width));
    }

    @Test
    void the_next_change_is_when_a_time_turns_over_or_a_bar_gains_a_cell() {
        Session session = new Session(plan, 0);
        long at = 10_300_000_000L;

        // 10.3 s into the 110 s plan, its 100-cell bar shows 9 cells; the 10th comes at 10.45 s (and the
        // hold's own bar gains its 19th cell at 5.55 s of 30, later).
        assertThat(Screen.untilChange(session.at(at), 100)).isEqualTo(150_000_000L);
        // With no bar to speak of, the countdown turns over at 24 s left, 0.7 s later.
        assertThat(Screen.untilChange(session.at(at), 0)).isEqualTo(700_000_000L);
        session.on(Event.PAUSE, at);
        assertThat(Screen.untilChange(session.at(at + 5 * S), 100)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void at_a_medium_size_the_big_digits_win_over_bars() {
        List<String> lines = text(screen.frame(at(10), 40, 12, false, false));

        assertThat(lines).anySatisfy(l -> assertThat(l).contains("██"));
    }
}
