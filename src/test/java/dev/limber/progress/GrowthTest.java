package dev.limber.progress;

import static dev.limber.progress.Entries.entry;
import static dev.limber.progress.Entries.finished;
import static dev.limber.progress.Entries.skipped;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.document.Position;
import dev.limber.routine.Amount;
import dev.limber.routine.DailyGoal;
import dev.limber.routine.Progression;
import dev.limber.routine.Routine;
import dev.limber.routine.Sides;
import dev.limber.routine.Step;
import dev.limber.routine.Timing;
import dev.limber.session.Ending;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The progression rule as a table: a history, and the length it gives today. */
class GrowthTest {

    private static Routine walk(int add, int every, int max) {
        Step walk = new Step.Exercise(
                "Walk", new Amount.Timed(600), Sides.NONE, 1, List.of(), Timing.DEFAULTS, Position.START);
        return new Routine(
                "walk",
                "Walk",
                "",
                List.of(),
                "",
                Timing.DEFAULTS,
                List.of(walk),
                new Progression("Walk", add, every, max),
                new DailyGoal(2, 3),
                "walk.yaml");
    }

    private static final Routine WALK = walk(120, 3, 1800);

    private static Entry finishedOn(int day) {
        return finished("walk", day);
    }

    private static Entry painUp(int day) {
        return entry("walk", day, true, Ending.FINISHED, 2, 4, false, 600);
    }

    private static Entry redFlag(int day) {
        return entry("walk", day, true, Ending.FINISHED, 2, 2, true, 600);
    }

    private static Entry quit(int day) {
        return entry("walk", day, false, Ending.QUIT, null, null, null, 100);
    }

    /** A walk that counts, run with --time 1s. */
    private static Entry shortened(int day) {
        return withLength(finishedOn(day), 1);
    }

    private static Entry lengthened(int day) {
        return withLength(finishedOn(day), 1200);
    }

    private static Entry withLength(Entry e, int seconds) {
        return new Entry(
                e.id(),
                e.routine(),
                e.title(),
                e.started(),
                e.ended(),
                e.plannedSeconds(),
                e.activeSeconds(),
                e.pausedSeconds(),
                e.segmentsDone(),
                e.segmentsSkipped(),
                e.completed(),
                e.endedBy(),
                e.painBefore(),
                e.painAfter(),
                e.redFlag(),
                seconds,
                e.effort(),
                e.counts(),
                e.version());
    }

    private static List<Entry> finishedDays(int from, int count) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(finishedOn(from + i));
        }
        return entries;
    }

    private static List<Entry> join(List<Entry> first, Entry... more) {
        List<Entry> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("no history yet", List.of(), 600),
                Arguments.of("two finished", finishedDays(0, 2), 600),
                Arguments.of("three finished: one increment", finishedDays(0, 3), 720),
                Arguments.of("seven finished: two increments and one toward the next", finishedDays(0, 7), 840),
                Arguments.of("forty finished: stops at the maximum", finishedDays(0, 40), 1800),
                Arguments.of("a pain increase steps back one", join(finishedDays(0, 3), painUp(3)), 600),
                Arguments.of("a red flag steps back one", join(finishedDays(0, 6), redFlag(6)), 720),
                Arguments.of("never below the start", List.of(painUp(0), redFlag(1)), 600),
                // Without starting again, the two before the pain and the two after would make an increment.
                Arguments.of(
                        "a step back starts the count again",
                        join(finishedDays(0, 5), painUp(5), finishedOn(6), finishedOn(7)),
                        600),
                Arguments.of("quitting counts for nothing", join(finishedDays(0, 2), quit(2), quit(3)), 600),
                Arguments.of(
                        "walks skipped to their end count for nothing",
                        List.of(skipped("walk", 0), skipped("walk", 1), skipped("walk", 2)),
                        600),
                Arguments.of(
                        "walks made shorter with --time build nothing",
                        List.of(shortened(0), shortened(1), shortened(2)),
                        600),
                Arguments.of(
                        "walks made longer with --time build as any other",
                        List.of(lengthened(0), lengthened(1), lengthened(2)),
                        720),
                Arguments.of(
                        "a skipped walk does not complete three", join(finishedDays(0, 2), skipped("walk", 2)), 600),
                Arguments.of(
                        "other routines don't count",
                        List.of(finished("other", 0), finished("other", 1), finished("other", 2)),
                        600),
                Arguments.of(
                        "order is by time, not by line",
                        List.of(finishedOn(4), finishedOn(5), finishedOn(6), painUp(0)),
                        720));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void the_length_today(String history, List<Entry> entries, int seconds) {
        assertThat(Growth.today(WALK, entries).seconds()).isEqualTo(seconds);
    }

    @Test
    void a_maximum_that_is_not_a_whole_number_of_increments_is_reached_exactly() {
        Routine odd = walk(420, 1, 1800);

        assertThat(Growth.today(odd, finishedDays(0, 2)).seconds()).isEqualTo(1440);
        assertThat(Growth.today(odd, finishedDays(0, 3)).seconds()).isEqualTo(1800);
    }

    @Test
    void says_where_it_stands() {
        assertThat(Growth.today(WALK, finishedDays(0, 6)).note()).isEqualTo("today: 14 min, building toward 30 min");
        assertThat(Growth.today(WALK, finishedDays(0, 40)).note()).isEqualTo("today: 30 min, its full length");
        assertThat(Growth.today(WALK, finishedDays(0, 4)).finished()).isEqualTo(1);
    }

    private static MorningPain morning(int day, int pain) {
        return new MorningPain("m" + day, Entries.FIRST.plusDays(day).withHour(6), pain);
    }

    private static Growth withMornings(List<Entry> entries, MorningPain... mornings) {
        java.time.ZoneId zone = java.time.ZoneOffset.ofHours(1);
        return Growth.today(WALK, entries, Mornings.of(List.of(mornings), zone), zone);
    }

    @Test
    void walks_on_a_morning_worse_than_the_one_before_build_nothing() {
        assertThat(withMornings(finishedDays(1, 3), morning(0, 2), morning(1, 2), morning(2, 2), morning(3, 2))
                        .seconds())
                .isEqualTo(720);
        assertThat(withMornings(finishedDays(1, 3), morning(0, 2), morning(1, 2), morning(2, 4), morning(3, 4))
                        .seconds())
                .isEqualTo(600);
    }

    @Test
    void walks_followed_by_a_worse_morning_build_nothing_as_the_load_did_not_settle() {
        // Days 1 to 3 walked; the morning after day 3 was worse than day 3's.
        assertThat(withMornings(finishedDays(1, 3), morning(3, 1), morning(4, 3))
                        .seconds())
                .isEqualTo(600);
        assertThat(withMornings(finishedDays(1, 3), morning(3, 3), morning(4, 3))
                        .seconds())
                .isEqualTo(720);
    }

    @Test
    void a_skipped_morning_question_is_no_pain_noted() {
        MorningPain skipped = new MorningPain("s", Entries.FIRST.plusDays(2), null);
        assertThat(withMornings(finishedDays(1, 3), morning(1, 2), skipped).seconds())
                .isEqualTo(720);
    }
}
