package dev.limber.cli;

import dev.limber.routine.Durations;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A length typed on the command line ({@code run --time 20m}), in whole seconds, at least one. Read
 * by picocli (its {@link Converter}), so a bad one is a usage error worded like every other.
 */
record Length(int seconds) {

    /** "20m", "1m30s", "45s", as routines write them. */
    static final class Converter implements ITypeConverter<Length> {
        @Override
        public Length convert(String text) {
            int seconds;
            try {
                seconds = Durations.parse(text);
            } catch (Durations.BadDuration e) {
                throw new TypeConversionException(e.getMessage());
            }
            if (seconds < 1) {
                throw new TypeConversionException("give at least 1s");
            }
            return new Length(seconds);
        }
    }
}
