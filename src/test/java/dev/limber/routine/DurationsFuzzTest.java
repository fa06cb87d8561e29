package dev.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.limber.testing.QuietJazzer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Any text is a duration from 0 to 24h or a {@link Durations.BadDuration} with a reason, and what
 * {@link Durations#format} writes for a duration reads back as the same seconds. Seeds (plain text):
 * {@code DurationsFuzzTestInputs/any_text_is_a_duration_or_a_reason/}.
 */
@ExtendWith(QuietJazzer.class)
class DurationsFuzzTest {

    @DictionaryEntries({"h", "m", "s", " ", "-", "1.5", "24h", "86400", "999999999"})
    @FuzzTest(maxDuration = "10s")
    void any_text_is_a_duration_or_a_reason(byte[] bytes) {
        String written = new String(bytes, StandardCharsets.UTF_8);

        int seconds;
        try {
            seconds = Durations.parse(written);
        } catch (Durations.BadDuration bad) {
            assertThat(bad.getMessage()).isNotBlank();
            // The reason goes into messages printed on a terminal, after "'time' ".
            assertThat(bad.getMessage().chars().filter(Character::isISOControl).findFirst())
                    .as("a control character in: %s", bad.getMessage())
                    .isEmpty();
            return;
        }

        assertThat(seconds).isBetween(0, Durations.MAX_SECONDS);
        String formatted = Durations.format(seconds);
        try {
            assertThat(Durations.parse(formatted))
                    .as("parse(format(%d)) via '%s'", seconds, formatted)
                    .isEqualTo(seconds);
        } catch (Durations.BadDuration bad) {
            throw new AssertionError(
                    "format(" + seconds + ") = '" + formatted + "' does not read back: " + bad.getMessage(), bad);
        }
    }
}
