package dev.limber.plan;

/**
 * A person's own get-ready and rest lengths, which replace what routines say: someone who needs
 * fifteen seconds to get down to the floor needs them in every routine.
 *
 * @param prepare seconds before each step, or null for as each routine says
 * @param rest    seconds after each step and between sets, or null for as each routine says
 */
public record Pauses(Integer prepare, Integer rest) {

    /** Every routine as written. */
    public static final Pauses AS_WRITTEN = new Pauses(null, null);

    int prepare(int written) {
        return prepare == null ? written : prepare;
    }

    int rest(int written) {
        return rest == null ? written : rest;
    }
}
