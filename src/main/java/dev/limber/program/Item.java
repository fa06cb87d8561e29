package dev.limber.program;

import org.jspecify.annotations.Nullable;

/**
 * One routine a program asks for, so many times a day or a week.
 *
 * @param routine the routine's id
 * @param period  whether {@code times} is per day or per week (weeks start on Monday)
 * @param times   how many times: {@code 2}, or {@code 2-3} for at least two and up to three
 * @param label   a word for a status line ({@code walk}), or null for the first word of the id
 */
public record Item(
        String routine,
        Period period,
        Times times,
        @Nullable String label) {

    public Item(String routine, Period period, Times times) {
        this(routine, period, times, null);
    }

    /** The word a status line shows for it: its label, or the first word of the routine's id. */
    public String shortName() {
        if (label != null) {
            return label;
        }
        int dash = routine.indexOf('-');
        return dash > 0 ? routine.substring(0, dash) : routine;
    }
}
