package dev.limber.document;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word a person most likely meant when they typed something close to it. */
public final class DidYouMean {

    private DidYouMean() {}

    /** " (did you mean 'x'?)" when one of {@code known} is close to {@code typed}: the one wording of it. */
    public static Optional<String> suggestion(String typed, Collection<String> known) {
        return closest(typed, known).map(g -> " (did you mean '" + g + "'?)");
    }

    /** {@link #suggestion}, or "" when nothing known is close. */
    public static String suffix(String typed, Collection<String> known) {
        return suggestion(typed, known).orElse("");
    }

    /**
     * The closest of {@code known}, if it is close enough to be a typo rather than another word: a
     * word that starts with what was typed (an id typed in part), else one a few edits away.
     */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String needle = typed.toLowerCase(Locale.ROOT);
        if (needle.length() >= 3) {
            Optional<String> completion = known.stream()
                    .filter(k -> k.toLowerCase(Locale.ROOT).startsWith(needle))
                    .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
            if (completion.isPresent()) {
                return completion;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(needle, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.min(needle.length(), best.length()) / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance: edits, where swapping two neighbours counts as one. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 8 || a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE / 2;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
