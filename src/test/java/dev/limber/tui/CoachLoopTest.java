package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.routine.Sides;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.SegmentRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one coach loop under either view: the same keys at the same moments of a fake clock make the
 * same session, with the same ending, whether it is drawn full screen or told in plain lines.
 */
class CoachLoopTest {

    private static final long S = FakeClock.S;

    enum Shown {
        FULL_SCREEN,
        PLAIN
    }

    private final FakeClock clock = new FakeClock();
    private final ScriptedKeys keys = new ScriptedKeys(clock);
    private final AtomicInteger bells = new AtomicInteger();
    private final StringWriter lines = new StringWriter();
    private StreamTerminal term;

    @AfterEach
    void close() throws Exception {
        if (term != null) {
            term.close();
        }
    }

    private Coach coach(Shown shown) {
        Audio sound = new Audio(bells::incrementAndGet, Optional.empty());
        if (shown == Shown.FULL_SCREEN) {
            term = new StreamTerminal(100, 30);
            return new Coach(new FullScreenView(term.terminal, new Look(false)), keys, clock, sound);
        }
        return new Coach(new PlainView(new PrintWriter(lines)), keys, clock, sound);
    }

    @ParameterizedTest
    @EnumSource(Shown.class)
    void runs_to_the_end_by_the_clock_and_enter_finishes_the_reps(Shown shown) {
        keys.at(100, Action.COMPLETE);

        Coach.Result result = coach(shown).run(Plans.stretches(), false);

        assertThat(result.ending()).isEqualTo(Ending.FINISHED);
        assertThat(result.state().records()).extracting(SegmentRecord::outcome).containsOnly(Outcome.DONE);
        assertThat(result.state().elapsedNanos()).isEqualTo(100 * S);
        // The holds and the reps done, and 3-2-1 as the get-ready, both holds and the switch run out.
        assertThat(bells.get()).isEqualTo(3 + 4 * 3);
    }

    @ParameterizedTest
    @EnumSource(Shown.class)
    void next_back_restart_and_more_time_move_through_the_plan_alike(Shown shown) {
        keys.at(1, Action.NEXT)
                .at(3, Action.MORE_TIME)
                .at(4, Action.BACK)
                .at(5, Action.RESTART)
                .at(10, Action.LESS_TIME)
                .at(20, Action.TOGGLE_PAUSE)
                .at(50, Action.TOGGLE_PAUSE)
                .at(51, Action.QUIT);

        Coach.Result result = coach(shown).run(Plans.stretches(), false);

        assertThat(result.ending()).isEqualTo(Ending.QUIT);
        // Get ready skipped at 1 s. The left hold, 15 s more, back and started over (its extra time
        // with it), is 15 s shorter from 10 s, so done at 20 s; the switch is paused for 30 s, then q.
        // Active: 1 + 3 + 1 + 15 + 1.
        assertThat(result.state().elapsedNanos()).isEqualTo(21 * S);
        assertThat(result.state().pausedNanos()).isEqualTo(30 * S);
        assertThat(result.state().records())
                .extracting(SegmentRecord::outcome)
                .containsExactly(Outcome.SKIPPED, Outcome.DONE, Outcome.SKIPPED, null, null);
    }

    @ParameterizedTest
    @EnumSource(Shown.class)
    void reps_that_end_by_themselves_need_no_enter_and_are_done_not_merely_counted(Shown shown) {
        Plan plan = Plans.plan("Auto", Plans.autoReps("Bridge", 10, 3), Plans.hold("Plank", 20, Sides.NONE));

        Coach.Result result = coach(shown).run(plan, false);

        assertThat(result.ending()).isEqualTo(Ending.FINISHED);
        assertThat(result.state().elapsedNanos()).isEqualTo((30 + 5 + 20) * S);
        assertThat(result.state().records()).extracting(SegmentRecord::outcome).containsOnly(Outcome.DONE);
    }

    @ParameterizedTest
    @EnumSource(Shown.class)
    void ctrl_backslash_stops_with_what_was_done(Shown shown) {
        keys.at(40, Action.INTERRUPT);

        Coach.Result result = coach(shown).run(Plans.stretches(), false);

        assertThat(result.ending()).isEqualTo(Ending.INTERRUPT);
        assertThat(result.state().quit()).isTrue();
        assertThat(result.state().elapsedNanos()).isEqualTo(40 * S);
    }

    @ParameterizedTest
    @EnumSource(Shown.class)
    void once_the_input_ends_the_reps_are_counted_at_their_pace(Shown shown) {
        keys.at(1, Action.END);

        Coach.Result result = coach(shown).run(Plans.stretches(), false);

        assertThat(result.ending()).isEqualTo(Ending.FINISHED);
        assertThat(result.state().elapsedNanos()).isEqualTo(110 * S);
        assertThat(result.state().count(Outcome.COUNTED)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Shown.class)
    void a_pause_ends_with_the_input_as_no_key_could_end_it_after(Shown shown) {
        keys.at(10, Action.TOGGLE_PAUSE).at(12, Action.END);

        Coach.Result result = coach(shown).run(Plans.stretches(), false);

        assertThat(result.ending()).isEqualTo(Ending.FINISHED);
        assertThat(result.state().pausedNanos()).isEqualTo(2 * S);
        assertThat(result.state().elapsedNanos()).isEqualTo(110 * S);
    }

    @ParameterizedTest
    @EnumSource(Shown.class)
    void q_before_the_start_leaves_without_a_session(Shown shown) {
        keys.at(3, Action.QUIT);

        Coach.Result result = coach(shown).run(Plans.stretches(), true);

        assertThat(result.ending()).isEqualTo(Ending.QUIT);
        assertThat(result.state()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Shown.class)
    void a_bug_ends_in_error_and_keeps_what_was_done(Shown shown) {
        keys.at(12, () -> {
            throw new IllegalStateException("boom");
        });

        Coach.Result result = coach(shown).run(Plans.stretches(), false);

        assertThat(result.ending()).isEqualTo(Ending.ERROR);
        assertThat(result.error()).hasMessage("boom");
        assertThat(result.state().elapsedNanos()).isEqualTo(12 * S);
        assertThat(result.state().records().get(0).outcome()).isEqualTo(Outcome.DONE);
    }
}
