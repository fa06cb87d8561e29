package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.document.Printable;
import dev.limber.settings.Flags;
import dev.limber.settings.Setting;
import dev.limber.settings.Settings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code limber program use ID|none}: the program to follow from now on, written to the config file. */
@Command(
        name = "use",
        description = {
            "Choose the program in use from now on, or none.",
            "",
            "Writes 'program: ID' into the config file: an existing 'program:' line is replaced and the rest of"
                    + " the file is kept as it is, comments and all; without one, the line is added at the end. The"
                    + " file and its folder are made if there are none.",
            "",
            "Exit status: 0, 66 when there is no such program, 65 when it has problems, 78 when the config file"
                    + " can't be read."
        },
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  limber program use back-care", "  limber program use none"})
final class ProgramUseCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private CatalogOptions catalogOptions;

    // Read by the program setting's parser, as 'program:' in the config file and --program are.
    @Parameters(
            paramLabel = "PROGRAM",
            completionCandidates = CompletionCommand.ProgramIdsOrNone.class,
            converter = FlagValue.Program.class,
            description = "A program id from 'limber program list', or none for no program.")
    private String value;

    @Override
    public Integer call() {
        Settings settings = context.settings(Flags.none(), catalogOptions.folders());
        String title = null;
        if (!value.equals(Settings.NO_PROGRAM)) {
            Catalog catalog = catalogOptions.catalog(context, settings);
            title = Programs.named(context, catalog, value).program().title();
            if (!catalog.programProblems(value).isEmpty()) {
                context.report(catalog.programProblems(value));
                throw new Failure(
                        Exit.DATA,
                        "program '" + value + "' names routines Limber can't use; fix the" + " problems above first");
            }
        }
        Path file = ConfigFile.path(context.env());
        ConfigFile.setProgram(file, value);
        PrintWriter out = context.out();
        out.println((title == null ? "No program in use" : "Using " + Printable.of(title) + " (" + value + ")")
                + ": 'program: " + value + "' is in " + Printable.of(file.toString()) + ".");
        String variable = context.env().get(Setting.PROGRAM.variable());
        if (variable != null && !variable.isBlank()) {
            context.err()
                    .println("limber: " + Setting.PROGRAM.variable() + " is set ('" + variable.strip()
                            + "') and wins over the config file; unset it to follow the file");
        }
        return Exit.OK;
    }
}
