package dev.limber.progress;

import dev.limber.session.Ending;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** History entries for tests, one a day from a fixed morning unless told otherwise. */
final class Entries {

    static final OffsetDateTime FIRST = OffsetDateTime.of(2026, 11, 2, 7, 30, 0, 0, ZoneOffset.ofHours(1));

    private Entries() {}

    static Entry finished(String routine, int day) {
        return entry(routine, day, true, Ending.FINISHED, null, null, null, 600);
    }

    /** A walk that reached its end after nine seconds: the walk itself skipped with n. */
    static Entry skipped(String routine, int day) {
        return entry(routine, day, true, Ending.FINISHED, null, null, null, 9);
    }

    /** A session of format 2 whose work is its active time, of 600 seconds planned. */
    static Entry entry(
            String routine,
            int day,
            boolean completed,
            Ending endedBy,
            Integer before,
            Integer after,
            Boolean redFlag,
            long activeSeconds) {
        OffsetDateTime started = FIRST.plusDays(day);
        Effort effort = new Effort(Math.min(600, activeSeconds), 600, 0);
        return new Entry(
                "s" + day,
                routine,
                "Title of " + routine,
                started,
                started.plusSeconds(activeSeconds + 30),
                600,
                activeSeconds,
                30,
                3,
                0,
                completed,
                endedBy,
                before,
                after,
                redFlag,
                null,
                effort,
                effort.counts(completed),
                Entry.VERSION);
    }
}
