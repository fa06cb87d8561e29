package dev.limber.session;

/** How a segment ended, in the session's record. */
public enum Outcome {
    /** Ran to its end, or its reps were confirmed done. */
    DONE,
    /** A rep segment that ran for its estimate with no one left to confirm it: the input had ended. */
    COUNTED,
    /** Passed over with next, or left by quitting. */
    SKIPPED;

    /** Done one way or the other: confirmed, timed out, or counted. */
    public boolean done() {
        return this != SKIPPED;
    }
}
