package dev.limber.cli;

import org.jspecify.annotations.Nullable;

/**
 * How a command prints what it answers: {@link #text} for people, the others for scripts. Each
 * command takes some of them, through {@link FormatOption}.
 */
enum Format {
    // Lowercase: these are the words people type after --format, and help and completion show them.
    text,
    json,
    yaml,
    ids,
    line,
    csv;

    /** What {@code list} and {@code history} called their format for people; scripts may still pass it. */
    static final String TEXT_ALIAS = "table";

    /** The format {@code word} names, {@code table} being {@code text}; null for none. */
    static @Nullable Format named(String word) {
        if (word.equals(TEXT_ALIAS)) {
            return text;
        }
        for (Format format : values()) {
            if (format.name().equals(word)) {
                return format;
            }
        }
        return null;
    }

    /** A few words on what it prints, where its name does not say it all; empty when it does. */
    String note() {
        return this == ids ? " (one id a line)" : "";
    }
}
