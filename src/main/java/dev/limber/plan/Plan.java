package dev.limber.plan;

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
}
