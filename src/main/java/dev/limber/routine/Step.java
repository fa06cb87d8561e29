package dev.limber.routine;

import dev.limber.document.Position;
import java.util.List;

/** One entry of a routine's {@code steps}: an exercise, or another routine pulled in by id. */
public sealed interface Step {

    /** Where the step starts in its file, for problems found later (includes, totals). */
    Position at();

    /**
     * Something to do: held for a time or done for a number of reps, on one side or both, in sets.
     *
     * @param timing this step's get-ready, switch, rest and pace, defaults already applied
     */
    record Exercise(String name, Amount amount, Sides sides, int sets, List<String> cues, Timing timing, Position at)
            implements Step {

        public Exercise {
            cues = List.copyOf(cues);
        }
    }

    /** A step that is a whole other routine, run in its place with its own defaults. */
    record Include(String routineId, Position at) implements Step {}
}
