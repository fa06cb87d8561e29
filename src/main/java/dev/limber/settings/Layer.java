package dev.limber.settings;

import dev.limber.document.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings one source gives (flags, the environment, or the config file), and what is wrong in
 * it. A value that can't be used is left out, so the rest still count.
 */
public final class Layer {

    public static final Layer EMPTY = new Builder().build();

    /** The variable of routine folders, separated by ':'. */
    static final String ROUTINES_VARIABLE = "LIMBER_ROUTINES";

    // Each key holds a value of its own type: Builder.set takes nothing else.
    private final Map<Setting<?>, Sourced<?>> values;
    private final List<Sourced<Path>> folders;
    private final List<Problem> problems;

    private Layer(Map<Setting<?>, Sourced<?>> values, List<Sourced<Path>> folders, List<Problem> problems) {
        this.values = Map.copyOf(values);
        this.folders = List.copyOf(folders);
        this.problems = List.copyOf(problems);
    }

    /** What this source says for {@code setting}, if anything. */
    public <T> Optional<Sourced<T>> get(Setting<T> setting) {
        Sourced<?> found = values.get(setting);
        return found == null
                ? Optional.empty()
                : Optional.of(new Sourced<>(setting.cast(found.value()), found.origin(), found.where()));
    }

    /** How many settings of one value this source gives. */
    public int size() {
        return values.size();
    }

    /** Routine folders, in the order given. */
    public List<Sourced<Path>> folders() {
        return folders;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The same settings, with {@code problems} in place of this layer's own. */
    public Layer withProblems(List<Problem> problems) {
        return new Layer(values, folders, problems);
    }

    /** A layer of nothing but problems: a source that could not be read at all. */
    public static Layer of(List<Problem> problems) {
        return EMPTY.withProblems(problems);
    }

    /**
     * The settings in Limber's environment variables, each read by its setting's parser. Two read as
     * people set them: {@code NO_COLOR} turns colour off whatever its value, as no-color.org asks;
     * {@code LIMBER_NO_CHECKIN} turns check-ins off unless it is 0, false, off or no. And
     * {@code LIMBER_ROUTINES} is folders separated by ':'.
     */
    public static Layer environment(Map<String, String> env, Path home) {
        Builder layer = new Builder();
        for (Setting<?> setting : Setting.ALL) {
            String text = env.get(setting.variable());
            if (text == null || text.isBlank()) {
                continue;
            }
            if (setting == Setting.COLOR) {
                layer.set(Setting.COLOR, new Sourced<>(false, Origin.ENVIRONMENT, setting.variable()));
            } else if (setting == Setting.CHECKIN) {
                layer.set(Setting.CHECKIN, new Sourced<>(Setting.saysNo(text), Origin.ENVIRONMENT, setting.variable()));
            } else {
                variable(layer, setting, text);
            }
        }
        String folders = env.get(ROUTINES_VARIABLE);
        if (folders != null) {
            for (String folder : folders.split(":", -1)) {
                if (!folder.isBlank()) {
                    layer.folder(new Sourced<>(
                            PathNames.resolve(folder.strip(), home, null), Origin.ENVIRONMENT, ROUTINES_VARIABLE));
                }
            }
        }
        return layer.build();
    }

    private static <T> void variable(Builder layer, Setting<T> setting, String text) {
        try {
            layer.set(setting, new Sourced<>(setting.parse(text), Origin.ENVIRONMENT, setting.variable()));
        } catch (BadValue bad) {
            layer.problem(
                    Problem.about(setting.variable(), "'" + setting.key() + "' " + bad.getMessage() + "; or unset it"));
        }
    }

    /** A layer made one value at a time, by the sources in this package. */
    static final class Builder {
        private final Map<Setting<?>, Sourced<?>> values = new LinkedHashMap<>();
        private final List<Sourced<Path>> folders = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        <T> Builder set(Setting<T> setting, Sourced<T> value) {
            values.put(setting, value);
            return this;
        }

        /** Everything {@code other} holds, its values over this one's. */
        Builder add(Builder other) {
            values.putAll(other.values);
            folders.addAll(other.folders);
            problems.addAll(other.problems);
            return this;
        }

        Builder folder(Sourced<Path> folder) {
            folders.add(folder);
            return this;
        }

        Builder problem(Problem problem) {
            problems.add(problem);
            return this;
        }

        Layer build() {
            return new Layer(values, folders, problems);
        }
    }
}
