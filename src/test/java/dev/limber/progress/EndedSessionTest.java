package dev.limber.progress;

import static dev.limber.testing.Segments.plan;
import static dev.limber.testing.Segments.reps;
import static dev.limber.testing.Segments.timed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.SegmentKind;
import dev.limber.session.Ending;
import dev.limber.session.Event;
import dev.limber.session.Session;
import dev.limber.session.State;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A session, driven with explicit nanoseconds, as the history keeps it. */
class EndedSessionTest {

    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    /** Any start will do: monotonic clocks start anywhere, even below zero. */
    private static final long T0 = -5_000 * S;

    private static final OffsetDateTime ENDED = OffsetDateTime.of(2026, 11, 30, 7, 45, 0, 0, ZoneOffset.ofHours(1));

    /** Get ready 5 s, a 30 s hold, 5 reps at 4 s, a 10 s rest: 65 s, 50 of them work. */
    private static final Plan PLAN = plan(
            "hips",
            "Hip openers",
            timed(SegmentKind.PREPARE, "Get ready", 5),
            timed(SegmentKind.WORK, "Pigeon", 30),
            reps("Bridge", 5, 4),
            timed(SegmentKind.REST, "Rest", 10));

    @Test
    void a_finished_session_with_a_pause_keeps_its_times_counts_and_answers() {
        Session session = new Session(PLAN, T0);
        session.on(Event.PAUSE, T0 + 20 * S);
        session.on(Event.RESUME, T0 + 32 * S);
        session.on(Event.COMPLETE, T0 + 59 * S);
        State state = session.at(T0 + 69 * S);
        assertThat(state.finished()).isTrue();

        Entry entry = new EndedSession(state, Ending.FINISHED, ENDED, 3, null).entry("s1", 2, false);

        assertThat(entry.id()).isEqualTo("s1");
        assertThat(entry.routine()).isEqualTo("hips");
        assertThat(entry.title()).isEqualTo("Hip openers");
        assertThat(entry.plannedSeconds()).isEqualTo(65);
        assertThat(entry.activeSeconds()).isEqualTo(57);
        assertThat(entry.pausedSeconds()).isEqualTo(12);
        assertThat(entry.ended()).isEqualTo(ENDED);
        assertThat(entry.started()).isEqualTo(ENDED.minusSeconds(69));
        assertThat(entry.segmentsDone()).isEqualTo(4);
        assertThat(entry.segmentsSkipped()).isZero();
        assertThat(entry.completed()).isTrue();
        assertThat(entry.endedBy()).isEqualTo(Ending.FINISHED);
        assertThat(entry.painBefore()).isEqualTo(3);
        assertThat(entry.painAfter()).isEqualTo(2);
        assertThat(entry.redFlag()).isFalse();
        assertThat(entry.lengthSeconds()).isNull();
        assertThat(entry.effort()).isEqualTo(new Effort(50, 50, 0));
        assertThat(entry.counts()).isTrue();
        assertThat(entry.version()).isEqualTo(Entry.VERSION);
    }

    @Test
    void quitting_in_the_hold_keeps_what_was_done_and_does_not_count() {
        Session session = new Session(PLAN, T0);
        session.on(Event.QUIT, T0 + 17 * S);
        State state = session.at(T0 + 17 * S);

        Entry entry = new EndedSession(state, Ending.QUIT, ENDED, null, null).entry("s2", null, null);

        assertThat(entry.activeSeconds()).isEqualTo(17);
        assertThat(entry.pausedSeconds()).isZero();
        assertThat(entry.started()).isEqualTo(ENDED.minusSeconds(17));
        assertThat(entry.segmentsDone()).isEqualTo(1);
        assertThat(entry.segmentsSkipped()).isEqualTo(1);
        assertThat(entry.completed()).isFalse();
        assertThat(entry.endedBy()).isEqualTo(Ending.QUIT);
        assertThat(entry.effort()).isEqualTo(new Effort(12, 50, 0));
        assertThat(entry.counts()).isFalse();
        assertThat(entry.painBefore()).isNull();
        assertThat(entry.painAfter()).isNull();
        assertThat(entry.redFlag()).isNull();
    }

    @Test
    void reaching_the_end_after_skipping_the_hold_is_completed_but_does_not_count() {
        Session session = new Session(PLAN, T0);
        session.on(Event.NEXT, T0 + 9 * S);
        session.on(Event.COMPLETE, T0 + 29 * S);
        State state = session.at(T0 + 39 * S);
        assertThat(state.finished()).isTrue();

        Entry entry = new EndedSession(state, Ending.FINISHED, ENDED, 4, 600).entry("s3", 4, true);

        assertThat(entry.completed()).isTrue();
        assertThat(entry.segmentsDone()).isEqualTo(3);
        assertThat(entry.segmentsSkipped()).isEqualTo(1);
        assertThat(entry.effort()).isEqualTo(new Effort(24, 50, 0));
        assertThat(entry.counts()).isFalse();
        assertThat(entry.redFlag()).isTrue();
        assertThat(entry.lengthSeconds()).isEqualTo(600);
    }

    @Test
    void times_are_kept_to_the_nearest_second() {
        Session session = new Session(PLAN, T0);
        session.on(Event.PAUSE, T0 + 2 * S + 400 * MS);
        session.on(Event.RESUME, T0 + 3 * S);
        session.on(Event.QUIT, T0 + 12 * S + 499 * MS);
        State state = session.at(T0 + 12 * S + 499 * MS);

        Entry entry = new EndedSession(state, Ending.INTERRUPT, ENDED, null, null).entry("s4", null, null);

        // 11.899 s active, 0.6 s paused.
        assertThat(entry.activeSeconds()).isEqualTo(12);
        assertThat(entry.pausedSeconds()).isEqualTo(1);
        assertThat(entry.started()).isEqualTo(ENDED.minusSeconds(13));
        assertThat(entry.endedBy()).isEqualTo(Ending.INTERRUPT);
        assertThat(entry.completed()).isFalse();
    }
}
