package dev.limber.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where to look for routines, lowest precedence first: the built-in ones, the user's folder
 * ({@code $XDG_CONFIG_HOME/limber/routines}, by default {@code ~/.config/limber/routines}), the
 * folders in {@code LIMBER_ROUTINES} (separated by {@code :}), then each {@code --routines DIR}.
 */
public final class SearchPath {

    private SearchPath() {
    }

    public static List<Source> sources(Map<String, String> env, List<Path> routineOptions) {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source.BuiltIn());
        sources.add(new Source.Folder(userFolder(env), false));
        String extra = env.getOrDefault("LIMBER_ROUTINES", "");
        for (String folder : extra.split(":")) {
            if (!folder.isBlank()) {
                sources.add(new Source.Folder(Path.of(folder), true));
            }
        }
        for (Path folder : routineOptions) {
            sources.add(new Source.Folder(folder, true));
        }
        return sources;
    }

    /** The user's own routine folder, following the XDG base directory rules. */
    public static Path userFolder(Map<String, String> env) {
        String config = env.get("XDG_CONFIG_HOME");
        // The XDG rules say a relative XDG_CONFIG_HOME is invalid and must be ignored.
        Path base = config != null && !config.isBlank() && Path.of(config).isAbsolute()
                ? Path.of(config) : home(env).resolve(".config");
        return base.resolve("limber").resolve("routines");
    }

    /** The user's home folder: {@code HOME}, or Java's idea of it when that is unset. */
    public static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }
}
