package dev.limber.program;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a program asks around a run: routines before it and after it, and how many runs a week to
 * swap for a walk. A day is a run day when it is one of {@code days}, or when a routine of
 * {@code before} was done on it.
 *
 * @param before       routines to do before a run (a warm-up), in order
 * @param after        routines to do after a run (stretches), in order
 * @param walk         the routine that takes a run's place, or null when none does
 * @param walksPerWeek how many runs a week become that walk (0 when {@code walk} is null)
 * @param days         the person's running days, empty when the program does not know them
 */
public record RunDay(
        List<String> before, List<String> after, @Nullable String walk, int walksPerWeek, Set<DayOfWeek> days) {

    public RunDay {
        before = List.copyOf(before);
        after = List.copyOf(after);
        days = Set.copyOf(days);
    }
}
