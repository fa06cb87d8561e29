package dev.limber.routine;

import dev.limber.document.Printable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration syntax Limber reads and writes: {@code 45s}, {@code 2m}, {@code 1m30s},
 * {@code 1h}, or a whole number of seconds.
 */
public final class Durations {

    /** Nothing in a routine, a step or the whole plan may last longer than a day. */
    public static final int MAX_SECONDS = 24 * 60 * 60;

    // Each part at most 9 digits so that summing can never overflow a long. The spaces are matched
    // possessively (*+): a run of them between parts could otherwise be split between two \s* in
    // every way before failing, which took a minute for 64,000 spaces, as a routine file can hold.
    private static final Pattern UNITS =
            Pattern.compile("(?:(\\d{1,9})\\s*+h)?\\s*+(?:(\\d{1,9})\\s*+m)?\\s*+(?:(\\d{1,9})\\s*+s)?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * What only a length that is not one needs, compiled when the first such is met: every start
     * reads the built-in routines' lengths, and compiling a regex runs at interpreter speed.
     */
    private static final class Mistakes {
        static final Pattern LONG_NUMBER = Pattern.compile("\\d{10}");
        static final Pattern FRACTION = Pattern.compile("\\d[.,]\\d");
        // The same syntax with decimals, to read what someone who wrote 0.5m meant.
        static final String DECIMAL = "(\\d{1,9}(?:[.,]\\d{1,9})?)";
        static final Pattern DECIMAL_UNITS = Pattern.compile(
                "(?:" + DECIMAL + "\\s*+h)?\\s*+(?:" + DECIMAL + "\\s*+m)?\\s*+(?:" + DECIMAL + "\\s*+s)?|" + DECIMAL);
    }

    private Durations() {}

    /** Why a text is not a duration, worded to follow "'time' ...". */
    public static final class BadDuration extends Exception {
        private static final long serialVersionUID = 1L;

        BadDuration(String reason) {
            super(reason, null, false, false);
        }

        /** Why, never null: each is made with its reason. */
        @Override
        public String getMessage() {
            return Objects.requireNonNull(super.getMessage());
        }
    }

    /**
     * Reads a duration written by a person.
     *
     * @return whole seconds, from 0 to {@link #MAX_SECONDS}
     * @throws BadDuration with a reason and an example of what would work
     */
    public static int parse(String written) throws BadDuration {
        String text = written.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw new BadDuration("is empty; write a length like 45s, 2m or 1m30s");
        }
        if (text.startsWith("-")) {
            throw new BadDuration(
                    "is negative ('" + Printable.value(written) + "'); write a length like 45s, 2m or 1m30s");
        }
        if (DIGITS.matcher(text).matches()) {
            return checkedSeconds(text.length() > 9 ? Long.MAX_VALUE : Long.parseLong(text), written);
        }
        Matcher m = UNITS.matcher(text);
        if (!m.matches()) {
            if (Mistakes.LONG_NUMBER.matcher(text).find()) {
                throw new BadDuration("is longer than 24h ('" + Printable.value(written) + "')");
            }
            if (Mistakes.FRACTION.matcher(text).find()) {
                throw new BadDuration("must be whole units ('" + Printable.value(written) + "'); " + meant(text));
            }
            throw new BadDuration(
                    "is not a length ('" + Printable.value(written) + "'); write it like 45s, 2m, 1m30s or 1h");
        }
        long seconds = part(m, 1) * 3600 + part(m, 2) * 60 + part(m, 3);
        return checkedSeconds(seconds, written);
    }

    /** Reads a whole number of seconds that YAML already typed as an integer. */
    public static int ofSeconds(long seconds, String written) throws BadDuration {
        if (seconds < 0) {
            throw new BadDuration(
                    "is negative ('" + Printable.value(written) + "'); write a length like 45s, 2m or 1m30s");
        }
        return checkedSeconds(seconds, written);
    }

    /**
     * What to write instead of a length with decimals, worked out from it: "write 30s" for 0.5m,
     * "write 1m20s, the nearest whole second" for 1.33m; an example when it can't be read at all.
     */
    private static String meant(String text) {
        Matcher m = Mistakes.DECIMAL_UNITS.matcher(text);
        if (!m.matches()) {
            return "write it like 45s, 2m or 1m30s";
        }
        BigDecimal seconds = decimal(m, 1)
                .multiply(BigDecimal.valueOf(3600))
                .add(decimal(m, 2).multiply(BigDecimal.valueOf(60)))
                .add(decimal(m, 3))
                .add(decimal(m, 4));
        BigDecimal whole = seconds.setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
        if (whole.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
            return "and a length is at most 24h";
        }
        return "write " + format(whole.longValue())
                + (seconds.compareTo(whole) == 0 ? "" : ", the nearest whole second");
    }

    private static BigDecimal decimal(Matcher m, int group) {
        String digits = m.group(group);
        return digits == null ? BigDecimal.ZERO : new BigDecimal(digits.replace(',', '.'));
    }

    private static long part(Matcher m, int group) {
        String digits = m.group(group);
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static int checkedSeconds(long seconds, String written) throws BadDuration {
        if (seconds > MAX_SECONDS) {
            throw new BadDuration("is longer than 24h ('" + Printable.value(written) + "')");
        }
        return (int) seconds;
    }

    /** Writes seconds in the same syntax {@link #parse} reads: {@code 45s}, {@code 2m}, {@code 1h5m30s}. */
    public static String format(long seconds) {
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        if (h > 0) {
            out.append(h).append('h');
        }
        if (m > 0) {
            out.append(m).append('m');
        }
        if (s > 0) {
            out.append(s).append('s');
        }
        return out.toString();
    }

    /** Seconds as a clock reads them: {@code 0:05}, {@code 12:30}, {@code 1:02:03}. */
    public static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        // Not String.format: this runs for every row of a history of years.
        StringBuilder out = new StringBuilder(8);
        if (h > 0) {
            out.append(h).append(':').append(m < 10 ? "0" : "");
        }
        return out.append(m).append(':').append(s < 10 ? "0" : "").append(s).toString();
    }

    private static final long SECOND = 1_000_000_000L;

    /** Whole seconds gone by, as a clock counting up shows them: 0:09 until the tenth second is full. */
    public static long secondsGone(long nanos) {
        return nanos / SECOND;
    }

    /** Seconds still to go, as a countdown shows them: 1 until the very end, never 0 too soon. */
    public static long secondsLeft(long nanos) {
        return (nanos + SECOND - 1) / SECOND;
    }

    /** The nearest whole second, for a length said after the fact (a summary, a record, 15s added). */
    public static long seconds(long nanos) {
        return Math.floorDiv(nanos + SECOND / 2, SECOND);
    }
}
