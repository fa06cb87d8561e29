package dev.limber.progress;

import dev.limber.routine.Durations;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.State;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A session that has ended, and the one mapping from it to the {@link Entry} the history keeps.
 * Pure: the time it ended and the entry's id are given, so a test builds one from a session driven
 * with explicit nanoseconds.
 *
 * @param state         the session's last state
 * @param ending        how it ended
 * @param ended         when it ended, on the wall clock
 * @param painBefore    0 to 10 as asked before, or null when skipped or not asked
 * @param lengthSeconds for a routine that grows, its growing step's length this time, else null
 */
public record EndedSession(
        State state,
        Ending ending,
        OffsetDateTime ended,
        @Nullable Integer painBefore,
        @Nullable Integer lengthSeconds) {

    /** The work done against the work planned, by {@link Effort}'s rule. */
    public Effort effort() {
        return Effort.of(state.records());
    }

    /**
     * The history's entry: times to the nearest second, the start as the end less the active and
     * paused time, and whether it counts by {@link Effort#counts}.
     *
     * @param painAfter 0 to 10 as asked after, or null when skipped or not asked
     * @param redFlag   the answer to the red-flag question, or null when not asked
     */
    public Entry entry(String id, @Nullable Integer painAfter, @Nullable Boolean redFlag) {
        long active = Durations.seconds(state.elapsedNanos());
        long paused = Durations.seconds(state.pausedNanos());
        boolean completed = ending == Ending.FINISHED;
        Effort effort = effort();
        return new Entry(
                id,
                state.plan().routine().id(),
                state.plan().routine().title(),
                ended.minusSeconds(active + paused),
                ended,
                state.plan().seconds(),
                active,
                paused,
                (int) state.done(),
                (int) state.count(Outcome.SKIPPED),
                completed,
                ending,
                painBefore,
                painAfter,
                redFlag,
                lengthSeconds,
                effort,
                effort.counts(completed),
                Entry.VERSION);
    }
}
