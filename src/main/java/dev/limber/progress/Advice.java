package dev.limber.progress;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What Limber says after the check-in: one piece of advice, the most serious first (a red flag, then
 * pain that went up or is high, then how it went), and the red-flag line whenever that question went
 * unanswered. It repeats the guidance it was given and never names a cause: Limber is not medical
 * advice.
 */
public final class Advice {

    /** Pain after a session from which Limber says to ease off, whatever it was before. */
    public static final int HIGH = 7;

    /** Said when the red-flag question was asked and not answered: the question's point stands. */
    public static final String RED_FLAG_LINE = "If you have sharp, shooting pain down a leg, numbness or tingling,"
            + " see a specialist before you go on.";

    static final String EASE_OFF = "Don't push through it: make the next session easier, swap your next run for a"
            + " walk, and if it stays up, see a physical therapist or a doctor.";

    private Advice() {}

    /**
     * What to say after a session, from its check-in answers.
     *
     * @param before       pain before, or null when skipped
     * @param after        pain after, or null when skipped
     * @param redFlag      the answer to the red-flag question, or null when it got none
     * @param redFlagAsked whether that question was asked (check-ins on, and the session not broken off)
     */
    public static List<String> after(
            @Nullable Integer before, @Nullable Integer after, @Nullable Boolean redFlag, boolean redFlagAsked) {
        List<String> lines = new ArrayList<>();
        if (Boolean.TRUE.equals(redFlag)) {
            lines.add("You noted sharp, shooting pain down a leg, numbness or tingling. Please see a physical"
                    + " therapist or a specialist before you go on with these routines. Limber can't tell what"
                    + " it is, and doesn't try.");
        } else if (before != null && after != null && after > before) {
            lines.add("Your pain went up, from " + before + " to " + after + ". " + EASE_OFF);
        } else if (after != null && after >= HIGH) {
            lines.add("Your pain is " + after + " of 10 after this session. " + EASE_OFF);
        } else if (before != null && after != null) {
            lines.add("Pain " + before + " before, " + after + " after." + (after < before ? " Good." : ""));
        }
        if (redFlag == null && redFlagAsked) {
            lines.add(RED_FLAG_LINE);
        }
        return lines;
    }
}
