package dev.limber.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CrontabTest {

    @Test
    void a_line_a_time_minute_first_with_the_times_for_notify_s_window() throws Exception {
        assertThat(Crontab.lines(ReminderTimes.parse("08:00,13:30"), Path.of("/home/ann/.local/bin/limber")))
                .containsExactly(
                        "0 8 * * * /home/ann/.local/bin/limber remind notify --at 08:00,13:30",
                        "30 13 * * * /home/ann/.local/bin/limber remind notify --at 08:00,13:30");
    }

    @Test
    void a_path_cron_s_shell_or_cron_itself_would_misread_is_quoted() throws Exception {
        assertThat(Crontab.lines(ReminderTimes.parse("07:05"), Path.of("/home/ann/my tools/it's 100%/limber")))
                .containsExactly("5 7 * * * '/home/ann/my tools/it'\\''s 100\\%/limber' remind notify --at 07:05");
    }
}
