package dev.limber.program;

/** What a program's count is per: a local day, or a week from Monday. */
public enum Period {
    DAY,
    WEEK
}
