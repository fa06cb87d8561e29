package dev.limber.progress;

import dev.limber.routine.DailyGoal;
import dev.limber.routine.Routine;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the history says at a glance: the streak, this week, today against the daily goals, the
 * last fourteen days, and pain before and after by week. Days and weeks are the person's own (their
 * time zone); weeks start on Monday.
 *
 * @param streakDays  days in a row, up to today (or yesterday, while today has none yet), with a
 *                    finished session
 * @param today       each routine with a daily goal, and how many of it were finished today
 * @param days        active time on each of the last fourteen days, oldest first
 * @param painByWeek  average pain before and after, for each of the last eight weeks that has any
 */
public record Stats(
        int streakDays,
        int weekSessions,
        long weekActiveSeconds,
        List<Goal> today,
        List<Day> days,
        List<Week> painByWeek) {

    public static final int DAYS = 14;
    public static final int WEEKS = 8;

    public record Goal(String routine, String title, int done, DailyGoal goal) {
    }

    public record Day(LocalDate date, long activeSeconds) {
    }

    /**
     * @param before average pain before, or null when no session that week noted it
     * @param after  average pain after, or null likewise
     */
    public record Week(LocalDate monday, Double before, Double after, int sessions) {
    }

    /** The day a moment falls on where the person is: without a ZonedDateTime per record, for speed. */
    static LocalDate localDate(OffsetDateTime time, ZoneRules rules) {
        Instant instant = time.toInstant();
        long local = instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
    }

    public static Stats of(List<Entry> entries, LocalDate today, ZoneId zone, Collection<Routine> routines) {
        Map<LocalDate, Long> active = new HashMap<>();
        Map<LocalDate, Integer> finished = new HashMap<>();
        Map<String, Integer> finishedToday = new HashMap<>();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weekSessions = 0;
        long weekActive = 0;
        Map<LocalDate, double[]> weeks = new TreeMap<>();
        ZoneRules rules = zone.getRules();
        for (Entry entry : entries) {
            LocalDate day = localDate(entry.started(), rules);
            active.merge(day, entry.activeSeconds(), Long::sum);
            if (entry.completed()) {
                finished.merge(day, 1, Integer::sum);
                if (day.equals(today)) {
                    finishedToday.merge(entry.routine(), 1, Integer::sum);
                }
            }
            if (!day.isBefore(monday) && !day.isAfter(today)) {
                weekSessions++;
                weekActive += entry.activeSeconds();
            }
            // before sum, before count, after sum, after count, sessions
            double[] week = weeks.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    w -> new double[5]);
            week[4]++;
            if (entry.painBefore() != null) {
                week[0] += entry.painBefore();
                week[1]++;
            }
            if (entry.painAfter() != null) {
                week[2] += entry.painAfter();
                week[3]++;
            }
        }

        LocalDate streakFrom = finished.containsKey(today) ? today : today.minusDays(1);
        int streak = 0;
        for (LocalDate day = streakFrom; finished.containsKey(day); day = day.minusDays(1)) {
            streak++;
        }

        List<Goal> goals = new ArrayList<>();
        for (Routine routine : routines) {
            if (routine.perDay() != null) {
                goals.add(new Goal(routine.id(), routine.title(), finishedToday.getOrDefault(routine.id(), 0),
                        routine.perDay()));
            }
        }

        List<Day> days = new ArrayList<>();
        for (int back = DAYS - 1; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            days.add(new Day(day, active.getOrDefault(day, 0L)));
        }

        List<Week> pain = new ArrayList<>();
        LocalDate oldest = monday.minusWeeks(WEEKS - 1);
        weeks.forEach((week, sums) -> {
            if (!week.isBefore(oldest) && !week.isAfter(monday) && (sums[1] > 0 || sums[3] > 0)) {
                pain.add(new Week(week, sums[1] > 0 ? sums[0] / sums[1] : null, sums[3] > 0 ? sums[2] / sums[3] : null,
                        (int) sums[4]));
            }
        });
        return new Stats(streak, weekSessions, weekActive, goals, days, pain);
    }
}
