package dev.limber.session;

import static dev.limber.testing.Segments.autoReps;
import static dev.limber.testing.Segments.plan;
import static dev.limber.testing.Segments.reps;
import static dev.limber.testing.Segments.timed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.plan.SegmentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SessionTest {

    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    /** Any start will do: monotonic clocks start anywhere, even below zero. */
    private static final long T0 = -5_000 * S;

    private static final Plan THREE = plan(
            timed(SegmentKind.PREPARE, "Get ready", 5),
            timed(SegmentKind.WORK, "Hold", 30),
            timed(SegmentKind.REST, "Rest", 10));

    @Test
    void hands_free_reps_end_at_their_estimate_counted_not_confirmed() {
        Plan plan = plan(reps("Cat-cow", 10, 4), timed(SegmentKind.WORK, "Hold", 30), reps("Bridge", 5, 3));
        Session session = new Session(plan, T0);
        session.on(Event.HANDS_FREE, T0 + S);

        assertThat(session.at(T0 + 39 * S).index()).isZero();
        State state = session.at(T0 + 40 * S);
        assertThat(state.index()).isEqualTo(1);
        state = session.at(T0 + 85 * S);

        assertThat(state.finished()).isTrue();
        assertThat(state.records())
                .extracting(SegmentRecord::outcome)
                .containsExactly(Outcome.COUNTED, Outcome.DONE, Outcome.COUNTED);
        assertThat(state.elapsedNanos()).isEqualTo(85 * S);
        assertThat(state.done()).isEqualTo(3);
    }

    @Test
    void going_hands_free_late_in_a_rep_segment_ends_it_at_its_estimate_from_its_start() {
        Plan plan = plan(reps("Cat-cow", 10, 4), timed(SegmentKind.WORK, "Hold", 30));
        Session session = new Session(plan, T0);

        State state = session.on(Event.HANDS_FREE, T0 + 55 * S);

        assertThat(state.index()).isEqualTo(1);
        assertThat(state.segmentNanos()).isEqualTo(15 * S);
        assertThat(state.records().get(0).outcome()).isEqualTo(Outcome.COUNTED);
    }

    @Test
    void every_start_of_a_segment_is_counted_even_over_again_in_the_same_instant() {
        Session session = new Session(THREE, T0);

        assertThat(session.at(T0 + S).starts()).isEqualTo(1);
        assertThat(session.at(T0 + 6 * S).starts()).isEqualTo(2);
        State restarted = session.on(Event.RESTART, T0 + 6 * S);
        State back = session.on(Event.BACK, T0 + 6 * S);

        // Nothing passed in the hold, yet it started again twice: once over, once back to the get-ready.
        assertThat(restarted.starts()).isEqualTo(3);
        assertThat(restarted.index()).isEqualTo(1);
        assertThat(back.starts()).isEqualTo(4);
        assertThat(back.index()).isZero();
        assertThat(session.on(Event.QUIT, T0 + 7 * S).starts()).isEqualTo(4);
    }

    @Test
    void auto_reps_end_at_their_estimate_done_and_enter_may_still_end_them_sooner() {
        Plan plan = plan(autoReps("Bridge", 10, 3), autoReps("Calf raise", 10, 2), timed(SegmentKind.REST, "Rest", 5));
        Session session = new Session(plan, T0);

        assertThat(session.at(T0 + 29 * S).waitingForEnter()).isFalse();
        assertThat(session.at(T0 + 29 * S).index()).isZero();
        State second = session.at(T0 + 30 * S);
        assertThat(second.index()).isEqualTo(1);
        State third = session.on(Event.COMPLETE, T0 + 35 * S);

        assertThat(third.index()).isEqualTo(2);
        assertThat(third.records())
                .extracting(SegmentRecord::outcome)
                .containsExactly(Outcome.DONE, Outcome.DONE, null);
        assertThat(third.elapsedNanos()).isEqualTo(35 * S);
    }

    @Test
    void a_rep_segment_that_waits_for_enter_says_so_until_no_one_can_press_it() {
        Session session = new Session(plan(reps("Cat-cow", 10, 4)), T0);

        assertThat(session.at(T0 + S).waitingForEnter()).isTrue();
        assertThat(session.on(Event.HANDS_FREE, T0 + 2 * S).waitingForEnter()).isFalse();
    }

    @Test
    void without_hands_free_a_rep_segment_waits_for_ever() {
        Plan plan = plan(reps("Cat-cow", 10, 4), timed(SegmentKind.WORK, "Hold", 30));
        Session session = new Session(plan, T0);

        assertThat(session.at(T0 + 3_600 * S).index()).isZero();
        assertThat(session.on(Event.COMPLETE, T0 + 3_601 * S).records().get(0).outcome())
                .isEqualTo(Outcome.DONE);
    }

    @Test
    void a_thirty_minute_routine_runs_to_the_end_in_ticks_of_a_fake_clock() {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            segments.add(timed(SegmentKind.PREPARE, "Get ready " + i, 5));
            segments.add(timed(SegmentKind.WORK, "Walk " + i, 55));
        }
        Plan plan = plan(segments.toArray(new Segment[0]));
        Session session = new Session(plan, T0);

        State state = session.at(T0);
        long now = T0;
        while (!state.finished()) {
            now += 100 * MS;
            state = session.at(now);
        }

        assertThat(now - T0).isEqualTo(30 * 60 * S);
        assertThat(state.count(Outcome.DONE)).isEqualTo(60);
        assertThat(state.elapsedNanos()).isEqualTo(30 * 60 * S);
        assertThat(state.quit()).isFalse();
    }

    @Test
    void a_hold_ends_at_its_deadline_however_late_the_ticks_come() {
        Session session = new Session(THREE, T0);

        State late = session.at(T0 + 5 * S + 700 * MS);

        assertThat(late.index()).isEqualTo(1);
        assertThat(late.segmentNanos()).isEqualTo(700 * MS);
        assertThat(late.remainingNanos()).isEqualTo(29 * S + 300 * MS);
        assertThat(session.at(T0 + 44 * S + 999 * MS).finished()).isFalse();
        assertThat(session.at(T0 + 45 * S).finished()).isTrue();
    }

    @Test
    void one_very_late_tick_finishes_every_segment_whose_deadline_passed() {
        State state = new Session(THREE, T0).at(T0 + 3600 * S);

        assertThat(state.finished()).isTrue();
        assertThat(state.records()).extracting(SegmentRecord::spentNanos).containsExactly(5 * S, 30 * S, 10 * S);
    }

    @Test
    void pause_time_never_counts() {
        Session session = new Session(THREE, T0);
        session.at(T0 + 10 * S);
        State paused = session.on(Event.PAUSE, T0 + 10 * S);
        State stillPaused = session.at(T0 + 500 * S);
        session.on(Event.RESUME, T0 + 510 * S);

        assertThat(paused.paused()).isTrue();
        assertThat(stillPaused.index()).isEqualTo(1);
        assertThat(stillPaused.remainingNanos()).isEqualTo(25 * S);
        assertThat(stillPaused.elapsedNanos()).isEqualTo(10 * S);
        assertThat(session.at(T0 + 544 * S).finished()).isFalse();
        State done = session.at(T0 + 545 * S);
        assertThat(done.finished()).isTrue();
        assertThat(done.elapsedNanos()).isEqualTo(45 * S);
    }

    @Test
    void the_time_paused_is_kept_across_segments_and_stops_when_it_ends() {
        Session session = new Session(THREE, T0);
        session.on(Event.PAUSE, T0 + S);
        session.on(Event.NEXT, T0 + 11 * S);
        session.on(Event.RESUME, T0 + 21 * S);
        session.on(Event.PAUSE, T0 + 31 * S);

        State quit = session.on(Event.QUIT, T0 + 36 * S);

        assertThat(quit.pausedNanos()).isEqualTo(25 * S);
        assertThat(quit.elapsedNanos()).isEqualTo(11 * S);
        assertThat(session.at(T0 + 100 * S).pausedNanos()).isEqualTo(25 * S);
    }

    @Test
    void space_toggles_pause() {
        Session session = new Session(THREE, T0);

        assertThat(session.on(Event.TOGGLE_PAUSE, T0 + S).paused()).isTrue();
        assertThat(session.on(Event.TOGGLE_PAUSE, T0 + 9 * S).paused()).isFalse();
        assertThat(session.at(T0 + 9 * S).remainingNanos()).isEqualTo(4 * S);
    }

    @Test
    void next_skips_and_keeps_the_time_spent() {
        Session session = new Session(THREE, T0);

        State state = session.on(Event.NEXT, T0 + 2 * S);

        assertThat(state.index()).isEqualTo(1);
        assertThat(state.remainingNanos()).isEqualTo(30 * S);
        assertThat(state.records().get(0))
                .isEqualTo(new SegmentRecord(THREE.segments().get(0), Outcome.SKIPPED, 2 * S));
        assertThat(state.leftNanos()).isEqualTo(40 * S);
    }

    @Test
    void next_on_the_last_segment_finishes() {
        Session session = new Session(THREE, T0);
        session.on(Event.NEXT, T0);
        session.on(Event.NEXT, T0);

        State state = session.on(Event.NEXT, T0 + S);

        assertThat(state.finished()).isTrue();
        assertThat(state.quit()).isFalse();
        assertThat(state.count(Outcome.SKIPPED)).isEqualTo(3);
    }

    @Test
    void back_early_in_a_segment_goes_to_the_previous_one() {
        Session session = new Session(THREE, T0);
        session.at(T0 + 6 * S);

        State state = session.on(Event.BACK, T0 + 6 * S + 500 * MS);

        assertThat(state.index()).isZero();
        assertThat(state.remainingNanos()).isEqualTo(5 * S);
        assertThat(state.records().get(0).outcome()).isNull();
        assertThat(state.records().get(1).spentNanos()).isEqualTo(1500 * MS);
    }

    @Test
    void back_later_in_a_segment_restarts_it() {
        Session session = new Session(THREE, T0);

        State state = session.on(Event.BACK, T0 + 15 * S);

        assertThat(state.index()).isEqualTo(1);
        assertThat(state.remainingNanos()).isEqualTo(30 * S);
        assertThat(state.elapsedNanos()).isEqualTo(15 * S);
    }

    @Test
    void back_in_the_first_segment_restarts_it() {
        Session session = new Session(THREE, T0);

        State state = session.on(Event.BACK, T0 + S);

        assertThat(state.index()).isZero();
        assertThat(state.remainingNanos()).isEqualTo(5 * S);
    }

    @Test
    void restart_starts_the_segment_over_and_drops_added_time() {
        Session session = new Session(THREE, T0);
        session.on(Event.NEXT, T0);
        session.on(Event.MORE_TIME, T0 + 10 * S);

        State state = session.on(Event.RESTART, T0 + 20 * S);

        assertThat(state.index()).isEqualTo(1);
        assertThat(state.remainingNanos()).isEqualTo(30 * S);
    }

    @Test
    void plus_and_minus_change_the_countdown_by_fifteen_seconds_never_below_one() {
        Session session = new Session(THREE, T0);
        session.on(Event.NEXT, T0);

        assertThat(session.on(Event.MORE_TIME, T0 + 10 * S).remainingNanos()).isEqualTo(35 * S);
        assertThat(session.on(Event.LESS_TIME, T0 + 10 * S).remainingNanos()).isEqualTo(20 * S);
        assertThat(session.on(Event.LESS_TIME, T0 + 10 * S).remainingNanos()).isEqualTo(5 * S);
        assertThat(session.on(Event.LESS_TIME, T0 + 10 * S).remainingNanos()).isEqualTo(S);
        assertThat(session.on(Event.LESS_TIME, T0 + 10 * S).remainingNanos()).isEqualTo(S);
        assertThat(session.at(T0 + 11 * S).index()).isEqualTo(2);
    }

    @Test
    void a_rep_segment_counts_at_its_pace_and_waits_for_complete() {
        Plan plan = plan(reps("Cat-cow", 10, 4), timed(SegmentKind.REST, "Rest", 10));
        Session session = new Session(plan, T0);

        assertThat(session.at(T0).currentRep()).isEqualTo(1);
        assertThat(session.at(T0 + 3999 * MS).currentRep()).isEqualTo(1);
        assertThat(session.at(T0 + 4 * S).currentRep()).isEqualTo(2);
        State waiting = session.at(T0 + 600 * S);
        assertThat(waiting.index()).isZero();
        assertThat(waiting.currentRep()).isEqualTo(10);
        assertThat(waiting.remainingNanos()).isZero();
        assertThat(session.on(Event.MORE_TIME, T0 + 600 * S).remainingNanos()).isZero();

        State done = session.on(Event.COMPLETE, T0 + 601 * S);

        assertThat(done.index()).isEqualTo(1);
        assertThat(done.records().get(0).outcome()).isEqualTo(Outcome.DONE);
        assertThat(done.records().get(0).spentNanos()).isEqualTo(601 * S);
        assertThat(session.at(T0 + 611 * S).finished()).isTrue();
    }

    @Test
    void complete_does_nothing_to_a_timed_segment() {
        Session session = new Session(THREE, T0);

        assertThat(session.on(Event.COMPLETE, T0 + S).index()).isZero();
    }

    @Test
    void quit_finishes_keeping_what_was_done() {
        Session session = new Session(THREE, T0);

        State state = session.on(Event.QUIT, T0 + 7 * S);

        assertThat(state.finished()).isTrue();
        assertThat(state.quit()).isTrue();
        assertThat(state.records())
                .extracting(SegmentRecord::outcome)
                .containsExactly(Outcome.DONE, Outcome.SKIPPED, null);
        assertThat(state.elapsedNanos()).isEqualTo(7 * S);
        assertThat(session.on(Event.NEXT, T0 + 9 * S)).isEqualTo(session.at(T0 + 100 * S));
    }

    @Test
    void moving_about_while_paused_stays_paused() {
        Session session = new Session(THREE, T0);
        session.on(Event.PAUSE, T0 + S);

        State next = session.on(Event.NEXT, T0 + 20 * S);
        State later = session.at(T0 + 200 * S);

        assertThat(next.paused()).isTrue();
        assertThat(later.index()).isEqualTo(1);
        assertThat(later.remainingNanos()).isEqualTo(30 * S);
        assertThat(later.elapsedNanos()).isEqualTo(S);
    }

    @Test
    void a_clock_reading_earlier_than_the_last_one_is_taken_as_the_last() {
        Session session = new Session(THREE, T0);
        session.at(T0 + 3 * S);

        assertThat(session.at(T0 + S).remainingNanos()).isEqualTo(2 * S);
    }

    @Test
    void remaining_seconds_round_up_as_a_countdown_shows_them() {
        Session session = new Session(THREE, T0);

        assertThat(session.at(T0).remainingSeconds()).isEqualTo(5);
        assertThat(session.at(T0 + 1).remainingSeconds()).isEqualTo(5);
        assertThat(session.at(T0 + 4 * S + 1).remainingSeconds()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Event.class)
    void every_event_in_every_kind_of_segment_keeps_the_books_straight(Event event) {
        Plan plan = plan(
                timed(SegmentKind.PREPARE, "Get ready", 5),
                timed(SegmentKind.WORK, "Hold", 30),
                timed(SegmentKind.SWITCH, "Switch", 5),
                reps("Reps", 5, 3),
                timed(SegmentKind.REST, "Rest", 20));
        for (int at = 0; at < plan.segments().size(); at++) {
            for (boolean paused : new boolean[] {false, true}) {
                Session session = new Session(plan, T0);
                long now = T0;
                for (int i = 0; i < at; i++) {
                    session.on(Event.NEXT, now += S);
                }
                if (paused) {
                    session.on(Event.PAUSE, now);
                }
                State before = session.at(now += 2500 * MS);
                State after = session.on(event, now);

                assertThat(before.index()).isEqualTo(at);
                assertThat(after.remainingNanos()).isNotNegative();
                assertThat(after.leftNanos()).isGreaterThanOrEqualTo(after.remainingNanos());
                assertThat(after.elapsedNanos())
                        .isEqualTo(after.records().stream()
                                .mapToLong(SegmentRecord::spentNanos)
                                .sum());
                assertThat(after.elapsedNanos()).isEqualTo(paused ? at * S : at * S + 2500 * MS);
                assertThat(after.finished())
                        .isEqualTo(event == Event.QUIT
                                || event == Event.NEXT && at == plan.segments().size() - 1);
                assertThat(after.index())
                        .isEqualTo(
                                switch (event) {
                                    case NEXT ->
                                        Math.min(at + 1, plan.segments().size() - 1);
                                    case COMPLETE -> plan.segments().get(at).counted() ? at + 1 : at;
                                    // Paused, no active time has passed in the segment: back goes to the previous one.
                                    case BACK -> paused ? Math.max(0, at - 1) : at;
                                    default -> at;
                                });
            }
        }
    }

    @Test
    void random_events_never_break_the_books() {
        Random random = new Random(42);
        Plan plan = plan(
                timed(SegmentKind.PREPARE, "Get ready", 5),
                timed(SegmentKind.WORK, "Hold", 30),
                reps("Reps", 5, 3),
                timed(SegmentKind.REST, "Rest", 20));
        for (int run = 0; run < 200; run++) {
            Session session = new Session(plan, T0);
            long now = T0;
            State state = session.at(now);
            for (int i = 0; i < 50 && !state.finished(); i++) {
                now += random.nextInt(5000) * MS;
                state = session.on(Event.values()[random.nextInt(Event.values().length)], now);
                assertThat(state.remainingNanos()).isNotNegative();
                assertThat(state.elapsedNanos()).isLessThanOrEqualTo(now - T0);
                assertThat(state.elapsedNanos())
                        .isEqualTo(state.records().stream()
                                .mapToLong(SegmentRecord::spentNanos)
                                .sum());
            }
        }
    }
}
