package dev.limber.routine;

/**
 * A timed step that grows as sessions go well: it starts at the step's own time, gains {@code add}
 * seconds after every {@code every} sessions that count with no pain increase and no red flag, and
 * stops at {@code max}. A pain increase or a red flag takes it back one {@code add}.
 *
 * @param step  the name of the timed step that grows
 * @param add   seconds added at each increment
 * @param every sessions that count needed for each increment
 * @param max   the longest the step becomes, in seconds
 */
public record Progression(String step, int add, int every, int max) {}
