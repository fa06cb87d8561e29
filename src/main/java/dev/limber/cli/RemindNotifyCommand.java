package dev.limber.cli;

import dev.limber.document.Problem;
import dev.limber.progress.Today;
import dev.limber.remind.Desktop;
import dev.limber.remind.Reminder;
import dev.limber.remind.ReminderLog;
import dev.limber.remind.ReminderTimes;
import dev.limber.remind.Tools;
import dev.limber.remind.Units;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code limber remind notify}: what the timer (or cron) runs. A desktop notification when something
 * is still due and it is within the day's reminder times; otherwise nothing. It never fails loudly:
 * a reminder that can't be shown is a line in reminders.log, and the exit status is 0.
 */
@Command(
        name = "notify",
        description = {
            "Show a reminder of what is still due now, if anything: what the reminder timer runs.",
            "",
            "The reminder is a desktop notification naming what is due, such as \"Back-friendly walk 1 of 2–3"
                    + " today\", and the command that does it, such as 'limber run back-friendly-walk'.",
            "",
            "It shows nothing when nothing is due (the day's walks are done), or outside the day's reminder"
                    + " window: from the first reminder time to an hour after the last. The times are"
                    + " --at's, else the installed timer's, else the program's.",
            "",
            "It uses notify-send (Linux) or osascript (macOS). When there is no desktop session to show it on,"
                    + " or they fail, it appends a line to reminders.log in the state folder instead, and still"
                    + " exits 0."
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  limber remind notify --dry-run    what a reminder would say now"})
final class RemindNotifyCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private CatalogOptions catalogOptions;

    @Mixin
    private HistoryOptions historyOptions;

    @Option(
            names = "--at",
            paramLabel = "HH:MM,...",
            description = "The day's reminder times, for its window (the lines 'limber remind install' prints for"
                    + " cron pass them).")
    private @Nullable String at;

    @Option(names = "--dry-run", description = "Print what would be shown, and how; show and log nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        ReminderTimes given = at == null ? null : RemindCommand.at(at);
        Optional<Today> today;
        try {
            today = Day.today(context, catalogOptions, historyOptions);
        } catch (Failure e) {
            // A timer has no one to tell and must not fail (cron would mail it, systemd mark the unit
            // failed): what is wrong goes in the log, for 'limber remind status' to show.
            if (dryRun) {
                throw e;
            }
            logFailure(e.getMessage());
            return Exit.OK;
        }
        if (today.isEmpty()) {
            return quiet("No program is in use, so there is nothing to remind you of.");
        }
        Optional<ReminderTimes> times = Optional.ofNullable(given)
                .or(this::installed)
                .or(() -> RemindCommand.times(today.get().program()));
        if (times.isEmpty()) {
            return quiet("No reminder times: none given, no timer installed, and the program names none.");
        }
        LocalTime now = LocalTime.now(context.clock());
        if (!times.get().within(now)) {
            return quiet("It is " + now.withSecond(0).withNano(0) + ", outside the reminder window ("
                    + times.get().window() + "): nothing to show.");
        }
        Optional<Reminder> reminder = Reminder.of(today.get());
        if (reminder.isEmpty()) {
            return quiet("Nothing is due now: nothing to show.");
        }
        Desktop desktop = new Desktop(new Tools(context.env()), context.env(), Desktop.isMac());
        if (dryRun) {
            PrintWriter out = context.out();
            out.println("Would show: " + reminder.get().title());
            reminder.get().body().lines().forEach(line -> out.println("            " + line));
            out.println("with: "
                    + String.join(
                            " ",
                            desktop.command(reminder.get()).stream()
                                    .map(CommandContext::shellWord)
                                    .toList()));
            return Exit.OK;
        }
        Optional<String> notShown = desktop.show(reminder.get());
        if (notShown.isPresent()) {
            log(notShown.get(), reminder.get());
        }
        return Exit.OK;
    }

    /** The installed timer's times, when Limber's timer is there. */
    private Optional<ReminderTimes> installed() {
        Optional<String> timer;
        try {
            timer = RemindCommand.read(RemindCommand.units(context).resolve(Units.TIMER));
        } catch (Failure e) {
            return Optional.empty();
        }
        return timer.filter(Units::isLimbers).flatMap(Units::times);
    }

    /** Nothing to show: said only to someone trying it out (--dry-run); a timer's run stays silent. */
    private int quiet(String why) {
        if (dryRun) {
            context.out().println(why);
        }
        return Exit.OK;
    }

    private void logFailure(String why) {
        ReminderLog log = new ReminderLog(
                Objects.requireNonNull(historyOptions.log(context.env()).file().getParent()));
        try {
            log.failed(OffsetDateTime.now(context.clock()), why);
        } catch (IOException e) {
            context.err()
                    .println("limber: no reminder could be worked out (" + why + ") nor logged in " + log.file() + ": "
                            + Problem.reason(e));
        }
    }

    private void log(String why, Reminder reminder) {
        ReminderLog log = new ReminderLog(
                Objects.requireNonNull(historyOptions.log(context.env()).file().getParent()));
        try {
            log.notShown(OffsetDateTime.now(context.clock()), why, reminder);
        } catch (IOException e) {
            // The last place left to say it: the journal (systemd) or cron's mail has stderr.
            context.err()
                    .println("limber: a reminder could not be shown (" + why + ") nor logged in " + log.file() + ": "
                            + Problem.reason(e));
        }
    }
}
