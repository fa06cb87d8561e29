package dev.limber.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --since}: a day, or so many days before the day it is asked on. Read by picocli (its
 * {@link Converter}), so a bad one is a usage error worded like every other.
 *
 * @param date the day given, or null for a count of days ago
 * @param days how many days ago, for no date
 */
record Since(@Nullable LocalDate date, int days) {

    /** The first day it takes in, asked on {@code today}. */
    LocalDate from(LocalDate today) {
        return date != null ? date : today.minusDays(days);
    }

    /** "2026-11-01", "7d", "2w". */
    static final class Converter implements ITypeConverter<Since> {

        private static final Pattern AGO = Pattern.compile("(\\d{1,5})([dw])");

        @Override
        public Since convert(String text) {
            Matcher ago = AGO.matcher(text.strip());
            if (ago.matches()) {
                int count = Integer.parseInt(ago.group(1));
                return new Since(null, ago.group(2).equals("d") ? count : count * 7);
            }
            try {
                return new Since(LocalDate.parse(text.strip()), 0);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("give a date like 2026-11-01, or days or weeks ago like 7d or 2w");
            }
        }
    }
}
