package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.SearchPath;
import dev.limber.catalog.Source;
import dev.limber.routine.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --routines DIR}, for every command that reads routines. */
final class CatalogOptions {

    @Option(names = "--routines", paramLabel = "DIR",
            description = "Also read routines from DIR (repeatable). They win over built-in and user routines"
                    + " with the same id.")
    private List<Path> folders = new ArrayList<>();

    /** Every routine Limber can find, with {@code extra} sources (files named on the command line) on top. */
    Catalog load(LimberCommand limber, Source... extra) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new Failure(Exit.NOT_FOUND, "--routines " + folder + ": "
                        + (Files.exists(folder) ? "not a folder" : "no such folder"));
            }
        }
        List<Source> sources = new ArrayList<>(SearchPath.sources(limber.env(), folders));
        sources.addAll(List.of(extra));
        return Catalog.load(sources);
    }

    /** Problems go to stderr, one line each, in the form editors and terminals turn into links. */
    static void report(PrintWriter err, Collection<Problem> problems) {
        for (Problem problem : problems) {
            err.println("limber: " + problem);
        }
    }
}
