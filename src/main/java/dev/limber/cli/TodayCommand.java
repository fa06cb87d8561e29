package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.document.Printable;
import dev.limber.history.HistoryLog;
import dev.limber.program.Period;
import dev.limber.program.Program;
import dev.limber.progress.MorningPain;
import dev.limber.progress.Today;
import dev.limber.settings.Flags;
import dev.limber.settings.Setting;
import dev.limber.settings.Settings;
import dev.limber.tui.CheckIn;
import dev.limber.tui.Prompter;
import dev.limber.tui.StdinPrompter;
import dev.limber.tui.Words;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code limber today}: the day against the program in use, and what to do next. */
@Command(
        name = "today",
        description = {
            "Show today against your program: each routine it asks for, how many of it counted today (or"
                    + " this week), a run day's warm-up and stretches, this morning's back pain and the last"
                    + " week's, and the next thing to do as a command to copy.",
            "",
            "The program is back-care unless you chose another ('limber program use ID') or none. A day is a"
                    + " local day; a week starts on Monday; only sessions that count are progress (see 'limber"
                    + " history'). Once a day, on a terminal, it first asks how your back is this morning.",
            "",
            "--format line prints one short line for a shell prompt or a status bar, such as"
                    + " 'walk 1/2-3 · thoracic ✓ · core 1/2'; it is answered without starting Java while nothing"
                    + " it was made from has changed."
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber today",
            "  limber today --format json",
            "  limber today --format line       for a prompt or tmux's status bar"
        })
final class TodayCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    @Mixin
    private CommandContext context;

    @Mixin
    private CatalogOptions catalogOptions;

    @Mixin
    private HistoryOptions historyOptions;

    @Mixin
    private ProgramOption programOption;

    @Mixin
    private FormatOption format = new FormatOption(Format.text, Format.json, Format.line);

    @Option(
            names = "--no-checkin",
            description = "Don't ask the morning question (also 'checkin: false' in the"
                    + " config file, LIMBER_NO_CHECKIN=1).")
    private boolean noCheckin;

    @Override
    public Integer call() {
        long readAt = System.currentTimeMillis();
        Flags flags = programOption.flags();
        if (noCheckin) {
            flags.set(Setting.CHECKIN, false);
        }
        Settings settings = context.settings(flags, catalogOptions.folders());
        Optional<Day.InUse> inUse = Day.program(context, catalogOptions, settings);
        PrintWriter out = context.out();
        if (inUse.isEmpty()) {
            if (format.get() == Format.json) {
                ScriptOutput.json(out, g -> {
                    g.writeStartObject();
                    g.writeStringField("date", LocalDate.now(context.clock()).toString());
                    g.writeNullField("program");
                    g.writeEndObject();
                });
            } else if (format.get() == Format.text) {
                out.println("No program in use: 'limber program use back-care' starts one, 'limber list' shows"
                        + " the routines.");
            }
            return Exit.OK;
        }
        Program program = inUse.get().program();
        Catalog catalog = inUse.get().catalog();
        HistoryLog.Read history = historyOptions.readAllIfPossible(context);
        List<MorningPain> mornings = new ArrayList<>(history.mornings());
        if (format.get() == Format.text && MorningQuestion.due(context, settings.checkIns(), mornings)) {
            PrintWriter person = StandardStreams.person(out, context.err());
            try {
                mornings.add(MorningQuestion.ask(
                        context,
                        historyOptions.log(context.env()),
                        new CheckIn(new StdinPrompter(
                                person != null ? person : context.err(), StandardStreams.stdin(), context.columns()))));
            } catch (Prompter.Interrupted e) {
                return Exit.INTERRUPTED;
            }
            readAt = System.currentTimeMillis();
        }
        Today today = Today.of(
                program,
                id -> catalog.entry(id).map(Catalog.Listing::routine).orElse(null),
                history.entries(),
                mornings,
                LocalDate.now(context.clock()),
                context.clock().getZone());
        String line = line(today);
        // Kept only for the command line the launchers answer from it: no flags that change the day.
        // Nor from a history that is there and couldn't be read: its counts would be zeros.
        Path historyFile = historyOptions.log(context.env()).file();
        boolean historyRead = !java.nio.file.Files.exists(historyFile) || java.nio.file.Files.isReadable(historyFile);
        if (!historyOptions.given() && catalogOptions.folders().isEmpty() && !programOption.given() && historyRead) {
            LineCache.write(
                    historyOptions.folder(context.env()),
                    today.date(),
                    context.env(),
                    line,
                    Day.sources(context, settings, inUse.get(), historyOptions),
                    readAt);
        }
        switch (format.get()) {
            case line -> out.println(line);
            case json -> json(out, today);
            case text -> text(out, today, Day.reminders(context, program));
            default -> throw format.notTaken();
        }
        return Exit.OK;
    }

    /** "walk 1/2-3 · thoracic ✓ · core 1/2": each item's word and count, a tick when its least is met. */
    static String line(Today today) {
        return today.items().stream()
                .map(s -> {
                    String word = Printable.of(s.item().shortName(), 16);
                    if (s.item().times().max() == 1 && s.done() >= 1) {
                        return word + " \u2713";
                    }
                    return word + " " + s.done() + "/" + s.item().times().ascii() + (s.due() ? "" : " \u2713");
                })
                .collect(Collectors.joining(" \u00b7 "));
    }

    /** The day for people: each line fitted to the window as every report is ({@link CommandContext#say}). */
    private void text(PrintWriter out, Today today, Day.Reminders reminders) {
        Program program = today.program();
        context.say(out, DAY.format(today.date()) + " \u00b7 " + Printable.of(program.title(), 60));
        // Titles lined up in terminal cells, where a Japanese title takes two a character.
        int width = today.items().stream()
                .mapToInt(s -> Words.columns(title(s)))
                .max()
                .orElse(0);
        for (Today.Status s : today.items()) {
            String title = title(s);
            context.say(
                    out,
                    "  " + (s.due() ? "\u00b7" : "\u2713") + " " + title
                            + " ".repeat(width - Words.columns(title)) + "  " + count(s)
                            + (s.growth() != null ? " \u00b7 " + s.growth().note() : ""));
        }
        Today.Run run = today.run();
        if (run != null) {
            String before = run.before().stream()
                    .map(b -> Printable.of(b.title(), 40) + (b.done() > 0 ? " \u2713" : ""))
                    .collect(Collectors.joining(", "));
            String after = run.after().stream()
                    .map(a -> Printable.of(a.title(), 40) + (a.done() > 0 ? " \u2713" : ""))
                    .collect(Collectors.joining(", "));
            if (today.easier() && !run.runDay()) {
                context.say(out, "  No run today: an easier day (a walk instead).");
            } else {
                context.say(
                        out,
                        "  " + (run.runDay() ? "Run day: before, " : "Running today? Before, ") + before + "; after, "
                                + after + ".");
            }
            if (run.plan().walk() != null && run.plan().walksPerWeek() > 0) {
                String swap = run.plan().walksPerWeek() == 1
                        ? "One run a week becomes a walk"
                        : run.plan().walksPerWeek() + " runs a week become a walk";
                context.say(
                        out,
                        "  " + swap
                                + (run.plan().days().isEmpty()
                                        ? " (" + Printable.of(Objects.requireNonNull(run.walkTitle()), 40)
                                                + " on a running day)"
                                        : ": " + run.walks() + " of "
                                                + run.plan().walksPerWeek() + " this week"));
            }
        }
        context.say(out, pain(today));
        if (today.easier()) {
            context.say(
                    out,
                    "Your back is worse this morning than yesterday (" + today.morningPain() + ", was "
                            + today.yesterdayPain() + "). Make today an easier day: walk gently at today's length and"
                            + " don't run; the walk doesn't grow today.");
        }
        context.say(out, reminders.text());
        if (today.next() != null) {
            context.say(out, "Next: " + runCommand(today.next().routine()));
        } else if (today.done()) {
            context.say(out, "All done for today" + (today.easier() ? ": rest." : ". Well done."));
        }
        if (!program.caution().isEmpty()) {
            out.println();
            context.say(out, Printable.of(program.caution(), 600));
        }
    }

    /** An item's title as the day shows it: at most 40 cells. */
    private String title(Today.Status s) {
        return Words.shorten(context.shown(s.title()), 40);
    }

    /** "1 of 2–3 today", "not yet today", "1 of 2 this week". */
    private static String count(Today.Status s) {
        String when = s.item().period() == Period.DAY ? "today" : "this week";
        if (s.done() == 0 && s.item().times().max() == 1) {
            return "not yet " + when;
        }
        return s.done() + " of " + s.item().times().text() + " " + when;
    }

    /** "Back pain this morning 3 (yesterday 2) · last 7 mornings: – 4 4 3 – 3 3, easing". */
    private static String pain(Today today) {
        List<Integer> known = today.mornings().stream().filter(p -> p != null).toList();
        if (known.isEmpty()) {
            return "Back pain: no mornings noted this week (asked once a day, on a terminal).";
        }
        String now = today.morningPain() == null
                ? "not noted this morning"
                : "this morning " + today.morningPain()
                        + (today.yesterdayPain() == null ? "" : " (yesterday " + today.yesterdayPain() + ")");
        String days = today.mornings().stream()
                .map(p -> p == null ? "\u2013" : String.valueOf(p))
                .collect(Collectors.joining(" "));
        String trend = "";
        if (known.size() >= 2) {
            int first = known.get(0);
            int last = known.get(known.size() - 1);
            trend = last < first ? ", easing" : last > first ? ", worse" : ", steady";
        }
        return "Back pain " + now + " \u00b7 last " + Today.TREND_DAYS + " mornings: " + days + trend;
    }

    private void json(PrintWriter out, Today today) {
        ScriptOutput.json(out, g -> {
            g.writeStartObject();
            g.writeStringField("date", today.date().toString());
            g.writeObjectFieldStart("program");
            g.writeStringField("id", today.program().id());
            g.writeStringField("title", today.program().title());
            g.writeEndObject();
            g.writeArrayFieldStart("items");
            for (Today.Status s : today.items()) {
                g.writeStartObject();
                g.writeStringField("routine", s.routine());
                g.writeStringField("title", s.title());
                g.writeStringField("per", s.item().period() == Period.DAY ? "day" : "week");
                g.writeNumberField("min", s.item().times().min());
                g.writeNumberField("max", s.item().times().max());
                g.writeNumberField("done", s.done());
                g.writeBooleanField("due", s.due());
                if (s.growth() != null) {
                    g.writeNumberField("length_s", s.growth().seconds());
                    g.writeNumberField("length_max_s", s.growth().max());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            Today.Run run = today.run();
            if (run == null) {
                g.writeNullField("run");
            } else {
                g.writeObjectFieldStart("run");
                g.writeBooleanField("run_day", run.runDay());
                g.writeArrayFieldStart("before");
                for (Today.Status b : run.before()) {
                    done(g, b);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("after");
                for (Today.Status a : run.after()) {
                    done(g, a);
                }
                g.writeEndArray();
                if (run.plan().walk() == null) {
                    g.writeNullField("walk_instead");
                } else {
                    g.writeObjectFieldStart("walk_instead");
                    g.writeStringField("routine", run.plan().walk());
                    g.writeNumberField("per_week", run.plan().walksPerWeek());
                    if (run.plan().days().isEmpty()) {
                        g.writeNullField("this_week");
                    } else {
                        g.writeNumberField("this_week", run.walks());
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            number(g, "morning_pain", today.morningPain());
            number(g, "yesterday_pain", today.yesterdayPain());
            g.writeArrayFieldStart("mornings");
            for (Integer p : today.mornings()) {
                if (p == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(p);
                }
            }
            g.writeEndArray();
            g.writeBooleanField("easier", today.easier());
            if (today.next() == null) {
                g.writeNullField("next");
            } else {
                g.writeObjectFieldStart("next");
                g.writeStringField("routine", today.next().routine());
                g.writeStringField("command", runCommand(today.next().routine()));
                g.writeEndObject();
            }
            g.writeStringField("line", line(today));
            g.writeEndObject();
        });
    }

    private static void done(com.fasterxml.jackson.core.JsonGenerator g, Today.Status s) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("routine", s.routine());
        g.writeStringField("title", s.title());
        g.writeBooleanField("done", s.done() > 0);
        g.writeEndObject();
    }

    private static void number(com.fasterxml.jackson.core.JsonGenerator g, String name, @Nullable Integer value)
            throws java.io.IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    /**
     * What to type to run {@code routine}: with the {@code --routines} folders this command was given,
     * so that it finds the routine today found there.
     */
    private String runCommand(String routine) {
        StringBuilder command = new StringBuilder("limber run ").append(routine);
        for (Path folder : catalogOptions.folders()) {
            command.append(" --routines ").append(CommandContext.shellWord(folder.toString()));
        }
        return command.toString();
    }
}
