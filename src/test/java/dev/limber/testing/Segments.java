package dev.limber.testing;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.plan.SegmentKind;
import dev.limber.plan.Side;
import dev.limber.routine.Routine;
import dev.limber.routine.Timing;
import java.util.ArrayList;
import java.util.List;

/**
 * Segments and plans built by hand, for tests of what comes after the planner (a session, the entry
 * it becomes) that want each segment's length exactly as written.
 */
public final class Segments {

    private Segments() {}

    public static Segment timed(SegmentKind kind, String name, int seconds) {
        return new Segment(kind, name, Side.NONE, seconds, 0, 0, false, 1, 1, 1, false, 0, List.of());
    }

    public static Segment reps(String name, int reps, int pace) {
        return new Segment(
                SegmentKind.WORK, name, Side.NONE, reps * pace, reps, pace, false, 1, 1, 1, true, 0, List.of());
    }

    /** Reps that end at their pace with no Enter ({@code auto_reps}). */
    public static Segment autoReps(String name, int reps, int pace) {
        return new Segment(
                SegmentKind.WORK, name, Side.NONE, reps * pace, reps, pace, true, 1, 1, 1, true, 0, List.of());
    }

    /** A plan of routine {@code test}, titled "Test", of these segments laid end to end as the planner would. */
    public static Plan plan(Segment... segments) {
        return plan("test", "Test", segments);
    }

    /** A plan of these segments, with start offsets laid end to end as the planner would. */
    public static Plan plan(String id, String title, Segment... segments) {
        List<Segment> laid = new ArrayList<>();
        long start = 0;
        for (Segment s : segments) {
            laid.add(new Segment(
                    s.kind(),
                    s.name(),
                    s.side(),
                    s.seconds(),
                    s.reps(),
                    s.pace(),
                    s.autoReps(),
                    s.set(),
                    s.sets(),
                    s.step(),
                    s.firstOfStep(),
                    start,
                    s.cues()));
            start += s.seconds();
        }
        Routine routine =
                new Routine(id, title, "", List.of(), "", Timing.DEFAULTS, List.of(), null, null, id + ".yaml");
        return new Plan(routine, laid, 1, start);
    }
}
