package dev.limber.session;

/** What can happen to a session. Every event comes with the monotonic time it happened at. */
public enum Event {
    /** Time passed; nothing else. */
    TICK,
    PAUSE,
    RESUME,
    /** Pause when running, resume when paused: the space bar. */
    TOGGLE_PAUSE,
    /** Skip to the next segment. */
    NEXT,
    /** Back to the start of this segment, or to the previous one when pressed in its first two seconds. */
    BACK,
    /** Start this segment over. */
    RESTART,
    /** Fifteen seconds more on this countdown. */
    MORE_TIME,
    /** Fifteen seconds less, never below one second left. */
    LESS_TIME,
    /** The reps are done: ends a rep segment, which otherwise waits. */
    COMPLETE,
    /** Stop here; what was done is kept. */
    QUIT,
    /**
     * No one can confirm reps any more (the input has ended): from now on a rep segment ends at its
     * estimate, as a timed one does, and is recorded as {@link Outcome#COUNTED}, not confirmed.
     */
    HANDS_FREE
}
