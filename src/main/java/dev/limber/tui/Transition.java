package dev.limber.tui;

import dev.limber.plan.Segment;
import dev.limber.plan.SegmentKind;
import dev.limber.session.State;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two states of a session that a person should hear or read about: the same
 * for the full screen and for plain mode.
 *
 * @param newSegment a segment started (or started over)
 * @param workDone   a work segment was just done (ran out, or its reps were marked done)
 * @param lastSecond the countdown turned to 3, 2 or 1
 * @param tenLeft    a longer hold turned to ten seconds left
 * @param finished   the session just ended
 * @param paused     the session was just paused
 * @param resumed    the session just went on after a pause
 * @param addedNanos time added to this countdown ({@code +}), or taken off it when negative ({@code -})
 */
record Transition(
        boolean newSegment,
        boolean workDone,
        boolean lastSecond,
        boolean tenLeft,
        boolean finished,
        boolean paused,
        boolean resumed,
        long addedNanos) {

    /** Countdowns this long or longer say when ten seconds are left. */
    static final int TEN_LEFT_FROM = 20;

    /** From {@code before} (null at the start) to {@code after}. */
    static Transition between(@Nullable State before, State after) {
        if (before == null) {
            return new Transition(true, false, false, false, after.finished(), false, false, 0);
        }
        if (before.finished()) {
            return new Transition(false, false, false, false, false, false, false, 0);
        }
        boolean newSegment = after.finished() || before.starts() != after.starts();
        Segment left = before.segment();
        boolean workDone = newSegment
                && left.kind() == SegmentKind.WORK
                && after.records().get(before.index()).outcome() != null
                && after.records().get(before.index()).outcome().done();
        Segment segment = after.segment();
        boolean counting = !newSegment
                && !segment.counted()
                && !after.paused()
                && after.remainingSeconds() < before.remainingSeconds();
        boolean lastSecond = counting && segment.seconds() > 3 && after.remainingSeconds() <= 3;
        boolean tenLeft = counting
                && segment.seconds() >= TEN_LEFT_FROM
                && after.remainingSeconds() <= 10
                && before.remainingSeconds() > 10;
        boolean going = !after.finished();
        // How the countdown changed beyond the time that passed: 15 s with +, up to 15 s off with -.
        long added = newSegment || segment.counted()
                ? 0
                : after.remainingNanos() - before.remainingNanos() + after.segmentNanos() - before.segmentNanos();
        return new Transition(
                newSegment && going,
                workDone,
                lastSecond,
                tenLeft,
                after.finished(),
                going && !before.paused() && after.paused(),
                going && before.paused() && !after.paused(),
                added);
    }
}
