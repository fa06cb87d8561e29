package dev.limber.progress;

import dev.limber.routine.Progression;
import dev.limber.routine.Routine;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Today's length of a routine's growing step, from its history: one increment after every
 * {@code every} sessions that count ({@link Effort}) at no less than that day's length, up to the
 * maximum; a session with a pain increase or a red flag
 * takes it back one increment (never below the start) and starts the count again, as the advice
 * "if a walk makes it worse, make the next one shorter" asks.
 *
 * @param seconds  the step's length today
 * @param start    where it started
 * @param max      where it stops
 * @param finished sessions that count, counted toward the next increment
 */
public record Growth(int seconds, int start, int max, int finished) {

    /** The length today for a routine with a progression, from every entry of its history. */
    public static Growth today(Routine routine, List<Entry> history) {
        return today(routine, history, Mornings.none(), java.time.ZoneId.systemDefault());
    }

    /** The same, with the mornings' pain: what did not settle by the next morning builds nothing. */
    public static Growth today(Routine routine, List<Entry> history, Mornings mornings, java.time.ZoneId zone) {
        java.time.zone.ZoneRules rules = zone.getRules();
        Progression p = Objects.requireNonNull(routine.progression());
        int start = routine.progressionStart();
        int seconds = start;
        int count = 0;
        List<Entry> mine = history.stream()
                .filter(e -> e.routine().equals(routine.id()))
                .sorted(Comparator.comparing(Entry::started))
                .toList();
        for (Entry entry : mine) {
            if (entry.flagged() || entry.painIncreased()) {
                seconds = Math.max(start, seconds - p.add());
                count = 0;
            } else if (entry.counts()
                    && !shorter(entry, seconds)
                    && mornings.settled(Stats.localDate(entry.started(), rules))
                    && ++count >= p.every()) {
                seconds = Math.min(p.max(), seconds + p.add());
                count = 0;
            }
        }
        return new Growth(seconds, start, p.max(), count);
    }

    /**
     * A session whose growing step was made shorter than that day's length (run with {@code --time}):
     * a one-second walk does not build toward a longer one.
     */
    private static boolean shorter(Entry entry, int today) {
        return entry.lengthSeconds() != null && entry.lengthSeconds() < today;
    }

    /** "today: 14 min, building toward 30 min", or "today: 30 min, its full length". */
    public String note() {
        return "today: " + minutes(seconds)
                + (seconds >= max ? ", its full length" : ", building toward " + minutes(max));
    }

    /** A growing step's length as its note says it: "14 min", or "1m30s" when not whole minutes. */
    public static String minutes(int seconds) {
        return seconds % 60 == 0 ? seconds / 60 + " min" : dev.limber.routine.Durations.format(seconds);
    }
}
