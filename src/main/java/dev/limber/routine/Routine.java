package dev.limber.routine;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A routine as its author wrote it, checked and with every step's timing resolved.
 *
 * @param file    where it was read from, as shown in messages ({@code routines/x.yaml})
 * @param summary one line, empty when the file has none
 * @param caution     shown before the routine starts, empty when the file has none
 * @param progression how one of its timed steps grows over sessions, or null
 * @param perDay      how many times a day it is meant to be done, or null
 */
public record Routine(
        String id,
        String title,
        String summary,
        List<String> tags,
        String caution,
        Timing defaults,
        List<Step> steps,
        @Nullable Progression progression,
        @Nullable DailyGoal perDay,
        String file) {

    public Routine {
        tags = List.copyOf(tags);
        steps = List.copyOf(steps);
    }

    /** This routine with the named timed step held for {@code seconds} instead: today's length of a walk. */
    public Routine withStepTime(String step, int seconds) {
        List<Step> changed = steps.stream()
                .map(s -> s instanceof Step.Exercise e && e.name().equals(step) && e.amount() instanceof Amount.Timed
                        ? new Step.Exercise(
                                e.name(), new Amount.Timed(seconds), e.sides(), e.sets(), e.cues(), e.timing(), e.at())
                        : s)
                .toList();
        return new Routine(id, title, summary, tags, caution, defaults, changed, progression, perDay, file);
    }

    /** The time the growing step is written with: where its progression starts. */
    public int progressionStart() {
        String growing = Objects.requireNonNull(progression).step();
        return steps.stream()
                .filter(s -> s instanceof Step.Exercise e && e.name().equals(growing))
                .map(s -> ((Step.Exercise) s).amount())
                .filter(Amount.Timed.class::isInstance)
                .mapToInt(a -> ((Amount.Timed) a).seconds())
                .findFirst()
                .orElseThrow();
    }
}
