package dev.limber.cli;

import dev.limber.catalog.SearchPath;
import dev.limber.document.Printable;
import dev.limber.document.Problem;
import dev.limber.program.Program;
import dev.limber.remind.ReminderTimes;
import dev.limber.remind.Units;
import dev.limber.settings.PathNames;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code limber remind}: reminders at the times of day a program asks for, by a systemd user timer
 * (or cron, where there is none) that runs {@code limber remind notify}.
 */
@Command(
        name = "remind",
        subcommands = {
            RemindInstallCommand.class,
            RemindStatusCommand.class,
            RemindRemoveCommand.class,
            RemindNotifyCommand.class
        },
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Remind you, at set times of day, of a walk or stretch that is still due.",
            "",
            "A back-care program asks for a walk two or three times a day; 'limber remind install' sets up a"
                    + " reminder at each of its times (or the ones you give), and each one shows a desktop"
                    + " notification only when something is still due: nothing after the day's last walk, and"
                    + " nothing outside the times asked."
        },
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber remind install                    at the program's times",
            "  limber remind install --at 09:00,17:30   at times of your own",
            "  limber remind status                     what is set up, and the next reminder",
            "  limber remind remove                     no more reminders"
        })
final class RemindCommand implements Callable<Integer> {

    /** The system property the launchers (bin/limber, ./limber) set to their own path. */
    static final String LAUNCHER = "limber.launcher";

    @Mixin
    private CommandContext context;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(context.out());
        return Exit.OK;
    }

    /** Where the unit files go: {@code $XDG_CONFIG_HOME/systemd/user}, by default {@code ~/.config/systemd/user}. */
    static Path units(CommandContext context) {
        return Units.folder(
                Objects.requireNonNull(SearchPath.configFolder(context.env()).getParent()));
    }

    /** {@code --at}, read; a usage error naming the bad value. */
    static ReminderTimes at(String at) {
        try {
            return ReminderTimes.parse(at);
        } catch (ReminderTimes.BadTimes e) {
            throw new Failure(Exit.USAGE, "--at " + e.getMessage());
        }
    }

    /** The program's reminder times, if it names any. */
    static Optional<ReminderTimes> times(Program program) {
        return program.reminders().isEmpty() ? Optional.empty() : Optional.of(new ReminderTimes(program.reminders()));
    }

    /**
     * The command a timer or cron should run: the launcher Limber was started by (bin/limber and
     * ./limber name themselves in {@value #LAUNCHER}), else {@code limber} on the PATH; always as an
     * absolute path, since neither systemd nor cron has the person's PATH.
     */
    static Path launcher(CommandContext context) {
        String named = System.getProperty(LAUNCHER, "");
        Optional<Path> launcher = named.isEmpty()
                ? Optional.empty()
                : PathNames.executable(named, Map.of())
                        .filter(p -> p.isAbsolute())
                        .map(Path::normalize);
        if (launcher.isEmpty()) {
            launcher = PathNames.executable("limber", context.env())
                    .map(p -> p.toAbsolutePath().normalize());
        }
        Path path = launcher.orElseThrow(() -> new Failure(
                Exit.NOT_FOUND,
                "cannot tell where the limber command"
                        + " is (Limber was not started by bin/limber or ./limber, and no limber is on the PATH); run this"
                        + " from bin/limber, or put its folder on your PATH"));
        if (Printable.anyUnsafe(path.toString())) {
            throw new Failure(
                    Exit.NOT_FOUND,
                    "the limber command's path, " + path + ", has a control character, which"
                            + " no timer or crontab can hold; move Limber to a plainer folder");
        }
        return path;
    }

    /** A file's text, or empty when there is no such file; anything else that stops reading it is a failure. */
    static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (MalformedInputException e) {
            // Not text Limber wrote: someone else's, to be left alone.
            return Optional.of("");
        } catch (IOException e) {
            throw new Failure(Exit.IO, "cannot read " + file + ": " + Problem.reason(e));
        }
    }
}
