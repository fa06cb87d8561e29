package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.routine.Sides;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.testing.Await;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The coach in plain mode: the one loop with the plain view and lines for keys, a fake clock, and
 * what a screen reader or a log would get.
 */
class PlainModeTest {

    private final FakeClock clock = new FakeClock();
    private final StringWriter out = new StringWriter();
    private final AtomicInteger bells = new AtomicInteger();

    private Coach.Result run(Plan plan, String typed, boolean waitToStart) {
        LineKeys keys = new LineKeys(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
        Coach coach = new Coach(
                new PlainView(new PrintWriter(out)), keys, clock, new Audio(bells::incrementAndGet, Optional.empty()));
        return coach.run(plan, waitToStart);
    }

    /** The plain view with keys pressed at set moments, as a person at a terminal types them. */
    private Coach.Result run(Plan plan, ScriptedKeys keys) {
        return new Coach(
                        new PlainView(new PrintWriter(out)),
                        keys,
                        clock,
                        new Audio(bells::incrementAndGet, Optional.empty()))
                .run(plan, false);
    }

    @Test
    void output_nobody_can_read_any_more_ends_the_session_as_a_hang_up_not_as_finished() {
        Plan plan = Plans.plan("Holds", Plans.hold("Reach", 30, Sides.NONE), Plans.hold("Fold", 30, Sides.NONE));
        // A pipe whose reader has gone, as after `| head -2`: every write fails.
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ScriptedKeys keys = new ScriptedKeys(clock).at(100, Action.QUIT);

        Coach.Result result = new Coach(
                        new PlainView(new PrintWriter(closed)),
                        keys,
                        clock,
                        new Audio(bells::incrementAndGet, Optional.empty()))
                .run(plan, false);

        assertThat(result.ending()).isEqualTo(Ending.HANGUP);
        assertThat(result.state()).isNotNull();
        assertThat(result.state().done()).isZero();
    }

    @Test
    void pause_back_restart_and_15_seconds_more_or_less_are_each_said_in_a_line() {
        Plan plan = Plans.plan(
                "Holds", Plans.hold("Reach", 30, Sides.NONE, "Arms long."), Plans.hold("Fold", 5, Sides.NONE));
        ScriptedKeys keys = new ScriptedKeys(clock)
                .at(10, Action.TOGGLE_PAUSE)
                .at(20, Action.TOGGLE_PAUSE)
                .at(25, Action.MORE_TIME)
                .at(26, Action.LESS_TIME)
                .at(27, Action.BACK)
                .at(28, Action.RESTART)
                .at(29, Action.NEXT)
                .at(30, Action.QUIT);

        Coach.Result result = run(plan, keys);

        assertThat(result.ending()).isEqualTo(Ending.QUIT);
        assertThat(out.toString().lines().dropWhile(l -> !l.startsWith("[")).toList())
                .containsExactly(
                        "[0:00] Get ready · Reach · 5s",
                        "[0:05] Reach · 30s",
                        "        · Arms long.",
                        "[0:10] Paused · p and Enter to go on",
                        "[0:10] Going on · Reach · 25s left",
                        "[0:15] 15s more · 35s left",
                        "[0:16] 15s less · 19s left",
                        "[0:17] Reach · 30s",
                        "        · Arms long.",
                        "[0:18] Reach · 30s",
                        "        · Arms long.",
                        "[0:19] Get ready · Fold · 5s",
                        "[0:20] Stopped.");
    }

    @Test
    void a_line_that_is_no_key_says_so_and_moving_while_paused_says_it_is_still_paused() {
        Plan plan = Plans.plan("Holds", Plans.hold("Reach", 30, Sides.NONE), Plans.hold("Fold", 5, Sides.NONE));

        run(
                plan,
                new ScriptedKeys(clock)
                        .at(6, Action.OTHER)
                        .at(7, Action.TOGGLE_PAUSE)
                        .at(8, Action.NEXT)
                        .at(20, Action.QUIT));

        assertThat(out.toString())
                .contains(
                        "[0:06] That is not a key here: ? and Enter lists them.\n",
                        "[0:07] Paused · p and Enter to go on\n[0:07] Get ready · Fold · 5s · paused, p and Enter to go on\n",
                        "[0:07] Stopped.");
    }

    @Test
    void on_a_terminal_each_line_is_broken_at_spaces_to_its_width() {
        Plan plan =
                Plans.plan("Holds", Plans.hold("Reach", 8, Sides.NONE, "Keep both arms long and the shoulders down."));
        PrintWriter writer = new PrintWriter(out);

        new Coach(new PlainView(writer, writer, 30), new ScriptedKeys(clock), clock, new Audio(null, Optional.empty()))
                .run(plan, false);

        assertThat(out.toString().lines())
                .allSatisfy(line -> assertThat(Words.columns(line)).isLessThanOrEqualTo(30))
                .contains("        · Keep both arms long", "          and the shoulders", "          down.");
    }

    @Test
    void starting_over_in_the_instant_a_segment_started_is_said_too() {
        Plan plan = Plans.plan("Hold", Plans.hold("Reach", 30, Sides.NONE));

        run(plan, new ScriptedKeys(clock).at(5, () -> {}).at(5, Action.RESTART).at(6, Action.QUIT));

        assertThat(out.toString()).contains("[0:05] Reach · 30s\n[0:05] Reach · 30s\n[0:06] Stopped.\n");
    }

    @Test
    void less_time_near_the_end_says_how_much_it_took_off() {
        Plan plan = Plans.plan("Hold", Plans.hold("Reach", 30, Sides.NONE));

        run(plan, new ScriptedKeys(clock).at(5 + 24, Action.LESS_TIME).at(40, Action.QUIT));

        assertThat(out.toString()).contains("[0:25] 10 seconds left\n[0:29] 5s less · 1s left\n[0:30] Done.\n");
    }

    @Test
    void a_question_mark_says_the_keys_again_each_time_and_the_time_goes_on() {
        Plan plan = Plans.plan("Hold", Plans.hold("Reach", 30, Sides.NONE));

        Coach.Result result = run(
                plan,
                new ScriptedKeys(clock).at(12, Action.HELP).at(13, Action.HELP).at(14, Action.QUIT));

        // Once in the introduction, then once for each ?.
        assertThat(out.toString().split(java.util.regex.Pattern.quote(PlainView.keys(plan)), -1))
                .hasSize(4);
        assertThat(out.toString()).doesNotContain("Paused");
        assertThat(result.state().records().get(1).spentNanos()).isEqualTo(9_000_000_000L);
    }

    @Test
    void m_mutes_the_bell_and_says_so_and_again_says_the_sound_is_back() {
        Plan plan = Plans.plan("Holds", Plans.hold("Reach", 10, Sides.NONE), Plans.hold("Fold", 10, Sides.NONE));

        run(plan, new ScriptedKeys(clock).at(6, Action.MUTE).at(7, Action.MUTE).at(8, Action.MUTE));

        assertThat(out.toString())
                .contains("[0:06] Muted · m and Enter to unmute\n[0:07] Sound on\n"
                        + "[0:08] Muted · m and Enter to unmute\n");
        // The get-ready's last three seconds rang before 0:06; nothing after, to the end.
        assertThat(bells.get()).isEqualTo(3);
    }

    @Test
    void a_three_step_routine_of_short_holds_prints_a_line_per_segment_and_no_more() {
        Plan plan = Plans.plan(
                "Three holds",
                Plans.hold("Reach up", 8, Sides.NONE, "Arms long."),
                Plans.hold("Side bend", 25, Sides.BOTH, "Lean gently."),
                Plans.hold("Fold", 6, Sides.NONE));

        Coach.Result result = run(plan, "", false);

        assertThat(result.ending()).isEqualTo(Ending.FINISHED);
        assertThat(out.toString())
                .isEqualTo(String.join(
                        "\n",
                        "Three holds · 3 steps, 1m24s",
                        "Caution: Stop if it hurts.",
                        dev.limber.routine.Disclaimer.TEXT,
                        "Type a key and Enter: p pause or go on, n next, b back, r start over, + or - 15 seconds,"
                                + " m mute, ? these keys, q stop.",
                        "[0:00] Get ready · Reach up · 5s",
                        "[0:05] Reach up · 8s",
                        "        · Arms long.",
                        "[0:13] Get ready · Side bend · left side · 5s",
                        "[0:18] Side bend · left side · 25s",
                        "        · Lean gently.",
                        "[0:33] 10 seconds left",
                        "[0:43] Switch sides · 5s",
                        "[0:48] Side bend · right side · 25s",
                        "[1:03] 10 seconds left",
                        "[1:13] Get ready · Fold · 5s",
                        "[1:18] Fold · 6s",
                        "[1:24] Done.",
                        ""));
        assertThat(clock.seconds()).isEqualTo(84);
    }

    @Test
    void a_step_on_the_right_side_only_says_its_cues() {
        Plan plan = Plans.plan("Right", Plans.hold("Right lunge", 8, Sides.RIGHT, "Knee over the ankle."));

        run(plan, "", false);

        assertThat(out.toString()).contains("[0:05] Right lunge · right side · 8s\n        · Knee over the ankle.\n");
    }

    @Test
    void reps_wait_for_a_line_and_the_start_waits_for_enter() {
        Plan plan = Plans.plan("Reps", Plans.reps("Cat-cow", 10, 4));

        Coach.Result result = run(plan, "\n\n", true);

        assertThat(out.toString())
                .contains("Press Enter to start. Type a key and Enter: p pause or go on, n next,"
                        + " b back, r start over, + or - 15 seconds, m mute, ? these keys, q stop; Enter alone when the reps are done.\n"
                        + "[0:00] Cat-cow · 10 reps, press Enter when done\n        · Slowly.\n[0:00] Done.\n");
        assertThat(result.ending()).isEqualTo(Ending.FINISHED);
    }

    @Test
    void reps_get_a_get_ready_too_and_a_script_s_enter_waits_for_the_reps() {
        Plan plan = Plans.plan("Reps", Plans.repsAfterGetReady("Cat-cow", 10, 4));

        Coach.Result result = run(plan, "\n", false);

        assertThat(out.toString())
                .contains("[0:00] Get ready · Cat-cow · 5s\n"
                        + "[0:05] Cat-cow · 10 reps, press Enter when done\n        · Slowly.\n[0:05] Done.\n");
        assertThat(result.state().records()).extracting(r -> r.outcome()).containsExactly(Outcome.DONE, Outcome.DONE);
    }

    @Test
    void reps_that_end_by_themselves_take_no_line_from_a_script() {
        LineKeys keys = new LineKeys(new ByteArrayInputStream("2\nn\n".getBytes(StandardCharsets.UTF_8)));
        Coach coach = new Coach(new PlainView(new PrintWriter(out)), keys, clock, new Audio(null, Optional.empty()));

        Coach.Result result = coach.run(Plans.plan("Auto", Plans.autoReps("Bridge", 10, 3)), false);

        assertThat(out.toString())
                .contains("[0:00] Bridge · 10 reps, counted at their pace: 30s\n        · Slowly.\n" + "[0:30] Done.\n")
                .doesNotContain("input has ended");
        assertThat(result.state().count(Outcome.DONE)).isEqualTo(1);
        assertThat(keys.line(java.util.concurrent.TimeUnit.SECONDS.toNanos(10))).isEqualTo("2");
    }

    @Test
    void once_the_input_ends_reps_take_their_pace_and_are_recorded_as_counted() {
        Plan plan = Plans.plan("Reps", Plans.reps("Cat-cow", 10, 4), Plans.reps("Bridge", 5, 3));

        Coach.Result result = run(plan, "", false);

        assertThat(result.ending()).isEqualTo(Ending.FINISHED);
        assertThat(result.state().count(Outcome.COUNTED)).isEqualTo(2);
        assertThat(clock.seconds()).isEqualTo(55);
        assertThat(out.toString())
                .contains(
                        "[0:00] Cat-cow · 10 reps, press Enter when done\n        · Slowly.\n"
                                + "[0:00] The input has ended: timers go on, and reps are counted at their pace.\n"
                                + "[0:40] Bridge · 5 reps, counted at their pace: 15s\n",
                        "[0:55] Done.\n");
    }

    @Test
    void a_line_typed_ahead_on_a_terminal_does_not_start_the_routine() throws Exception {
        LineKeys keys = new LineKeys(new ByteArrayInputStream("\n".getBytes(StandardCharsets.UTF_8)), true);
        Coach coach = new Coach(new PlainView(new PrintWriter(out)), keys, clock, new Audio(null, Optional.empty()));
        // The typed-ahead line reaches the queue before the start prompt discards it.
        Await.until("the typed line in the queue", Await.PATIENCE, keys::pending, n -> n > 0);

        Coach.Result result = coach.run(Plans.plan("Reps", Plans.reps("Cat-cow", 10, 4)), true);

        // Only the end of the input started it: the typed Enter was discarded, so the reps were counted.
        assertThat(result.state().count(Outcome.COUNTED)).isEqualTo(1);
    }

    @Test
    void a_script_s_lines_are_read_only_when_one_is_needed_so_timed_holds_leave_the_answers() {
        LineKeys keys = new LineKeys(new ByteArrayInputStream("\n2\nn\n".getBytes(StandardCharsets.UTF_8)));
        Coach coach = new Coach(new PlainView(new PrintWriter(out)), keys, clock, new Audio(null, Optional.empty()));

        Coach.Result result = coach.run(
                Plans.plan(
                        "Holds",
                        Plans.hold("Reach", 5, Sides.NONE),
                        Plans.reps("Cat-cow", 4, 2),
                        Plans.hold("Fold", 5, Sides.NONE)),
                false);

        assertThat(result.state().count(Outcome.SKIPPED)).isZero();
        assertThat(result.state().count(Outcome.DONE))
                .isEqualTo(result.state().records().size());
        // The reader thread may not have queued them yet on a busy machine: wait for each, boundedly.
        assertThat(keys.line(java.util.concurrent.TimeUnit.SECONDS.toNanos(10))).isEqualTo("2");
        assertThat(keys.line(java.util.concurrent.TimeUnit.SECONDS.toNanos(10))).isEqualTo("n");
    }

    @Test
    void lines_piped_in_by_a_script_are_kept_as_answers() {
        Coach.Result result = run(Plans.plan("Reps", Plans.reps("Cat-cow", 10, 4)), "\n\n", true);

        assertThat(result.state().count(Outcome.DONE)).isEqualTo(1);
    }

    @Test
    void the_start_and_the_caution_go_to_the_person_when_output_goes_elsewhere() {
        StringWriter person = new StringWriter();
        LineKeys keys = new LineKeys(new ByteArrayInputStream("\n".getBytes(StandardCharsets.UTF_8)));
        Coach coach = new Coach(
                new PlainView(new PrintWriter(out), new PrintWriter(person)),
                keys,
                clock,
                new Audio(null, Optional.empty()));

        coach.run(Plans.plan("Holds", Plans.hold("Reach", 5, Sides.NONE)), true);

        assertThat(person.toString())
                .isEqualTo("Caution: Stop if it hurts.\n" + dev.limber.routine.Disclaimer.TEXT
                        + "\nPress Enter to start. "
                        + PlainView.keys(Plans.plan("Holds", Plans.hold("Reach", 5, Sides.NONE)))
                        + "\n");
        assertThat(out.toString())
                .startsWith("Holds · 1 step, 10s\nCaution: Stop if it hurts.\n")
                .contains("Done.");
    }

    @Test
    void q_stops_with_what_was_done() {
        Plan plan = Plans.plan("Reps", Plans.reps("Cat-cow", 10, 4), Plans.reps("Bridge", 5, 3));

        Coach.Result result = run(plan, "\nq\n", false);

        assertThat(result.ending()).isEqualTo(Ending.QUIT);
        assertThat(out.toString()).endsWith("Stopped.\n");
    }
}
