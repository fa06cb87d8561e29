package dev.limber.cli;

import dev.limber.document.Printable;
import dev.limber.remind.ReminderLog;
import dev.limber.remind.ReminderTimes;
import dev.limber.remind.Systemd;
import dev.limber.remind.Tools;
import dev.limber.remind.Units;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code limber remind status}: what is set up for reminders, and when the next one comes. */
@Command(
        name = "status",
        description = {
            "Show whether reminders are set up, and when the next one comes.",
            "",
            "It shows the timer's files and times, what 'systemctl --user is-enabled' and 'is-active' say of it,"
                    + " the command it runs and the next reminder; without a systemd user session, what to check"
                    + " instead; and the last reminder that could not be shown, if any.",
            "",
            "--format json prints an object with: systemd (whether a systemd user session answered), installed"
                    + " (whether Limber's timer file is there), timer and service (the files' paths), times (the"
                    + " timer's times, \"HH:MM\"), launcher (the command the service runs, or null) and"
                    + " launcher_exists, enabled and active (what systemctl says, such as \"enabled\" and"
                    + " \"active\", or null when it was not asked), next (the next reminder, such as"
                    + " \"2026-11-27T13:00:00+01:00\", or null), log (the reminders.log path) and last_not_shown"
                    + " (its last line, or null)."
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  limber remind status", "  limber remind status --format json"})
final class RemindStatusCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private HistoryOptions historyOptions;

    @Mixin
    private FormatOption format = new FormatOption(Format.text, Format.json);

    /** What there is to say, gathered before it is printed in either format. */
    private record Status(
            boolean systemd,
            boolean installed,
            Path timer,
            Path service,
            @Nullable ReminderTimes times,
            @Nullable String launcher,
            boolean launcherExists,
            @Nullable String enabled,
            @Nullable String active,
            @Nullable ZonedDateTime next,
            Path log,
            @Nullable String lastNotShown) {}

    @Override
    public Integer call() {
        Status status = status();
        if (format.get() == Format.json) {
            json(status);
        } else {
            text(status);
        }
        return Exit.OK;
    }

    private Status status() {
        Path folder = RemindCommand.units(context);
        Path timer = folder.resolve(Units.TIMER);
        Path service = folder.resolve(Units.SERVICE);
        Optional<String> timerText = RemindCommand.read(timer).filter(Units::isLimbers);
        ReminderTimes times = timerText.flatMap(Units::times).orElse(null);
        String launcher = RemindCommand.read(service)
                .filter(Units::isLimbers)
                .flatMap(Units::launcher)
                .orElse(null);
        boolean launcherExists = launcher != null && Files.isExecutable(Path.of(launcher));
        Systemd systemd = new Systemd(new Tools(context.env()));
        boolean session = systemd.userSession();
        String enabled = null;
        String active = null;
        if (session && timerText.isPresent()) {
            enabled = word(systemd.user("is-enabled", Units.TIMER));
            active = word(systemd.user("is-active", Units.TIMER));
        }
        ZonedDateTime next = null;
        if (times != null && "active".equals(active)) {
            LocalDateTime now = LocalDateTime.now(context.clock());
            next = times.next(now).atZone(context.clock().getZone());
        }
        ReminderLog log = new ReminderLog(
                Objects.requireNonNull(historyOptions.log(context.env()).file().getParent()));
        return new Status(
                session,
                timerText.isPresent(),
                timer,
                service,
                times,
                launcher,
                launcherExists,
                enabled,
                active,
                next,
                log.file(),
                log.last().orElse(null));
    }

    /** The one word systemctl answers is-enabled and is-active with, or why it gave none. */
    private static String word(Tools.Ran ran) {
        String word = ran.out().strip().lines().findFirst().orElse("");
        return !word.isEmpty() ? word : ran.ok() ? "unknown" : "unknown (" + ran.reason() + ")";
    }

    private void text(Status s) {
        PrintWriter out = context.out();
        Style style = context.style();
        if (s.installed()) {
            out.println(style.bold("Reminders: ")
                    + (s.times() == null
                            ? "the timer names no times Limber can read"
                            : "every day at " + s.times().text() + ", when a walk or stretch is still due"));
            out.println("  timer:    " + Printable.of(s.timer().toString()));
            out.println("  service:  " + Printable.of(s.service().toString()));
            if (s.launcher() != null) {
                out.println("  runs:     " + Printable.of(s.launcher()) + " remind notify"
                        + (s.launcherExists()
                                ? ""
                                : style.warn(
                                        " (not there any more: install again, from the" + " Limber you use now)")));
            }
            if (s.systemd()) {
                // Both asked whenever the timer is installed and there is a user session.
                out.println("  systemctl --user is-enabled: " + Printable.of(Objects.requireNonNull(s.enabled()))
                        + "; is-active: " + Printable.of(Objects.requireNonNull(s.active())));
            } else {
                out.println("  " + style.warn("No systemd user session answers here, so the timer does not run;")
                        + " log in to a desktop session, or use cron ('limber remind install' there)");
            }
            if (s.next() != null) {
                out.println("  next:     " + when(s.next()));
            } else if (s.systemd() && !"active".equals(s.active())) {
                out.println("  The timer is not running: 'limber remind install' starts it again.");
            }
        } else if (s.systemd()) {
            out.println(style.bold("Reminders: ") + "not set up. 'limber remind install' sets them up (at the"
                    + " program's times, or the ones given with --at).");
        } else {
            out.println(style.bold("Reminders: ") + "there is no systemd user session here, so reminders can only"
                    + " come from cron.");
            out.println("  'crontab -l' shows whether your crontab has the 'limber remind notify' lines;"
                    + " 'limber remind install' prints the lines to add.");
        }
        out.println("  Reminders that could not be shown are logged in "
                + Printable.of(s.log().toString()) + (s.lastNotShown() == null ? "" : "; the last:"));
        if (s.lastNotShown() != null) {
            out.println("    " + s.lastNotShown());
        }
    }

    /** "today at 13:00" or "tomorrow at 08:00": the next reminder is never further off. */
    private String when(ZonedDateTime next) {
        boolean today = next.toLocalDate().equals(LocalDate.now(context.clock()));
        return (today ? "today" : "tomorrow") + " at " + next.toLocalTime();
    }

    private void json(Status s) {
        ScriptOutput.json(context.out(), g -> {
            g.writeStartObject();
            g.writeBooleanField("systemd", s.systemd());
            g.writeBooleanField("installed", s.installed());
            g.writeStringField("timer", s.timer().toString());
            g.writeStringField("service", s.service().toString());
            g.writeArrayFieldStart("times");
            if (s.times() != null) {
                for (var time : s.times().times()) {
                    g.writeString(time.toString());
                }
            }
            g.writeEndArray();
            g.writeStringField("launcher", s.launcher());
            g.writeBooleanField("launcher_exists", s.launcherExists());
            g.writeStringField("enabled", s.enabled());
            g.writeStringField("active", s.active());
            g.writeStringField(
                    "next", s.next() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.next()));
            g.writeStringField("log", s.log().toString());
            g.writeStringField("last_not_shown", s.lastNotShown());
            g.writeEndObject();
        });
    }
}
