package dev.limber.settings;

import dev.limber.document.DidYouMean;
import dev.limber.document.Printable;
import dev.limber.routine.Durations;
import dev.limber.routine.RoutineReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a person can set once instead of typing it every time: in the config file under its key,
 * in the environment, or as a flag for one run. Stronger sources win: flag, environment, file,
 * then Limber's own default.
 *
 * <p>Each setting knows the type of its value, the one rule that reads it from text (the config
 * file, the environment and flags all go through {@link #parse}), its default and how it is shown.
 *
 * @param <T> its value's type
 */
public final class Setting<T> {

    /** Reads a value from text already stripped of surrounding blanks. */
    @FunctionalInterface
    private interface Parser<T> {
        T parse(String text) throws BadValue;
    }

    /** Longer get-ready or rest than this is a typo, not a wish. */
    static final int MAX_PAUSE = 60 * 60;

    private static final List<String> YES_WORDS = List.of("true", "yes", "on", "1");
    private static final List<String> NO_WORDS = List.of("false", "no", "off", "0");

    public static final Setting<Sound> SOUND = new Setting<>(
            "sound",
            "--sound",
            "LIMBER_SOUND",
            "bell or none",
            Sound.class,
            Sound.bell,
            Setting::sound,
            Sound::name,
            Sound::name);
    public static final Setting<Boolean> VOICE = truth("voice", "--voice", "LIMBER_VOICE", false);
    /** The speech command; null (its default) for the first one found. */
    public static final Setting<String> VOICE_CMD = new Setting<>(
            "voice_cmd",
            "--voice-cmd",
            "LIMBER_VOICE_CMD",
            "a command, such as 'espeak-ng -s 140'",
            String.class,
            null,
            Setting::command,
            command -> command == null ? "the first of espeak-ng, spd-say, say" : Printable.value(command),
            command -> command);

    public static final Setting<Boolean> COLOR = truth("color", "--no-color", "NO_COLOR", true);
    public static final Setting<Boolean> CHECKIN = truth("checkin", "--no-checkin", "LIMBER_NO_CHECKIN", true);
    /** Seconds to get ready before each step; null (its default) for as each routine says. */
    public static final Setting<Integer> PREPARE =
            pause("prepare", "--prepare", "LIMBER_PREPARE", "a length like 10s, or 0s for none");
    /** Seconds of rest after each step and between sets; null (its default) for as each routine says. */
    public static final Setting<Integer> REST =
            pause("rest", "--rest", "LIMBER_REST", "a length like 20s, or 0s for none");

    public static final Setting<Boolean> AUTO_REPS = truth("auto_reps", "--auto-reps", "LIMBER_AUTO_REPS", false);
    /** A program's id, or {@link Settings#NO_PROGRAM}. */
    public static final Setting<String> PROGRAM = new Setting<>(
            "program",
            "--program",
            "LIMBER_PROGRAM",
            "a program id, such as back-care, or none",
            String.class,
            Settings.DEFAULT_PROGRAM,
            Setting::program,
            id -> id,
            id -> id);

    /** Every setting of one value, in the order {@code limber config} shows them. */
    public static final List<Setting<?>> ALL =
            List.of(SOUND, VOICE, VOICE_CMD, COLOR, CHECKIN, PREPARE, REST, AUTO_REPS, PROGRAM);

    /**
     * The config file's key for routine folders: they add up from every source instead of the strongest
     * winning, so they are a list of their own ({@link Settings#folders}), not a setting of one value.
     */
    public static final String ROUTINES = "routines";

    private final String key;
    private final String flag;
    private final String variable;
    private final String expected;
    private final Class<T> type;
    private final @Nullable T byDefault;
    private final Parser<T> parser;
    private final Function<T, String> shown;
    private final Function<T, Object> json;

    private Setting(
            String key,
            String flag,
            String variable,
            String expected,
            Class<T> type,
            @Nullable T byDefault,
            Parser<T> parser,
            Function<T, String> shown,
            Function<T, Object> json) {
        this.key = key;
        this.flag = flag;
        this.variable = variable;
        this.expected = expected;
        this.type = type;
        this.byDefault = byDefault;
        this.parser = parser;
        this.shown = shown;
        this.json = json;
    }

    private static Setting<Boolean> truth(String key, String flag, String variable, boolean byDefault) {
        return new Setting<>(
                key,
                flag,
                variable,
                "true or false",
                Boolean.class,
                byDefault,
                Setting::yesOrNo,
                String::valueOf,
                value -> value);
    }

    private static Setting<Integer> pause(String key, String flag, String variable, String expected) {
        return new Setting<>(
                key,
                flag,
                variable,
                expected,
                Integer.class,
                null,
                Setting::pauseLength,
                seconds -> seconds == null ? "as each routine says" : Durations.format(seconds),
                seconds -> seconds);
    }

    /** The setting with this key in the config file, or null. */
    static @Nullable Setting<?> byKey(String key) {
        return ALL.stream()
                .filter(setting -> setting.key.equals(key))
                .findFirst()
                .orElse(null);
    }

    /** Every key the config file takes, {@link #ROUTINES} too. */
    static List<String> keys() {
        return java.util.stream.Stream.concat(ALL.stream().map(Setting::key), java.util.stream.Stream.of(ROUTINES))
                .toList();
    }

    /** Its key in the config file. */
    public String key() {
        return key;
    }

    /** The flag that sets it for one command. */
    public String flag() {
        return flag;
    }

    /** The environment variable that sets it. */
    public String variable() {
        return variable;
    }

    /** What a value looks like, for error messages. */
    public String expected() {
        return expected;
    }

    /** Limber's own value, when nothing sets it. */
    public @Nullable T byDefault() {
        return byDefault;
    }

    /**
     * The value written as {@code text}: the one rule for the config file, the environment and flags.
     *
     * @throws BadValue worded to follow the setting's name: "must be bell or none; found 'loud'"
     */
    public T parse(String text) throws BadValue {
        return parser.parse(text.strip());
    }

    /** The value as {@code limber config} shows it to a person. */
    public String show(@Nullable T value) {
        return shown.apply(value);
    }

    /** The value as a JSON scalar: a Boolean, an Integer, a String or null. */
    public @Nullable Object json(@Nullable T value) {
        return json.apply(value);
    }

    /** The same value with its type known; a source can only hold a value of its setting's type. */
    @Nullable
    T cast(@Nullable Object value) {
        return type.cast(value);
    }

    /** For {@code LIMBER_NO_CHECKIN}, which turns check-ins off unless it is one of these. */
    static boolean saysNo(String text) {
        return NO_WORDS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return key;
    }

    private static boolean yesOrNo(String value) throws BadValue {
        String word = value.toLowerCase(Locale.ROOT);
        if (YES_WORDS.contains(word)) {
            return true;
        }
        if (NO_WORDS.contains(word)) {
            return false;
        }
        throw new BadValue("must be true or false; found '" + Printable.value(value) + "'");
    }

    private static Sound sound(String value) throws BadValue {
        String word = value.toLowerCase(Locale.ROOT);
        for (Sound sound : Sound.values()) {
            if (sound.name().equals(word)) {
                return sound;
            }
        }
        List<String> words = Arrays.stream(Sound.values()).map(Sound::name).toList();
        throw new BadValue(
                "must be bell or none; found '" + Printable.value(value) + "'" + DidYouMean.suffix(word, words));
    }

    private static String command(String value) throws BadValue {
        if (value.isEmpty()) {
            throw new BadValue("is empty; name a speech command, such as 'espeak-ng -s 140'");
        }
        return value;
    }

    /**
     * A program's id, or {@link Settings#NO_PROGRAM}. Whether a program has that id is for whoever
     * holds the programs to say, naming where the setting came from.
     */
    private static String program(String value) throws BadValue {
        if (value.equalsIgnoreCase(Settings.NO_PROGRAM)) {
            return Settings.NO_PROGRAM;
        }
        if (!RoutineReader.ID.matcher(value).matches()) {
            throw new BadValue(
                    "must be a program id, such as back-care, or none; found '" + Printable.value(value) + "'");
        }
        return value;
    }

    private static Integer pauseLength(String value) throws BadValue {
        try {
            int seconds = Durations.parse(value);
            if (seconds > MAX_PAUSE) {
                throw new BadValue(
                        "is at most " + Durations.format(MAX_PAUSE) + "; found '" + Printable.value(value) + "'");
            }
            return seconds;
        } catch (Durations.BadDuration bad) {
            throw new BadValue(bad.getMessage());
        }
    }
}
