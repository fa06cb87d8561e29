package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.program.Program;
import dev.limber.progress.Today;
import dev.limber.settings.Flags;
import dev.limber.settings.Settings;
import dev.limber.settings.Sourced;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The day as the program in use and the history see it, for {@code today}, {@code remind} and the
 * morning question.
 */
final class Day {

    private Day() {}

    /**
     * The program in use and the catalog its routines are in.
     *
     * @param file the program's file, or null for a built-in one
     */
    record InUse(Program program, Catalog catalog, @Nullable Path file) {}

    /**
     * The program in use and its catalog, or empty when the person has turned programs off ({@code
     * program: none}). Fails (66, 65) when the setting names no usable program, saying where it was set.
     */
    static Optional<InUse> program(CommandContext context, CatalogOptions catalogOptions, Settings settings) {
        Catalog catalog = catalogOptions.catalog(context, settings);
        Optional<Catalog.ProgramListing> entry = Programs.inUse(context, settings, catalog);
        // A routine it names that is missing or broken is said; the rest of the day goes on.
        entry.ifPresent(e -> {
            context.report(catalog.programProblems(e.id()));
            context.err().flush();
        });
        return entry.map(e -> new InUse(e.program(), catalog, e.file()));
    }

    /** The program in use, or empty when the person has turned programs off. */
    static Optional<Program> program(CommandContext context, CatalogOptions catalogOptions) {
        return program(context, catalogOptions, context.settings(Flags.none(), catalogOptions.folders()))
                .map(InUse::program);
    }

    /** Today against the program in use, or empty when there is none; the history read if it can be. */
    static Optional<Today> today(CommandContext context, CatalogOptions catalogOptions, HistoryOptions history) {
        Optional<InUse> inUse =
                program(context, catalogOptions, context.settings(Flags.none(), catalogOptions.folders()));
        if (inUse.isEmpty()) {
            return Optional.empty();
        }
        Catalog catalog = inUse.get().catalog();
        var read = history.readAllIfPossible(context);
        return Optional.of(Today.of(
                inUse.get().program(),
                id -> catalog.entry(id).map(Catalog.Listing::routine).orElse(null),
                read.entries(),
                read.mornings(),
                LocalDate.now(context.clock()),
                context.clock().getZone()));
    }

    /**
     * Every file and folder today's view was made from, for {@link LineCache}: the history, the
     * config file, the routine folders (a file added or taken away changes the folder), and every
     * routine and program file that isn't built in.
     */
    static List<Path> sources(CommandContext context, Settings settings, InUse inUse, HistoryOptions history) {
        List<Path> sources = new ArrayList<>();
        sources.add(history.log(context.env()).file());
        sources.add(ConfigFile.path(context.env()));
        sources.add(dev.limber.catalog.SearchPath.userFolder(context.env()));
        for (Sourced<Path> folder : settings.folders()) {
            sources.add(folder.value());
        }
        // Every file of the person's own, not only the program's: a session of any routine counts for
        // what it includes, and an edit may add an include.
        for (Catalog.Listing entry : inUse.catalog().entries()) {
            if (entry.file() != null) {
                sources.add(entry.file());
            }
        }
        for (Catalog.ProgramListing program : inUse.catalog().programs()) {
            if (program.file() != null) {
                sources.add(program.file());
            }
        }
        return sources;
    }

    /**
     * Every file and folder the list of routine ids is made from, for {@link LineCache}: the config
     * file, the routine folders (a file added, renamed or taken away changes its folder) and every
     * routine file in them, valid or not (an edit may change an id, or mend a file). Empty where a
     * folder can't be listed.
     */
    static Optional<List<Path>> routineSources(CommandContext context, Settings settings) {
        List<Path> sources = new ArrayList<>();
        sources.add(ConfigFile.path(context.env()));
        List<Path> folders = new ArrayList<>();
        folders.add(dev.limber.catalog.SearchPath.userFolder(context.env()));
        for (Sourced<Path> folder : settings.folders()) {
            folders.add(folder.value());
        }
        for (Path folder : folders) {
            sources.add(folder);
            if (java.nio.file.Files.isDirectory(folder)) {
                try (java.nio.file.DirectoryStream<Path> files =
                        java.nio.file.Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
                    files.forEach(sources::add);
                } catch (java.io.IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(sources);
    }

    /** Reminders as today shows them. */
    record Reminders(List<LocalTime> times, boolean installed, LocalTime now) {

        String text() {
            if (times.isEmpty()) {
                return "Reminders: none in this program ('limber remind install --at 08:00,13:00' sets some).";
            }
            String at = times.stream().map(LocalTime::toString).collect(Collectors.joining(", "));
            if (!installed) {
                return "Reminders: off ('limber remind install' reminds you at " + at + ").";
            }
            LocalTime next =
                    times.stream().filter(t -> t.isAfter(now)).findFirst().orElse(times.get(0));
            return "Next reminder: " + next + (next.isAfter(now) ? "" : " tomorrow") + " (at " + at + ")";
        }
    }

    /**
     * Reminders as installed (the times in Limber's timer file), else the program's, not installed.
     * Read from the file alone: asking systemctl would cost {@code today} a process.
     */
    static Reminders reminders(CommandContext context, Program program) {
        java.nio.file.Path timer = RemindCommand.units(context).resolve(dev.limber.remind.Units.TIMER);
        Optional<dev.limber.remind.ReminderTimes> installed = RemindCommand.read(timer)
                .filter(dev.limber.remind.Units::isLimbers)
                .flatMap(dev.limber.remind.Units::times);
        return installed
                .map(t -> new Reminders(t.times(), true, LocalTime.now(context.clock())))
                .orElseGet(() -> new Reminders(program.reminders(), false, LocalTime.now(context.clock())));
    }
}
