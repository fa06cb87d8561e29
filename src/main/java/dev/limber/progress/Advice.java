package dev.limber.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * What Limber says after the check-in. It repeats the guidance it was given and never names a
 * cause: Limber is not medical advice.
 */
public final class Advice {

    private Advice() {
    }

    public static List<String> after(Integer before, Integer after, Boolean redFlag) {
        List<String> lines = new ArrayList<>();
        if (Boolean.TRUE.equals(redFlag)) {
            lines.add("You noted sharp, shooting pain down a leg, numbness or tingling. Please see a physical"
                    + " therapist or a specialist before you go on with these routines. Limber can't tell what"
                    + " it is, and doesn't try.");
        }
        if (before != null && after != null && after > before) {
            lines.add("Your pain went up, from " + before + " to " + after + ". Don't push through it: make the"
                    + " next session easier, swap your next run for a walk, and if it stays up, see a physical"
                    + " therapist or a doctor.");
        } else if (before != null && after != null) {
            lines.add("Pain " + before + " before, " + after + " after." + (after < before ? " Good." : ""));
        }
        return lines;
    }
}
