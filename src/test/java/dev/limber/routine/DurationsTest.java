package dev.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
        "45s, 45",
        "2m, 120",
        "1m30s, 90",
        "1h, 3600",
        "1h5m, 3900",
        "1h 5m 3s, 3903",
        "90, 90",
        "0, 0",
        "0s, 0",
        "1M30S, 90",
        "' 30s ', 30",
        "24h, 86400",
        "1440m, 86400",
    })
    void reads_every_written_form(String written, int seconds) throws Exception {
        assertThat(Durations.parse(written)).isEqualTo(seconds);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-5s | is negative ('-5s')",
                "thirty seconds | is not a length ('thirty seconds')",
                "1.5m | must be whole units ('1.5m'); write 1m30s",
                "25h | is longer than 24h ('25h')",
                "86401 | is longer than 24h ('86401')",
                "99999999999999999999s | is longer than 24h ('99999999999999999999s')",
                "99999999999999999999 | is longer than 24h ('99999999999999999999')",
                "1:30 | is not a length ('1:30')",
                "30 s x | is not a length ('30 s x')",
                "s | is not a length ('s')",
                "2m1h | is not a length ('2m1h')",
            })
    void refuses_what_is_not_a_length_and_says_why(String written, String reason) {
        assertThatThrownBy(() -> Durations.parse(written))
                .isInstanceOf(Durations.BadDuration.class)
                .hasMessageStartingWith(reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0.5m | must be whole units ('0.5m'); write 30s",
                "0,5m | must be whole units ('0,5m'); write 30s",
                "1.5h | must be whole units ('1.5h'); write 1h30m",
                "2.25m | must be whole units ('2.25m'); write 2m15s",
                "1h 0.5m | must be whole units ('1h 0.5m'); write 1h30s",
                "1.33m | must be whole units ('1.33m'); write 1m20s, the nearest whole second",
                "0.2s | must be whole units ('0.2s'); write 1s, the nearest whole second",
                "2.5 | must be whole units ('2.5'); write 3s, the nearest whole second",
                "30.5h | must be whole units ('30.5h'); and a length is at most 24h",
                "1.5.5m | must be whole units ('1.5.5m'); write it like 45s, 2m or 1m30s",
            })
    void a_length_with_decimals_is_answered_with_what_was_meant(String written, String reason) {
        assertThatThrownBy(() -> Durations.parse(written)).hasMessage(reason);
    }

    /** Found by DurationsFuzzTest: the text written went into the reason raw, escape sequences and all. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1\u0000\u0000 2$h | is not a length ('1\\u0000\\u0000 2$h')",
                "30\u001b[31ms | is not a length ('30\\u001b[31ms')",
                "-\u001b[2J | is negative ('-\\u001b[2J')",
                "99999999999\u0007s | is longer than 24h ('99999999999\\u0007s')",
            })
    void shows_control_characters_in_the_reason_escaped(String written, String reason) {
        assertThatThrownBy(() -> Durations.parse(written))
                .hasMessageStartingWith(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("\\p{Cntrl}"));
    }

    /** A minute for 64,000 spaces, as a routine file can hold in one value; too long for fuzzing to find. */
    @ParameterizedTest
    @ValueSource(strings = {"1h%sx", "1h%s1m%sx", "1%s2%sm"})
    @Timeout(10)
    void a_long_run_of_spaces_is_refused_at_once(String shape) {
        String written = shape.replace("%s", " ".repeat(100_000));

        assertThatThrownBy(() -> Durations.parse(written)).hasMessageStartingWith("is not a length");
    }

    @ParameterizedTest
    @CsvSource({"'1h \t 5m  3s', 3903", "'1 h 5 m 3 s', 3903", "'2   m', 120"})
    void reads_spaces_between_and_within_parts(String written, int seconds) throws Exception {
        assertThat(Durations.parse(written)).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refuses_an_empty_length(String written) {
        assertThatThrownBy(() -> Durations.parse(written)).hasMessageStartingWith("is empty");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 59, 60, 61, 90, 3599, 3600, 3601, 3660, 86400})
    void formats_in_the_syntax_it_reads(int seconds) throws Exception {
        assertThat(Durations.parse(Durations.format(seconds))).isEqualTo(seconds);
    }

    @ParameterizedTest
    @CsvSource({"0, 0s", "45, 45s", "90, 1m30s", "120, 2m", "3600, 1h", "3605, 1h5s", "5400, 1h30m"})
    void formats_the_shortest_way(int seconds, String written) {
        assertThat(Durations.format(seconds)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"-1", "-9223372036854775807"})
    void refuses_negative_whole_seconds(long seconds) {
        assertThatThrownBy(() -> Durations.ofSeconds(seconds, String.valueOf(seconds)))
                .hasMessageStartingWith("is negative");
    }
}
