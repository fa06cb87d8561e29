package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.SearchPath;
import dev.limber.catalog.Source;
import dev.limber.document.DidYouMean;
import dev.limber.document.Problem;
import dev.limber.settings.Flags;
import dev.limber.settings.Origin;
import dev.limber.settings.Settings;
import dev.limber.settings.Sourced;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --routines DIR}, and finding routines, for every command that reads them. */
final class CatalogOptions {

    @Option(
            names = "--routines",
            paramLabel = "DIR",
            description = "Also read routines from DIR (repeatable). They win over built-in and user routines"
                    + " with the same id.")
    private List<Path> folders = new ArrayList<>();

    /** Every routine Limber can find, with {@code extra} sources (files named on the command line) on top. */
    Catalog catalog(CommandContext context, Source... extra) {
        return catalog(context, context.settings(Flags.none(), folders), extra);
    }

    /** The same, with settings the command has already resolved. */
    Catalog catalog(CommandContext context, Settings settings, Source... extra) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new Failure(
                        Exit.NOT_FOUND,
                        "--routines " + folder + ": " + (Files.exists(folder) ? "not a folder" : "no such folder"));
            }
        }
        List<Path> named = new ArrayList<>();
        for (Sourced<Path> folder : settings.folders()) {
            Path path = Objects.requireNonNull(folder.value(), "a folder named");
            if (folder.origin() == Origin.FILE && !Files.isDirectory(path)) {
                // Named in the config file, which is where the fix goes: said once, and the rest goes on.
                context.err()
                        .println("limber: " + folder.where() + ": routine folder " + path + " "
                                + (Files.exists(path) ? "is not a folder" : "does not exist")
                                + "; create it or take it out of 'routines'");
                context.err().flush();
                continue;
            }
            named.add(path);
        }
        List<Source> sources = new ArrayList<>(SearchPath.sources(context.env(), named));
        sources.addAll(List.of(extra));
        return Catalog.load(sources);
    }

    /** A routine found, and the catalog it was found in (where its includes are, for planning it again). */
    record Found(Catalog catalog, Catalog.Listing entry) {}

    /**
     * The routine a person named on the command line: an id, or the path of a routine file (with a
     * '/' in it or a .yaml/.yml ending). Fails with the reason it can't be had: 66 when there is no
     * such routine or file, 65 when it has problems, which are printed first.
     */
    Found routine(CommandContext context, String id) {
        return routine(context, context.settings(Flags.none(), folders), id);
    }

    /** The list of {@code --routines} folders given, for commands that resolve settings themselves. */
    List<Path> folders() {
        return folders;
    }

    /** The same, with settings the command has already resolved. */
    Found routine(CommandContext context, Settings settings, String id) {
        if (id.isEmpty()) {
            throw new Failure(
                    Exit.USAGE, "an empty routine id; give an id from 'limber list', or a routine file's path");
        }
        boolean isPath = id.contains("/") || id.contains("\\") || id.endsWith(".yaml") || id.endsWith(".yml");
        if (isPath) {
            Path file;
            try {
                file = Main.path(id, context.env());
            } catch (picocli.CommandLine.TypeConversionException e) {
                throw new Failure(Exit.USAGE, Objects.requireNonNull(e.getMessage()));
            }
            if (!Files.isRegularFile(file)) {
                throw new Failure(Exit.NOT_FOUND, id + ": " + (Files.exists(file) ? "not a file" : "no such file"));
            }
            Catalog catalog = catalog(context, settings, new Source.Paths(List.of(file)));
            List<Problem> problems = catalog.givenProblems();
            if (!problems.isEmpty() && problems.stream().allMatch(p -> p.at() == null)) {
                // Nothing in it could be read, so nothing in it is wrong: say why it could not be.
                throw new Failure(Exit.NOT_FOUND, problems.get(0).toString());
            }
            boolean program = catalog.givenProgramFileCount() > 0;
            if (!problems.isEmpty()) {
                context.report(problems);
                throw new Failure(
                        Exit.DATA,
                        id + " is not a valid " + (program ? "program" : "routine") + "; fix the problems above");
            }
            String claimed = catalog.givenIds().iterator().next();
            if (program) {
                throw new Failure(
                        Exit.NOT_FOUND,
                        id + " is a program, not a routine; 'limber validate " + id
                                + "' checks it, and 'limber program show " + claimed
                                + "' shows it from a routine folder");
            }
            return new Found(catalog, catalog.entry(claimed).orElseThrow());
        }
        Catalog catalog = catalog(context, settings);
        Optional<Catalog.Listing> entry = catalog.entry(id);
        if (entry.isPresent()) {
            return new Found(catalog, entry.get());
        }
        if (catalog.program(id).isPresent()) {
            throw new Failure(
                    Exit.NOT_FOUND,
                    "'" + id + "' is a program, not a routine; 'limber program show " + id + "' shows what it asks");
        }
        if (!catalog.problems(id).isEmpty()) {
            context.report(catalog.problems(id));
            throw new Failure(
                    Exit.DATA,
                    (catalog.programIds().contains(id) ? "program '" : "routine '") + id
                            + "' is not valid; fix the problems above");
        }
        String guess = DidYouMean.suffix(id, catalog.ids());
        throw new Failure(Exit.NOT_FOUND, "no routine '" + id + "'" + guess + "; 'limber list' shows them all");
    }
}
