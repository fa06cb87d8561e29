package dev.limber.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.limber.catalog.Catalog;
import dev.limber.document.Printable;
import dev.limber.settings.Flags;
import dev.limber.settings.Settings;
import dev.limber.tui.Words;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code limber list}: every routine Limber can find. */
@Command(
        name = "list",
        description = {
            "List the routines Limber can find.",
            "",
            "Built-in routines, those in your routine folder (~/.config/limber/routines), in LIMBER_ROUTINES "
                    + "and in --routines folders. A routine file with problems is reported on stderr and the "
                    + "others are still listed. Programs are listed by 'limber program list'.",
            "",
            "On a terminal the table fits the window (COLUMNS, when set, says how wide it is): the columns "
                    + "least needed are shortened or left out, source first, then tags, steps and time; the id "
                    + "and title stay. Into a pipe or a file, every column is written whole."
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber list",
            "  limber list --tag lower-back",
            "  limber list --format json | jq '.[].id'",
            "  limber list --format ids"
        })
final class ListCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private CatalogOptions catalogOptions;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only routines with this tag.")
    private @Nullable String tag;

    @Mixin
    private FormatOption format = new FormatOption(Format.text, Format.json, Format.yaml, Format.ids);

    @Override
    public Integer call() {
        long readAt = System.currentTimeMillis();
        Settings settings = context.settings(Flags.none(), catalogOptions.folders());
        Catalog catalog = catalogOptions.catalog(context, settings);
        // Not while some file has problems: they are told on stderr each time, which kept ids would skip.
        if (format.get() == Format.ids
                && catalogOptions.folders().isEmpty()
                && catalog.problems().isEmpty()) {
            keepIds(settings, catalog, readAt);
        }
        PrintWriter out = context.out();
        context.report(catalog.problems());
        List<Catalog.Listing> entries = catalog.entries().stream()
                .filter(e -> tag == null || e.routine().tags().contains(tag))
                .toList();
        switch (format.get()) {
            case json -> ScriptOutput.json(out, g -> write(g, entries));
            case yaml -> ScriptOutput.yaml(out, g -> write(g, entries));
            case ids -> entries.forEach(e -> out.println(e.id()));
            case text -> {
                table(out, entries);
                if (tag == null) {
                    programs(out, catalog.programs().size());
                }
            }
            default -> throw format.notTaken();
        }
        return Exit.OK;
    }

    /**
     * The ids, kept for the completion script's next Tab, which the launchers answer from them while
     * nothing they were made from has changed (limber_routine_ids). Never a reason for list to fail.
     */
    private void keepIds(Settings settings, Catalog catalog, long readAt) {
        try {
            Day.routineSources(context, settings)
                    .ifPresent(sources -> LineCache.writeIds(
                            HistoryOptions.folder(context.env(), null),
                            context.env(),
                            catalog.entries().stream().map(Catalog.Listing::id).toList(),
                            sources,
                            readAt));
        } catch (RuntimeException e) {
            // No home to keep them in, say: the next Tab asks Java again.
        }
    }

    /** Programs are not routines, and not in the list scripts read; people are told where they are. */
    private void programs(PrintWriter out, int count) {
        if (count > 0) {
            out.println();
            String line = "And " + count + (count == 1 ? " program" : " programs")
                    + " (what to do each day and week): 'limber program list' shows "
                    + (count == 1 ? "it." : "them.");
            int window = context.columns();
            for (String part : window > 0 ? Words.wrap(line, window) : List.of(line)) {
                out.println(context.style().faint(part));
            }
        }
    }

    private static void write(JsonGenerator g, List<Catalog.Listing> entries) throws IOException {
        g.writeStartArray();
        for (Catalog.Listing entry : entries) {
            g.writeStartObject();
            CatalogFields.routine(g, entry);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void table(PrintWriter out, List<Catalog.Listing> entries) {
        Style style = context.style();
        if (entries.isEmpty()) {
            out.println(tag == null ? "No routines found." : "No routines tagged '" + Printable.of(tag) + "'.");
            return;
        }
        // In a narrow window the id (what 'run' takes) and the title stay longest, then the time.
        Table table = new Table("ID", "TITLE", "STEPS", "TIME", "TAGS", "SOURCE")
                .alignRight(2, 3)
                .priority(0, 1, 3, 2, 4, 5);
        for (Catalog.Listing entry : entries) {
            table.row(
                    entry.id(),
                    entry.routine().title(),
                    String.valueOf(entry.plan().steps()),
                    entry.plan().time(),
                    String.join(", ", entry.routine().tags()),
                    CatalogFields.shortSource(entry, context.env()));
        }
        table.print(out, style, context.columns());
    }
}
