package dev.limber.progress;

import dev.limber.plan.Segment;
import dev.limber.plan.SegmentKind;
import dev.limber.session.Outcome;
import dev.limber.session.SegmentRecord;
import java.util.List;

/**
 * How much of a session's planned work the person did, and so whether the session counts: the one
 * rule that growth, streaks, today's count and weekly stats go by.
 *
 * <p>A session counts when it reached the routine's end and at least {@link #PERCENT} % of its planned
 * work time was spent in work segments. Get-ready, switch and rest time are not work. A timed hold
 * gives the time spent in it, pauses excluded, up to its planned length (time added with {@code +}
 * does not make up for a skipped hold); a rep segment gives its estimate at the step's pace when its
 * reps were confirmed or counted, and nothing when skipped.
 *
 * @param workSeconds     work done, by the rule above
 * @param plannedSeconds  the plan's work time: its work segments, reps at their estimate
 * @param unconfirmedReps rep segments counted at their pace because no one could confirm them (the
 *                        input had ended)
 */
public record Effort(long workSeconds, long plannedSeconds, int unconfirmedReps) {

    /** The share of the planned work that makes a session count. */
    public static final int PERCENT = 80;

    private static final long SECOND = 1_000_000_000L;

    /** The effort in a session's segments, as the session recorded them. */
    public static Effort of(List<SegmentRecord> records) {
        long workNanos = 0;
        long planned = 0;
        int unconfirmed = 0;
        for (SegmentRecord record : records) {
            Segment segment = record.segment();
            if (segment.kind() != SegmentKind.WORK) {
                continue;
            }
            planned += segment.seconds();
            Outcome outcome = record.outcome();
            if (segment.counted()) {
                if (outcome != null && outcome.done()) {
                    workNanos += segment.seconds() * SECOND;
                }
                if (outcome == Outcome.COUNTED) {
                    unconfirmed++;
                }
            } else {
                workNanos += Math.min(record.spentNanos(), segment.seconds() * SECOND);
            }
        }
        // Whole seconds down, so a session never counts by rounding.
        return new Effort(workNanos / SECOND, planned, unconfirmed);
    }

    /** Whether the work done is enough for a session to count, if it reached its end. */
    public boolean enough() {
        return workSeconds * 100 >= plannedSeconds * PERCENT;
    }

    /** The rule: the end reached, and enough of the work done. */
    public boolean counts(boolean reachedEnd) {
        return reachedEnd && enough();
    }

    /** The work done as a whole percentage of the plan's, for people: 0 to 100. */
    public int percent() {
        return plannedSeconds <= 0 ? 100 : (int) Math.min(100, workSeconds * 100 / plannedSeconds);
    }

    /**
     * For a record of format 1, which kept no work time: whether it counts, judged from its active
     * time against its planned time (get-ready and rests included in both).
     */
    public static boolean estimatedFromFormat1(boolean completed, long activeSeconds, long plannedSeconds) {
        return completed && activeSeconds * 100 >= plannedSeconds * PERCENT;
    }
}
