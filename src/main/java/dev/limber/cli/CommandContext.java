package dev.limber.cli;

import dev.limber.routine.Problem;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares, mixed into each: where its output goes, Limber's environment, the
 * clock, and {@code --help}.
 */
final class CommandContext {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

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

    java.time.Clock clock() {
        return limber().clock();
    }

    /** Whether standard input and output are a terminal a person sits at. */
    boolean terminal() {
        return limber().terminal();
    }

    /** Problems go to stderr, one line each, in the form editors and terminals turn into links. */
    void report(Collection<Problem> problems) {
        for (Problem problem : problems) {
            err().println("limber: " + problem);
        }
    }
}
