package dev.limber.cli;

import dev.limber.catalog.SearchPath;
import dev.limber.document.DidYouMean;
import dev.limber.document.Problem;
import dev.limber.settings.Flags;
import dev.limber.settings.Layer;
import dev.limber.settings.Setting;
import dev.limber.settings.Settings;
import dev.limber.tui.SystemTerminal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jline.terminal.spi.SystemStream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code limber} command: global options, and what happens when something goes wrong. Its
 * subcommands are declared on {@link AllCommands}; a command line that names one of them gets only
 * that one (see {@link Main}), since picocli's model of each costs start-up time.
 */
@Command(
        name = "limber",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        synopsisSubcommandLabel = "COMMAND",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        description = {
            "A terminal coach for stretching and walking routines.",
            "Routines are YAML files: built in, in ~/.config/limber/routines, or in folders you name.",
            "",
            "Limber is not medical advice. Stop if pain gets worse; sharp, shooting pain down a leg,"
                    + " numbness or tingling: see a specialist."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:done as asked",
            "1:a failure inside Limber: a bug (--debug tells more)",
            "2:usage error: an unknown command or option, a bad argument",
            "65:an invalid routine or program",
            "66:no such routine, program, file or folder",
            "69:Java could not start (the launcher says why)",
            "74:an input or output error outside Limber",
            "78:a problem in the config file or a setting",
            "129:stopped because the terminal hung up (SIGHUP)",
            "130:stopped with Ctrl-C",
            "143:stopped by SIGTERM",
            "128+N:stopped by another signal N that asks a program to end"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber                                today: what is due, what was done",
            "  limber run post-run-stretches         be coached through it, step by step",
            "  limber list                           what routines there are",
            "  limber show post-run-stretches        every step, with its time and cues",
            "  limber list --format json             the same, for scripts",
            "  limber validate my-routine.yaml       check a routine you wrote",
            "  limber stats                          your streak, this week, the last 14 days",
            "  limber today --format line            one line for a shell prompt or tmux",
            "  limber config                         your settings, and where each came from",
            "  limber remind install                 a reminder when a walk is due"
        })
public class LimberCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--no-color",
            scope = ScopeType.INHERIT,
            description = "Print no colours (also when NO_COLOR is set or output is not a terminal).")
    private boolean noColor;

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            hidden = true,
            description = "Show the stack trace of an unexpected error.")
    private boolean debug;

    private final Map<String, String> env;
    private final boolean terminal;
    private final Clock clock;
    // Read when a command first needs a setting. At a terminal that is every command: Main asks
    // ansi() for help's colours, and the config file may say color: false. Elsewhere (a pipe,
    // NO_COLOR, --no-color) a command that needs no setting never parses YAML.
    private @Nullable Layer configFile;
    private boolean problemsTold;

    /**
     * For tools that make Limber's command from its class alone, such as the build's man page
     * generator; they read the model and run nothing, so no environment is needed.
     */
    LimberCommand() {
        this(Map.of(), false, new WallClock());
    }

    LimberCommand(Map<String, String> env, boolean terminal, Clock clock) {
        this.env = Map.copyOf(env);
        this.terminal = terminal;
        this.clock = clock;
    }

    /** The wall clock and time zone: when sessions start and end, and which day is today. */
    Clock clock() {
        return clock;
    }

    /** {@code limber} alone: at a terminal, the day (and where the rest is); else the help. */
    @Override
    public Integer call() {
        CommandLine today = spec.subcommands().get("today");
        if (terminal && today != null) {
            int status = today.execute();
            if (status == Exit.OK) {
                spec.commandLine().getOut().println();
                spec.commandLine().getOut().println("'limber --help' shows every command.");
            }
            return status;
        }
        spec.commandLine().usage(spec.commandLine().getOut());
        return Exit.OK;
    }

    Map<String, String> env() {
        return env;
    }

    boolean terminal() {
        return terminal;
    }

    /**
     * How many cells wide output may be before the terminal would wrap it: 0 (no limit) when output
     * is not a terminal, so scripts and files get every column. On a terminal, {@code COLUMNS} when
     * it is set to a number (as {@code ls} reads it), else the width the terminal tells, else 80.
     */
    int columns() {
        if (!terminal) {
            return 0;
        }
        String columns = env.getOrDefault("COLUMNS", "").strip();
        if (columns.matches("\\d{1,4}") && Integer.parseInt(columns) > 0) {
            return Integer.parseInt(columns);
        }
        int told = SystemTerminal.width(SystemStream.Output);
        return told > 0 ? told : 80;
    }

    /** Colour only for a person at a terminal who has not asked for none, here or in the config file. */
    Ansi ansi(String... args) {
        boolean off = noColor
                || !terminal
                || !env.getOrDefault("NO_COLOR", "").isEmpty()
                || Arrays.asList(args).contains("--no-color");
        return off || !settings(Flags.none(), List.of(), false).color() ? Ansi.OFF : Ansi.ON;
    }

    /** The config file's settings, read once. */
    Layer configFile() {
        if (configFile == null) {
            configFile = ConfigFile.read(ConfigFile.path(env), SearchPath.home(env));
        }
        return configFile;
    }

    /**
     * The settings as they stand for a command given {@code flags}; what is wrong in the config file
     * or the environment is told once, on stderr, and the rest goes on with those values left out.
     */
    Settings settings(Flags flags, List<Path> folders, boolean tell) {
        Flags given = Flags.none().add(flags);
        if (noColor) {
            given.set(Setting.COLOR, false);
        }
        Settings settings =
                Settings.resolve(given, folders, Layer.environment(env, SearchPath.home(env)), configFile());
        if (tell && !problemsTold) {
            problemsTold = true;
            PrintWriter err = spec.commandLine().getErr();
            for (Problem problem : settings.problems()) {
                err.println("limber: " + problem + " (ignored; 'limber config' shows the settings in use)");
            }
            err.flush();
        }
        return settings;
    }

    Style style() {
        return new Style(ansi());
    }

    int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("limber: " + usageProblem(e, command.getCommandSpec()));
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
        return Exit.USAGE;
    }

    /**
     * What is wrong with the command line in Limber's words, as its other errors are worded: "no
     * command 'rnu' (did you mean 'run'?)" rather than picocli's "Unmatched argument at index 0".
     * Anything picocli finds that is not worded here is told in picocli's words.
     */
    static @Nullable String usageProblem(ParameterException e, CommandSpec command) {
        if (e instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(unmatched.getUnmatched().get(0), command);
        }
        // 'limber help lsit': picocli's help command names what it was asked for in the value.
        if (e.getArgSpec() == null
                && e.getValue() != null
                && String.valueOf(e.getMessage()).startsWith("Unknown subcommand")) {
            return unmatched(e.getValue(), command);
        }
        if (e instanceof MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            if (arg instanceof OptionSpec option) {
                return option.longestName() + " needs a value (" + option.paramLabel() + ")";
            }
            String about = arg.description().length == 0
                    ? ""
                    : arg.description()[0].split("\\. ", 2)[0].replaceFirst("\\.$", "");
            return "missing " + arg.paramLabel()
                    + (about.isEmpty()
                            ? ""
                            : ": " + about.substring(0, 1).toLowerCase(Locale.ROOT) + about.substring(1));
        }
        if (e instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
            return option.longestName() + " is given more than once; give it once";
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null && e.getCause() instanceof TypeConversionException bad) {
            String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
            String said = name + " '" + e.getValue() + "': ";
            if (arg.type().isEnum()) {
                // The words this option takes: an enum's names, or fewer (FormatOption's per command).
                List<String> values = new ArrayList<>();
                arg.completionCandidates().forEach(values::add);
                return said + "choose " + String.join(", ", values.subList(0, values.size() - 1)) + " or "
                        + values.get(values.size() - 1) + DidYouMean.suffix(e.getValue(), values);
            }
            return said + bad.getMessage();
        }
        return e.getMessage();
    }

    /** An argument no command or option takes: a mistyped command or option, or one too many. */
    private static String unmatched(String typed, CommandSpec command) {
        String where = command.parent() == null ? "" : " in '" + command.qualifiedName() + "'";
        if (typed.startsWith("-") && typed.length() > 1) {
            String option = typed.split("=", 2)[0];
            return "no option '" + option + "'" + where
                    + DidYouMean.suffix(option, command.optionsMap().keySet());
        }
        if (!command.subcommands().isEmpty()) {
            return "no command '" + typed + "'" + where
                    + DidYouMean.suffix(typed, command.subcommands().keySet());
        }
        return "'" + command.qualifiedName() + "' takes "
                + (command.positionalParameters().isEmpty() ? "no arguments" : "no more arguments") + "; '" + typed
                + "' is one too many";
    }

    int unexpected(Exception e, CommandLine command, ParseResult parsed) {
        return Failure.tell(e, command.getErr(), debug);
    }
}
