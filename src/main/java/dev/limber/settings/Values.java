package dev.limber.settings;

import dev.limber.document.DidYouMean;
import dev.limber.document.Printable;
import dev.limber.routine.Durations;
import dev.limber.routine.RoutineReader;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reads one setting's value from text, the same way from the config file, the environment and flags. */
public final class Values {

    /** Longer get-ready or rest than this is a typo, not a wish. */
    static final int MAX_PAUSE = 60 * 60;

    private static final List<String> SOUNDS = List.of("bell", "none");
    private static final List<String> YES = List.of("true", "yes", "on", "1");
    static final List<String> NO_WORDS = List.of("false", "no", "off", "0");

    private Values() {
    }

    /** Why a value can't be used, worded to follow the setting's name. */
    public static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;

        Bad(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The value of {@code setting} written as {@code text}; not for {@link Setting#ROUTINES}. */
    public static Object parse(Setting setting, String text) throws Bad {
        String value = text.strip();
        return switch (setting) {
            case SOUND -> sound(value);
            case VOICE, COLOR, CHECKIN, AUTO_REPS -> bool(value);
            case VOICE_CMD -> {
                if (value.isEmpty()) {
                    throw new Bad("is empty; name a speech command, such as 'espeak-ng -s 140'");
                }
                yield value;
            }
            case PREPARE, REST -> pause(value);
            case PROGRAM -> program(value);
            case ROUTINES -> throw new IllegalArgumentException("folders are read as a list");
        };
    }

    static boolean bool(String value) throws Bad {
        String word = value.toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
            return true;
        }
        if (NO_WORDS.contains(word)) {
            return false;
        }
        throw new Bad("must be true or false; found '" + Printable.value(value) + "'");
    }

    private static String sound(String value) throws Bad {
        String word = value.toLowerCase(Locale.ROOT);
        if (SOUNDS.contains(word)) {
            return word;
        }
        throw new Bad("must be bell or none; found '" + Printable.value(value) + "'"
                + DidYouMean.suffix(word, SOUNDS));
    }

    /**
     * A program's id, or {@link Settings#NO_PROGRAM}. Whether a program has that id is for whoever
     * holds the programs to say, naming where the setting came from.
     */
    private static String program(String value) throws Bad {
        if (value.equalsIgnoreCase(Settings.NO_PROGRAM)) {
            return Settings.NO_PROGRAM;
        }
        if (!RoutineReader.ID.matcher(value).matches()) {
            throw new Bad("must be a program id, such as back-care, or none; found '" + Printable.value(value) + "'");
        }
        return value;
    }

    private static int pause(String value) throws Bad {
        try {
            int seconds = Durations.parse(value);
            if (seconds > MAX_PAUSE) {
                throw new Bad("is at most " + Durations.format(MAX_PAUSE) + "; found '" + Printable.value(value) + "'");
            }
            return seconds;
        } catch (Durations.BadDuration bad) {
            throw new Bad(Objects.requireNonNull(bad.getMessage()));
        }
    }
}
