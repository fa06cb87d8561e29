package dev.limber.routine;

import java.util.List;

/**
 * A routine as its author wrote it, checked and with every step's timing resolved.
 *
 * @param file    where it was read from, as shown in messages ({@code routines/x.yaml})
 * @param summary one line, empty when the file has none
 * @param caution shown before the routine starts, empty when the file has none
 */
public record Routine(
        String id,
        String title,
        String summary,
        List<String> tags,
        String caution,
        Timing defaults,
        List<Step> steps,
        String file) {

    public Routine {
        tags = List.copyOf(tags);
        steps = List.copyOf(steps);
    }
}
