package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.document.Printable;
import dev.limber.plan.Plan;
import dev.limber.plan.Preferences;
import dev.limber.plan.Segment;
import dev.limber.plan.SegmentKind;
import dev.limber.routine.Disclaimer;
import dev.limber.routine.Durations;
import dev.limber.routine.Routine;
import dev.limber.settings.Settings;
import dev.limber.tui.Words;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code limber show ID}: a routine exactly as it will run. */
@Command(
        name = "show",
        description = {
            "Show a routine exactly as it will run.",
            "",
            "Every segment (get ready, work, switch sides, rest) with its start time, length, side and cues, "
                    + "and the total."
        },
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber show post-run-stretches",
            "  limber show ./my-routine.yaml",
            "  limber show run-day --format json"
        })
final class ShowCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private CatalogOptions catalogOptions;

    @Mixin
    private HistoryOptions historyOptions;

    @Mixin
    private PauseOptions pauseOptions;

    @Parameters(
            paramLabel = "ID",
            completionCandidates = CompletionCommand.RoutineIds.class,
            description = "A routine id from 'limber list', or a routine file's path.")
    private String id;

    @Mixin
    private FormatOption format = new FormatOption(Format.text, Format.json, Format.yaml);

    @Override
    public Integer call() {
        PrintWriter out = context.out();
        Settings settings = context.settings(pauseOptions.flags(), catalogOptions.folders());
        CatalogOptions.Found found = catalogOptions.routine(context, settings, id);
        TodaysPlan today = TodaysPlan.of(
                found,
                () -> historyOptions.readAllIfPossible(context),
                null,
                new Preferences(settings.prepare(), settings.rest(), settings.autoReps()),
                context.clock().getZone());
        Catalog.Listing entry =
                new Catalog.Listing(found.entry().routine(), found.entry().file(), today.plan());
        ScriptOutput.Body document = g -> {
            g.writeStartObject();
            CatalogFields.routine(g, entry);
            CatalogFields.nullable(g, "caution", entry.routine().caution());
            CatalogFields.growth(g, entry.routine(), today.lengthSeconds());
            CatalogFields.segments(g, entry.plan().segments());
            g.writeEndObject();
        };
        switch (format.get()) {
            case json -> ScriptOutput.json(out, document);
            case yaml -> ScriptOutput.yaml(out, document);
            case text -> text(out, entry, today.note());
            default -> throw format.notTaken();
        }
        return Exit.OK;
    }

    private void text(PrintWriter out, Catalog.Listing entry, @Nullable String note) {
        int width = context.pageWidth();
        Style style = context.style();
        Routine routine = entry.routine();
        Plan plan = entry.plan();
        String where = routine.id() + " · " + Printable.of(CatalogFields.shortSource(entry, context.env()));
        // The id and where it comes from beside the title, or under it where they don't fit beside.
        boolean beside = Words.columns(routine.title() + "  " + where) <= width;
        out.println(style.bold(routine.title()) + (beside ? "  " + style.faint(where) : ""));
        if (!beside) {
            out.println(style.faint(where));
        }
        if (!routine.summary().isEmpty()) {
            Words.wrap(routine.summary(), width).forEach(out::println);
        }
        if (!routine.tags().isEmpty()) {
            out.println(style.faint("Tags: " + String.join(", ", routine.tags())));
        }
        if (note != null || routine.perDay() != null) {
            String goal = routine.perDay() == null ? null : routine.perDay().inWords();
            String line = Objects.requireNonNull(note == null ? goal : goal == null ? note : note + "; " + goal);
            out.println(style.bold(line.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + line.substring(1)));
        }
        out.println();

        List<String[]> rows = new ArrayList<>();
        for (Segment s : plan.segments()) {
            rows.add(new String[] {Durations.clock(s.start()), length(s), s.label()});
        }
        int clockWidth =
                Math.max(5, rows.stream().mapToInt(r -> r[0].length()).max().orElse(0));
        int lengthWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        String indent = " ".repeat(clockWidth + lengthWidth + 4);
        for (int i = 0; i < rows.size(); i++) {
            Segment s = plan.segments().get(i);
            String[] row = rows.get(i);
            boolean work = s.kind() == SegmentKind.WORK;
            // The label broken at spaces where the window is narrow, the rest under its start.
            List<String> label = Words.wrap(row[2], Math.max(8, width - indent.length()));
            for (int l = 0; l < label.size(); l++) {
                out.println((l == 0 ? pad(row[0], clockWidth) + "  " + pad(row[1], lengthWidth) + "  " : indent)
                        + (work ? style.bold(label.get(l)) : style.faint(label.get(l))));
            }
            // Cues once per step, under its first work; the other side and sets repeat them.
            if (s.firstOfStep()) {
                for (String cue : s.cues()) {
                    List<String> lines = Words.wrap(cue, width - indent.length() - 2);
                    for (int l = 0; l < lines.size(); l++) {
                        out.println(indent + (l == 0 ? "- " : "  ") + lines.get(l));
                    }
                }
            }
        }
        List<String> done = Words.wrap("Done · " + plan.size(), Math.max(8, width - indent.length()));
        for (int l = 0; l < done.size(); l++) {
            out.println(
                    (l == 0
                            ? pad(Durations.clock(plan.seconds()), clockWidth) + "  " + pad("", lengthWidth) + "  "
                                    + style.bold("Done") + done.get(0).substring(4)
                            : indent + done.get(l)));
        }
        out.println();
        if (!routine.caution().isEmpty()) {
            Words.wrap("Caution: " + routine.caution(), width).forEach(line -> out.println(style.warn(line)));
        }
        Words.wrap(Disclaimer.TEXT, width).forEach(line -> out.println(style.faint(line)));
    }

    /** "10 reps" for counted segments, "30s" for timed ones. */
    private static String length(Segment s) {
        return s.counted() ? s.reps() + (s.reps() == 1 ? " rep" : " reps") : Durations.format(s.seconds());
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
