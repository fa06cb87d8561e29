package dev.limber.progress;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check-in answers as people type them: "yeah" is a yes, "3/10" and "3.5" are pain scores. Only what
 * has a clear meaning is read; anything else is unclear and asked again, never guessed.
 */
public final class Answers {

    private static final Set<String> YES = Set.of("y", "yes", "yeah", "yep", "yup", "sure", "true", "1");
    private static final Set<String> NO = Set.of("n", "no", "nope", "nah", "false", "0");
    /** A number, with a decimal point or comma, optionally "out of 10": 3, 3.5, 3,5, 3/10, 3 / 10. */
    private static final Pattern PAIN = Pattern.compile("(\\d{1,3})(?:[.,](\\d{1,3}))?(?:\\s*/\\s*10)?");
    /** What people put after a word without changing its meaning: "yes!", "no.", "3." */
    private static final Pattern TRAILING = Pattern.compile("[\\s.!?,;:]+$");

    private Answers() {}

    /** The answer without the case, the spaces around it and the punctuation after it. */
    private static String plain(String typed) {
        return TRAILING.matcher(typed.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** True for a yes, false for a no, empty when it is neither (a blank answer included). */
    public static Optional<Boolean> yesOrNo(String typed) {
        String word = plain(typed);
        if (YES.contains(word)) {
            return Optional.of(true);
        }
        if (NO.contains(word)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** A pain score from 0 to 10, halves rounded up; empty when it is not one (a blank answer included). */
    public static Optional<Integer> pain(String typed) {
        Matcher number = PAIN.matcher(plain(typed));
        if (!number.matches()) {
            return Optional.empty();
        }
        int whole = Integer.parseInt(number.group(1));
        String fraction = number.group(2);
        // 3.5 is 4, 3.49 is 3: only the first digit after the point decides.
        int pain = whole + (fraction != null && fraction.charAt(0) >= '5' ? 1 : 0);
        return pain <= 10 ? Optional.of(pain) : Optional.empty();
    }
}
