package dev.limber.session;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a session ended: the one type the coach returns, the history records (as {@link #word}) and the
 * exit status is decided from. A session that never started ends as {@link #QUIT} with no state.
 */
public enum Ending {
    /** Reached the end. */
    FINISHED,
    /** Stopped with q (or, before it started, not started). */
    QUIT,
    /** Stopped with Ctrl-C. */
    INTERRUPT,
    /** Stopped by SIGTERM or a signal like it. */
    TERMINATE,
    /** The terminal hung up. */
    HANGUP,
    /** A bug in Limber; what was done is kept all the same. */
    ERROR;

    /** The word in history records. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ending a history record's word names, or null when this version knows no such word. */
    public static @Nullable Ending ofWord(String word) {
        for (Ending ending : values()) {
            if (ending.word().equals(word)) {
                return ending;
            }
        }
        return null;
    }
}
