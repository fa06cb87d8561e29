package dev.limber.cli;

import dev.limber.document.Printable;
import dev.limber.document.Problem;
import dev.limber.remind.Systemd;
import dev.limber.remind.Tools;
import dev.limber.remind.Units;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code limber remind remove}: the reminder timer stopped, disabled and its files gone. */
@Command(
        name = "remove",
        description = {
            "Turn reminders off.",
            "",
            "It runs 'systemctl --user disable --now limber-remind.timer', then deletes"
                    + " limber-remind.timer and limber-remind.service (only files Limber wrote) and runs"
                    + " 'systemctl --user daemon-reload'. With nothing installed, it says so and exits 0.",
            "",
            "Reminders from cron are yours to remove: delete the 'limber remind notify' lines with" + " 'crontab -e'."
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  limber remind remove", "  limber remind remove --dry-run     show what it would do, change nothing"
        })
final class RemindRemoveCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Option(names = "--dry-run", description = "Print what would be run and deleted; run and delete nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = context.out();
        Path folder = RemindCommand.units(context);
        Path timer = folder.resolve(Units.TIMER);
        List<Path> files = new ArrayList<>();
        for (Path file : List.of(timer, folder.resolve(Units.SERVICE))) {
            Optional<String> text = RemindCommand.read(file);
            if (text.isPresent() && !Units.isLimbers(text.get())) {
                throw new Failure(
                        Exit.IO,
                        file + " is not Limber's (it has no line '" + Units.MARKER + "'), so"
                                + " Limber leaves it and its timer as they are; move it away and remove again");
            }
            text.ifPresent(t -> files.add(file));
        }
        // What 'enable' linked: removed here too, should systemctl not be there to do it.
        Path wanted = folder.resolve("timers.target.wants").resolve(Units.TIMER);
        if (Files.isSymbolicLink(wanted)) {
            files.add(wanted);
        }
        Systemd systemd = new Systemd(new Tools(context.env()));
        boolean session = systemd.userSession();
        if (files.isEmpty()) {
            out.println("Reminders are not installed here (no " + Printable.of(timer.toString()) + "); nothing to"
                    + " remove.");
            if (!session) {
                out.println("Reminders from cron are removed with 'crontab -e': delete the lines with 'limber"
                        + " remind notify'.");
            }
            return Exit.OK;
        }
        boolean timerThere = files.contains(timer);
        List<String[]> before = session && timerThere
                ? List.of(
                        new String[] {"disable", "--now", Units.TIMER},
                        new String[] {"clean", "--what=state", Units.TIMER})
                : List.of();
        List<String[]> after = session ? List.<String[]>of(new String[] {"daemon-reload"}) : List.of();
        if (dryRun) {
            before.forEach(command -> out.println("Would run " + Systemd.line(command)));
            files.forEach(file -> out.println("Would delete " + Printable.of(file.toString())));
            after.forEach(command -> out.println("Would run " + Systemd.line(command)));
            out.println("Nothing run or deleted (--dry-run).");
            return Exit.OK;
        }
        for (String[] command : before) {
            Tools.Ran ran = systemd.user(command);
            if (ran.ok()) {
                out.println("Ran " + Systemd.line(command));
            } else if (command[0].equals("disable")) {
                out.flush();
                throw new Failure(
                        Exit.IO,
                        Systemd.line(command) + " failed: " + ran.reason() + "; the files are" + " left as they are");
            }
            // 'clean' forgets when the timer last ran (Persistent=true keeps that on disk); a systemd older
            // than 243 has no 'clean', and a stale time is harmless.
        }
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new Failure(Exit.IO, "cannot delete " + file + ": " + Problem.reason(e));
            }
            out.println("Deleted " + Printable.of(file.toString()));
        }
        for (String[] command : after) {
            Tools.Ran ran = systemd.user(command);
            if (!ran.ok()) {
                out.flush();
                throw new Failure(Exit.IO, Systemd.line(command) + " failed: " + ran.reason());
            }
            out.println("Ran " + Systemd.line(command));
        }
        out.println("Reminders are off.");
        return Exit.OK;
    }
}
