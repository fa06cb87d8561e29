package dev.limber.document;

import dev.limber.document.Node.KeyValue;
import dev.limber.document.Node.Mapping;
import dev.limber.document.Node.Scalar;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The checks every document format makes, whatever its keys mean: a mapping's keys known and each
 * written once, text that is one printable line, whole numbers in a range. A format's reader keeps
 * one for the file it reads; every problem is collected at the line and column it is about.
 */
public final class Rules {

    /** A file this broken has said enough; past this many problems, only the count is worth working out. */
    public static final int MAX_PROBLEMS = 20;
    /** Any single value or key; a longer one is nothing a rule needs to look at, such as a number. */
    public static final int MAX_SCALAR = 1000;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    /** @param file the file as problems name it */
    public Rules(String file) {
        this.file = file;
    }

    public void problem(Position at, String message) {
        problems.add(new Problem(file, at, message));
    }

    /** How many problems have been found so far: a rule compares it before and after a part. */
    public int count() {
        return problems.size();
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(null);
        return sorted;
    }

    /**
     * The mapping's keys by name, after reporting unknown and repeated ones.
     *
     * @param what the mapping as a message names it: "a routine", "'defaults'"
     */
    public Map<String, KeyValue> keys(Mapping mapping, Set<String> allowed, String what) {
        Map<String, KeyValue> keys = new LinkedHashMap<>();
        for (KeyValue entry : mapping.entries()) {
            String key = entry.key();
            KeyValue first = keys.get(key);
            if (first != null) {
                problem(
                        entry.keyAt(),
                        "duplicate key '" + Printable.value(key) + "' (first on line "
                                + first.keyAt().line() + "); keep one of them");
            } else if (allowed.contains(key)) {
                keys.put(key, entry);
            } else if (key.equals("<<")) {
                problem(entry.keyAt(), "merge keys ('<<') are not supported; write the keys out in full");
            } else {
                // Past the cap only the count is shown, so the hint need not be worked out.
                String hint = problems.size() < MAX_PROBLEMS ? hint(key, allowed) : "";
                problem(entry.keyAt(), "unknown key '" + Printable.value(key) + "' in " + what + hint);
            }
        }
        return keys;
    }

    private static String hint(String key, Set<String> allowed) {
        return DidYouMean.suggestion(key, allowed)
                .orElseGet(() -> " (expected one of: " + String.join(", ", new TreeSet<>(allowed)) + ")");
    }

    /** Whether a required key is there; reports it at the mapping's start when it is not. */
    public boolean has(Mapping mapping, Map<String, KeyValue> keys, String key, String what, String example) {
        if (!keys.containsKey(key)) {
            problem(mapping.at(), what + " needs '" + key + "'; add a line like " + example);
            return false;
        }
        return true;
    }

    /** An optional text value: empty when it is not there, or when it has a problem (reported). */
    public String optionalText(@Nullable KeyValue entry, int max, boolean oneLine) {
        if (entry == null || isEmpty(entry.value())) {
            return "";
        }
        String text = text(entry, max, oneLine);
        return text == null ? "" : text;
    }

    /** The entry's value as text, or null after reporting why it is not usable (when missing, {@link #has} did). */
    public @Nullable String text(@Nullable KeyValue entry, int max, boolean oneLine) {
        if (entry == null) {
            return null;
        }
        return scalarText(entry.value(), "'" + entry.key() + "'", max, oneLine);
    }

    /**
     * A text value: any scalar counts as text ({@code title: 2024} is fine), lists and mappings do not.
     *
     * @param what the value as a message names it: "'title'", "a cue"
     */
    public @Nullable String scalarText(Node node, String what, int max, boolean oneLine) {
        if (!(node instanceof Scalar scalar)) {
            problem(node.at(), what + " must be text; found " + node.describe());
            return null;
        }
        if (scalar.isEmpty()) {
            problem(
                    node.at(),
                    what
                            + (what.startsWith("'")
                                    ? " is empty; write a value after " + what.replace("'", "") + ":"
                                    : " is empty; remove it"));
            return null;
        }
        String text = scalar.text().strip();
        if (text.length() > max) {
            problem(node.at(), what + " is " + text.length() + " characters long; keep it to " + max);
            return null;
        }
        if (oneLine && text.indexOf('\n') >= 0) {
            problem(node.at(), what + " must be one line");
            return null;
        }
        // What could move the cursor, recolour someone's terminal or reorder what they read is never shown.
        int unsafe = Printable.firstUnsafe(text, '\n');
        if (unsafe >= 0) {
            problem(node.at(), what + " contains " + character(unsafe) + "; remove it");
            return null;
        }
        return text;
    }

    /** What a character {@link Printable#unsafe} is, in words, with its code. */
    private static String character(int unsafe) {
        String code = String.format("U+%04X", unsafe);
        if (Printable.bidirectional(unsafe)) {
            return "a bidirectional control character (" + code + "), which shows text in another order than it"
                    + " is written";
        }
        if (Character.getType(unsafe) == Character.SURROGATE) {
            return "half of a surrogate pair (" + code + "), which is no character";
        }
        return "a control character (" + code + ")";
    }

    /**
     * The entry's value as a whole number from {@code min} to {@code max}, or null after saying why not
     * (when missing, {@link #has} did).
     */
    public @Nullable Integer wholeNumber(@Nullable KeyValue entry, int min, int max) {
        if (entry == null) {
            return null;
        }
        Node value = entry.value();
        String range = "'" + entry.key() + "' must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max);
        BigInteger n = value instanceof Scalar s && s.type() == Scalar.Type.INTEGER ? integer(s) : null;
        if (n == null) {
            String found = !(value instanceof Scalar s)
                    ? value.describe()
                    : s.isEmpty() ? "nothing" : s.describe() + " '" + Printable.value(s.text()) + "'";
            problem(value.at(), range + "; found " + found);
            return null;
        }
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            problem(value.at(), range + "; " + n + " is out of range");
            return null;
        }
        return n.intValue();
    }

    /** YAML integers may be written 0x1f, 0o17, 1_000 or with a sign; null when the text isn't one of those. */
    public static @Nullable BigInteger integer(Scalar scalar) {
        String text = scalar.text().replace("_", "");
        if (text.length() > MAX_SCALAR) {
            return null;
        }
        int sign = 1;
        if (text.startsWith("-") || text.startsWith("+")) {
            sign = text.startsWith("-") ? -1 : 1;
            text = text.substring(1);
        }
        try {
            BigInteger n;
            if (text.startsWith("0x")) {
                n = new BigInteger(text.substring(2), 16);
            } else if (text.startsWith("0o")) {
                n = new BigInteger(text.substring(2), 8);
            } else if (text.startsWith("0b")) {
                n = new BigInteger(text.substring(2), 2);
            } else {
                n = new BigInteger(text);
            }
            return sign < 0 ? n.negate() : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code key:} with nothing after it, or {@code ~}. */
    public static boolean isEmpty(Node node) {
        return node instanceof Scalar s && s.isEmpty();
    }
}
