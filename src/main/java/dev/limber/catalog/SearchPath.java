package dev.limber.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where to look for routines, lowest precedence first: the built-in ones, the user's folder
 * ({@code $XDG_CONFIG_HOME/limber/routines}, by default {@code ~/.config/limber/routines}), then
 * the folders named in the config file, in {@code LIMBER_ROUTINES} and with {@code --routines DIR}.
 */
public final class SearchPath {

    private SearchPath() {}

    /**
     * Where routines are looked for: the built-in ones, the user's folder, then the named ones.
     *
     * @param folders the folders the person named (in the config file, {@code LIMBER_ROUTINES} and
     *                {@code --routines}), weakest first
     */
    public static List<Source> sources(Map<String, String> env, List<Path> folders) {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source.BuiltIn());
        sources.add(new Source.Folder(userFolder(env), false));
        for (Path folder : folders) {
            sources.add(new Source.Folder(folder, true));
        }
        return sources;
    }

    /** The user's own routine folder, following the XDG base directory rules. */
    public static Path userFolder(Map<String, String> env) {
        return configFolder(env).resolve("routines");
    }

    /** Limber's folder of the user's configuration: {@code $XDG_CONFIG_HOME/limber}, by default {@code ~/.config/limber}. */
    public static Path configFolder(Map<String, String> env) {
        return xdg(env, "XDG_CONFIG_HOME", ".config").resolve("limber");
    }

    /**
     * An XDG base folder: the {@code variable}'s path when it is set and absolute (the XDG rules say
     * a relative one is invalid and must be ignored), else {@code underHome} in the home folder.
     */
    public static Path xdg(Map<String, String> env, String variable, String underHome) {
        String set = env.get(variable);
        return set != null && !set.isBlank() && Path.of(set).isAbsolute()
                ? Path.of(set)
                : home(env).resolve(underHome);
    }

    /** The user's home folder: {@code HOME}, or Java's idea of it when that is unset. */
    public static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }
}
