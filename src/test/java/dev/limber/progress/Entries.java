package dev.limber.progress;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** History entries for tests, one a day from a fixed morning unless told otherwise. */
final class Entries {

    static final OffsetDateTime FIRST = OffsetDateTime.of(2026, 11, 2, 7, 30, 0, 0, ZoneOffset.ofHours(1));

    private Entries() {
    }

    static Entry finished(String routine, int day) {
        return entry(routine, day, true, EndedBy.FINISHED, null, null, null, 600);
    }

    static Entry entry(String routine, int day, boolean completed, EndedBy endedBy, Integer before, Integer after,
            Boolean redFlag, long activeSeconds) {
        OffsetDateTime started = FIRST.plusDays(day);
        return new Entry("s" + day, routine, "Title of " + routine, started, started.plusSeconds(activeSeconds + 30),
                activeSeconds, activeSeconds, 30, 3, 0, completed, endedBy, before, after, redFlag, null);
    }
}
