package dev.limber.plan;

import static dev.limber.plan.Routines.NO_PAUSES;
import static dev.limber.plan.Routines.include;
import static dev.limber.plan.Routines.library;
import static dev.limber.plan.Routines.reps;
import static dev.limber.plan.Routines.routine;
import static dev.limber.plan.Routines.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.limber.document.Position;
import dev.limber.document.Problem;
import dev.limber.routine.Amount;
import dev.limber.routine.Routine;
import dev.limber.routine.Sides;
import dev.limber.routine.Step;
import dev.limber.routine.Timing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static Plan plan(Routine routine) throws PlanException {
        return Planner.plan(routine, Planner.EMPTY);
    }

    @Test
    void a_timed_step_gets_a_get_ready_countdown_then_the_hold() throws Exception {
        Plan plan = plan(routine("r", Timing.DEFAULTS, timed("Plank", 30, Timing.DEFAULTS)));

        assertThat(plan.segments())
                .extracting(Segment::kind, Segment::name, Segment::seconds, Segment::start)
                .containsExactly(tuple(SegmentKind.PREPARE, "Plank", 5, 0L), tuple(SegmentKind.WORK, "Plank", 30, 5L));
        assertThat(plan.seconds()).isEqualTo(35);
        assertThat(plan.steps()).isEqualTo(1);
    }

    @Test
    void both_sides_hold_the_left_then_switch_then_the_right() throws Exception {
        Timing timing = new Timing(5, 4, 0, 3);
        Plan plan = plan(routine("r", timing, timed("Knee-to-chest", 30, Sides.BOTH, 1, timing)));

        assertThat(plan.segments())
                .extracting(Segment::kind, Segment::side, Segment::seconds, Segment::start)
                .containsExactly(
                        tuple(SegmentKind.PREPARE, Side.LEFT, 5, 0L),
                        tuple(SegmentKind.WORK, Side.LEFT, 30, 5L),
                        tuple(SegmentKind.SWITCH, Side.RIGHT, 4, 35L),
                        tuple(SegmentKind.WORK, Side.RIGHT, 30, 39L));
        assertThat(plan.segments().get(1).label()).isEqualTo("Knee-to-chest · left side");
        assertThat(plan.segments().get(2).label()).isEqualTo("Switch sides");
    }

    @Test
    void one_sided_steps_do_only_that_side() throws Exception {
        Plan plan = plan(routine(
                "r",
                NO_PAUSES,
                timed("Left lunge", 20, Sides.LEFT, 1, NO_PAUSES),
                timed("Right lunge", 20, Sides.RIGHT, 1, NO_PAUSES)));

        assertThat(plan.segments()).extracting(Segment::side).containsExactly(Side.LEFT, Side.RIGHT);
    }

    @Test
    void the_first_work_of_each_step_is_marked_whichever_side_it_is_on() throws Exception {
        Timing timing = new Timing(5, 5, 10, 3);
        Plan plan = plan(routine(
                "r",
                timing,
                timed("Right lunge", 20, Sides.RIGHT, 2, timing),
                timed("Knee-to-chest", 30, Sides.BOTH, 1, timing)));

        // Where a list of lines says the step's cues once: not the get-ready, the other side or set 2.
        assertThat(plan.segments())
                .extracting(Segment::kind, Segment::side, Segment::set, Segment::firstOfStep)
                .containsExactly(
                        tuple(SegmentKind.PREPARE, Side.RIGHT, 1, false),
                        tuple(SegmentKind.WORK, Side.RIGHT, 1, true),
                        tuple(SegmentKind.REST, Side.NONE, 1, false),
                        tuple(SegmentKind.WORK, Side.RIGHT, 2, false),
                        tuple(SegmentKind.REST, Side.NONE, 1, false),
                        tuple(SegmentKind.PREPARE, Side.LEFT, 1, false),
                        tuple(SegmentKind.WORK, Side.LEFT, 1, true),
                        tuple(SegmentKind.SWITCH, Side.RIGHT, 1, false),
                        tuple(SegmentKind.WORK, Side.RIGHT, 1, false));
    }

    @Test
    void a_rep_segment_carries_its_step_s_pace_and_a_timed_one_none() throws Exception {
        Plan plan = plan(routine(
                "r",
                NO_PAUSES,
                reps("Bridge", 12, Sides.NONE, 1, new Timing(0, 0, 0, 4)),
                timed("Plank", 30, NO_PAUSES)));

        assertThat(plan.segments())
                .extracting(Segment::name, Segment::pace, Segment::seconds)
                .containsExactly(tuple("Bridge", 4, 48), tuple("Plank", 0, 30));
    }

    @Test
    void reps_end_by_themselves_where_the_step_says_so_or_the_person_does_for_every_step() throws Exception {
        Timing timing = new Timing(0, 0, 0, 3);
        Step.Exercise auto = new Step.Exercise(
                "Bridge", new Amount.Reps(10, true), Sides.NONE, 1, List.of(), timing, new Position(1, 1));
        Routine routine =
                routine("r", timing, auto, reps("Calf raise", 10, Sides.NONE, 1, timing), timed("Plank", 30, timing));

        Plan asWritten = Planner.plan(routine, Planner.EMPTY);
        Plan forAll = Planner.plan(routine, Planner.EMPTY, new Preferences(null, null, true));

        assertThat(asWritten.segments())
                .extracting(Segment::autoReps, Segment::waitsForEnter)
                .containsExactly(tuple(true, false), tuple(false, true), tuple(false, false));
        assertThat(forAll.segments())
                .extracting(Segment::autoReps, Segment::waitsForEnter)
                .containsExactly(tuple(true, false), tuple(true, false), tuple(false, false));
    }

    @Test
    void sets_rest_between_them_and_number_themselves() throws Exception {
        Timing timing = new Timing(0, 5, 20, 3);
        Plan plan = plan(routine("r", timing, reps("Bridge", 12, Sides.NONE, 3, timing)));

        assertThat(plan.segments())
                .extracting(Segment::kind, Segment::set, Segment::seconds)
                .containsExactly(
                        tuple(SegmentKind.WORK, 1, 36),
                        tuple(SegmentKind.REST, 1, 20),
                        tuple(SegmentKind.WORK, 2, 36),
                        tuple(SegmentKind.REST, 2, 20),
                        tuple(SegmentKind.WORK, 3, 36));
        assertThat(plan.segments().get(2).label()).isEqualTo("Bridge · set 2 of 3");
    }

    @Test
    void sets_of_both_sides_switch_inside_each_set() throws Exception {
        Timing timing = new Timing(5, 5, 10, 2);
        Plan plan = plan(routine("r", timing, timed("Lunge", 20, Sides.BOTH, 2, timing)));

        assertThat(plan.segments())
                .extracting(Segment::kind, Segment::side, Segment::set)
                .containsExactly(
                        tuple(SegmentKind.PREPARE, Side.LEFT, 1),
                        tuple(SegmentKind.WORK, Side.LEFT, 1),
                        tuple(SegmentKind.SWITCH, Side.RIGHT, 1),
                        tuple(SegmentKind.WORK, Side.RIGHT, 1),
                        tuple(SegmentKind.REST, Side.NONE, 1),
                        tuple(SegmentKind.WORK, Side.LEFT, 2),
                        tuple(SegmentKind.SWITCH, Side.RIGHT, 2),
                        tuple(SegmentKind.WORK, Side.RIGHT, 2));
    }

    @Test
    void rest_comes_after_every_step_but_the_last() throws Exception {
        Timing timing = new Timing(0, 0, 15, 3);
        Plan plan = plan(routine("r", timing, timed("A", 10, timing), timed("B", 10, timing), timed("C", 10, timing)));

        assertThat(plan.segments())
                .extracting(Segment::kind, Segment::name)
                .containsExactly(
                        tuple(SegmentKind.WORK, "A"),
                        tuple(SegmentKind.REST, "A"),
                        tuple(SegmentKind.WORK, "B"),
                        tuple(SegmentKind.REST, "B"),
                        tuple(SegmentKind.WORK, "C"));
    }

    @Test
    void zero_get_ready_and_zero_switch_leave_those_segments_out() throws Exception {
        Plan plan = plan(routine("r", NO_PAUSES, timed("Twist", 30, Sides.BOTH, 1, NO_PAUSES)));

        assertThat(plan.segments()).extracting(Segment::kind).containsExactly(SegmentKind.WORK, SegmentKind.WORK);
    }

    @Test
    void a_rep_step_gets_a_get_ready_countdown_too_and_is_estimated_at_its_pace() throws Exception {
        Timing pace4 = new Timing(5, 5, 0, 4);
        Plan plan = plan(routine("r", Timing.DEFAULTS, reps("Cat-cow", 10, Sides.NONE, 1, pace4)));

        assertThat(plan.segments())
                .extracting(Segment::kind, Segment::counted, Segment::seconds, Segment::start)
                .containsExactly(tuple(SegmentKind.PREPARE, false, 5, 0L), tuple(SegmentKind.WORK, true, 40, 5L));
        assertThat(plan.segments().get(0).label()).isEqualTo("Get ready · Cat-cow");
        assertThat(plan.segments().get(1).reps()).isEqualTo(10);
        assertThat(plan.seconds()).isEqualTo(45);
    }

    @Test
    void start_offsets_follow_each_other_and_add_up_to_the_total() throws Exception {
        Timing timing = new Timing(5, 5, 10, 3);
        Plan plan = plan(routine(
                "r",
                timing,
                timed("A", 30, Sides.BOTH, 2, timing),
                reps("B", 10, Sides.LEFT, 3, timing),
                timed("C", 45, timing)));

        long clock = 0;
        for (Segment segment : plan.segments()) {
            assertThat(segment.start()).isEqualTo(clock);
            assertThat(segment.seconds()).isPositive();
            clock = segment.end();
        }
        assertThat(plan.seconds()).isEqualTo(clock);
    }

    @Test
    void an_include_runs_the_other_routine_in_place_with_its_own_timing() throws Exception {
        Timing warmTiming = new Timing(3, 0, 0, 2);
        Routine warmUp = routine(
                "warm-up",
                warmTiming,
                timed("Arm swings", 30, warmTiming),
                reps("Knee lifts", 10, Sides.NONE, 1, warmTiming));
        Timing dayTiming = new Timing(0, 0, 30, 3);
        Routine day = routine("day", dayTiming, include("warm-up", 1), timed("Walk", 300, dayTiming));

        Plan plan = Planner.plan(day, library(warmUp, day));

        assertThat(plan.segments())
                .extracting(Segment::kind, Segment::name, Segment::seconds, Segment::step)
                .containsExactly(
                        tuple(SegmentKind.PREPARE, "Arm swings", 3, 1),
                        tuple(SegmentKind.WORK, "Arm swings", 30, 1),
                        tuple(SegmentKind.PREPARE, "Knee lifts", 3, 2),
                        tuple(SegmentKind.WORK, "Knee lifts", 20, 2),
                        tuple(SegmentKind.REST, "Knee lifts", 30, 2),
                        tuple(SegmentKind.WORK, "Walk", 300, 3));
        assertThat(plan.steps()).isEqualTo(3);
    }

    @Test
    void an_include_cycle_is_an_error_that_names_the_cycle() {
        Routine a = routine("a", NO_PAUSES, timed("A", 10, NO_PAUSES), include("b", 7));
        Routine b = routine("b", NO_PAUSES, include("c", 3));
        Routine c = routine("c", NO_PAUSES, include("a", 4));

        assertThatThrownBy(() -> Planner.plan(a, library(a, b, c)))
                .isInstanceOfSatisfying(
                        PlanException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new Problem(
                                        "c.yaml",
                                        new Position(4, 5),
                                        "include cycle: a -> b -> c -> a; remove one of these includes")));
    }

    @Test
    void a_routine_including_itself_is_a_cycle() {
        Routine self = routine("self", NO_PAUSES, include("self", 2));

        assertThatThrownBy(() -> Planner.plan(self, library(self)))
                .hasMessage("self.yaml:2:5: include cycle: self -> self; remove one of these includes");
    }

    /** Planning recurses once a level: a chain of thousands of files overflowed the stack. */
    @Test
    void includes_nested_more_than_32_deep_are_an_error_at_the_step_that_leads_there() throws PlanException {
        Routine[] chain = new Routine[41];
        chain[40] = routine("r40", NO_PAUSES, timed("End", 10, NO_PAUSES));
        for (int i = 39; i >= 0; i--) {
            chain[i] = routine("r" + i, NO_PAUSES, timed("Start", 10, NO_PAUSES), include("r" + (i + 1), 3));
        }
        Planner.Library library = library(chain);

        assertThatThrownBy(() -> Planner.plan(chain[0], library))
                .isInstanceOfSatisfying(
                        PlanException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new Problem(
                                                "r0.yaml",
                                                new Position(3, 5),
                                                "includes nest more than 32 deep from here"
                                                        + " (r0 -> r1 -> ... -> r32 -> r33); include the routines further down directly")));
        assertThat(Planner.plan(chain[8], library).steps()).isEqualTo(33);
    }

    @Test
    void an_include_of_a_missing_routine_suggests_the_id_meant() {
        Routine warm = routine("dynamic-warm-up", NO_PAUSES, timed("A", 10, NO_PAUSES));
        Routine day = routine("day", NO_PAUSES, include("dynamic-warmup", 3), include("nothing-like-it", 4));

        assertThatThrownBy(() -> Planner.plan(day, library(warm, day)))
                .isInstanceOfSatisfying(
                        PlanException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "day.yaml:3:5: cannot include 'dynamic-warmup': there is no routine 'dynamic-warmup'"
                                                + " (did you mean 'dynamic-warm-up'?)",
                                        "day.yaml:4:5: cannot include 'nothing-like-it': there is no routine"
                                                + " 'nothing-like-it'; 'limber list' shows the ids"));
    }

    @Test
    void a_problem_inside_an_included_routine_is_reported_once_however_often_it_is_included() {
        Routine inner = routine("inner", NO_PAUSES, include("missing", 9));
        Routine outer = routine("outer", NO_PAUSES, include("inner", 1), include("inner", 2), include("inner", 3));

        assertThatThrownBy(() -> Planner.plan(outer, library(inner, outer)))
                .isInstanceOfSatisfying(
                        PlanException.class, e -> assertThat(e.problems()).hasSize(1));
    }

    @Test
    void a_plan_past_24_hours_is_reported_at_the_step_that_crosses_it() {
        Step.Exercise first = timed("First", 23 * 3600, NO_PAUSES);
        Step.Exercise second = timed("Second", 2 * 3600, NO_PAUSES);
        Routine long1 = routine("long", NO_PAUSES, first, second);

        assertThatThrownBy(() -> plan(long1))
                .isInstanceOfSatisfying(
                        PlanException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.at()).isEqualTo(second.at());
                            assertThat(p.message()).startsWith("the routine runs past 24h");
                        }));
    }

    @Test
    void includes_that_multiply_stop_at_24_hours_instead_of_running_away() {
        // 500 x 500 x 500 one-second steps would be 125 million segments.
        Step.Exercise second = timed("Second", 1, NO_PAUSES);
        Routine leaf = routine("leaf", NO_PAUSES, second);
        Routine middle = routine("middle", NO_PAUSES, includes("leaf", 500));
        Routine top = routine("top", NO_PAUSES, includes("middle", 500));
        Routine outer = routine("outer", NO_PAUSES, includes("top", 500));

        assertThatThrownBy(() -> Planner.plan(outer, library(leaf, middle, top, outer)))
                .isInstanceOfSatisfying(
                        PlanException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.toString())
                                        .startsWith("outer.yaml:1:5: the routine runs past 24h")));
    }

    private static Step[] includes(String id, int count) {
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            steps.add(include(id, i));
        }
        return steps.toArray(new Step[0]);
    }

    @Test
    void a_persons_own_pauses_replace_every_routines_get_ready_and_rest_but_not_the_switch() throws Exception {
        Timing written = new Timing(5, 4, 30, 3);
        Routine inner = routine("inner", written, timed("Plank", 20, Timing.DEFAULTS));
        Routine outer = routine(
                "outer",
                written,
                timed("Side plank", 30, Sides.BOTH, 2, written),
                include("inner", 9),
                reps("Bridge", 5, Sides.NONE, 1, written));

        Plan plan = Planner.plan(outer, library(inner), new Preferences(10, 0, false));

        assertThat(plan.segments())
                .extracting(Segment::kind, Segment::seconds)
                .containsExactly(
                        tuple(SegmentKind.PREPARE, 10),
                        tuple(SegmentKind.WORK, 30),
                        tuple(SegmentKind.SWITCH, 4),
                        tuple(SegmentKind.WORK, 30),
                        tuple(SegmentKind.WORK, 30),
                        tuple(SegmentKind.SWITCH, 4),
                        tuple(SegmentKind.WORK, 30),
                        tuple(SegmentKind.PREPARE, 10),
                        tuple(SegmentKind.WORK, 20),
                        tuple(SegmentKind.PREPARE, 10),
                        tuple(SegmentKind.WORK, 15));
        Plan asWritten = Planner.plan(outer, library(inner), Preferences.AS_WRITTEN);
        assertThat(asWritten.segments()).extracting(Segment::kind).contains(SegmentKind.REST);
        assertThat(asWritten.seconds())
                .isEqualTo(Planner.plan(outer, library(inner)).seconds());
    }

    @Test
    void a_rest_of_their_own_comes_after_steps_and_between_sets_where_the_routine_had_none() throws Exception {
        Routine routine = routine(
                "r",
                NO_PAUSES,
                reps("Bridge", 5, Sides.NONE, 2, NO_PAUSES),
                reps("Cat-cow", 4, Sides.NONE, 1, NO_PAUSES));

        Plan plan = Planner.plan(routine, Planner.EMPTY, new Preferences(null, 12, false));

        assertThat(plan.segments())
                .extracting(Segment::kind, Segment::seconds)
                .containsExactly(
                        tuple(SegmentKind.WORK, 15),
                        tuple(SegmentKind.REST, 12),
                        tuple(SegmentKind.WORK, 15),
                        tuple(SegmentKind.REST, 12),
                        tuple(SegmentKind.WORK, 12));
    }
}
