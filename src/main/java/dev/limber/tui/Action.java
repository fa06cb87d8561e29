package dev.limber.tui;

/** What a key asks the coach to do. */
enum Action {
    TOGGLE_PAUSE,
    /** Enter: the reps are done, or start the routine from the start screen. */
    COMPLETE,
    NEXT,
    BACK,
    RESTART,
    MORE_TIME,
    LESS_TIME,
    MUTE,
    HELP,
    QUIT,
    /** Ctrl-\: stop at once, as Ctrl-C (a signal) does. */
    INTERRUPT,
    /** A key with no meaning here; ignored, but it closes the help overlay. */
    OTHER,
    /** The input ended: nothing more will ever be typed. */
    END
}
