package dev.limber.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Segment;
import dev.limber.plan.SegmentKind;
import dev.limber.plan.Side;
import dev.limber.session.Outcome;
import dev.limber.session.SegmentRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule for a session that counts, at its edges. */
class EffortTest {

    private static final long S = 1_000_000_000L;

    private static SegmentRecord timed(SegmentKind kind, int seconds, Outcome outcome, long spentNanos) {
        return new SegmentRecord(
                new Segment(kind, "x", Side.NONE, seconds, 0, 0, false, 1, 1, 1, false, 0, List.of()),
                outcome,
                spentNanos);
    }

    private static SegmentRecord hold(int seconds, Outcome outcome, long spentNanos) {
        return timed(SegmentKind.WORK, seconds, outcome, spentNanos);
    }

    private static SegmentRecord reps(int reps, int pace, Outcome outcome, long spentNanos) {
        return new SegmentRecord(
                new Segment(
                        SegmentKind.WORK, "r", Side.NONE, reps * pace, reps, pace, false, 1, 1, 1, true, 0, List.of()),
                outcome,
                spentNanos);
    }

    @Test
    void a_walk_skipped_after_nine_seconds_does_not_count() {
        Effort effort = Effort.of(
                List.of(timed(SegmentKind.PREPARE, 5, Outcome.DONE, 5 * S), hold(600, Outcome.SKIPPED, 4 * S)));

        assertThat(effort).isEqualTo(new Effort(4, 600, 0));
        assertThat(effort.counts(true)).isFalse();
        assertThat(effort.percent()).isZero();
    }

    @Test
    void exactly_eighty_percent_counts_and_a_nanosecond_less_does_not() {
        assertThat(Effort.of(List.of(hold(100, Outcome.SKIPPED, 80 * S))).counts(true))
                .isTrue();
        assertThat(Effort.of(List.of(hold(100, Outcome.SKIPPED, 80 * S - 1))).counts(true))
                .isFalse();
    }

    @Test
    void the_end_must_be_reached_however_much_was_done() {
        Effort all = Effort.of(List.of(hold(30, Outcome.DONE, 30 * S), hold(30, Outcome.SKIPPED, 29 * S)));

        assertThat(all.enough()).isTrue();
        assertThat(all.counts(false)).isFalse();
        assertThat(all.counts(true)).isTrue();
    }

    @Test
    void get_ready_switch_and_rest_are_not_work_and_skipping_them_costs_nothing() {
        Effort effort = Effort.of(List.of(
                timed(SegmentKind.PREPARE, 5, Outcome.SKIPPED, 0),
                hold(30, Outcome.DONE, 30 * S),
                timed(SegmentKind.SWITCH, 5, Outcome.SKIPPED, 0),
                hold(30, Outcome.DONE, 30 * S),
                timed(SegmentKind.REST, 60, Outcome.SKIPPED, 0)));

        assertThat(effort).isEqualTo(new Effort(60, 60, 0));
        assertThat(effort.counts(true)).isTrue();
    }

    @Test
    void time_added_to_one_hold_does_not_make_up_for_another_skipped() {
        Effort effort = Effort.of(List.of(hold(30, Outcome.DONE, 90 * S), hold(30, Outcome.SKIPPED, 0)));

        assertThat(effort.workSeconds()).isEqualTo(30);
        assertThat(effort.counts(true)).isFalse();
    }

    @Test
    void confirmed_reps_count_at_their_pace_however_quick_and_skipped_reps_count_nothing() {
        Effort effort = Effort.of(List.of(reps(10, 4, Outcome.DONE, S / 5), reps(10, 4, Outcome.SKIPPED, 39 * S)));

        assertThat(effort).isEqualTo(new Effort(40, 80, 0));
        assertThat(effort.counts(true)).isFalse();
    }

    @Test
    void reps_counted_with_no_one_to_confirm_them_count_and_are_told_apart() {
        Effort effort = Effort.of(List.of(reps(10, 4, Outcome.COUNTED, 40 * S), reps(5, 3, Outcome.DONE, 15 * S)));

        assertThat(effort).isEqualTo(new Effort(55, 55, 1));
        assertThat(effort.counts(true)).isTrue();
    }

    @Test
    void segments_never_reached_count_nothing() {
        Effort effort = Effort.of(List.of(hold(30, Outcome.DONE, 30 * S), hold(30, null, 0), reps(10, 3, null, 0)));

        assertThat(effort).isEqualTo(new Effort(30, 90, 0));
    }

    @Test
    void records_of_format_1_are_judged_by_active_against_planned_time() {
        assertThat(Effort.estimatedFromFormat1(true, 9, 605)).isFalse();
        assertThat(Effort.estimatedFromFormat1(true, 484, 605)).isTrue();
        assertThat(Effort.estimatedFromFormat1(false, 605, 605)).isFalse();
    }
}
