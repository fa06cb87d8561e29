package dev.limber.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.limber.catalog.Catalog;
import dev.limber.program.Item;
import dev.limber.program.Period;
import dev.limber.settings.Setting;
import dev.limber.settings.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code limber program list}: every program Limber can find, and which one is in use. */
@Command(
        name = "list",
        description = {
            "List the programs Limber can find, with what each asks every day and every week.",
            "",
            "A * marks the program in use. A program file with problems is reported on stderr and the others"
                    + " are still listed."
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber program list",
            "  limber program list --format json | jq '.[] | select(.in_use) | .id'",
            "  limber program list --format ids"
        })
final class ProgramListCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private CatalogOptions catalogOptions;

    @Mixin
    private ProgramOption programOption;

    @Mixin
    private FormatOption format = new FormatOption(Format.text, Format.json, Format.ids);

    @Override
    public Integer call() {
        Settings settings = context.settings(programOption.flags(), catalogOptions.folders());
        Catalog catalog = catalogOptions.catalog(context, settings);
        PrintWriter out = context.out();
        context.report(catalog.programProblems());
        String problem = Programs.problem(settings, catalog);
        if (problem != null && format.get() != Format.ids) {
            context.err().println("limber: " + problem);
        }
        List<Catalog.ProgramListing> programs = catalog.programs();
        Optional<String> inUse = settings.program();
        switch (format.get()) {
            case json -> ScriptOutput.json(out, g -> write(g, programs, catalog, inUse));
            case ids -> programs.forEach(p -> out.println(p.id()));
            case text -> text(out, programs, settings);
            default -> throw format.notTaken();
        }
        return Exit.OK;
    }

    private static void write(
            JsonGenerator g, List<Catalog.ProgramListing> programs, Catalog catalog, Optional<String> inUse)
            throws IOException {
        g.writeStartArray();
        for (Catalog.ProgramListing entry : programs) {
            g.writeStartObject();
            CatalogFields.program(g, entry, catalog, inUse.equals(Optional.of(entry.id())));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void text(PrintWriter out, List<Catalog.ProgramListing> programs, Settings settings) {
        Optional<String> inUse = settings.program();
        if (programs.isEmpty()) {
            out.println("No programs found.");
        } else {
            Table table = new Table("", "ID", "TITLE", "EVERY DAY", "EVERY WEEK", "SOURCE");
            for (Catalog.ProgramListing entry : programs) {
                table.row(
                        inUse.equals(Optional.of(entry.id())) ? "*" : "",
                        entry.id(),
                        entry.program().title(),
                        asks(entry, Period.DAY),
                        asks(entry, Period.WEEK),
                        CatalogFields.shortSource(entry.file(), context.env()));
            }
            table.print(out, context.style(), context.columns());
        }
        boolean listed = programs.stream().anyMatch(p -> inUse.equals(Optional.of(p.id())));
        if (listed) {
            context.note(out, "* in use; 'limber program show' shows it, 'limber program use ID' picks another.");
        } else if (inUse.isEmpty()) {
            context.note(
                    out,
                    "No program in use ('program: none', from "
                            + settings.sourced(Setting.PROGRAM).where() + "); 'limber program use ID' picks one.");
        }
    }

    /** "back-friendly-walk ×2–3, thoracic-mobility": the routines of one period, and how often. */
    private static String asks(Catalog.ProgramListing entry, Period period) {
        return entry.program().items().stream()
                .filter(i -> i.period() == period)
                .map(ProgramListCommand::item)
                .collect(Collectors.joining(", "));
    }

    private static String item(Item item) {
        return item.routine()
                + (item.times().max() == 1 ? "" : " \u00d7" + item.times().text());
    }
}
