package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.program.Item;
import dev.limber.program.Period;
import dev.limber.program.Program;
import dev.limber.program.RunDay;
import dev.limber.program.Times;
import dev.limber.progress.Today;
import dev.limber.routine.Routine;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The day as the program in use and the history see it, for {@code today}, {@code remind} and the
 * morning question.
 */
final class Day {

    private Day() {
    }

    /**
     * The program in use, or empty when the person has turned programs off.
     * STUB until program files land: the built-in back-care program, written out.
     */
    static Optional<Program> program(CommandContext context, CatalogOptions catalogOptions) {
        return Optional.of(new Program("back-care", "Back care", "", "", List.of(
                new Item("back-friendly-walk", Period.DAY, new Times(2, 3)),
                new Item("thoracic-mobility", Period.DAY, Times.ONCE),
                new Item("core-and-glutes", Period.WEEK, new Times(2, 2))),
                new RunDay(List.of("dynamic-warm-up"), List.of("post-run-stretches"), "back-friendly-walk", 1, Set.of()),
                List.of(LocalTime.of(8, 0), LocalTime.of(13, 0), LocalTime.of(18, 0)), "built-in/back-care.yaml"));
    }

    /** Today against the program in use, or empty when there is none; the history read if it can be. */
    static Optional<Today> today(CommandContext context, CatalogOptions catalogOptions, HistoryOptions history) {
        Optional<Program> program = program(context, catalogOptions);
        if (program.isEmpty()) {
            return Optional.empty();
        }
        Catalog catalog = catalogOptions.catalog(context);
        return Optional.of(Today.of(program.get(), id -> catalog.entry(id).map(Catalog.Entry::routine).orElse(null),
                history.readIfPossible(context), List.of(), LocalDate.now(context.clock()),
                context.clock().getZone()));
    }

    /** Unused until the stub goes: keeps Routine's import for the real one. */
    static Routine none() {
        return null;
    }
}
