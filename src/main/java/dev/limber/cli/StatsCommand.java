package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.progress.Entry;
import dev.limber.progress.Stats;
import dev.limber.routine.Routine;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code limber stats}: how it is going, at a glance. */
@Command(
        name = "stats",
        description = {
            "Show how it is going: your streak, this week, today against each routine's daily goal, active"
                    + " minutes for each of the last 14 days, and pain before and after by week.",
            "",
            "Only sessions that count are progress: the routine's end reached, with at least 80 %% of its work"
                    + " done (see 'limber history'). The streak counts days in a row with such a session, up to"
                    + " today, or up to yesterday while today has none yet. Active minutes are every minute spent."
                    + " Pain averages are over the sessions with both answers, and say how many. Weeks start on"
                    + " Monday."
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  limber stats", "  limber stats --format json"})
final class StatsCommand implements Callable<Integer> {

    /** The longest bar of the day chart, in columns. */
    private static final int BAR = 30;

    private static final String EIGHTHS = " ▏▎▍▌▋▊▉";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @Mixin
    private CommandContext context;

    @Mixin
    private CatalogOptions catalogOptions;

    @Mixin
    private HistoryOptions historyOptions;

    @Mixin
    private FormatOption format = new FormatOption(Format.text, Format.json);

    @Override
    public Integer call() {
        List<Entry> entries = historyOptions.read(context);
        Catalog catalog = catalogOptions.catalog(context);
        List<Routine> routines =
                catalog.entries().stream().map(Catalog.Listing::routine).toList();
        Stats stats = Stats.of(
                entries, LocalDate.now(context.clock()), context.clock().getZone(), routines);
        PrintWriter out = context.out();
        if (format.get() == Format.json) {
            json(out, stats);
        } else {
            text(out, stats, entries.isEmpty());
        }
        return Exit.OK;
    }

    private static void json(PrintWriter out, Stats stats) {
        ScriptOutput.json(out, g -> {
            g.writeStartObject();
            g.writeNumberField("streak_days", stats.streakDays());
            g.writeObjectFieldStart("week");
            g.writeNumberField("sessions", stats.weekSessions());
            g.writeNumberField("other_sessions", stats.weekOther());
            g.writeNumberField("active_s", stats.weekActiveSeconds());
            g.writeEndObject();
            g.writeArrayFieldStart("today");
            for (Stats.Goal goal : stats.today()) {
                g.writeStartObject();
                g.writeStringField("routine", goal.routine());
                g.writeNumberField("done", goal.done());
                g.writeNumberField("goal_min", goal.goal().min());
                g.writeNumberField("goal_max", goal.goal().max());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("days");
            for (Stats.Day day : stats.days()) {
                g.writeStartObject();
                g.writeStringField("date", day.date().toString());
                g.writeNumberField("active_s", day.activeSeconds());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("pain_by_week");
            for (Stats.Week week : stats.painByWeek()) {
                g.writeStartObject();
                g.writeStringField("week", week.monday().toString());
                g.writeNumberField("before", round(week.before()));
                g.writeNumberField("after", round(week.after()));
                g.writeNumberField("answered", week.answered());
                g.writeNumberField("sessions", week.sessions());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private void text(PrintWriter out, Stats stats, boolean none) {
        Style style = context.style();
        if (none) {
            context.say(out, "No sessions yet: 'limber run' starts one, and this is where they add up.");
            return;
        }
        context.say(
                out,
                "Streak: ",
                stats.streakDays() + (stats.streakDays() == 1 ? " day" : " days")
                        + " in a row with a session that counts");
        context.say(
                out,
                "This week: ",
                stats.weekSessions() + (stats.weekSessions() == 1 ? " session, " : " sessions, ")
                        + minutes(stats.weekActiveSeconds()) + " active minutes"
                        + (stats.weekOther() > 0
                                ? " (and " + stats.weekOther() + " stopped early or mostly skipped, not" + " counted)"
                                : ""));
        for (Stats.Goal goal : stats.today()) {
            context.say(
                    out,
                    "Today: ",
                    goal.done() + " of " + goal.goal().text() + " " + goal.title()
                            + (goal.done() >= goal.goal().min() ? " (done for today)" : ""));
        }
        out.println();
        out.println(style.bold("Active minutes, last " + Stats.DAYS + " days"));
        long most =
                stats.days().stream().mapToLong(Stats.Day::activeSeconds).max().orElse(0);
        // The bars are as long as the window leaves room for beside the day and the minutes.
        int columns = context.columns();
        int cells = columns > 0 ? Math.max(4, Math.min(BAR, columns - 18)) : BAR;
        for (Stats.Day day : stats.days()) {
            long seconds = day.activeSeconds();
            out.println(("  " + String.format("%-10s", DAY.format(day.date())) + " " + bar(seconds, most, cells)
                            + (seconds > 0 ? " " + (seconds < 30 ? "<1" : minutes(seconds)) : ""))
                    .stripTrailing());
        }
        if (!stats.painByWeek().isEmpty()) {
            out.println();
            context.say(out, "Pain before → after, by week (0 to 10), of sessions with both answers", "");
            for (Stats.Week week : stats.painByWeek()) {
                context.say(
                        out,
                        "  week of "
                                + DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
                                        .format(week.monday()) + ": " + pain(week.before()) + " → " + pain(week.after())
                                + "  ("
                                + week.answered() + " of " + week.sessions()
                                + (week.sessions() == 1 ? " session)" : " sessions)"));
            }
        }
    }

    /** A bar of whole blocks and an eighth-block end, so small days still show; the longest {@code cells} long. */
    static String bar(long value, long most, int cells) {
        if (most <= 0 || value <= 0) {
            return "";
        }
        long eighths = Math.max(1, Math.round((double) value / most * cells * 8));
        return "█".repeat((int) (eighths / 8))
                + (eighths % 8 == 0 ? "" : EIGHTHS.substring((int) (eighths % 8), (int) (eighths % 8) + 1));
    }

    private static String minutes(long seconds) {
        return String.valueOf(Math.round(seconds / 60.0));
    }

    private static String pain(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
