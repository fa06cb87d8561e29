package dev.limber.cli;

import dev.limber.document.Printable;
import dev.limber.document.Problem;
import dev.limber.program.Program;
import dev.limber.remind.Crontab;
import dev.limber.remind.ReminderTimes;
import dev.limber.remind.Systemd;
import dev.limber.remind.Tools;
import dev.limber.remind.Units;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code limber remind install}: a systemd user timer for the reminders, or the crontab lines for one. */
@Command(
        name = "install",
        description = {
            "Set up reminders at the program's times of day, or at the times given with --at.",
            "",
            "With a systemd user session (most Linux desktops), it writes a timer and a service,"
                    + " limber-remind.timer and limber-remind.service, into $XDG_CONFIG_HOME/systemd/user (by default"
                    + " ~/.config/systemd/user), then runs 'systemctl --user daemon-reload' and 'systemctl --user"
                    + " enable --now limber-remind.timer'. A reminder missed while the computer was asleep or off"
                    + " comes once, on waking. Run it again to change the times; it rewrites only files it wrote.",
            "",
            "Without one (macOS, a container), it prints the lines to add to your crontab with 'crontab -e';"
                    + " Limber never edits a crontab itself.",
            "",
            "The timer runs this Limber by its full path: after moving or upgrading Limber, install again."
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber remind install                      at the program's times",
            "  limber remind install --at 08:00,13:00,18:00",
            "  limber remind install --dry-run            what it would do; changes nothing"
        })
final class RemindInstallCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private CatalogOptions catalogOptions;

    @Option(
            names = "--at",
            paramLabel = "HH:MM,...",
            description =
                    "The times of day, 24-hour, separated by commas (1 to 24 of them), instead of the" + " program's.")
    private @Nullable String at;

    @Option(names = "--dry-run", description = "Print the files and the commands; write and run nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        ReminderTimes given = at == null ? null : RemindCommand.at(at);
        Program program = Day.program(context, catalogOptions)
                .orElseThrow(() -> new Failure(
                        Exit.USAGE,
                        "no program is in use, so a reminder would have nothing to name; reminders follow a program"));
        ReminderTimes times = given != null
                ? given
                : RemindCommand.times(program)
                        .orElseThrow(() -> new Failure(
                                Exit.USAGE,
                                "the program '" + program.title()
                                        + "' names no times for reminders; give them with --at,"
                                        + " such as --at 08:00,13:00,18:00"));
        Path launcher = RemindCommand.launcher(context);
        Systemd systemd = new Systemd(new Tools(context.env()));
        return systemd.userSession() ? timer(systemd, times, launcher) : cron(times, launcher);
    }

    private int timer(Systemd systemd, ReminderTimes times, Path launcher) {
        PrintWriter out = context.out();
        Path folder = RemindCommand.units(context);
        Path timer = folder.resolve(Units.TIMER);
        Path service = folder.resolve(Units.SERVICE);
        if (!Units.runnable(launcher.toString())) {
            throw new Failure(
                    Exit.NOT_FOUND,
                    "the limber command's path, " + launcher + ", has a quote or a backslash"
                            + " in it, and systemd runs no program from such a path; move Limber to a folder without one");
        }
        List<Unit> units;
        try {
            units = List.of(new Unit(timer, Units.timer(times)), new Unit(service, Units.service(launcher, carried())));
        } catch (IllegalArgumentException e) {
            throw new Failure(
                    Exit.USAGE,
                    "one of " + String.join(", ", dev.limber.remind.Reminder.CARRIED)
                            + " has a control character in it, which a timer can't be given; set it without one");
        }
        for (Unit unit : units) {
            RemindCommand.read(unit.path())
                    .filter(text -> !Units.isLimbers(text))
                    .ifPresent(text -> {
                        throw new Failure(
                                Exit.IO,
                                unit.path() + " is not Limber's (it has no line '" + Units.MARKER
                                        + "'); move it away and install again");
                    });
        }
        List<String[]> commands =
                List.of(new String[] {"daemon-reload"}, new String[] {"enable", "--now", Units.TIMER});
        if (dryRun) {
            for (Unit unit : units) {
                out.println("Would write " + Printable.of(unit.path().toString()) + ":");
                unit.text().lines().forEach(line -> out.println(line.isEmpty() ? "" : "    " + Printable.of(line)));
            }
            out.println("Would run:");
            commands.forEach(command -> out.println("    " + Systemd.line(command)));
            out.println("Nothing written or run (--dry-run).");
            return Exit.OK;
        }
        try {
            Files.createDirectories(folder);
            for (Unit unit : units) {
                write(unit);
            }
        } catch (IOException e) {
            throw new Failure(Exit.IO, "cannot write the reminder timer in " + folder + ": " + Problem.reason(e));
        }
        out.println("Wrote " + Printable.of(timer.toString()) + " (every day at " + times.text() + ")");
        out.println("Wrote " + Printable.of(service.toString()) + " (runs " + Printable.of(launcher.toString())
                + " remind notify)");
        for (String[] command : commands) {
            Tools.Ran ran = systemd.user(command);
            if (!ran.ok()) {
                out.flush();
                throw new Failure(
                        Exit.IO,
                        Systemd.line(command) + " failed: " + ran.reason() + "; the files are"
                                + " written, and 'limber remind remove' takes them away again");
            }
            out.println("Ran " + Systemd.line(command));
        }
        out.println("Reminders are on, at " + times.text() + ", when a walk or stretch is still due."
                + " 'limber remind status' shows them; 'limber remind remove' turns them off.");
        return Exit.OK;
    }

    /**
     * The variables of {@link Reminder#CARRIED} that are set here, each path made absolute as Limber
     * reads it (a timer runs in another folder, with another environment); those Limber ignores (a
     * relative XDG folder) are left out.
     */
    private java.util.Map<String, String> carried() {
        java.util.Map<String, String> env = context.env();
        Path home = dev.limber.catalog.SearchPath.home(env);
        java.util.Map<String, String> carried = new java.util.TreeMap<>();
        for (String name : dev.limber.remind.Reminder.CARRIED) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                continue;
            }
            switch (name) {
                case "XDG_STATE_HOME", "XDG_CONFIG_HOME" -> {
                    if (Path.of(value).isAbsolute()) {
                        carried.put(name, value);
                    }
                }
                case "LIMBER_STATE_DIR", "LIMBER_CONFIG" ->
                    carried.put(
                            name,
                            dev.limber.settings.PathNames.resolve(value, home, null)
                                    .toAbsolutePath()
                                    .toString());
                case "LIMBER_ROUTINES" ->
                    carried.put(
                            name,
                            String.join(
                                    java.io.File.pathSeparator,
                                    java.util.Arrays.stream(value.split(java.io.File.pathSeparator))
                                            .filter(v -> !v.isBlank())
                                            .map(v -> dev.limber.settings.PathNames.resolve(v, home, null)
                                                    .toAbsolutePath()
                                                    .toString())
                                            .toList()));
                default -> carried.put(name, value);
            }
        }
        return carried;
    }

    /** Writes a unit whole or not at all: a timer read half-written would be a broken unit. */
    private static void write(Unit unit) throws IOException {
        Path partial = unit.path().resolveSibling("." + unit.path().getFileName() + ".partial");
        Files.writeString(partial, unit.text(), StandardCharsets.UTF_8);
        Files.move(partial, unit.path(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private int cron(ReminderTimes times, Path launcher) {
        PrintWriter out = context.out();
        List<String> lines;
        try {
            lines = Crontab.lines(times, launcher, carried());
        } catch (IllegalArgumentException e) {
            throw new Failure(
                    Exit.NOT_FOUND,
                    "the limber command's path has a character no crontab can hold;"
                            + " move Limber to a plainer folder");
        }
        out.println("There is no systemd user session here, so Limber can't set up a timer. For reminders at "
                + times.text() + ", add these lines to your crontab ('crontab -e' opens it):");
        out.println();
        lines.forEach(line -> out.println(Printable.of(line)));
        out.println();
        out.println("Limber doesn't edit your crontab itself. 'crontab -l' shows what is in it;"
                + " 'limber remind notify --dry-run' shows what a reminder would say now.");
        return Exit.OK;
    }

    private record Unit(Path path, String text) {}
}
