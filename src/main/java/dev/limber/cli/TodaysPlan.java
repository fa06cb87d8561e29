package dev.limber.cli;

import dev.limber.history.HistoryLog;
import dev.limber.plan.Plan;
import dev.limber.plan.PlanException;
import dev.limber.plan.Preferences;
import dev.limber.progress.Growth;
import dev.limber.progress.Mornings;
import dev.limber.routine.Durations;
import dev.limber.routine.Routine;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A routine as it runs today: with a progression, its growing step at today's length from the
 * history (or as {@code --time} says); without one, as written.
 *
 * @param lengthSeconds the growing step's length today, or null for a routine that doesn't grow
 * @param note          "today: 14 min, building toward 30 min", or null
 */
record TodaysPlan(
        Plan plan,
        @Nullable Integer lengthSeconds,
        @Nullable String note) {

    /**
     * Today's plan with a person's own get-ready and rest lengths, and reps that end by themselves.
     *
     * @param history the sessions and mornings the growing step's length goes by, read only for a
     *                routine that grows
     * @param zone    where the person is: which day each session and morning fell on
     */
    static TodaysPlan of(
            CatalogOptions.Found found,
            Supplier<HistoryLog.Read> history,
            @Nullable Integer time,
            Preferences preferences,
            ZoneId zone) {
        Routine routine = found.entry().routine();
        if (routine.progression() == null) {
            if (time != null) {
                throw new Failure(
                        Exit.USAGE,
                        "--time sets the length of a routine's growing step, and '" + routine.id()
                                + "' has none (no 'progression' in its file)");
            }
            if (preferences.equals(Preferences.AS_WRITTEN)) {
                return new TodaysPlan(found.entry().plan(), null, null);
            }
            try {
                return new TodaysPlan(found.catalog().plan(routine, preferences), null, null);
            } catch (PlanException e) {
                throw new Failure(
                        Exit.USAGE,
                        "with your prepare and rest lengths, "
                                + e.problems().get(0).message());
            }
        }
        int seconds;
        String note;
        if (time != null) {
            seconds = time;
            note = "today: " + Growth.minutes(time) + ", as --time says";
        } else {
            HistoryLog.Read read = history.get();
            Growth growth = Growth.today(routine, read.entries(), Mornings.of(read.mornings(), zone), zone);
            seconds = growth.seconds();
            note = growth.note();
        }
        try {
            Plan plan = found.catalog()
                    .plan(routine.withStepTime(routine.progression().step(), seconds), preferences);
            return new TodaysPlan(plan, seconds, note);
        } catch (PlanException e) {
            throw new Failure(
                    Exit.USAGE,
                    "--time " + Durations.format(seconds) + ": "
                            + e.problems().get(0).message());
        }
    }
}
