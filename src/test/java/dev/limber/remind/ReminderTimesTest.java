package dev.limber.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderTimesTest {

    private static ReminderTimes parse(String written) throws ReminderTimes.BadTimes {
        return ReminderTimes.parse(written);
    }

    @Test
    void times_are_read_as_people_type_them_and_kept_in_order() throws Exception {
        assertThat(parse("18:00, 8:00,13:30").times())
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(13, 30), LocalTime.of(18, 0));
        assertThat(parse("00:00,23:59").argument()).isEqualTo("00:00,23:59");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "25:00|'25:00' is not a time of day; write HH:MM, 24-hour, such as 08:00 or 18:30",
                "8h|'8h' is not a time of day",
                "08:60|'08:60' is not a time of day",
                "8:5|'8:5' is not a time of day",
                "24:00|'24:00' is not a time of day",
                "08:00,,13:00|an empty time in '08:00,,13:00'",
                "08:00,|an empty time",
                "08:00,13:00,08:00|'08:00' is given twice",
                "' '|no times"
            })
    void a_time_that_is_not_one_is_named(String written, String message) {
        assertThatThrownBy(() -> parse(written))
                .isInstanceOf(ReminderTimes.BadTimes.class)
                .hasMessageContaining(message);
    }

    @Test
    void at_most_24_times() throws Exception {
        StringBuilder many = new StringBuilder("00:00");
        for (int hour = 1; hour < 24; hour++) {
            many.append(',').append(String.format("%02d:00", hour));
        }
        assertThat(parse(many.toString()).times()).hasSize(24);
        assertThatThrownBy(() -> parse(many + ",12:30")).hasMessage("25 times; give at most 24");
    }

    @Test
    void the_window_runs_from_the_first_time_to_an_hour_after_the_last() throws Exception {
        ReminderTimes times = parse("08:00,13:00,18:00");

        assertThat(times.within(LocalTime.of(7, 59))).isFalse();
        assertThat(times.within(LocalTime.of(8, 0))).isTrue();
        assertThat(times.within(LocalTime.of(15, 0))).isTrue();
        assertThat(times.within(LocalTime.of(18, 59, 59))).isTrue();
        assertThat(times.within(LocalTime.of(19, 0))).isFalse();
        assertThat(times.window()).isEqualTo("08:00 to 19:00");
    }

    @Test
    void a_late_window_ends_at_midnight_not_in_the_next_day() throws Exception {
        ReminderTimes times = parse("21:00,23:30");

        assertThat(times.within(LocalTime.of(23, 59))).isTrue();
        assertThat(times.within(LocalTime.of(0, 15))).isFalse();
        assertThat(times.window()).isEqualTo("21:00 to midnight");
    }

    @Test
    void the_next_reminder_is_later_today_or_the_first_tomorrow() throws Exception {
        ReminderTimes times = parse("08:00,13:00");

        assertThat(times.next(LocalDateTime.of(2026, 11, 30, 9, 0))).isEqualTo(LocalDateTime.of(2026, 11, 30, 13, 0));
        assertThat(times.next(LocalDateTime.of(2026, 11, 30, 13, 0))).isEqualTo(LocalDateTime.of(2026, 12, 1, 8, 0));
    }

    @Test
    void said_as_a_list() throws Exception {
        assertThat(parse("08:00,13:00,18:00").text()).isEqualTo("08:00, 13:00 and 18:00");
        assertThat(new ReminderTimes(List.of(LocalTime.NOON)).text()).isEqualTo("12:00");
    }
}
