package dev.limber.settings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * File and folder names as people write them, wherever they write them: in the config file, in
 * LIMBER_ROUTINES, LIMBER_STATE_DIR and LIMBER_CONFIG, and on the command line. One rule, so that
 * {@code ~/stretches} means the same in each. And the programs Limber runs (speech, systemctl,
 * notify-send), found on the PATH as a shell finds them.
 */
public final class PathNames {

    private PathNames() {}

    /**
     * {@code ~} and {@code ~/x} are in the home folder, as a shell would read them; a relative name in
     * the config file is relative to the file's folder, so the file means the same from anywhere.
     *
     * @param base the config file's folder, or null for names relative to the working folder
     * @throws java.nio.file.InvalidPathException for a name this system does not allow
     */
    public static Path resolve(String written, Path home, @Nullable Path base) {
        if (written.equals("~")) {
            return home;
        }
        if (written.startsWith("~/")) {
            return home.resolve(written.substring(2));
        }
        Path path = Path.of(written);
        return base == null || path.isAbsolute() ? path : base.resolve(path);
    }

    /**
     * The executable {@code name} in a folder of {@code env}'s PATH, the first that has it, or
     * {@code name} itself when it is a path (has a '/'); empty when there is none.
     */
    public static Optional<Path> executable(String name, Map<String, String> env) {
        if (name.contains(File.separator)) {
            Path path = Path.of(name);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
            if (!dir.isEmpty()) {
                Path path = Path.of(dir, name);
                if (Files.isRegularFile(path) && Files.isExecutable(path)) {
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }
}
