package dev.limber.program;

/**
 * How many times, as a program says it: {@code 2} is exactly two, {@code 2-3} at least two and up
 * to three. The lower bound is what is due; past the upper one, nothing more is asked.
 */
public record Times(int min, int max) {

    public Times {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("times " + min + "-" + max);
        }
    }

    public static final Times ONCE = new Times(1, 1);

    /** "2–3", or "2" when it is one number. */
    public String text() {
        return min == max ? String.valueOf(min) : min + "\u2013" + max;
    }

    /** "2-3" with a plain hyphen, for a status line that may be drawn in any font. */
    public String ascii() {
        return min == max ? String.valueOf(min) : min + "-" + max;
    }
}
