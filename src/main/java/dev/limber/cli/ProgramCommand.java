package dev.limber.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code limber program}: the programs there are, one in full, and which one is in use. */
@Command(
        name = "program",
        description = {
            "List the programs, show one, or choose the one in use.",
            "",
            "A program says which routines to do every day and every week, and what to do around a run. It is a"
                    + " YAML file with 'kind: program', found where routines are. The one in use is the 'program'"
                    + " setting (LIMBER_PROGRAM, the config file; back-care by default)."
        },
        subcommands = {ProgramListCommand.class, ProgramShowCommand.class, ProgramUseCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber program list                 the programs, * marking the one in use",
            "  limber program show                 the one in use, in full",
            "  limber program show back-care       another one",
            "  limber program use back-care        from now on (saved in the config file)",
            "  limber program use none             no program"
        })
final class ProgramCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Override
    public Integer call() {
        // 'limber program' alone: what it can do, as 'limber' alone does.
        context.usage();
        return Exit.OK;
    }
}
