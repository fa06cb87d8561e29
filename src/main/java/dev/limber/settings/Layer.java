package dev.limber.settings;

import dev.limber.document.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The settings one source gives (the config file, or the environment), and what is wrong in it. A
 * value that can't be used is left out, so the rest still count.
 *
 * @param folders routine folders, each a {@link Path} in a {@link Choice}, in the order given
 */
public record Layer(Map<Setting, Choice> values, List<Choice> folders, List<Problem> problems) {

    public static final Layer EMPTY = new Layer(Map.of(), List.of(), List.of());

    public Layer {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
        folders = List.copyOf(folders);
        problems = List.copyOf(problems);
    }

    /**
     * The settings in Limber's environment variables. {@code NO_COLOR} turns colour off whatever its
     * value, as no-color.org asks; {@code LIMBER_NO_CHECKIN} turns check-ins off unless it is 0, false
     * or no; {@code LIMBER_ROUTINES} is folders separated by ':'.
     */
    public static Layer environment(Map<String, String> env, Path home) {
        Map<Setting, Choice> values = new EnumMap<>(Setting.class);
        List<Choice> folders = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            String name = setting.variable();
            String text = env.get(name);
            if (text == null || text.isBlank()) {
                continue;
            }
            switch (setting) {
                case COLOR -> values.put(setting, new Choice(false, Origin.ENVIRONMENT, name));
                case CHECKIN -> {
                    boolean off = !Values.NO_WORDS.contains(text.strip().toLowerCase(java.util.Locale.ROOT));
                    values.put(setting, new Choice(!off, Origin.ENVIRONMENT, name));
                }
                case ROUTINES -> {
                    for (String folder : text.split(":", -1)) {
                        if (!folder.isBlank()) {
                            folders.add(new Choice(PathNames.resolve(folder.strip(), home, null), Origin.ENVIRONMENT,
                                    name));
                        }
                    }
                }
                default -> {
                    try {
                        values.put(setting, new Choice(Values.parse(setting, text), Origin.ENVIRONMENT, name));
                    } catch (Values.Bad bad) {
                        problems.add(Problem.about(name, "'" + setting.key() + "' " + bad.getMessage()
                                + "; unset it or give " + setting.expected()));
                    }
                }
            }
        }
        return new Layer(values, folders, problems);
    }
}
