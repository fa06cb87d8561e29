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
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command that reads routines shares, mixed into each: where its output goes, Limber's
 * environment, and {@code --routines DIR}.
 */
final class CommandContext {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--routines", paramLabel = "DIR",
            description = "Also read routines from DIR (repeatable). They win over built-in and user routines"
                    + " with the same id.")
    private List<Path> folders = new ArrayList<>();

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    private LimberCommand limber() {
        return (LimberCommand) command.root().userObject();
    }

    Map<String, String> env() {
        return limber().env();
    }

    Style style() {
        return limber().style();
    }

    /** Every routine Limber can find, with {@code extra} sources (files named on the command line) on top. */
    Catalog catalog(Source... extra) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new Failure(Exit.NOT_FOUND, "--routines " + folder + ": "
                        + (Files.exists(folder) ? "not a folder" : "no such folder"));
            }
        }
        List<Source> sources = new ArrayList<>(SearchPath.sources(env(), folders));
        sources.addAll(List.of(extra));
        return Catalog.load(sources);
    }

    /** Problems go to stderr, one line each, in the form editors and terminals turn into links. */
    void report(Collection<Problem> problems) {
        for (Problem problem : problems) {
            err().println("limber: " + problem);
        }
    }
}
