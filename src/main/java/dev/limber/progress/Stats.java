package dev.limber.progress;

import dev.limber.routine.DailyGoal;
import dev.limber.routine.Routine;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the history says at a glance: the streak, this week, today against the daily goals, the
 * last fourteen days, and pain before and after by week. Days and weeks are the person's own (their
 * time zone); weeks start on Monday. Progress (the streak, the week's sessions, today's goals) counts
 * only sessions that count ({@link Effort}); active time is all the time spent, whatever came of it.
 *
 * @param streakDays        days in a row, up to today (or yesterday, while today has none yet), with
 *                          a session that counts
 * @param weekSessions      this week's sessions that count
 * @param weekOther         this week's other sessions: stopped early, or with too much skipped
 * @param weekActiveSeconds this week's active time, in every session
 * @param today             each routine with a daily goal, and how many of it counted today
 * @param days              active time on each of the last fourteen days, oldest first
 * @param painByWeek        average pain before and after, for each of the last eight weeks with a
 *                          session whose pain was noted both before and after
 */
public record Stats(
        int streakDays,
        int weekSessions,
        int weekOther,
        long weekActiveSeconds,
        List<Goal> today,
        List<Day> days,
        List<Week> painByWeek) {

    public static final int DAYS = 14;
    public static final int WEEKS = 8;

    public record Goal(String routine, String title, int done, DailyGoal goal) {}

    public record Day(LocalDate date, long activeSeconds) {}

    /**
     * One week's pain and sessions.
     *
     * @param before   average pain before, over the sessions that noted pain both before and after
     * @param after    average pain after, over the same sessions
     * @param answered how many sessions those averages are of
     * @param sessions every session of that week
     */
    public record Week(LocalDate monday, double before, double after, int answered, int sessions) {}

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
        int weekOther = 0;
        long weekActive = 0;
        Map<LocalDate, double[]> weeks = new TreeMap<>();
        ZoneRules rules = zone.getRules();
        for (Entry entry : entries) {
            LocalDate day = localDate(entry.started(), rules);
            active.merge(day, entry.activeSeconds(), Long::sum);
            if (entry.counts()) {
                finished.merge(day, 1, Integer::sum);
                if (day.equals(today)) {
                    finishedToday.merge(entry.routine(), 1, Integer::sum);
                }
            }
            if (!day.isBefore(monday) && !day.isAfter(today)) {
                if (entry.counts()) {
                    weekSessions++;
                } else {
                    weekOther++;
                }
                weekActive += entry.activeSeconds();
            }
            // before sum, after sum, sessions with both answers, sessions: a session with one answer
            // would pull one average without the other, and "4 → 3" would compare different sessions.
            double[] week = weeks.computeIfAbsent(
                    day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), w -> new double[4]);
            week[3]++;
            if (entry.painAnswered()) {
                week[0] += Objects.requireNonNull(entry.painBefore());
                week[1] += Objects.requireNonNull(entry.painAfter());
                week[2]++;
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
                goals.add(new Goal(
                        routine.id(), routine.title(), finishedToday.getOrDefault(routine.id(), 0), routine.perDay()));
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
            if (!week.isBefore(oldest) && !week.isAfter(monday) && sums[2] > 0) {
                pain.add(new Week(week, sums[0] / sums[2], sums[1] / sums[2], (int) sums[2], (int) sums[3]));
            }
        });
        return new Stats(streak, weekSessions, weekOther, weekActive, goals, days, pain);
    }
}
