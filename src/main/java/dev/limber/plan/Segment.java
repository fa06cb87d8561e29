package dev.limber.plan;

import java.util.List;

/**
 * One stretch of time in a plan, in the order it happens.
 *
 * @param name    the exercise it belongs to (the one being prepared for, switched or rested after)
 * @param seconds its length; for a rep segment the estimate at the step's pace
 * @param reps    the rep count, or 0 when the segment is timed
 * @param pace    seconds one rep takes, as the step says, for counting them; 0 when the segment is timed
 * @param autoReps the reps end at their pace with no Enter (the step's {@code auto_reps}, or the person's)
 * @param set     which set this is, from 1, of {@code sets}
 * @param step    which exercise of the plan it belongs to, from 1 (includes already inlined)
 * @param firstOfStep whether this is its step's first work (first set, first side, whichever side
 *                that is): where a list of lines says the step's cues, once
 * @param start   seconds from the start of the plan
 * @param cues    form cues to show while it runs
 */
public record Segment(
        SegmentKind kind,
        String name,
        Side side,
        int seconds,
        int reps,
        int pace,
        boolean autoReps,
        int set,
        int sets,
        int step,
        boolean firstOfStep,
        long start,
        List<String> cues) {

    public Segment {
        cues = List.copyOf(cues);
    }

    /** A rep segment: its reps are counted, and its length is only an estimate. */
    public boolean counted() {
        return reps > 0;
    }

    /** A rep segment that ends when the person says so (Enter), not at its estimate. */
    public boolean waitsForEnter() {
        return counted() && !autoReps;
    }

    public long end() {
        return start + seconds;
    }

    /**
     * What to call this segment on screen: "Knee-to-chest stretch · left side", "Get ready · Cat-cow",
     * "Switch sides", "Rest", with "set 2 of 3" when the step has sets.
     */
    public String label() {
        String sideText = side == Side.NONE ? "" : " · " + side.word() + " side";
        String setText = sets > 1 ? " · set " + set + " of " + sets : "";
        return switch (kind) {
            case WORK -> name + sideText + setText;
            case PREPARE -> "Get ready · " + name + sideText;
            case SWITCH -> "Switch sides";
            case REST -> "Rest";
        };
    }
}
