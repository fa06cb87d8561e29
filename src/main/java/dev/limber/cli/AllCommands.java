package dev.limber.cli;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code limber} with every subcommand: for its help, completion, the man pages (generated from this
 * class), and any command line that doesn't start with a subcommand's name.
 */
@Command(subcommands = {RunCommand.class, ListCommand.class, ShowCommand.class, ValidateCommand.class,
    HistoryCommand.class, StatsCommand.class, TodayCommand.class, ConfigCommand.class, ProgramCommand.class,
    RemindCommand.class, CompletionCommand.class,
    CommandLine.HelpCommand.class})
final class AllCommands extends LimberCommand {

    /**
     * The subcommands a command line may name first, each made alone: {@code limber list} builds
     * picocli's model of {@code list}, not of all ten (30-40 ms of every start, docs/benchmarks.md).
     * {@code help} and {@code completion} describe the others, so they get them all.
     */
    static final Map<String, Supplier<Object>> ALONE = alone();

    private static Map<String, Supplier<Object>> alone() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("run", RunCommand::new);
        commands.put("list", ListCommand::new);
        commands.put("show", ShowCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("history", HistoryCommand::new);
        commands.put("stats", StatsCommand::new);
        commands.put("today", TodayCommand::new);
        commands.put("config", ConfigCommand::new);
        commands.put("program", ProgramCommand::new);
        commands.put("remind", RemindCommand::new);
        return commands;
    }

    /** For the man page generator, which makes the command from its class. */
    AllCommands() {
    }

    AllCommands(Map<String, String> env, boolean terminal, Clock clock) {
        super(env, terminal, clock);
    }
}
