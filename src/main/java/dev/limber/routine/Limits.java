package dev.limber.routine;

/** How big a routine may be. Generous for people, small enough that a hostile file costs nothing. */
public final class Limits {

    private Limits() {}

    public static final int MAX_FILE_BYTES = 1024 * 1024;
    /**
     * The longest value is a 500-character caution; longer lines are refused before parsing, since
     * SnakeYAML's cost for one line grows with the square of its length.
     */
    public static final int MAX_LINE = 5000;
    /** No list in a routine is longer than its steps; a longer one is refused as soon as it is seen. */
    public static final int MAX_ITEMS = 500;
    /** 500 steps of eleven keys and twenty cues each, and some room: no routine has more values than this. */
    public static final int MAX_VALUES = 20_000;
    /** No mapping in a routine has more than eleven keys; fifty leaves room for typos to be reported. */
    public static final int MAX_KEYS = 50;
    /** Routines need four levels (routine, steps, a step, its cues); anything deeper is not a routine. */
    public static final int MAX_DEPTH = 10;

    public static final int MAX_STEPS = 500;
    public static final int MAX_ID = 64;
    public static final int MAX_TITLE = 80;
    public static final int MAX_NAME = 80;
    public static final int MAX_SUMMARY = 200;
    public static final int MAX_CAUTION = 500;
    public static final int MAX_CUE = 200;
    public static final int MAX_CUES = 20;
    public static final int MAX_TAG = 32;
    public static final int MAX_TAGS = 20;
    /** Any single value or key; longer ones are refused before any rule looks at them. */
    public static final int MAX_SCALAR = dev.limber.document.Rules.MAX_SCALAR;

    public static final int MAX_REPS = 1000;
    public static final int MAX_SETS = 20;
    /**
     * How deep includes may nest: a routine, a routine it includes, one that includes, and so on.
     * Nobody nests 32 deep, and planning recurses once a level, so a chain of thousands of files would
     * overflow the stack.
     */
    public static final int MAX_INCLUDE_DEPTH = 32;
    /** A file this broken has said enough; the rest would only scroll the first problems away. */
    public static final int MAX_PROBLEMS = dev.limber.document.Rules.MAX_PROBLEMS;
}
