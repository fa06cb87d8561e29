package dev.limber.catalog;

import java.nio.file.Path;
import java.util.List;

/** A place routines come from. A later source in a catalog overrides an earlier one with the same id. */
public sealed interface Source {

    /** The routines shipped inside Limber. */
    record BuiltIn() implements Source {}

    /**
     * A folder of {@code *.yaml} and {@code *.yml} files (not its subfolders).
     *
     * @param required whether a missing folder is a problem; the default user folder need not exist
     */
    record Folder(Path path, boolean required) implements Source {}

    /** Files and folders named one by one, as {@code limber validate} is given them. */
    record Paths(List<Path> paths) implements Source {
        public Paths {
            paths = List.copyOf(paths);
        }
    }
}
