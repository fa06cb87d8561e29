package dev.limber.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.limber.document.Printable;
import dev.limber.history.EntryJson;
import dev.limber.progress.Entry;
import dev.limber.routine.Durations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code limber history}: the sessions you have done. */
@Command(
        name = "history",
        description = {
            "Show the sessions you have done, oldest first.",
            "",
            "Each session run with 'limber run' is kept, however it ended, with its pain check-ins. The file is"
                    + " history.jsonl in the state folder (--state-dir): one JSON object per line.",
            "",
            "WORK is the share of the routine's planned work time that was done (holds as long as they ran,"
                    + " reps at their pace when confirmed). A session COUNTS toward progress (the walk's growth,"
                    + " streaks, daily goals) when it reached the end with at least 80 %% of its work done."
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber history",
            "  limber history --since 7d",
            "  limber history --routine back-friendly-walk --since 2026-11-01",
            "  limber history --format csv > sessions.csv"
        })
final class HistoryCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private HistoryOptions historyOptions;

    @Option(
            names = "--since",
            paramLabel = "WHEN",
            converter = Since.Converter.class,
            description = "Only sessions from this day on: a date (2026-11-01), or days or weeks ago (7d, 2w).")
    private @Nullable Since since;

    @Option(names = "--routine", paramLabel = "ID", description = "Only sessions of this routine.")
    private @Nullable String routine;

    @Mixin
    private FormatOption format = new FormatOption(Format.text, Format.json, Format.csv);

    @Override
    public Integer call() {
        ZoneId zone = context.clock().getZone();
        LocalDate from = since == null ? LocalDate.MIN : since.from(LocalDate.now(context.clock()));
        // Oldest first by when each session started: the file is in the order sessions ended.
        List<Entry> entries = historyOptions.read(context).stream()
                .filter(e -> routine == null || e.routine().equals(routine))
                .filter(e -> !e.started().atZoneSameInstant(zone).toLocalDate().isBefore(from))
                .sorted(Comparator.comparing(Entry::started, OffsetDateTime.timeLineOrder()))
                .toList();
        PrintWriter out = context.out();
        switch (format.get()) {
            case json -> json(out, entries);
            case csv -> csv(out, entries);
            case text -> table(out, entries, zone);
            default -> throw format.notTaken();
        }
        return Exit.OK;
    }

    private static String[] cells(Entry e, ZoneId zone) {
        String pain = (e.painBefore() == null ? "–" : e.painBefore()) + "→"
                + (e.painAfter() == null ? "–" : e.painAfter()) + (e.flagged() ? " !" : "");
        return new String[] {
            when(e, zone),
            e.routine(),
            Durations.clock(e.activeSeconds()),
            e.effort() == null ? "" : e.effort().percent() + "%",
            e.painBefore() == null && e.painAfter() == null ? "" : pain,
            e.endedBy().word(),
            e.counts() ? "yes" : "no"
        };
    }

    /** "2026-11-27 07:30" where the person is; directly, as this runs for every one of years of records. */
    private static String when(Entry e, ZoneId zone) {
        LocalDateTime local = e.started().atZoneSameInstant(zone).toLocalDateTime();
        StringBuilder out = new StringBuilder(16).append(local.getYear()).append('-');
        two(out, local.getMonthValue()).append('-');
        two(out, local.getDayOfMonth()).append(' ');
        two(out, local.getHour()).append(':');
        return two(out, local.getMinute()).toString();
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append(value < 10 ? "0" : "").append(value);
    }

    /**
     * An array with one compact record a line, as the file keeps them: readable for a few, and for
     * years of records a quarter of the bytes of indented JSON. Parts are written on both cores.
     */
    private static void json(PrintWriter out, List<Entry> entries) {
        int size = entries.size();
        int parts = Math.max(1, Math.min(64, size / 1000));
        List<String> chunks = IntStream.range(0, parts)
                .parallel()
                .mapToObj(p -> ScriptOutput.recordLines(
                        entries.subList(p * size / parts, (p + 1) * size / parts), EntryJson::write))
                .toList();
        out.print(size == 0 ? "[" : "[\n");
        for (int p = 0; p < parts; p++) {
            out.print(chunks.get(p));
            out.print(p < parts - 1 && !chunks.get(p).isEmpty() ? ",\n" : "");
        }
        out.println(size == 0 ? "]" : "\n]");
        out.flush();
    }

    private void csv(PrintWriter out, List<Entry> entries) {
        CsvSchema.Builder columns = CsvSchema.builder().setUseHeader(true);
        EntryJson.FIELDS.forEach(columns::addColumn);
        try (JsonGenerator g = new CsvFactory().createGenerator(out)) {
            ((CsvGenerator) g).setSchema(columns.build());
            JsonGenerator cells = new Cells(g);
            for (Entry entry : entries) {
                EntryJson.write(cells, entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /**
     * The text cells of the CSV, written so that no spreadsheet takes one for a formula and no
     * terminal for a control sequence: a history is a file anyone can edit, and a title such as
     * {@code =HYPERLINK(...)} would be live in a spreadsheet.
     */
    private static final class Cells extends JsonGeneratorDelegate {
        /** What starts a formula, as OWASP's CSV injection guidance lists it; a quote before makes it text. */
        private static final String FORMULA = "=+-@\t\r";

        Cells(JsonGenerator csv) {
            super(csv, false);
        }

        @Override
        public void writeString(String text) throws IOException {
            if (text == null) {
                super.writeString((String) null);
                return;
            }
            boolean formula = !text.isEmpty() && FORMULA.indexOf(text.charAt(0)) >= 0;
            // CSV has no escapes of its own, and is as often printed as opened.
            super.writeString(Printable.of(formula ? "'" + text : text));
        }
    }

    private void table(PrintWriter out, List<Entry> entries, ZoneId zone) {
        if (entries.isEmpty()) {
            context.say(
                    out,
                    "No sessions " + (since != null || routine != null ? "match." : "yet: 'limber run' starts one."));
            return;
        }
        // In a narrow window: when and what first, then the time it took, the pain and whether it counts.
        Table table = new Table("STARTED", "ROUTINE", "ACTIVE", "WORK", "PAIN", "ENDED", "COUNTS")
                .alignRight(2, 3)
                .priority(0, 1, 2, 4, 6, 5, 3);
        table.rows(entries.parallelStream().map(e -> cells(e, zone)).toList());
        table.print(out, context.style(), context.columns());
        long counting = entries.stream().filter(Entry::counts).count();
        context.say(
                out,
                entries.size() + (entries.size() == 1 ? " session" : " sessions") + " (" + counting + " counted), "
                        + Durations.format(
                                entries.stream().mapToLong(Entry::activeSeconds).sum()) + " active.");
    }
}
