package dev.limber.plan;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The side of the body a work segment is for; {@code NONE} when the step has no sides. */
public enum Side {
    NONE,
    LEFT,
    RIGHT;

    /** The word used in output, or null for no side. */
    public @Nullable String word() {
        return this == NONE ? null : name().toLowerCase(Locale.ROOT);
    }
}
