package dev.limber.tui;

import dev.limber.document.Position;
import dev.limber.plan.Plan;
import dev.limber.plan.PlanException;
import dev.limber.plan.Planner;
import dev.limber.routine.Amount;
import dev.limber.routine.Routine;
import dev.limber.routine.Sides;
import dev.limber.routine.Step;
import dev.limber.routine.Timing;
import java.util.List;

/** Plans for coach tests, laid out by the real planner from routines built in code. */
final class Plans {

    private Plans() {}

    static Step.Exercise hold(String name, int seconds, Sides sides, String... cues) {
        return new Step.Exercise(
                name, new Amount.Timed(seconds), sides, 1, List.of(cues), Timing.DEFAULTS, Position.START);
    }

    /** Reps with no get-ready of their own, so that tests' times are those of the holds and the reps. */
    static Step.Exercise reps(String name, int count, int pace) {
        return new Step.Exercise(
                name,
                new Amount.Reps(count),
                Sides.NONE,
                1,
                List.of("Slowly."),
                new Timing(0, 5, 0, pace),
                Position.START);
    }

    /** Reps that end by themselves at their pace ({@code auto_reps}), with no get-ready of their own. */
    static Step.Exercise autoReps(String name, int count, int pace) {
        return new Step.Exercise(
                name,
                new Amount.Reps(count, true),
                Sides.NONE,
                1,
                List.of("Slowly."),
                new Timing(0, 5, 0, pace),
                Position.START);
    }

    /** Reps with the usual get-ready of five seconds before them. */
    static Step.Exercise repsAfterGetReady(String name, int count, int pace) {
        return new Step.Exercise(
                name,
                new Amount.Reps(count),
                Sides.NONE,
                1,
                List.of("Slowly."),
                new Timing(5, 5, 0, pace),
                Position.START);
    }

    static Plan plan(String title, Step... steps) {
        Routine routine = new Routine(
                "test",
                title,
                "A routine for tests.",
                List.of(),
                "Stop if it hurts.",
                Timing.DEFAULTS,
                List.of(steps),
                null,
                null,
                "test.yaml");
        try {
            return Planner.plan(routine, Planner.EMPTY);
        } catch (PlanException e) {
            throw new AssertionError(e);
        }
    }

    /** Get ready 5s, knee-to-chest left 30s, switch 5s, right 30s, then cat-cow 10 reps at 4s. */
    static Plan stretches() {
        return plan(
                "Post-run stretches",
                hold("Knee-to-chest stretch", 30, Sides.BOTH, "Lie on your back.", "Draw one knee in."),
                reps("Cat-cow", 10, 4));
    }
}
