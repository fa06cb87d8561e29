package dev.limber.progress;

import java.util.Locale;

/** How a session ended, as the history records it. */
public enum EndedBy {
    FINISHED, QUIT, INTERRUPT, TERMINATE, HANGUP, ERROR;

    /** The word in history records. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ending a history record's word names, or null when this version knows no such word. */
    public static EndedBy ofWord(String word) {
        for (EndedBy ending : values()) {
            if (ending.word().equals(word)) {
                return ending;
            }
        }
        return null;
    }
}
