package dev.limber.progress;

import static dev.limber.progress.Entries.entry;
import static dev.limber.progress.Entries.finished;
import static dev.limber.progress.Entries.skipped;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.routine.DailyGoal;
import dev.limber.routine.Routine;
import dev.limber.routine.Timing;
import dev.limber.session.Ending;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** Entries.FIRST is Monday 2 November 2026; day 24 is Thursday 26 November. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static final Routine WALK = new Routine(
            "walk",
            "Back-friendly walk",
            "",
            List.of(),
            "",
            Timing.DEFAULTS,
            List.of(),
            null,
            new DailyGoal(2, 3),
            "walk.yaml");

    private static Stats stats(List<Entry> entries) {
        return Stats.of(entries, TODAY, ZONE, List.of(WALK));
    }

    @Test
    void the_streak_counts_days_in_a_row_with_a_finished_session() {
        List<Entry> entries = new ArrayList<>();
        for (int day = 20; day <= 24; day++) {
            entries.add(finished("walk", day));
        }
        entries.add(finished("walk", 17));

        assertThat(stats(entries).streakDays()).isEqualTo(5);
    }

    @Test
    void a_streak_is_alive_until_today_is_over() {
        List<Entry> entries = List.of(finished("walk", 21), finished("walk", 22), finished("walk", 23));

        assertThat(stats(entries).streakDays()).isEqualTo(3);
        assertThat(stats(List.of(finished("walk", 20), finished("walk", 21))).streakDays())
                .isZero();
    }

    @Test
    void quitting_does_not_keep_a_streak() {
        assertThat(stats(List.of(entry("walk", 24, false, Ending.QUIT, null, null, null, 120)))
                        .streakDays())
                .isZero();
    }

    @Test
    void skipped_walks_keep_no_streak_and_meet_no_goal() {
        Stats stats = stats(List.of(
                skipped("walk", 22),
                skipped("walk", 23),
                skipped("walk", 24),
                skipped("walk", 24),
                skipped("walk", 24)));

        assertThat(stats.streakDays()).isZero();
        assertThat(stats.today()).containsExactly(new Stats.Goal("walk", "Back-friendly walk", 0, new DailyGoal(2, 3)));
        assertThat(stats.weekSessions()).isZero();
        assertThat(stats.weekOther()).isEqualTo(5);
        assertThat(stats.weekActiveSeconds()).isEqualTo(45);
    }

    @Test
    void this_week_runs_from_monday() {
        List<Entry> entries = List.of(
                finished("walk", 20),
                finished("walk", 21),
                finished("walk", 24),
                entry("walk", 24, false, Ending.QUIT, null, null, null, 120));

        Stats stats = stats(entries);

        assertThat(stats.weekSessions()).isEqualTo(2);
        assertThat(stats.weekOther()).isEqualTo(1);
        assertThat(stats.weekActiveSeconds()).isEqualTo(600 + 600 + 120);
    }

    @Test
    void today_is_counted_against_the_daily_goal() {
        Stats stats = stats(List.of(finished("walk", 24), finished("walk", 23), finished("other", 24)));

        assertThat(stats.today()).containsExactly(new Stats.Goal("walk", "Back-friendly walk", 1, new DailyGoal(2, 3)));
    }

    @Test
    void the_last_fourteen_days_each_have_their_active_time() {
        Stats stats =
                stats(List.of(finished("walk", 24), finished("walk", 24), finished("walk", 11), finished("walk", 10)));

        assertThat(stats.days()).hasSize(14);
        assertThat(stats.days().get(0)).isEqualTo(new Stats.Day(LocalDate.of(2026, 11, 13), 600));
        assertThat(stats.days().get(13)).isEqualTo(new Stats.Day(TODAY, 1200));
        assertThat(stats.days().stream().mapToLong(Stats.Day::activeSeconds).sum())
                .isEqualTo(1800);
    }

    @Test
    void pain_is_averaged_over_the_sessions_with_both_answers_and_says_how_many() {
        List<Entry> entries = List.of(
                entry("walk", 14, true, Ending.FINISHED, 4, 3, false, 600),
                entry("walk", 15, true, Ending.FINISHED, 2, null, false, 600),
                entry("walk", 15, true, Ending.FINISHED, null, 9, false, 600),
                entry("walk", 21, true, Ending.FINISHED, 3, 2, false, 600),
                finished("walk", 22),
                finished("walk", 23),
                entry("walk", 8, true, Ending.FINISHED, 5, null, false, 600));

        List<Stats.Week> weeks = stats(entries).painByWeek();

        // The one-sided answers of the 16th's week would have made it "3.0 → 6.0 (3 sessions)".
        assertThat(weeks)
                .containsExactly(
                        new Stats.Week(LocalDate.of(2026, 11, 16), 4.0, 3.0, 1, 3),
                        new Stats.Week(LocalDate.of(2026, 11, 23), 3.0, 2.0, 1, 3));
    }

    @Test
    void days_are_the_persons_own() {
        // 7:30 at +01:00 on day 24 is 23:30 the day before in a zone eight hours behind.
        Stats stats = Stats.of(List.of(finished("walk", 24)), TODAY, ZoneId.of("-07:00"), List.of(WALK));

        assertThat(stats.days().get(12).activeSeconds()).isEqualTo(600);
        assertThat(stats.today().get(0).done()).isZero();
    }
}
