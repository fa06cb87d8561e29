package dev.limber.progress;

import dev.limber.session.Ending;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One session as the history remembers it.
 *
 * @param id            this session's own id
 * @param routine       the routine's id
 * @param completed     whether the routine's end was reached (ended by finishing), however much was skipped
 * @param painBefore    0 to 10 as asked before, or null when skipped
 * @param painAfter     0 to 10 as asked after, or null when skipped
 * @param redFlag       the answer to the red-flag question, or null when not asked
 * @param lengthSeconds for a routine with a progression, the length its growing step had, else null
 * @param effort        the work done against the work planned, or null in a record of format 1
 * @param counts        whether the session counts toward progress ({@link Effort}'s rule)
 * @param version       the format version the record was written in
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
        Ending endedBy,
        @Nullable Integer painBefore,
        @Nullable Integer painAfter,
        @Nullable Boolean redFlag,
        @Nullable Integer lengthSeconds,
        @Nullable Effort effort,
        boolean counts,
        int version) {

    /**
     * The format version a record is written in. 2 added the work done and planned, unconfirmed reps,
     * and whether the session counts; 3 added morning check-ins ({@link MorningPain}), records with
     * {@code "type": "morning"} beside the sessions, which have no type.
     */
    public static final int VERSION = 3;

    /**
     * A record as format 1 kept it, without the work done: whether it counts is estimated from its
     * active time ({@link Effort#estimatedFromFormat1}).
     */
    public Entry(
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
            Ending endedBy,
            @Nullable Integer painBefore,
            @Nullable Integer painAfter,
            @Nullable Boolean redFlag,
            @Nullable Integer lengthSeconds) {
        this(
                id,
                routine,
                title,
                started,
                ended,
                plannedSeconds,
                activeSeconds,
                pausedSeconds,
                segmentsDone,
                segmentsSkipped,
                completed,
                endedBy,
                painBefore,
                painAfter,
                redFlag,
                lengthSeconds,
                null,
                Effort.estimatedFromFormat1(completed, activeSeconds, plannedSeconds),
                1);
    }

    /** Pain was noted both before and after. */
    public boolean painAnswered() {
        return painBefore != null && painAfter != null;
    }

    /** Pain was noted before and after, and was higher after. */
    public boolean painIncreased() {
        return painBefore != null && painAfter != null && painAfter > painBefore;
    }

    public boolean flagged() {
        return Boolean.TRUE.equals(redFlag);
    }
}
