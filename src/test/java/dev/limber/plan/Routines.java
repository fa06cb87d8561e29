package dev.limber.plan;

import dev.limber.document.Position;
import dev.limber.routine.Amount;
import dev.limber.routine.Routine;
import dev.limber.routine.Sides;
import dev.limber.routine.Step;
import dev.limber.routine.Timing;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Routines built in code, so plan tests need no files and no YAML. */
final class Routines {

    private Routines() {}

    static final Timing NO_PAUSES = new Timing(0, 0, 0, 3);

    static Routine routine(String id, Timing defaults, Step... steps) {
        return new Routine(id, "Title of " + id, "", List.of(), "", defaults, List.of(steps), null, null, id + ".yaml");
    }

    static Step.Exercise timed(String name, int seconds, Sides sides, int sets, Timing timing) {
        return new Step.Exercise(
                name, new Amount.Timed(seconds), sides, sets, List.of("cue for " + name), timing, at(name));
    }

    static Step.Exercise timed(String name, int seconds, Timing timing) {
        return timed(name, seconds, Sides.NONE, 1, timing);
    }

    static Step.Exercise reps(String name, int count, Sides sides, int sets, Timing timing) {
        return new Step.Exercise(name, new Amount.Reps(count), sides, sets, List.of(), timing, at(name));
    }

    static Step.Include include(String id, int line) {
        return new Step.Include(id, new Position(line, 5));
    }

    /** Each step at its own line, so problems can be told apart by where they point. */
    private static Position at(String name) {
        return new Position(Math.abs(name.hashCode() % 1000) + 1, 5);
    }

    static Planner.Library library(Routine... routines) {
        Map<String, Routine> byId = Stream.of(routines).collect(Collectors.toMap(Routine::id, Function.identity()));
        return new Planner.Library() {
            @Override
            public Optional<Routine> find(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public Collection<String> ids() {
                return byId.keySet();
            }
        };
    }
}
