package dev.limber.plan;

import dev.limber.routine.Durations;
import dev.limber.routine.Routine;
import java.util.List;

/**
 * A routine expanded into exactly what will happen, in order. Sides, sets, rests and includes are
 * resolved here once; nothing downstream derives them again.
 *
 * @param steps   how many exercises the plan has, includes counted through
 * @param seconds the planned total, rep segments at their estimate
 */
public record Plan(Routine routine, List<Segment> segments, int steps, long seconds) {

    public Plan {
        segments = List.copyOf(segments);
    }

    /** Whether the total is an estimate: reps take as long as they take. */
    public boolean estimated() {
        return segments.stream().anyMatch(Segment::counted);
    }

    /** The total as tables show it: "~5m25s" when {@linkplain #estimated estimated}, else "10m5s". */
    public String time() {
        return (estimated() ? "~" : "") + Durations.format(seconds);
    }

    /** The plan's size in words, the one way it is said: "5 steps, about 5m25s", "1 step, 10m5s". */
    public String size() {
        return steps
                + (steps == 1 ? " step, " : " steps, ")
                + (estimated() ? "about " : "")
                + Durations.format(seconds);
    }
}
