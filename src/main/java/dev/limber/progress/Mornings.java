package dev.limber.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Morning pain by local day, and the pain-monitoring rule read from it (Silbernagel et al. 2007):
 * pain during or after activity up to about 5 of 10 is acceptable when it has settled by the next
 * morning; a morning worse than the one before says the last day's load was too much, so the walk
 * does not grow on it and today is an easier day.
 */
public final class Mornings {

    private final TreeMap<LocalDate, Integer> byDay = new TreeMap<>();

    private Mornings() {}

    /** The last note of each day counts, so a person who corrects themselves is believed. */
    public static Mornings of(Collection<MorningPain> notes, ZoneId zone) {
        Mornings mornings = new Mornings();
        ZoneRules rules = zone.getRules();
        notes.stream()
                .filter(m -> m.pain() != null)
                .sorted(java.util.Comparator.comparing(MorningPain::at))
                .forEach(m -> mornings.byDay.put(Stats.localDate(m.at(), rules), m.pain()));
        return mornings;
    }

    /** Whether the morning question was put on {@code day} (answered or skipped): it is asked once a day. */
    public static boolean asked(Collection<MorningPain> notes, LocalDate day, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        return notes.stream().anyMatch(m -> Stats.localDate(m.at(), rules).equals(day));
    }

    public static Mornings none() {
        return new Mornings();
    }

    /** The pain noted on the morning of {@code day}, or null. */
    public @Nullable Integer on(LocalDate day) {
        return byDay.get(day);
    }

    /** Whether that morning is known to be worse than the morning before it. */
    public boolean worse(LocalDate day) {
        Integer today = byDay.get(day);
        Integer before = byDay.get(day.minusDays(1));
        return today != null && before != null && today > before;
    }

    /**
     * Whether a session on {@code day} may build toward a longer walk: not on a worse morning, and
     * not when the next morning was worse (the load did not settle overnight).
     */
    public boolean settled(LocalDate day) {
        return !worse(day) && !worse(day.plusDays(1));
    }

    public Map<LocalDate, Integer> byDay() {
        return java.util.Collections.unmodifiableMap(byDay);
    }
}
