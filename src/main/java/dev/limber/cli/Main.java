package dev.limber.cli;

import dev.limber.catalog.SearchPath;
import dev.limber.settings.PathNames;
import dev.limber.tui.StopSignals;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;

/** Limber's entry point. {@link #run} does the work so tests can call it with their own streams. */
public final class Main {

    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    static {
        // picocli registers converters for java.time and java.sql types by reflection in every
        // CommandLine it makes, which initialises much of java.time: 20 ms of each start
        // (docs/benchmarks.md). No Limber option has such a type; OptionTypesTest keeps it so.
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
        }
    }

    private Main() {}

    public static void main(String[] args) {
        // SIGUSR1, SIGUSR2 and the like exit as SIGTERM does, after the shutdown hooks that save a
        // session and give the terminal back; the system would end the process unsaved.
        StopSignals.exitOnEach(new Exit.SystemExit());
        // UTF-8 whatever the locale: routine titles and cues are UTF-8, and JSON must be.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        // `limber --version` alone, as scripts and package managers ask it, is answered without
        // picocli, whose model of every command is most of what it would cost (docs/benchmarks.md).
        int status;
        try {
            status = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))
                    ? Version.print(out)
                    : run(out, err, System.getenv(), Terminals.stdoutIsTerminal(), args);
        } catch (RuntimeException | Error e) {
            // Before run's own net: the time zone, read from a file, when no file can be opened.
            status = Failure.tell(
                    e,
                    new PrintWriter(new PrintableWriter(err)),
                    Arrays.asList(args).contains("--debug"));
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * A path given on the command line (--state-dir, --routines, validate's PATH), read by the rule
     * every path Limber reads follows: {@code ~} is the home folder. An empty one is a mistake, not
     * the current folder, where it would quietly read and write.
     */
    static Path path(String written, Map<String, String> env) {
        if (written.isEmpty()) {
            throw new CommandLine.TypeConversionException("an empty path; name a file or folder");
        }
        try {
            return PathNames.resolve(written, SearchPath.home(env), null);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + written + "' is not a path this system allows");
        }
    }

    /** Runs one command line as if typed in a shell whose environment is {@code env}, never a terminal. */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
        return run(out, err, env, false, args);
    }

    static int run(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, String... args) {
        return run(out, err, env, terminal, new WallClock(), args);
    }

    /**
     * As {@link #run}, with the wall clock (and time zone) that history and stats go by. Whatever is
     * written to {@code err} is made {@linkplain PrintableWriter printable} on the way, and comes out
     * in order with {@code out}, as a person at a terminal reads them; what goes to
     * {@code out} is, value by value, where it is printed (tables, JSON, YAML, CSV).
     */
    static int run(
            PrintWriter out,
            PrintWriter shownErr,
            Map<String, String> env,
            boolean terminal,
            Clock clock,
            String... args) {
        PrintWriter err = new PrintWriter(new PrintableWriter(shownErr, out));
        try {
            return execute(out, err, env, terminal, clock, args);
        } catch (RuntimeException | Error e) {
            // What picocli lets through: anything before a command runs (reading the config file for
            // colour), and any Error (a class Java can't load without a free file descriptor, the stack).
            return Failure.tell(e, err, Arrays.asList(args).contains("--debug"));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int execute(
            PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, Clock clock, String... args) {
        Object alone = args.length > 0 ? AllCommands.alone(args[0]) : null;
        LimberCommand limber =
                alone != null ? new LimberCommand(env, terminal, clock) : new AllCommands(env, terminal, clock);
        CommandLine commandLine = new CommandLine(limber);
        if (alone != null) {
            commandLine.addSubcommand(alone);
        }
        commandLine.registerConverter(Path.class, written -> path(written, env));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(limber::usageError);
        commandLine.setExecutionExceptionHandler(limber::unexpected);
        // Colour is decided before parsing (from NO_COLOR and the terminal) and again once
        // --no-color is known, since help and errors can be printed either way.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(limber.ansi(args)));
        return commandLine.execute(args);
    }
}
