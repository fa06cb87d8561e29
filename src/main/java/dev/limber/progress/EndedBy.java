package dev.limber.progress;

import java.util.Locale;

/** How a session ended, as the history records it. */
public enum EndedBy {
    FINISHED, QUIT, INTERRUPT, TERMINATE, HANGUP, ERROR;

    /** The word in history records. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EndedBy of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
