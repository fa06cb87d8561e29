package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.routine.Sides;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.SegmentRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Terminal.Signal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The coach on a real JLine terminal over streams, with a fake clock: keys in, the session's state
 * and the screen a person would see out. A routine of several minutes runs in milliseconds.
 */
class CoachTest {

    private static final long S = FakeClock.S;

    private final FakeClock clock = new FakeClock();
    private final ScriptedKeys keys = new ScriptedKeys(clock);
    private final StreamTerminal term = new StreamTerminal(100, 30);
    private final AtomicInteger bells = new AtomicInteger();
    private final List<String> screens = new ArrayList<>();
    private final Plan plan = Plans.stretches();

    @AfterEach
    void close() throws Exception {
        term.close();
    }

    private final Coach coach =
            new Coach(term.terminal, keys, clock, new Look(false), new Audio(bells::incrementAndGet, Optional.empty()));

    private Coach coach() {
        return coach;
    }

    /** Keeps what the screen shows at this moment (the lines last drawn), to assert on after the run. */
    private Runnable snapshot() {
        return () -> screens.add(coach.drawn().stream()
                .map(AttributedString::toString)
                .reduce((a, b) -> a + "\n" + b)
                .orElse(""));
    }

    @Test
    void coaches_a_routine_to_the_end_by_the_clock() {
        keys.at(10, snapshot()).at(80, snapshot()).at(100, Action.COMPLETE);

        Coach.Result result = coach().run(plan, false);

        assertThat(result.ending()).isEqualTo(Ending.FINISHED);
        assertThat(result.state().records()).extracting(SegmentRecord::outcome).containsOnly(Outcome.DONE);
        assertThat(result.state().elapsedNanos()).isEqualTo(100 * S);
        assertThat(screens.get(0))
                .contains(
                        "Post-run stretches",
                        "Knee-to-chest stretch · left side",
                        "· Lie on your back.",
                        "Next: Knee-to-chest stretch · right side · 30s",
                        "space pause · n next · b back · r restart · +/- 15s · m mute · ? keys · q quit");
        assertThat(screens.get(1)).contains("Cat-cow", "rep 3 of 10 · enter when done");
        // Bells: the left and right holds and the reps done, and 3-2-1 as the get-ready, both holds and the
        // switch run out.
        assertThat(bells.get()).isEqualTo(3 + 4 * 3);
    }

    @Test
    void the_countdown_on_screen_follows_the_clock() {
        keys.at(5 + 12.5, snapshot()).at(5 + 29.2, snapshot()).at(200, Action.QUIT);

        coach().run(plan, false);

        assertThat(screens.get(0)).contains("████").contains("of 30s");
        assertThat(screens.get(0)
                        .lines()
                        .filter(l -> l.contains("step 1 of 2"))
                        .findFirst()
                        .orElseThrow())
                .contains("0:17 done")
                .contains("1:33 left");
        assertThat(screens.get(1)).contains("0:34 done");
    }

    @Test
    void pause_holds_the_time_and_space_goes_on() {
        keys.at(10, Action.TOGGLE_PAUSE)
                .at(50, snapshot())
                .at(60, Action.TOGGLE_PAUSE)
                .at(61, Action.QUIT);

        Coach.Result result = coach().run(plan, false);

        assertThat(screens.get(0))
                .contains("Knee-to-chest stretch · left side", "Paused · space to resume", "space resume");
        assertThat(result.state().elapsedNanos()).isEqualTo(11 * S);
        assertThat(result.ending()).isEqualTo(Ending.QUIT);
    }

    @Test
    void next_back_plus_and_restart_move_through_the_plan() {
        keys.at(1, Action.NEXT)
                .at(2, snapshot())
                .at(3, Action.MORE_TIME)
                .at(3, snapshot())
                .at(4, Action.BACK)
                .at(4, snapshot())
                .at(5, Action.RESTART)
                .at(20, Action.NEXT)
                .at(20, snapshot())
                .at(21, Action.QUIT);

        Coach.Result result = coach().run(plan, false);

        assertThat(screens.get(0)).contains("Knee-to-chest stretch · left side", "of 30s");
        assertThat(screens.get(1)).contains("step 1 of 2 · 0:03 done · 1:58 left");
        assertThat(screens.get(2)).contains("Knee-to-chest stretch · left side");
        assertThat(screens.get(3)).contains("Switch sides");
        assertThat(result.state().count(Outcome.SKIPPED)).isEqualTo(3);
    }

    @Test
    void help_opens_and_any_key_closes_it() {
        keys.at(2, Action.HELP)
                .at(2, snapshot())
                .at(3, Action.OTHER)
                .at(3, snapshot())
                .at(4, Action.QUIT);

        coach().run(plan, false);

        assertThat(screens.get(0)).contains("Keys · paused", "twice quickly, the one before", "ctrl-z");
        assertThat(screens.get(1)).doesNotContain("twice quickly").contains("? keys · q quit");
    }

    @Test
    void on_a_window_too_small_for_every_key_question_mark_turns_their_pages_then_closes_them() throws Exception {
        try (StreamTerminal small = new StreamTerminal(20, 6)) {
            Coach tiny = new Coach(small.terminal, keys, clock, new Look(false), new Audio(null, Optional.empty()));
            int pages = new Screen(new Look(false)).keysPages(19, 6);
            List<String> seen = new ArrayList<>();
            Runnable keep = () -> seen.add(String.join(
                    "\n", tiny.drawn().stream().map(AttributedString::toString).toList()));
            keys.at(2, Action.HELP).at(2, keep);
            for (int page = 2; page <= pages; page++) {
                keys.at(2 + page, Action.HELP).at(2 + page, keep);
            }
            keys.at(3 + pages, Action.HELP).at(3 + pages, keep).at(4 + pages, Action.QUIT);

            Coach.Result result = tiny.run(plan, false);

            assertThat(pages).isGreaterThan(1);
            assertThat(seen.get(0)).startsWith("Keys · paused 1/" + pages).endsWith("? more · q quit");
            assertThat(seen.get(pages - 1))
                    .startsWith("Keys · paused " + pages + "/" + pages)
                    .endsWith("? close · q quit");
            assertThat(String.join("\n", seen)).contains("ctrl-z", "ctrl-c", "m mute");
            assertThat(seen.get(pages)).doesNotContain("Keys");
            // Paused from the first ? until the last closed the keys.
            assertThat(result.state().elapsedNanos()).isEqualTo((2 + 1) * S);
        }
    }

    @Test
    void a_key_that_closes_the_keys_only_closes_them_but_q_still_stops() {
        keys.at(7, Action.HELP)
                .at(8, Action.NEXT)
                .at(9, Action.HELP)
                .at(10, Action.MORE_TIME)
                .at(11, Action.HELP)
                .at(12, Action.MUTE)
                .at(13, snapshot())
                .at(14, Action.HELP)
                .at(15, Action.QUIT);

        Coach.Result result = coach().run(plan, false);

        // Nothing skipped, no time added, not muted: the first hold still under way, 7 s less its 4 s of keys.
        assertThat(result.ending()).isEqualTo(Ending.QUIT);
        // Only the get-ready done, and the hold that q stopped in.
        assertThat(result.state().count(Outcome.DONE)).isEqualTo(1);
        assertThat(result.state().count(Outcome.SKIPPED)).isEqualTo(1);
        assertThat(screens.get(0))
                .contains("Knee-to-chest stretch · left side", "of 30s")
                .doesNotContain("muted");
        assertThat(result.state().elapsedNanos()).isEqualTo(11 * S);
    }

    @Test
    void the_keys_pause_the_session_while_open_and_closing_them_goes_on() {
        keys.at(2, Action.HELP).at(30, Action.OTHER).at(40, Action.QUIT);

        Coach.Result result = coach().run(plan, false);

        assertThat(result.state().elapsedNanos()).isEqualTo(12 * S);
    }

    @Test
    void space_closes_the_keys_and_goes_on_and_a_pause_from_before_stays() {
        keys.at(2, Action.HELP)
                .at(5, Action.TOGGLE_PAUSE)
                .at(6, Action.TOGGLE_PAUSE)
                .at(10, Action.HELP)
                .at(11, Action.HELP)
                .at(20, Action.QUIT);

        Coach.Result result = coach().run(plan, false);

        // Running 0-2, paused by the keys 2-5, running 5-6, paused by space from 6 on, the keys opened
        // and closed on the way.
        assertThat(result.state().elapsedNanos()).isEqualTo(3 * S);
    }

    @Test
    void mute_silences_the_bell() {
        keys.at(1, Action.MUTE).at(2, snapshot()).at(90, Action.QUIT);

        coach().run(plan, false);

        assertThat(bells.get()).isZero();
        assertThat(screens.get(0)).contains("· muted");
    }

    @Test
    void the_start_screen_waits_for_enter() {
        keys.at(30, snapshot()).at(40, Action.COMPLETE).at(41, snapshot()).at(42, Action.QUIT);

        Coach.Result result = coach().run(plan, true);

        assertThat(screens.get(0))
                .contains(
                        "Caution: Stop if it hurts.",
                        "Limber is not medical advice.",
                        "Press Enter to start · q to quit");
        assertThat(screens.get(1)).contains("Get ready · Knee-to-chest stretch");
        assertThat(result.state().elapsedNanos()).isEqualTo(2 * S);
    }

    @Test
    void q_on_the_start_screen_leaves_without_a_session() {
        keys.at(1, Action.QUIT);

        Coach.Result result = coach().run(plan, true);

        assertThat(result.ending()).isEqualTo(Ending.QUIT);
        assertThat(result.state()).isNull();
    }

    @Test
    void ctrl_c_stops_once_and_keeps_what_was_done() {
        keys.at(40, () -> term.terminal.raise(Signal.INT)).at(41, () -> term.terminal.raise(Signal.INT));

        Coach.Result result = coach().run(plan, false);

        assertThat(result.ending()).isEqualTo(Ending.INTERRUPT);
        assertThat(result.state().quit()).isTrue();
        assertThat(result.state().elapsedNanos()).isBetween(40 * S, 40 * S + Coach.IDLE);
    }

    @Test
    void ctrl_backslash_is_a_key_while_coaching_and_stops_as_ctrl_c_does() {
        var before = term.terminal.getAttributes();
        List<Integer> quitCharacter = new ArrayList<>();
        keys.at(40, () -> quitCharacter.add(term.terminal.getAttributes().getControlChar(ControlChar.VQUIT)))
                .at(40, Action.INTERRUPT);

        Coach.Result result = coach().run(plan, false);

        assertThat(result.ending()).isEqualTo(Ending.INTERRUPT);
        assertThat(result.stop()).isNull();
        assertThat(result.state().quit()).isTrue();
        assertThat(result.state().elapsedNanos()).isEqualTo(40 * S);
        // SIGQUIT off while coaching, so that Ctrl-\ comes as a key; back on after.
        assertThat(quitCharacter).containsExactly(0);
        assertThat(term.terminal.getAttributes().getControlChar(ControlChar.VQUIT))
                .isEqualTo(before.getControlChar(ControlChar.VQUIT))
                .isEqualTo(28);
    }

    @Test
    void the_terminal_is_given_back_as_it_was() {
        keys.at(3, Action.QUIT);
        var before = term.terminal.getAttributes();

        coach().run(plan, false);

        String output = term.output();
        assertThat(output).startsWith("\033[?1049h");
        assertThat(output).contains("\033[?25l").contains("\033[22;2t");
        assertThat(output.substring(output.lastIndexOf("\033[?25l")))
                .contains("\033[?12l\033[?25h", "\033[?1049l", "\033[23;2t");
        assertThat(term.terminal.getAttributes().toString()).isEqualTo(before.toString());
    }

    @Test
    void an_exception_ends_in_error_with_what_was_done_and_the_terminal_back() {
        keys.at(2, () -> {
            throw new IllegalStateException("boom");
        });
        var before = term.terminal.getAttributes();

        Coach.Result result = coach().run(plan, false);

        // The caller reports the error; the session is kept, and the terminal is already back.
        assertThat(result.ending()).isEqualTo(Ending.ERROR);
        assertThat(result.error()).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(result.state().quit()).isTrue();
        assertThat(result.state().elapsedNanos()).isEqualTo(2 * S);
        assertThat(term.output()).endsWith("\033[23;2t");
        assertThat(term.terminal.getAttributes().toString()).isEqualTo(before.toString());
    }

    @Test
    void the_window_title_shows_the_time_left_and_the_step() {
        keys.at(12.5, Action.QUIT);

        coach().run(plan, false);

        assertThat(term.output()).contains("\033]2;0:23 Knee-to-chest stretch · left side · Limber\007");
    }

    @Test
    void the_window_title_follows_each_key_while_paused() {
        List<String> output = new ArrayList<>();
        // What has reached the terminal, not what waits in its buffer (output() would flush that).
        keys.at(10, Action.TOGGLE_PAUSE)
                .at(11, () -> output.add(term.written.toString(StandardCharsets.UTF_8)))
                .at(12, Action.QUIT);

        coach().run(plan, false);

        assertThat(output.get(0)).contains("\033]2;0:25 Knee-to-chest stretch · left side (paused) · Limber\007");
    }

    @Test
    void a_resize_redraws_at_the_new_size() {
        keys.at(10, () -> {
                    term.resize(30, 8);
                    term.terminal.raise(Signal.WINCH);
                })
                .at(11, snapshot())
                .at(12, Action.QUIT);

        coach().run(plan, false);

        String small = screens.get(0);
        assertThat(small.lines())
                .hasSizeLessThanOrEqualTo(8)
                .allSatisfy(l -> assertThat(l.length()).isLessThan(30));
        assertThat(small).contains("Knee-to-chest");
    }

    @Test
    void once_the_input_ends_timers_go_on_and_reps_take_their_pace_counted_not_confirmed() {
        keys.at(1, Action.END);

        Coach.Result result = coach().run(plan, false);

        assertThat(result.ending()).isEqualTo(Ending.FINISHED);
        // 70 seconds of holds, then ten cat-cows at 4 seconds each.
        assertThat(result.state().elapsedNanos()).isEqualTo(110 * S);
        assertThat(result.state().records())
                .extracting(SegmentRecord::outcome)
                .containsExactly(Outcome.DONE, Outcome.DONE, Outcome.DONE, Outcome.DONE, Outcome.COUNTED);
    }

    @Test
    void reps_that_end_by_themselves_count_on_screen_without_asking_for_enter() {
        Plan auto = Plans.plan("Auto", Plans.autoReps("Bridge", 10, 3));
        keys.at(7, snapshot()).at(40, Action.QUIT);

        Coach.Result result = coach().run(auto, false);

        assertThat(screens.get(0)).contains("rep 3 of 10").doesNotContain("press enter");
        assertThat(result.ending()).isEqualTo(Ending.FINISHED);
    }

    @Test
    void an_idle_countdown_redraws_only_when_the_second_turns() {
        Plan hold = Plans.plan("Hold", Plans.hold("Plank", 60, Sides.NONE, "Breathe."));
        int[] bytes = new int[2];
        keys.at(20, () -> bytes[0] = term.written.size())
                .at(50, () -> bytes[1] = term.written.size())
                .at(51, Action.QUIT);

        coach().run(hold, false);

        // The digits and the header's times change each second and the bars now and then: about half a
        // kilobyte a second, where redrawing the whole 100x30 screen each second would be ten times that.
        double perSecond = (bytes[1] - bytes[0]) / 30.0;
        assertThat(perSecond).isLessThan(1000);
    }
}
