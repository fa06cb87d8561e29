package dev.limber.session;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.routine.Durations;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a session looks like at one moment: everything a screen needs to draw it.
 *
 * @param index            which segment is current (the last one once finished)
 * @param starts           how many times a segment has started, again with back or restart included: a
 *                         segment started over shows as new even when no time has passed in it
 * @param remainingNanos   time left in a timed segment; for a rep segment, the estimate left at its pace
 * @param segmentNanos     active time spent in the current segment so far
 * @param elapsedNanos     active time in the whole session, pauses excluded
 * @param leftNanos        time left in the whole plan: this segment's remaining and every later one
 * @param pausedNanos      time spent paused in the whole session
 * @param handsFree        reps end at their estimate, as no one can confirm them ({@link Event#HANDS_FREE})
 * @param records          one per segment of the plan, in order
 */
public record State(
        Plan plan,
        int index,
        int starts,
        long remainingNanos,
        long segmentNanos,
        long elapsedNanos,
        long leftNanos,
        long pausedNanos,
        boolean paused,
        boolean finished,
        boolean quit,
        boolean handsFree,
        List<SegmentRecord> records) {

    public Segment segment() {
        return plan.segments().get(index);
    }

    /** The segment after this one, if any. */
    public @Nullable Segment next() {
        return index + 1 < plan.segments().size() ? plan.segments().get(index + 1) : null;
    }

    /** Whole seconds left, rounded up, as a countdown shows them: 0.2 s left still reads 1. */
    public long remainingSeconds() {
        return Durations.secondsLeft(remainingNanos);
    }

    /** A rep segment waits for the person to say the reps are done (Enter), unless no one can say so. */
    public boolean waitingForEnter() {
        return !finished && segment().waitsForEnter() && !handsFree;
    }

    /** For a rep segment with a pace: which rep is under way, from 1, stopping at the last. */
    public int currentRep() {
        Segment s = segment();
        if (!s.counted()) {
            return 0;
        }
        long pace = s.pace() * 1_000_000_000L;
        return (int) Math.min(s.reps(), segmentNanos / pace + 1);
    }

    public long count(Outcome outcome) {
        return records.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Segments done one way or another: confirmed, timed out or counted. */
    public long done() {
        return records.stream()
                .filter(r -> r.outcome() != null && r.outcome().done())
                .count();
    }
}
