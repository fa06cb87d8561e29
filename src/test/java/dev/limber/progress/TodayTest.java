package dev.limber.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.document.Position;
import dev.limber.program.Item;
import dev.limber.program.Period;
import dev.limber.program.Program;
import dev.limber.program.RunDay;
import dev.limber.program.Times;
import dev.limber.routine.Amount;
import dev.limber.routine.DailyGoal;
import dev.limber.routine.Progression;
import dev.limber.routine.Routine;
import dev.limber.routine.Sides;
import dev.limber.routine.Step;
import dev.limber.routine.Timing;
import dev.limber.session.Ending;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A day against a program, from a history built in code: what counted, what is due, what next. */
class TodayTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 30 November 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static Routine routine(String id, Step... steps) {
        return new Routine(
                id, "Title of " + id, "", List.of(), "", Timing.DEFAULTS, List.of(steps), null, null, id + ".yaml");
    }

    private static Step exercise(String name) {
        return new Step.Exercise(
                name, new Amount.Timed(600), Sides.NONE, 1, List.of(), Timing.DEFAULTS, Position.START);
    }

    private static final Routine WALK = new Routine(
            "walk",
            "Back-friendly walk",
            "",
            List.of(),
            "",
            Timing.DEFAULTS,
            List.of(exercise("Walk")),
            new Progression("Walk", 120, 3, 1800),
            new DailyGoal(2, 3),
            "walk.yaml");

    private static final Map<String, Routine> ROUTINES = Map.of(
            "walk", WALK,
            "thoracic", routine("thoracic", exercise("Open book")),
            "core", routine("core", exercise("Bridge")),
            "warm-up", routine("warm-up", exercise("Knee lifts")),
            "stretches", routine("stretches", exercise("Knee to chest")),
            "run-day",
                    routine(
                            "run-day",
                            new Step.Include("warm-up", Position.START),
                            exercise("Easy walk"),
                            new Step.Include("stretches", Position.START)));

    private static Program program(Set<DayOfWeek> runDays) {
        return new Program(
                "back-care",
                "Back care",
                "",
                "",
                List.of(
                        new Item("walk", Period.DAY, new Times(2, 3), "walk"),
                        new Item("thoracic", Period.DAY, Times.ONCE),
                        new Item("core", Period.WEEK, new Times(2, 2))),
                new RunDay(List.of("warm-up"), List.of("stretches"), "walk", 1, runDays),
                List.of(),
                "p.yaml");
    }

    private static final Program PROGRAM = program(Set.of());

    /** A session of {@code routine} that started at {@code started}; counted or not. */
    private static Entry session(String routine, OffsetDateTime started, boolean counts) {
        Effort effort = new Effort(counts ? 600 : 9, 600, 0);
        return new Entry(
                routine + started,
                routine,
                "Title of " + routine,
                started,
                started.plusMinutes(11),
                600,
                counts ? 600 : 9,
                0,
                1,
                counts ? 0 : 1,
                true,
                Ending.FINISHED,
                null,
                null,
                null,
                null,
                effort,
                counts,
                Entry.VERSION);
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(BERLIN).toOffsetDateTime();
    }

    private static Today today(
            List<Entry> history, List<MorningPain> mornings, LocalDate date, ZoneId zone, Program program) {
        return Today.of(program, ROUTINES::get, history, mornings, date, zone);
    }

    private static Today today(List<Entry> history) {
        return today(history, List.of(), MONDAY, BERLIN, PROGRAM);
    }

    private static Today.Status item(Today today, String routine) {
        return today.items().stream()
                .filter(s -> s.routine().equals(routine))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_fresh_history_has_everything_due_and_the_walk_first() {
        Today today = today(List.of());

        assertThat(today.items()).extracting(Today.Status::done).containsExactly(0, 0, 0);
        assertThat(today.items()).allMatch(Today.Status::due);
        assertThat(today.next().routine()).isEqualTo("walk");
        assertThat(item(today, "walk").growth().seconds()).isEqualTo(600);
        assertThat(today.done()).isFalse();
    }

    @Test
    void a_finished_walk_counts_and_a_skipped_one_does_not() {
        Today today =
                today(List.of(session("walk", at(MONDAY, 8, 0), true), session("walk", at(MONDAY, 12, 0), false)));

        assertThat(item(today, "walk").done()).isEqualTo(1);
        assertThat(item(today, "walk").due()).isTrue();
        assertThat(today.next().routine()).isEqualTo("walk");
    }

    @Test
    void the_least_asked_met_moves_on_to_the_next_item_and_the_most_ends_the_reminders() {
        List<Entry> two = List.of(session("walk", at(MONDAY, 8, 0), true), session("walk", at(MONDAY, 12, 0), true));
        Today today = today(two);
        assertThat(item(today, "walk").due()).isFalse();
        assertThat(today.next().routine()).isEqualTo("thoracic");
        assertThat(today.toRemind()).extracting(Today.Status::routine).contains("walk", "thoracic");

        List<Entry> all = new ArrayList<>(two);
        all.add(session("walk", at(MONDAY, 18, 0), true));
        all.add(session("thoracic", at(MONDAY, 9, 0), true));
        Today done = today(all);
        assertThat(done.toRemind()).extracting(Today.Status::routine).doesNotContain("walk", "thoracic");
    }

    @Test
    void a_weekly_item_counts_from_monday_and_is_put_forward_once_the_daily_ones_are_met() {
        LocalDate wednesday = MONDAY.plusDays(2);
        List<Entry> history = List.of(
                session("core", at(MONDAY.minusDays(1), 10, 0), true), // Sunday: last week
                session("core", at(MONDAY, 10, 0), true),
                session("walk", at(wednesday, 8, 0), true),
                session("walk", at(wednesday, 12, 0), true),
                session("thoracic", at(wednesday, 9, 0), true));
        Today today = today(history, List.of(), wednesday, BERLIN, PROGRAM);

        assertThat(item(today, "core").done()).isEqualTo(1);
        assertThat(today.next().routine()).isEqualTo("core");
        // Wednesday: five days left for one more session, so no reminder names it yet.
        assertThat(today.toRemind()).extracting(Today.Status::routine).doesNotContain("core");
        Today sunday = today(history, List.of(), MONDAY.plusDays(6), BERLIN, PROGRAM);
        assertThat(sunday.toRemind()).extracting(Today.Status::routine).contains("core");
    }

    @Test
    void a_session_across_midnight_belongs_to_the_day_it_started() {
        Entry lateWalk = session("walk", at(MONDAY.minusDays(1), 23, 50), true);

        assertThat(item(today(List.of(lateWalk)), "walk").done()).isZero();
        assertThat(item(today(List.of(lateWalk), List.of(), MONDAY.minusDays(1), BERLIN, PROGRAM), "walk")
                        .done())
                .isEqualTo(1);
    }

    @Test
    void a_daylight_saving_change_keeps_sessions_on_their_local_day() {
        // Sunday 25 October 2026: Berlin's clocks go back from 03:00 to 02:00.
        LocalDate change = LocalDate.of(2026, 10, 25);
        Entry early = session("walk", OffsetDateTime.of(2026, 10, 25, 0, 30, 0, 0, ZoneOffset.ofHours(2)), true);
        Entry late = session("walk", OffsetDateTime.of(2026, 10, 25, 23, 30, 0, 0, ZoneOffset.ofHours(1)), true);
        Entry nextDay = session("walk", OffsetDateTime.of(2026, 10, 26, 0, 10, 0, 0, ZoneOffset.ofHours(1)), true);

        assertThat(item(today(List.of(early, late, nextDay), List.of(), change, BERLIN, PROGRAM), "walk")
                        .done())
                .isEqualTo(2);
    }

    @Test
    void after_a_change_of_time_zone_days_are_where_the_person_is_now() {
        // Walked at 07:30 in Berlin on Monday: 01:30 that Monday in New York, 15:30 in Tokyo.
        Entry walk = session("walk", at(MONDAY, 7, 30), true);

        assertThat(item(today(List.of(walk), List.of(), MONDAY, ZoneId.of("America/New_York"), PROGRAM), "walk")
                        .done())
                .isEqualTo(1);
        assertThat(item(
                                today(
                                        List.of(walk),
                                        List.of(),
                                        MONDAY.minusDays(1),
                                        ZoneId.of("Pacific/Honolulu"),
                                        PROGRAM),
                                "walk")
                        .done())
                .isEqualTo(1);
    }

    @Test
    void a_run_day_begins_with_the_warm_up_and_then_asks_for_the_stretches() {
        Today before = today(List.of());
        assertThat(before.run().runDay()).isFalse();

        Today warmedUp = today(List.of(session("warm-up", at(MONDAY, 17, 0), true)));
        assertThat(warmedUp.run().runDay()).isTrue();
        assertThat(warmedUp.next().routine()).isEqualTo("walk");
        assertThat(warmedUp.toRemind()).extracting(Today.Status::routine).contains("stretches");
    }

    @Test
    void a_routine_that_includes_others_counts_for_them() {
        Today today = today(List.of(session("run-day", at(MONDAY, 17, 0), true)));

        assertThat(today.run().before())
                .singleElement()
                .extracting(Today.Status::done)
                .isEqualTo(1);
        assertThat(today.run().after())
                .singleElement()
                .extracting(Today.Status::done)
                .isEqualTo(1);
    }

    @Test
    void a_walk_on_a_running_day_without_the_warm_up_is_a_run_swapped() {
        Program tuesdaysAndSaturdays = program(Set.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY));
        LocalDate tuesday = MONDAY.plusDays(1);
        LocalDate saturday = MONDAY.plusDays(5);
        List<Entry> history = List.of(
                session("walk", at(tuesday, 18, 0), true),
                session("warm-up", at(saturday, 9, 0), true),
                session("walk", at(saturday, 11, 0), true));

        assertThat(today(history, List.of(), MONDAY, BERLIN, tuesdaysAndSaturdays)
                        .run()
                        .walks())
                .isZero();
        assertThat(today(history, List.of(), saturday, BERLIN, tuesdaysAndSaturdays)
                        .run()
                        .walks())
                .isEqualTo(1);
        assertThat(today(history, List.of(), tuesday, BERLIN, tuesdaysAndSaturdays)
                        .run()
                        .runDay())
                .isTrue();
    }

    @Test
    void a_morning_worse_than_yesterdays_makes_an_easier_day() {
        List<MorningPain> mornings = List.of(
                new MorningPain("a", at(MONDAY.minusDays(1), 7, 0), 2), new MorningPain("b", at(MONDAY, 7, 0), 4));
        List<Entry> walks = List.of(
                session("walk", at(MONDAY, 8, 0), true),
                session("walk", at(MONDAY, 12, 0), true),
                session("thoracic", at(MONDAY, 9, 0), true));
        Today today = today(walks, mornings, MONDAY, BERLIN, PROGRAM);

        assertThat(today.easier()).isTrue();
        assertThat(today.morningPain()).isEqualTo(4);
        assertThat(today.yesterdayPain()).isEqualTo(2);
        assertThat(today.mornings()).containsExactly(null, null, null, null, null, 2, 4);
        // The least is met: nothing more is put forward on an easier day, not even the week's core.
        assertThat(today.next()).isNull();
        assertThat(today.done()).isTrue();
    }

    @Test
    void a_better_morning_is_an_ordinary_day() {
        List<MorningPain> mornings = List.of(
                new MorningPain("a", at(MONDAY.minusDays(1), 7, 0), 4), new MorningPain("b", at(MONDAY, 7, 0), 3));

        assertThat(today(List.of(), mornings, MONDAY, BERLIN, PROGRAM).easier()).isFalse();
    }

    @Test
    void a_routine_no_catalog_has_shows_its_id_and_counts_as_any_other() {
        Program unknown = new Program(
                "p", "P", "", "", List.of(new Item("gone", Period.DAY, Times.ONCE)), null, List.of(), "p.yaml");
        Today today = today(List.of(session("gone", at(MONDAY, 8, 0), true)), List.of(), MONDAY, BERLIN, unknown);

        assertThat(today.items()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("gone");
            assertThat(s.done()).isEqualTo(1);
        });
        assertThat(today.run()).isNull();
        assertThat(today.done()).isTrue();
    }
}
