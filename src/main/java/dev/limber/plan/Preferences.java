package dev.limber.plan;

import org.jspecify.annotations.Nullable;

/**
 * What a person sets once for every routine, over what routines say: someone who needs fifteen
 * seconds to get down to the floor needs them in every routine, and someone who can't reach the
 * keyboard can't press Enter after any set of reps.
 *
 * @param prepare  seconds before each step, or null for as each routine says
 * @param rest     seconds after each step and between sets, or null for as each routine says
 * @param autoReps every rep step ends at its pace without Enter; false leaves it to each step
 */
public record Preferences(
        @Nullable Integer prepare, @Nullable Integer rest, boolean autoReps) {

    /** Every routine as written. */
    public static final Preferences AS_WRITTEN = new Preferences(null, null, false);

    int prepare(int written) {
        return prepare == null ? written : prepare;
    }

    int rest(int written) {
        return rest == null ? written : rest;
    }

    /** A person who asked for reps that end by themselves gets them, whatever a step says. */
    boolean autoReps(boolean written) {
        return autoReps || written;
    }
}
