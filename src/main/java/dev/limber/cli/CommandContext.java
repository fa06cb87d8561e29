package dev.limber.cli;

import dev.limber.document.Printable;
import dev.limber.document.Problem;
import dev.limber.settings.Flags;
import dev.limber.settings.Settings;
import dev.limber.tui.Words;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares, mixed into each: where its output goes, Limber's environment, the
 * clock, and {@code --help}.
 */
final class CommandContext {

    /** A page's width in cells when the window is wider or there is none: most terminals are at least this wide. */
    private static final int PAGE = 80;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    @SuppressWarnings("UnusedVariable") // picocli sets it and answers --help itself (usageHelp)
    private boolean help;

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** The command's help, on standard output. */
    void usage() {
        command.commandLine().usage(out());
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

    /** The settings for this command, given the ones its flags set; problems in them are told once. */
    Settings settings(Flags flags, List<Path> folders) {
        return limber().settings(flags, folders, true);
    }

    /** The settings without flags, their problems not told: for a command that shows them itself. */
    Settings quietSettings() {
        return limber().settings(Flags.none(), List.of(), false);
    }

    /** Whether standard input and output are a terminal a person sits at. */
    boolean terminal() {
        return limber().terminal();
    }

    /** How many cells wide a line may be before the terminal wraps it; 0 when output is no terminal. */
    int columns() {
        return limber().columns();
    }

    /** How wide a page (a routine or a program in full) is wrapped: {@link #PAGE} cells, or a narrower window's. */
    int pageWidth() {
        int window = columns();
        return window > 0 ? Math.min(PAGE, window) : PAGE;
    }

    /**
     * Text from outside Limber as a report shows it, by the rule tables go by ({@link Words#drawn}):
     * {@linkplain Printable#of printable}; on a terminal, emoji sequences and flags as every terminal
     * draws them alike; for a file or a pipe, whole.
     */
    String shown(String text) {
        return Words.drawn(Printable.of(text), columns());
    }

    /**
     * Prints a line of a report fitted to the window ({@link Words#hanging}): broken at spaces on a
     * terminal, whole for a file or a pipe.
     */
    void say(PrintWriter out, String line) {
        Words.hanging(line, columns()).forEach(out::println);
    }

    /**
     * Prints a line of a report fitted to the window, as {@link #say(PrintWriter, String)}. A
     * {@code lead} (a label such as "Streak: ") is bold; a line that is all lead (a heading) is bold
     * throughout.
     */
    void say(PrintWriter out, String lead, String rest) {
        List<String> lines = Words.hanging(lead + rest, columns());
        Style style = style();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.println(
                    rest.isEmpty()
                            ? style.bold(line)
                            : i == 0 && !lead.isEmpty() && line.startsWith(lead)
                                    ? style.bold(lead) + line.substring(lead.length())
                                    : line);
        }
    }

    /** As {@link #say(PrintWriter, String, String)}, the whole line faint: a note under a table. */
    void note(PrintWriter out, String line) {
        Style style = style();
        Words.hanging(line, columns()).forEach(part -> out.println(style.faint(part)));
    }

    /** Problems go to stderr, one line each, in the form editors and terminals turn into links. */
    void report(Collection<Problem> problems) {
        for (Problem problem : problems) {
            err().println("limber: " + problem);
        }
    }

    /** A word of a command line as a shell would need it typed, for showing only: never run this way. */
    static String shellWord(String text) {
        if (text.matches("[A-Za-z0-9_./=:,+@-]+")) {
            return text;
        }
        if (text.contains("\n")) {
            return Printable.of(
                    "$'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'");
        }
        return Printable.of("'" + text.replace("'", "'\\''") + "'");
    }
}
