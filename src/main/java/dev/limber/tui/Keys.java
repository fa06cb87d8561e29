package dev.limber.tui;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Where the coach's keys come from: the terminal, or a script in tests. */
interface Keys {

    /**
     * The next key's action, waiting at most {@code timeoutNanos} for one.
     *
     * @return null when none came in time, {@link Action#END} once the input has ended
     */
    @Nullable
    Action read(long timeoutNanos) throws IOException;

    /**
     * Whether keys are read only when the session needs one: a script's lines, which hold the
     * answers to questions after the session too, are read only for reps that wait for Enter (and to
     * start), so a timed hold never takes an answer meant for a question.
     */
    default boolean onlyWhenNeeded() {
        return false;
    }

    /**
     * Forgets what was typed ahead on a terminal, so that a key meant for a question before never
     * answers the next one (an extra Enter after a check-in must not start the session). Input that
     * is not a terminal, such as answers a script pipes in, is kept.
     */
    default void discardTypedAhead() throws IOException {}
}
