package dev.limber.progress;

import java.time.OffsetDateTime;

/**
 * One session as the history remembers it.
 *
 * @param id            this session's own id
 * @param routine       the routine's id
 * @param completed     whether every segment was reached (ended by finishing)
 * @param painBefore    0 to 10 as asked before, or null when skipped
 * @param painAfter     0 to 10 as asked after, or null when skipped
 * @param redFlag       the answer to the red-flag question, or null when not asked
 * @param lengthSeconds for a routine with a progression, the length its growing step had, else null
 */
public record Entry(
        String id,
        String routine,
        String title,
        OffsetDateTime started,
        OffsetDateTime ended,
        long plannedSeconds,
        long activeSeconds,
        long pausedSeconds,
        int segmentsDone,
        int segmentsSkipped,
        boolean completed,
        EndedBy endedBy,
        Integer painBefore,
        Integer painAfter,
        Boolean redFlag,
        Integer lengthSeconds) {

    /** The format version a record is written in. */
    public static final int VERSION = 1;

    /** Pain was noted before and after, and was higher after. */
    public boolean painIncreased() {
        return painBefore != null && painAfter != null && painAfter > painBefore;
    }

    public boolean flagged() {
        return Boolean.TRUE.equals(redFlag);
    }
}
