package dev.limber.cli;

import dev.limber.routine.DidYouMean;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Collection;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code limber} command: global options, and what happens when something goes wrong. */
@Command(
        name = "limber",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {RunCommand.class, ListCommand.class, ShowCommand.class, ValidateCommand.class,
            HistoryCommand.class, StatsCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class},
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
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber run post-run-stretches         be coached through it, step by step",
            "  limber list                           what routines there are",
            "  limber show post-run-stretches        every step, with its time and cues",
            "  limber list --format json             the same, for scripts",
            "  limber validate my-routine.yaml       check a routine you wrote",
            "  limber stats                          your streak, this week, the last 14 days",
            "",
            "Exit status: 0 ok, 1 failure, 2 usage, 65 invalid routine, 66 not found,",
            "130 Ctrl-C, 143 SIGTERM, 129 SIGHUP."
        })
public final class LimberCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "Print no colours (also when NO_COLOR is set or output is not a terminal).")
    private boolean noColor;

    @Option(names = "--debug", scope = ScopeType.INHERIT, hidden = true,
            description = "Show the stack trace of an unexpected error.")
    private boolean debug;

    private final Map<String, String> env;
    private final boolean terminal;
    private final Clock clock;

    /**
     * For tools that make Limber's command from its class alone, such as the build's man page
     * generator; they read the model and run nothing, so no environment is needed.
     */
    LimberCommand() {
        this(Map.of(), false, Clock.systemDefaultZone());
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

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Exit.OK;
    }

    Map<String, String> env() {
        return env;
    }

    boolean terminal() {
        return terminal;
    }

    /** Colour only for a person at a terminal who has not asked for none. */
    Ansi ansi(String... args) {
        boolean off = noColor || !terminal || !env.getOrDefault("NO_COLOR", "").isEmpty()
                || Arrays.asList(args).contains("--no-color");
        return off ? Ansi.OFF : Ansi.ON;
    }

    Style style() {
        return new Style(ansi());
    }

    int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("limber: " + e.getMessage() + suggestion(e, command.getCommandSpec()));
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
        return Exit.USAGE;
    }

    /** " (did you mean 'list'?)" for a mistyped command or option, the way routine keys get one. */
    private static String suggestion(ParameterException e, CommandSpec command) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return "";
        }
        String typed = unmatched.getUnmatched().get(0).split("=", 2)[0];
        Collection<String> known = typed.startsWith("-") ? command.optionsMap().keySet()
                : command.subcommands().keySet();
        return DidYouMean.closest(typed, known).map(g -> " (did you mean '" + g + "'?)").orElse("");
    }

    int unexpected(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof Failure failure) {
            err.println("limber: " + failure.getMessage());
            return failure.status();
        }
        err.println("limber: unexpected error: " + e
                + (debug ? "" : " (this is a bug; run again with --debug for details and report it)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return Exit.FAILURE;
    }
}
