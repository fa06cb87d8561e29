package dev.limber.session;

import dev.limber.plan.Segment;

/**
 * What became of one segment.
 *
 * @param outcome null while the segment has not been reached or is under way
 * @param spentNanos active time spent in it, pauses excluded, over every visit
 */
public record SegmentRecord(Segment segment, Outcome outcome, long spentNanos) {}
