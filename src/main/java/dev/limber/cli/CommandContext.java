package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.SearchPath;
import dev.limber.catalog.Source;
import dev.limber.routine.DidYouMean;
import dev.limber.routine.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

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

    /** Whether standard input and output are a terminal a person sits at. */
    boolean terminal() {
        return limber().terminal();
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

    /**
     * The routine a person named on the command line: an id, or the path of a routine file (with a
     * '/' in it or a .yaml/.yml ending). Fails with the reason it can't be had: 66 when there is no
     * such routine or file, 65 when it has problems, which are printed first.
     */
    Catalog.Entry routine(String id) {
        boolean isPath = id.contains("/") || id.contains("\\") || id.endsWith(".yaml") || id.endsWith(".yml");
        if (isPath) {
            Path file = Path.of(id);
            if (!Files.isRegularFile(file)) {
                throw new Failure(Exit.NOT_FOUND, id + ": " + (Files.exists(file) ? "not a file" : "no such file"));
            }
            Catalog catalog = catalog(new Source.Paths(List.of(file)));
            if (!catalog.givenProblems().isEmpty()) {
                report(catalog.givenProblems());
                throw new Failure(Exit.DATA, id + " is not a valid routine; fix the problems above");
            }
            String claimed = catalog.givenIds().iterator().next();
            return catalog.entry(claimed).orElseThrow();
        }
        Catalog catalog = catalog();
        Optional<Catalog.Entry> entry = catalog.entry(id);
        if (entry.isPresent()) {
            return entry.get();
        }
        if (!catalog.problems(id).isEmpty()) {
            report(catalog.problems(id));
            throw new Failure(Exit.DATA, "routine '" + id + "' is not valid; fix the problems above");
        }
        String guess = DidYouMean.closest(id, catalog.ids()).map(g -> " (did you mean '" + g + "'?)").orElse("");
        throw new Failure(Exit.NOT_FOUND, "no routine '" + id + "'" + guess + "; 'limber list' shows them all");
    }
}
