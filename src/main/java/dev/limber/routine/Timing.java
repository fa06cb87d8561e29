package dev.limber.routine;

/**
 * The pauses around the work, in seconds: a get-ready countdown before a step, the pause
 * between sides, the rest after a step and between sets, and the seconds one rep takes.
 */
public record Timing(int prepare, int switchSides, int rest, int pace) {

    /** What a routine gets when it says nothing about timing. */
    public static final Timing DEFAULTS = new Timing(5, 5, 0, 3);
}
