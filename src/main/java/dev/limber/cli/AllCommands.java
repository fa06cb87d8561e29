package dev.limber.cli;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code limber} with every subcommand: for its help, completion, the man pages (generated from
 * {@link ManPages}, this with a man page's sections), and any command line that doesn't start with a
 * subcommand's name.
 */
@Command(
        subcommands = {
            RunCommand.class,
            ListCommand.class,
            ShowCommand.class,
            ValidateCommand.class,
            HistoryCommand.class,
            StatsCommand.class,
            TodayCommand.class,
            ConfigCommand.class,
            ProgramCommand.class,
            RemindCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class
        })
class AllCommands extends LimberCommand {

    /**
     * The subcommands a command line may name first, each made alone: {@code limber list} builds
     * picocli's model of {@code list}, not of all ten (30-40 ms of every start, docs/benchmarks.md).
     * {@code help} and {@code completion} describe the others, so they get them all.
     */
    static final List<String> ALONE =
            List.of("run", "list", "show", "validate", "history", "stats", "today", "config", "program", "remind");

    /**
     * The subcommand {@code name} made alone, or null for any other word. A switch, not a map of
     * constructor references: linking ten lambdas was 2-3 ms of every start (docs/benchmarks.md).
     */
    static @Nullable Object alone(String name) {
        return switch (name) {
            case "run" -> new RunCommand();
            case "list" -> new ListCommand();
            case "show" -> new ShowCommand();
            case "validate" -> new ValidateCommand();
            case "history" -> new HistoryCommand();
            case "stats" -> new StatsCommand();
            case "today" -> new TodayCommand();
            case "config" -> new ConfigCommand();
            case "program" -> new ProgramCommand();
            case "remind" -> new RemindCommand();
            default -> null;
        };
    }

    /** For the man page generator, which makes the command from its class. */
    AllCommands() {}

    AllCommands(Map<String, String> env, boolean terminal, Clock clock) {
        super(env, terminal, clock);
    }
}
