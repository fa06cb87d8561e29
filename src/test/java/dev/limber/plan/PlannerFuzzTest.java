package dev.limber.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.limber.document.Problem;
import dev.limber.routine.Amount;
import dev.limber.routine.Durations;
import dev.limber.routine.Limits;
import dev.limber.routine.Routine;
import dev.limber.routine.Sides;
import dev.limber.routine.Step;
import dev.limber.routine.Timing;
import java.util.ArrayList;
import java.util.List;

/**
 * Any routine the format allows plans into segments that are each longer than nothing and follow
 * one another without gaps, and whose lengths add up to the plan's total; or the planner says why
 * not (a missing include, a cycle, past 24h). The routines are built here as records within the
 * format's limits, not written as YAML: the fuzzer then spends its time on the planner rather than
 * on getting YAML right. Seeds (bytes for {@link FuzzedDataProvider}):
 * {@code PlannerFuzzTestInputs/any_valid_routine_plans_into_contiguous_segments/}.
 */
class PlannerFuzzTest {

    /** The routines that may include one another; the last id names none, for missing includes. */
    private static final List<String> IDS = List.of("first", "second", "third", "missing");

    @FuzzTest(maxDuration = "10s")
    void any_valid_routine_plans_into_contiguous_segments(FuzzedDataProvider data) {
        int count = data.consumeInt(1, IDS.size() - 1);
        List<Routine> routines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            routines.add(routine(IDS.get(i), data));
        }
        Preferences preferences = data.consumeBoolean()
                ? Preferences.AS_WRITTEN
                : new Preferences(
                        data.consumeBoolean() ? null : data.consumeInt(0, 3600),
                        data.consumeBoolean() ? null : data.consumeInt(0, 3600),
                        data.consumeBoolean());
        Routine top = routines.get(0);

        Plan plan;
        try {
            plan = Planner.plan(top, Routines.library(routines.toArray(Routine[]::new)), preferences);
        } catch (PlanException e) {
            assertThat(e.problems())
                    .isNotEmpty()
                    .hasSizeLessThanOrEqualTo(Limits.MAX_PROBLEMS)
                    .allSatisfy(p -> assertThat(p.message()).isNotBlank());
            assertThat(e.problems())
                    .extracting(Problem::file)
                    .allSatisfy(f -> assertThat(f).endsWith(".yaml"));
            return;
        }

        long start = 0;
        long total = 0;
        int step = 1;
        for (Segment segment : plan.segments()) {
            assertThat(segment.seconds()).as("%s", segment).isPositive();
            assertThat(segment.start())
                    .as("%s starts where the one before ends", segment)
                    .isEqualTo(start);
            assertThat(segment.set()).as("%s", segment).isBetween(1, segment.sets());
            assertThat(segment.step()).as("%s", segment).isBetween(step, plan.steps());
            step = segment.step();
            start = segment.end();
            total += segment.seconds();
        }
        assertThat(total).isEqualTo(plan.seconds()).isLessThanOrEqualTo(Durations.MAX_SECONDS);
        assertThat(plan.segments()).isNotEmpty();
        if (top.steps().stream().allMatch(Step.Exercise.class::isInstance)) {
            List<Step.Exercise> exercises =
                    top.steps().stream().map(Step.Exercise.class::cast).toList();
            assertThat(plan.steps()).isEqualTo(exercises.size());
            assertThat(plan.segments().stream()
                            .filter(s -> s.kind() == SegmentKind.WORK)
                            .count())
                    .as("one work segment per side and set")
                    .isEqualTo(exercises.stream()
                            .mapToLong(e -> (long) e.sets() * (e.sides() == Sides.BOTH ? 2 : 1))
                            .sum());
        }
    }

    /** A routine within the format's limits; its steps may include the other routines or a missing one. */
    private static Routine routine(String id, FuzzedDataProvider data) {
        Timing defaults = data.consumeBoolean() ? Timing.DEFAULTS : timing(data, Timing.DEFAULTS);
        int count = data.consumeInt(1, Limits.MAX_STEPS);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < count && (i == 0 || data.remainingBytes() > 0); i++) {
            if (data.consumeInt(0, 7) == 0) {
                steps.add(Routines.include(IDS.get(data.consumeInt(0, IDS.size() - 1)), i + 1));
                continue;
            }
            Amount amount = data.consumeBoolean()
                    ? new Amount.Timed(length(data, 1))
                    : new Amount.Reps(data.consumeInt(1, Limits.MAX_REPS));
            Sides sides = data.pickValue(Sides.values());
            int sets = data.consumeInt(1, Limits.MAX_SETS);
            Timing timing = data.consumeBoolean() ? defaults : timing(data, defaults);
            Step.Exercise exercise = new Step.Exercise(
                    "Step " + (i + 1),
                    amount,
                    sides,
                    sets,
                    List.of(),
                    timing,
                    new dev.limber.document.Position(i + 1, 3));
            steps.add(exercise);
        }
        return Routines.routine(id, defaults, steps.toArray(Step[]::new));
    }

    /** What a step or the defaults may set over {@code base}: each key written or left out. */
    private static Timing timing(FuzzedDataProvider data, Timing base) {
        return new Timing(
                data.consumeBoolean() ? base.prepare() : length(data, 0),
                data.consumeBoolean() ? base.switchSides() : length(data, 0),
                data.consumeBoolean() ? base.rest() : length(data, 0),
                data.consumeBoolean() ? base.pace() : length(data, 1));
    }

    /** Mostly lengths people write, sometimes anything up to the format's 24h. */
    private static int length(FuzzedDataProvider data, int min) {
        return data.consumeInt(min, data.consumeBoolean() ? 300 : Durations.MAX_SECONDS);
    }
}
