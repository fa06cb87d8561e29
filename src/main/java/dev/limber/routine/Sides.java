package dev.limber.routine;

import java.util.Locale;

/** Which sides of the body a step works. {@code BOTH} means the left side, then the right. */
public enum Sides {
    NONE,
    BOTH,
    LEFT,
    RIGHT;

    /** The word used in routine files. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
