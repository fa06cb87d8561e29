package dev.limber.settings;

import dev.limber.document.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every setting's value as it stands, and where each came from: a flag beats the environment, which
 * beats the config file, which beats Limber's default. Routine folders add up instead, and a
 * later one wins for a routine id found in both: the file's, then the environment's, then flags'.
 */
public final class Settings {

    /** The {@code program} setting's word for no program at all. */
    public static final String NO_PROGRAM = "none";

    /** The program Limber follows unless told another. */
    public static final String DEFAULT_PROGRAM = "back-care";

    /** Limber's own values; null prepare and rest mean "as each routine says". */
    private static final Map<Setting, Object> DEFAULTS = defaults();

    private final Map<Setting, Choice> chosen;
    private final List<Choice> folders;
    private final List<Problem> problems;

    private Settings(Map<Setting, Choice> chosen, List<Choice> folders, List<Problem> problems) {
        this.chosen = chosen;
        this.folders = List.copyOf(folders);
        this.problems = List.copyOf(problems);
    }

    private static Map<Setting, Object> defaults() {
        Map<Setting, Object> values = new EnumMap<>(Setting.class);
        values.put(Setting.SOUND, "bell");
        values.put(Setting.VOICE, false);
        values.put(Setting.COLOR, true);
        values.put(Setting.CHECKIN, true);
        values.put(Setting.AUTO_REPS, false);
        values.put(Setting.PROGRAM, DEFAULT_PROGRAM);
        return values;
    }

    /**
     * Every setting, from flags, environment, config file and defaults.
     *
     * @param flags        the settings given as flags to this command (only those given)
     * @param flagFolders  the folders given with {@code --routines}
     */
    public static Settings resolve(Map<Setting, Object> flags, List<Path> flagFolders, Layer environment,
            Layer file) {
        Map<Setting, Choice> chosen = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            if (setting == Setting.ROUTINES) {
                continue;
            }
            Choice choice;
            if (flags.containsKey(setting)) {
                choice = new Choice(flags.get(setting), Origin.FLAG, setting.flag());
            } else if (environment.values().containsKey(setting)) {
                choice = environment.values().get(setting);
            } else if (file.values().containsKey(setting)) {
                choice = file.values().get(setting);
            } else {
                choice = Choice.byDefault(DEFAULTS.get(setting));
            }
            chosen.put(setting, choice);
        }
        List<Choice> folders = new ArrayList<>(file.folders());
        folders.addAll(environment.folders());
        for (Path folder : flagFolders) {
            folders.add(new Choice(folder, Origin.FLAG, Setting.ROUTINES.flag()));
        }
        List<Problem> problems = new ArrayList<>(file.problems());
        problems.addAll(environment.problems());
        return new Settings(chosen, folders, problems);
    }

    /** The choice for any setting but ROUTINES (the folders): {@link #resolve} makes one for each. */
    public Choice choice(Setting setting) {
        return Objects.requireNonNull(chosen.get(setting));
    }

    /** The value of a setting that always has one: any but prepare, rest and voice_cmd, whose default is none. */
    private Object always(Setting setting) {
        return Objects.requireNonNull(choice(setting).value());
    }

    /** The routine folders, weakest first, each with where it was named. */
    public List<Choice> folders() {
        return folders;
    }

    /** What was wrong in the file and the environment; those values were left out. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean bell() {
        return "bell".equals(choice(Setting.SOUND).value());
    }

    public boolean voice() {
        return (Boolean) always(Setting.VOICE);
    }

    /** The speech command, or null to use the first one found. */
    public @Nullable String voiceCommand() {
        return (String) choice(Setting.VOICE_CMD).value();
    }

    /** Where the speech command was set: --voice-cmd, LIMBER_VOICE_CMD or the config file's place. */
    public String voiceCommandWhere() {
        return choice(Setting.VOICE_CMD).where();
    }

    public boolean color() {
        return (Boolean) always(Setting.COLOR);
    }

    public boolean checkIns() {
        return (Boolean) always(Setting.CHECKIN);
    }

    /** Seconds to get ready before each step, or null for as each routine says. */
    public @Nullable Integer prepare() {
        return (Integer) choice(Setting.PREPARE).value();
    }

    /** Seconds of rest after each step and between sets, or null for as each routine says. */
    public @Nullable Integer rest() {
        return (Integer) choice(Setting.REST).value();
    }

    /** Every rep step ends at its pace without Enter, for someone who can't reach the keyboard. */
    public boolean autoReps() {
        return (Boolean) always(Setting.AUTO_REPS);
    }

    /**
     * The id of the program in use, or empty when the setting is {@code none}. Whether there is such
     * a program is not known here: {@code choice(Setting.PROGRAM).where()} says where to fix it.
     */
    public java.util.Optional<String> program() {
        String id = (String) always(Setting.PROGRAM);
        return NO_PROGRAM.equals(id) ? java.util.Optional.empty() : java.util.Optional.of(id);
    }
}
