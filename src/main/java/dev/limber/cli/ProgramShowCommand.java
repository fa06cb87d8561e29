package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.document.Printable;
import dev.limber.program.Item;
import dev.limber.program.Period;
import dev.limber.program.Program;
import dev.limber.program.RunDay;
import dev.limber.routine.Disclaimer;
import dev.limber.settings.Setting;
import dev.limber.settings.Settings;
import dev.limber.tui.Words;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code limber program show [ID]}: a program in full, every routine it names with its title. */
@Command(
        name = "show",
        description = {
            "Show a program in full: what to do every day and every week, around a run, when to be reminded.",
            "",
            "Without an id, the program in use."
        },
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  limber program show", "  limber program show back-care", "  limber program show --format json"})
final class ProgramShowCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private CatalogOptions catalogOptions;

    @Mixin
    private ProgramOption programOption;

    @Parameters(
            paramLabel = "PROGRAM",
            arity = "0..1",
            completionCandidates = CompletionCommand.ProgramIds.class,
            description = "A program id from 'limber program list'; without one, the program in use.")
    private @Nullable String id;

    @Mixin
    private FormatOption format = new FormatOption(Format.text, Format.json);

    @Override
    public Integer call() {
        Settings settings = context.settings(programOption.flags(), catalogOptions.folders());
        Catalog catalog = catalogOptions.catalog(context, settings);
        Catalog.ProgramListing entry = id != null
                ? Programs.named(context, catalog, id)
                : Programs.inUse(context, settings, catalog)
                        .orElseThrow(() -> new Failure(
                                Exit.NOT_FOUND,
                                "no program in use ('program: none', from "
                                        + settings.sourced(Setting.PROGRAM).where()
                                        + "); give an id, or choose one with 'limber program use ID'"));
        context.report(catalog.programProblems(entry.id()));
        context.err().flush();
        boolean inUse = settings.program().equals(Optional.of(entry.id()));
        PrintWriter out = context.out();
        switch (format.get()) {
            case json ->
                ScriptOutput.json(out, g -> {
                    Program program = entry.program();
                    g.writeStartObject();
                    CatalogFields.program(g, entry, catalog, inUse);
                    CatalogFields.nullable(g, "caution", program.caution());
                    RunDay run = program.run();
                    if (run == null) {
                        g.writeNullField("run");
                    } else {
                        g.writeObjectFieldStart("run");
                        for (String when : List.of("before", "after")) {
                            g.writeArrayFieldStart(when);
                            for (String routine : when.equals("before") ? run.before() : run.after()) {
                                g.writeStartObject();
                                CatalogFields.routineRef(g, routine, catalog);
                                g.writeEndObject();
                            }
                            g.writeEndArray();
                        }
                        if (run.walk() == null) {
                            g.writeNullField("walk_instead");
                        } else {
                            g.writeObjectFieldStart("walk_instead");
                            CatalogFields.routineRef(g, run.walk(), catalog);
                            g.writeNumberField("per_week", run.walksPerWeek());
                            g.writeEndObject();
                        }
                        g.writeArrayFieldStart("days");
                        for (DayOfWeek day : days(run)) {
                            g.writeString(day(day));
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    g.writeArrayFieldStart("remind");
                    for (LocalTime time : program.reminders()) {
                        g.writeString(time.toString());
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                });
            case text -> text(out, entry, catalog, inUse);
            default -> throw format.notTaken();
        }
        return Exit.OK;
    }

    private void text(PrintWriter out, Catalog.ProgramListing entry, Catalog catalog, boolean inUse) {
        int width = context.pageWidth();
        Style style = context.style();
        Program program = entry.program();
        out.println(style.bold(Printable.of(program.title())) + "  "
                + style.faint(Printable.of(program.id()) + " · "
                        + Printable.of(CatalogFields.shortSource(entry.file(), context.env()))
                        + (inUse ? " · in use" : "")));
        if (!program.summary().isEmpty()) {
            Words.wrap(Printable.of(program.summary()), width).forEach(out::println);
        }
        // Every routine on a line of (how, title, id), lined up across the sections.
        List<Section> sections = new ArrayList<>();
        for (Period period : Period.values()) {
            List<String[]> rows = new ArrayList<>();
            for (Item item : program.items()) {
                if (item.period() == period) {
                    rows.add(new String[] {
                        item.times().text() + "\u00d7", CatalogFields.title(item.routine(), catalog), item.routine()
                    });
                }
            }
            sections.add(new Section(period == Period.DAY ? "Every day" : "Every week", rows));
        }
        RunDay run = program.run();
        if (run != null) {
            List<String[]> rows = new ArrayList<>();
            run.before().forEach(r -> rows.add(new String[] {"before", CatalogFields.title(r, catalog), r}));
            run.after().forEach(r -> rows.add(new String[] {"after", CatalogFields.title(r, catalog), r}));
            if (run.walk() != null) {
                rows.add(new String[] {
                    "instead",
                    CatalogFields.title(run.walk(), catalog),
                    run.walk() + ", " + run.walksPerWeek() + (run.walksPerWeek() == 1 ? " run a week" : " runs a week")
                });
            }
            sections.add(new Section(
                    "Around a run"
                            + (run.days().isEmpty()
                                    ? ""
                                    : " (running days: "
                                            + days(run).stream()
                                                    .map(ProgramShowCommand::day)
                                                    .collect(Collectors.joining(", "))
                                            + ")"),
                    rows));
        }
        List<String[]> all =
                sections.stream().flatMap(section -> section.rows().stream()).toList();
        int first = all.stream().mapToInt(r -> Words.columns(r[0])).max().orElse(0);
        int second = all.stream()
                .mapToInt(r -> Words.columns(context.shown(r[1])))
                .max()
                .orElse(0);
        for (Section section : sections) {
            if (section.rows().isEmpty()) {
                continue;
            }
            out.println();
            out.println(style.bold(section.heading()));
            for (String[] row : section.rows()) {
                String title = context.shown(row[1]);
                String start = "  " + row[0] + " ".repeat(first - Words.columns(row[0])) + "  " + title
                        + " ".repeat(second - Words.columns(title)) + "  ";
                String end = Printable.of(row[2]);
                if (Words.columns(start + end) <= width) {
                    out.println(start + style.faint(end));
                } else {
                    // Too wide for the window: broken at spaces, the rest indented.
                    Words.hanging(start + end, width).forEach(out::println);
                }
            }
        }
        if (!program.reminders().isEmpty()) {
            out.println();
            out.println(style.bold("Reminders") + "  "
                    + program.reminders().stream().map(LocalTime::toString).collect(Collectors.joining(", ")));
        }
        out.println();
        if (!program.caution().isEmpty()) {
            Words.wrap("Caution: " + Printable.of(program.caution()), width)
                    .forEach(line -> out.println(style.warn(line)));
        }
        out.println(style.faint("File: " + Printable.of(program.file())));
        // A program's caution carries the red flags (today shows it alone); Limber's own line again
        // right under it would say the same twice.
        if (!program.caution().contains(Disclaimer.NOT_ADVICE)) {
            Words.wrap(Disclaimer.TEXT, width).forEach(line -> out.println(style.faint(line)));
        }
    }

    /** A heading, and the routines under it as (how, title, id). */
    private record Section(String heading, List<String[]> rows) {}

    /** The running days, Monday first. */
    private static List<DayOfWeek> days(RunDay run) {
        return run.days().stream().sorted().toList();
    }

    /** "tue", as the program file writes it. */
    private static String day(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }
}
