package dev.limber.program;

import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A regimen: which routines to do every day and every week, and what to do around a run. It names
 * routines by id; it holds none of them, so a person's own routine can take a built-in one's place.
 *
 * @param file      where it was read from, as shown in messages ({@code built-in/back-care.yaml})
 * @param summary   one line, empty when the file has none
 * @param caution   said with the day's view, empty when the file has none
 * @param items     what to do, in the order the day shows it
 * @param run       what to do around a run, or null when the program says nothing of runs
 * @param reminders the times of day to be reminded at, in order, when none are given to
 *                  {@code limber remind install}; may be empty
 */
public record Program(
        String id,
        String title,
        String summary,
        String caution,
        List<Item> items,
        @Nullable RunDay run,
        List<LocalTime> reminders,
        String file) {

    public Program {
        items = List.copyOf(items);
        reminders = List.copyOf(reminders);
    }

    /** Every routine id the program names, each once, in the order it names them. */
    public List<String> routineIds() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        items.forEach(i -> ids.add(i.routine()));
        if (run != null) {
            ids.addAll(run.before());
            ids.addAll(run.after());
            if (run.walk() != null) {
                ids.add(run.walk());
            }
        }
        return List.copyOf(ids);
    }
}
