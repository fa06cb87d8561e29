package dev.limber.tui;

import java.io.IOException;

/** Where the coach's keys come from: the terminal, or a script in tests. */
interface Keys {

    /**
     * The next key's action, waiting at most {@code timeoutNanos} for one.
     *
     * @return null when none came in time, {@link Action#END} once the input has ended
     */
    Action read(long timeoutNanos) throws IOException;
}
