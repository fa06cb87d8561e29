package dev.limber.progress;

import dev.limber.program.Item;
import dev.limber.program.Period;
import dev.limber.program.Program;
import dev.limber.program.RunDay;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A day against a program, from the history: what each item asks and how much of it counted
 * ({@link Effort}) today or this week, the run day's before and after, this morning's pain and the
 * week's trend, and the next thing to do. A day is a local day where the person is; a week starts
 * on Monday, as in {@link Stats}; a session belongs to the day it started on.
 *
 * @param morningPain  this morning's pain, or null when not noted
 * @param easier       this morning is worse than yesterday's: today is an easier day
 * @param run          the run day, or null when the program says nothing of runs
 * @param mornings     the last seven mornings' pain, oldest first, null where none was noted
 * @param next         the next thing to do, or null when the day's program is done
 */
public record Today(
        LocalDate date,
        Program program,
        List<Status> items,
        @Nullable Run run,
        @Nullable Integer morningPain,
        @Nullable Integer yesterdayPain,
        boolean easier,
        List<Integer> mornings,
        @Nullable Status next) {

    /** Days of morning pain the trend looks back over, today included. */
    public static final int TREND_DAYS = 7;

    /**
     * One routine the program asks for, and how it stands.
     *
     * @param title  the routine's title, or its id when no routine has it
     * @param done   sessions that counted today (or this week, for a weekly item)
     * @param growth today's length of a routine that grows, or null
     */
    public record Status(
            Item item, String title, int done, @Nullable Growth growth) {

        /** Fewer than the least the program asks. */
        public boolean due() {
            return done < item.times().min();
        }

        /** Fewer than the most it asks: one more is still welcome. */
        public boolean open() {
            return done < item.times().max();
        }

        public String routine() {
            return item.routine();
        }
    }

    /**
     * What a program asks around a run, as today stands.
     *
     * @param runDay      today is one of the running days, or a routine of before was done today
     * @param before      the routines before a run, each with whether it was done today
     * @param after       the routines after a run, the same
     * @param walks       runs swapped for the walk this week: running days (up to today) with the
     *                    walk done and nothing of before
     */
    public record Run(
            RunDay plan,
            boolean runDay,
            List<Status> before,
            List<Status> after,
            @Nullable String walkTitle,
            int walks) {}

    /**
     * The day against the program, from the history.
     *
     * @param routines every routine by id, or null for an id none has
     * @param history  every session, in any order
     */
    public static Today of(
            Program program,
            Function<String, Routine> routines,
            List<Entry> history,
            List<MorningPain> notes,
            LocalDate date,
            ZoneId zone) {
        ZoneRules rules = zone.getRules();
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Mornings mornings = Mornings.of(notes, zone);
        Function<String, Set<String>> covers = memo(id -> covered(id, routines));
        // What counted on each day of this week, by routine id, each session also for what it includes.
        Map<LocalDate, Map<String, Integer>> week = new HashMap<>();
        for (Entry entry : history) {
            LocalDate day = Stats.localDate(entry.started(), rules);
            if (entry.counts() && !day.isBefore(monday) && !day.isAfter(date)) {
                Map<String, Integer> counted = week.computeIfAbsent(day, d -> new HashMap<>());
                for (String id : covers.apply(entry.routine())) {
                    counted.merge(id, 1, Integer::sum);
                }
            }
        }
        List<Status> items = new ArrayList<>();
        for (Item item : program.items()) {
            Routine routine = routines.apply(item.routine());
            int done = item.period() == Period.DAY
                    ? count(week, date, item.routine())
                    : week.values().stream()
                            .mapToInt(m -> m.getOrDefault(item.routine(), 0))
                            .sum();
            Growth growth = routine != null && routine.progression() != null
                    ? Growth.today(routine, history, mornings, zone)
                    : null;
            items.add(new Status(item, title(routine, item.routine()), done, growth));
        }
        Run run = program.run() == null ? null : run(program.run(), routines, week, date, monday);

        List<Integer> trend = new ArrayList<>();
        for (int back = TREND_DAYS - 1; back >= 0; back--) {
            trend.add(mornings.on(date.minusDays(back)));
        }
        boolean easier = mornings.worse(date);
        return new Today(
                date,
                program,
                items,
                run,
                mornings.on(date),
                mornings.on(date.minusDays(1)),
                easier,
                trend,
                next(items, run, easier));
    }

    /**
     * What to do next: a daily item still due, the stretches after a run warmed up for, a weekly item
     * still due, then a daily one that may be done once more. On an easier day only a walk or a
     * stretch that is due is put forward, never more than the least asked.
     */
    private static @Nullable Status next(List<Status> items, @Nullable Run run, boolean easier) {
        for (Status s : items) {
            if (s.item().period() == Period.DAY && s.due()) {
                return s;
            }
        }
        if (run != null && run.runDay()) {
            boolean warmedUp = run.before().stream().anyMatch(b -> b.done() > 0);
            for (Status after : run.after()) {
                if (warmedUp && after.done() == 0) {
                    return after;
                }
            }
        }
        if (easier) {
            return null;
        }
        for (Status s : items) {
            if (s.item().period() == Period.WEEK && s.due()) {
                return s;
            }
        }
        for (Status s : items) {
            if (s.item().period() == Period.DAY && s.open()) {
                return s;
            }
        }
        return null;
    }

    private static Run run(
            RunDay plan,
            Function<String, Routine> routines,
            Map<LocalDate, Map<String, Integer>> week,
            LocalDate date,
            LocalDate monday) {
        List<Status> before = new ArrayList<>();
        for (String id : plan.before()) {
            before.add(new Status(
                    new Item(id, Period.DAY, dev.limber.program.Times.ONCE),
                    title(routines.apply(id), id),
                    count(week, date, id),
                    null));
        }
        List<Status> after = new ArrayList<>();
        for (String id : plan.after()) {
            after.add(new Status(
                    new Item(id, Period.DAY, dev.limber.program.Times.ONCE),
                    title(routines.apply(id), id),
                    count(week, date, id),
                    null));
        }
        boolean runDay =
                plan.days().contains(date.getDayOfWeek()) || before.stream().anyMatch(b -> b.done() > 0);
        int walks = 0;
        if (plan.walk() != null && !plan.days().isEmpty()) {
            for (LocalDate day = monday; !day.isAfter(date); day = day.plusDays(1)) {
                final LocalDate d = day;
                boolean ran = plan.before().stream().anyMatch(id -> count(week, d, id) > 0);
                if (plan.days().contains(day.getDayOfWeek()) && !ran && count(week, day, plan.walk()) > 0) {
                    walks++;
                }
            }
        }
        String walkTitle = plan.walk() == null ? null : title(routines.apply(plan.walk()), plan.walk());
        return new Run(plan, runDay, before, after, walkTitle, walks);
    }

    private static int count(Map<LocalDate, Map<String, Integer>> week, LocalDate day, String id) {
        return week.getOrDefault(day, Map.of()).getOrDefault(id, 0);
    }

    private static String title(Routine routine, String id) {
        return routine == null ? id : routine.title();
    }

    /** The routine itself and every routine it includes, however deep: a run day covers its warm-up. */
    private static Set<String> covered(String id, Function<String, Routine> routines) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (!seen.add(next)) {
                continue;
            }
            Routine routine = routines.apply(next);
            if (routine != null) {
                for (Step step : routine.steps()) {
                    if (step instanceof Step.Include include) {
                        todo.add(include.routineId());
                    }
                }
            }
        }
        return seen;
    }

    private static <K, V> Function<K, V> memo(Function<K, V> f) {
        Map<K, V> cache = new HashMap<>();
        return k -> {
            V v = cache.get(k);
            if (v == null) {
                v = f.apply(k);
                cache.put(k, v);
            }
            return v;
        };
    }

    /** Whether everything the program asks of today (and of a run day begun) is done. */
    public boolean done() {
        return next == null && items.stream().noneMatch(s -> s.item().period() == Period.DAY && s.due());
    }

    /**
     * What a reminder names now: each daily item below the most it asks ("nothing after the third
     * walk"), a run day's stretches once warmed up, and a weekly item only when the days left in
     * the week are no more than the sessions it still needs. On an easier day, only the daily items
     * below the least they ask.
     */
    public List<Status> toRemind() {
        List<Status> due = new ArrayList<>();
        int daysLeft = DayOfWeek.SUNDAY.getValue() - date.getDayOfWeek().getValue() + 1;
        for (Status s : items) {
            // On an easier day, only the least asked, as today's view says: nothing beyond it.
            boolean remind = s.item().period() == Period.DAY
                    ? easier ? s.due() : s.open()
                    : !easier && s.item().times().min() - s.done() >= daysLeft;
            if (remind) {
                due.add(s);
            }
        }
        if (run != null && run.runDay() && run.before().stream().anyMatch(b -> b.done() > 0)) {
            run.after().stream().filter(a -> a.done() == 0).forEach(due::add);
        }
        return due;
    }
}
