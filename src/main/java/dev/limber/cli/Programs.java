package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.document.DidYouMean;
import dev.limber.document.Printable;
import dev.limber.settings.Origin;
import dev.limber.settings.Setting;
import dev.limber.settings.Settings;
import dev.limber.settings.Sourced;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The program in use: the {@code program} setting looked up among the programs, and what to tell a
 * person when it names none (where the setting came from, and the id they may have meant).
 */
final class Programs {

    private Programs() {}

    /**
     * The program the settings name; empty when the setting is {@code none}. Fails with 66 when there
     * is no such program, 65 when it has problems, which are printed first.
     */
    static Optional<Catalog.ProgramListing> inUse(CommandContext context, Settings settings, Catalog catalog) {
        Optional<String> id = settings.program();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Catalog.ProgramListing> entry = catalog.program(id.get());
        if (entry.isPresent()) {
            return entry;
        }
        if (!catalog.programProblems(id.get()).isEmpty()) {
            context.report(catalog.programProblems(id.get()));
            throw new Failure(Exit.DATA, broken(settings, id.get()));
        }
        throw new Failure(Exit.NOT_FOUND, missing(settings, catalog));
    }

    /** What is wrong with the program the settings name, or null when nothing is (or it is none). */
    static @Nullable String problem(Settings settings, Catalog catalog) {
        Optional<String> id = settings.program();
        if (id.isEmpty() || catalog.program(id.get()).isPresent()) {
            return null;
        }
        return catalog.programProblems(id.get()).isEmpty() ? missing(settings, catalog) : broken(settings, id.get());
    }

    private static String missing(Settings settings, Catalog catalog) {
        String id = settings.program().orElseThrow();
        String routine = catalog.entry(id).isPresent() ? " ('" + id + "' is a routine)" : "";
        return where(settings) + "no program '" + Printable.value(id) + "'" + routine
                + DidYouMean.suffix(id, catalog.programIds()) + "; 'limber program list' shows them";
    }

    private static String broken(Settings settings, String id) {
        return where(settings) + "program '" + id + "' has problems; fix them, or choose another with"
                + " 'limber program use ID'";
    }

    /** "LIMBER_PROGRAM: ", "~/.config/limber/config.yaml:3:10: ", or nothing for Limber's default. */
    private static String where(Settings settings) {
        Sourced<String> choice = settings.sourced(Setting.PROGRAM);
        return choice.origin() == Origin.DEFAULT ? "" : choice.where() + ": ";
    }

    /**
     * The program a person named on the command line: an id, with a suggestion when there is none.
     * Fails with 66 when there is no such program, 65 when it has problems, which are printed first.
     */
    static Catalog.ProgramListing named(CommandContext context, Catalog catalog, String id) {
        Optional<Catalog.ProgramListing> entry = catalog.program(id);
        if (entry.isPresent()) {
            return entry.get();
        }
        if (catalog.programIds().contains(id)) {
            context.report(catalog.programProblems(id));
            throw new Failure(Exit.DATA, "program '" + id + "' is not valid; fix the problems above");
        }
        if (catalog.entry(id).isPresent() || catalog.ids().contains(id)) {
            throw new Failure(
                    Exit.NOT_FOUND,
                    "'" + id + "' is a routine, not a program; 'limber program list'" + " shows the programs");
        }
        throw new Failure(
                Exit.NOT_FOUND,
                "no program '" + id + "'" + DidYouMean.suffix(id, catalog.programIds())
                        + "; 'limber program list' shows them");
    }
}
