package dev.limber.session;

/** How a segment ended, in the session's record. */
public enum Outcome {
    /** Ran to its end, or its reps were marked done. */
    DONE,
    /** Passed over with next, or left by quitting. */
    SKIPPED
}
