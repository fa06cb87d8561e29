package dev.limber.document;

/**
 * Text from outside Limber (file names, command-line arguments, routine text, history fields) as it
 * may be shown to a person: every character that could move the cursor, recolour or retitle a
 * terminal, break a message's one line or make text read differently from how it is stored is
 * written as its {@code \}{@code uXXXX} escape instead. The one rule: the routine rules refuse text
 * with these characters, and every printer passes outside text through {@link #of}.
 */
public final class Printable {

    /** How much of a value a message quotes before cutting it: enough to recognise it. */
    private static final int QUOTED = 60;

    private Printable() {}

    /**
     * Whether {@code c} must never reach a terminal as it is: the C0 and C1 controls and DEL, the
     * line and paragraph separators, a {@linkplain #bidirectional bidirectional override or isolate},
     * or a surrogate on its own, which is half of a character and no character at all.
     */
    public static boolean unsafe(int c) {
        return Character.isISOControl(c)
                || c == 0x2028
                || c == 0x2029
                || bidirectional(c)
                || Character.getType(c) == Character.SURROGATE;
    }

    /**
     * The first character of {@code text} that is {@link #unsafe}, other than {@code allowed}, or -1.
     * A loop rather than a stream of code points: it runs on every title, cue and value of every
     * routine at each start, before the JIT has compiled anything (docs/benchmarks.md).
     */
    public static int firstUnsafe(String text, int allowed) {
        for (int i = 0; i < text.length(); ) {
            char ch = text.charAt(i);
            if (ch >= ' ' && ch < 0x7F) {
                // Printable ASCII, most of any text: nothing more to ask.
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            if (c != allowed && unsafe(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Whether {@code text} has any character that is {@link #unsafe}. */
    public static boolean anyUnsafe(String text) {
        return firstUnsafe(text, -1) >= 0;
    }

    /**
     * The embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), which reorder the
     * text after them on screen: "Trojan Source" hides code this way, and a name could hide a path.
     */
    public static boolean bidirectional(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** All of {@code text}, safe to print. */
    public static String of(String text) {
        return of(text, Integer.MAX_VALUE);
    }

    /** A value quoted inside a message, such as a typo'd key: safe to print, cut after 60 characters. */
    public static String value(String text) {
        return of(text, QUOTED);
    }

    /** {@link #of(String)}, cut after {@code max} characters with "..." when it is longer. */
    public static String of(String text, int max) {
        if (isPlain(text, max)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().limit(max).forEach(c -> {
            if (unsafe(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (text.codePointCount(0, text.length()) > max) {
            out.append("...");
        }
        return out.toString();
    }

    /** True when {@code text} can be printed as it is: the usual case, checked without copying it. */
    private static boolean isPlain(String text, int max) {
        return text.length() <= max && firstUnsafe(text, -1) < 0;
    }
}
