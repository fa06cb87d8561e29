package dev.limber.plan;

import java.util.Locale;

/** What a segment asks of the person: get ready, do the work, change sides, or rest. */
public enum SegmentKind {
    PREPARE,
    WORK,
    SWITCH,
    REST;

    /** The word used in machine-readable output. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
