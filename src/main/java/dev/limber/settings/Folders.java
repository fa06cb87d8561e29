package dev.limber.settings;

import java.nio.file.Path;

/** Folder names as people write them in settings. */
final class Folders {

    private Folders() {
    }

    /**
     * {@code ~} and {@code ~/x} are in the home folder, as a shell would read them; a relative name in
     * the config file is relative to the file's folder, so the file means the same from anywhere.
     *
     * @param base the config file's folder, or null for names relative to the working folder
     */
    static Path resolve(String written, Path home, Path base) {
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
