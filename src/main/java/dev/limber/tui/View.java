package dev.limber.tui;

import dev.limber.plan.Plan;
import dev.limber.session.State;

/**
 * What a session is shown on: a full screen redrawn in place, or plain lines for a screen reader or
 * a log. {@link Coach} runs the one loop (session, clock, keys, signals, the result) and hands each
 * moment to its view; a view only shows what it is handed.
 */
sealed interface View permits FullScreenView, PlainView {

    /** Takes the output before anything is shown: a full screen goes raw, onto the alternate screen. */
    void open();

    /** Gives the output back as it was. Idempotent, and safe from a shutdown hook or a signal's thread. */
    void close();

    /**
     * Until the answer is run, the signals that come through this view's output call these: Ctrl-C
     * always; Ctrl-Z only on a full screen, which has a terminal to give back first (plain mode leaves
     * it to the shell). A full screen also listens for resizes on its own.
     *
     * @return what puts the handlers from before back
     */
    Runnable handleSignals(Runnable interrupt, Runnable suspend);

    /** Once, before anything else is shown: the routine about to be coached, and how to start or stop. */
    void introduce(Plan plan, boolean waitToStart);

    /** Each time round while waiting for Enter to start: a screen draws itself again, at its size now. */
    void waiting(Plan plan);

    /**
     * This moment of the session, the last one included (finished, or stopped).
     *
     * @param change what is new since the moment shown before
     * @param muted  the bell and the voice are off
     * @param help   the keys are asked for
     */
    void show(State state, Transition change, boolean muted, boolean help);

    /** A key (or a line) that is none of the keys was typed. */
    void unknownKey(State state);

    /** No more keys will come (the input ended): the session goes on hands free from {@code state}. */
    void inputEnded(State state);

    /**
     * Whether the keys, once asked for, stay shown until a key closes them (a full screen, which pauses
     * meanwhile), rather than being said once each time they are asked for (plain lines).
     */
    boolean keysStayOpen();

    /**
     * {@code ?} again while the keys are shown: their next page, where the window could not show them
     * all at once.
     *
     * @return false when there is none, and {@code ?} closes them
     */
    boolean nextKeysPage();

    /** Nanoseconds until {@link #show} would show something new, if no key comes meanwhile. */
    long untilChange(State state);
}
