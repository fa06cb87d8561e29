package dev.limber.progress;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Back pain as noted on waking, once a day: the other half of pain during and after a session,
 * since pain that a session leaves behind shows the next morning.
 *
 * @param id   this record's own id
 * @param at   when it was noted, with the offset of the moment
 * @param pain 0 to 10, or null when the question was skipped (asked once a day all the same)
 */
public record MorningPain(
        String id, OffsetDateTime at, @Nullable Integer pain) {

    public MorningPain {
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new IllegalArgumentException("pain " + pain);
        }
    }
}
