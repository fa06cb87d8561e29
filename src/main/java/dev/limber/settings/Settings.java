package dev.limber.settings;

import dev.limber.document.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    /** The flag that adds routine folders. */
    private static final String ROUTINES_FLAG = "--routines";

    private final Layer chosen;
    private final List<Sourced<Path>> folders;
    private final List<Problem> problems;

    private Settings(Layer chosen, List<Sourced<Path>> folders, List<Problem> problems) {
        this.chosen = chosen;
        this.folders = List.copyOf(folders);
        this.problems = List.copyOf(problems);
    }

    /**
     * Every setting, from flags, environment, config file and defaults.
     *
     * @param flags        the settings given as flags to this command (only those given)
     * @param flagFolders  the folders given with {@code --routines}
     */
    public static Settings resolve(Flags flags, List<Path> flagFolders, Layer environment, Layer file) {
        Layer given = flags.layer();
        Layer.Builder chosen = new Layer.Builder();
        for (Setting<?> setting : Setting.ALL) {
            choose(chosen, setting, given, environment, file);
        }
        List<Sourced<Path>> folders = new ArrayList<>(file.folders());
        folders.addAll(environment.folders());
        for (Path folder : flagFolders) {
            folders.add(new Sourced<>(folder, Origin.FLAG, ROUTINES_FLAG));
        }
        List<Problem> problems = new ArrayList<>(file.problems());
        problems.addAll(environment.problems());
        return new Settings(chosen.build(), folders, problems);
    }

    private static <T> void choose(
            Layer.Builder chosen, Setting<T> setting, Layer flags, Layer environment, Layer file) {
        chosen.set(
                setting,
                flags.get(setting)
                        .or(() -> environment.get(setting))
                        .or(() -> file.get(setting))
                        .orElseGet(() -> Sourced.byDefault(setting.byDefault())));
    }

    /** The value in use for {@code setting}: null only where its default is (prepare, rest, voice_cmd). */
    public <T> @Nullable T get(Setting<T> setting) {
        return sourced(setting).value();
    }

    /** The value of a setting that always has one: a default of its own, which nothing can unset. */
    private <T> T always(Setting<T> setting) {
        return Objects.requireNonNull(get(setting), () -> setting.key() + " has a default");
    }

    /** The value in use for {@code setting}, and where it came from. */
    public <T> Sourced<T> sourced(Setting<T> setting) {
        return chosen.get(setting).orElseThrow();
    }

    /** The routine folders, weakest first, each with where it was named. */
    public List<Sourced<Path>> folders() {
        return folders;
    }

    /** What was wrong in the file and the environment; those values were left out. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean bell() {
        return always(Setting.SOUND) == Sound.bell;
    }

    public boolean voice() {
        return always(Setting.VOICE);
    }

    /** The speech command, or null to use the first one found. */
    public @Nullable String voiceCommand() {
        return get(Setting.VOICE_CMD);
    }

    /** Where the speech command was set: --voice-cmd, LIMBER_VOICE_CMD or the config file's place. */
    public String voiceCommandWhere() {
        return sourced(Setting.VOICE_CMD).where();
    }

    public boolean color() {
        return always(Setting.COLOR);
    }

    public boolean checkIns() {
        return always(Setting.CHECKIN);
    }

    /** Seconds to get ready before each step, or null for as each routine says. */
    public @Nullable Integer prepare() {
        return get(Setting.PREPARE);
    }

    /** Seconds of rest after each step and between sets, or null for as each routine says. */
    public @Nullable Integer rest() {
        return get(Setting.REST);
    }

    /** Every rep step ends at its pace without Enter, for someone who can't reach the keyboard. */
    public boolean autoReps() {
        return always(Setting.AUTO_REPS);
    }

    /**
     * The id of the program in use, or empty when the setting is {@code none}. Whether there is such
     * a program is not known here: {@code sourced(Setting.PROGRAM).where()} says where to fix it.
     */
    public Optional<String> program() {
        String id = always(Setting.PROGRAM);
        return NO_PROGRAM.equals(id) ? Optional.empty() : Optional.of(id);
    }
}
