package dev.limber.settings;

import java.nio.file.Path;

/**
 * File and folder names as people write them, wherever they write them: in the config file, in
 * LIMBER_ROUTINES, LIMBER_STATE_DIR and LIMBER_CONFIG, and on the command line. One rule, so that
 * {@code ~/stretches} means the same in each.
 */
public final class PathNames {

    private PathNames() {
    }

    /**
     * {@code ~} and {@code ~/x} are in the home folder, as a shell would read them; a relative name in
     * the config file is relative to the file's folder, so the file means the same from anywhere.
     *
     * @param base the config file's folder, or null for names relative to the working folder
     * @throws java.nio.file.InvalidPathException for a name this system does not allow
     */
    public static Path resolve(String written, Path home, Path base) {
        if (written.equals("~")) {
            return home;
        }
        if (written.startsWith("~/")) {
            return home.resolve(written.substring(2));
        }
        Path path = Path.of(written);
        return base == null || path.isAbsolute() ? path : base.resolve(path);
    }
}
