package dev.limber.tui;

import dev.limber.plan.Segment;
import dev.limber.plan.SegmentKind;
import dev.limber.session.Outcome;
import dev.limber.session.State;

/**
 * What changed between two states of a session that a person should hear or read about: the same
 * for the full screen and for plain mode.
 *
 * @param newSegment a segment started (or started over)
 * @param workDone   a work segment was just done (ran out, or its reps were marked done)
 * @param lastSecond the countdown turned to 3, 2 or 1
 * @param tenLeft    a longer hold turned to ten seconds left
 * @param finished   the session just ended
 */
record Transition(boolean newSegment, boolean workDone, boolean lastSecond, boolean tenLeft, boolean finished) {

    /** Countdowns this long or longer say when ten seconds are left. */
    static final int TEN_LEFT_FROM = 20;

    /** From {@code before} (null at the start) to {@code after}. */
    static Transition between(State before, State after) {
        if (before == null) {
            return new Transition(true, false, false, false, after.finished());
        }
        if (before.finished()) {
            return new Transition(false, false, false, false, false);
        }
        boolean newSegment = after.finished() || before.index() != after.index()
                || after.segmentNanos() < before.segmentNanos();
        Segment left = before.segment();
        boolean workDone = newSegment && left.kind() == SegmentKind.WORK
                && after.records().get(before.index()).outcome() != null
                && after.records().get(before.index()).outcome().done();
        Segment segment = after.segment();
        boolean counting = !newSegment && !segment.counted() && !after.paused()
                && after.remainingSeconds() < before.remainingSeconds();
        boolean lastSecond = counting && segment.seconds() > 3 && after.remainingSeconds() <= 3;
        boolean tenLeft = counting && segment.seconds() >= TEN_LEFT_FROM && after.remainingSeconds() <= 10
                && before.remainingSeconds() > 10;
        return new Transition(newSegment && !after.finished(), workDone, lastSecond, tenLeft, after.finished());
    }
}
