package dev.limber.cli;

import static dev.limber.cli.HistoryCommandTest.NOW;
import static dev.limber.cli.HistoryCommandTest.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.history.HistoryLog;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home).clock(NOW);
    }

    private void history() throws IOException {
        HistoryLog log = new HistoryLog(home.resolve(".local/state/limber"));
        log.append(entry("a", "back-friendly-walk", 2, true, 4, 3));
        log.append(entry("b", "post-run-stretches", 1, true, null, null));
        log.append(entry("c", "back-friendly-walk", 0, true, 2, 2));
        log.append(entry("d", "back-friendly-walk", 0, false, 3, 5));
    }

    @Test
    void text_shows_the_streak_the_week_today_the_days_and_pain() throws IOException {
        history();

        Cli.Result result = cli().run("stats");

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .startsWith("Streak: 3 days in a row with a session that counts\n"
                        + "This week: 3 sessions, 34 active minutes (and 1 stopped early or mostly skipped, not counted)\n"
                        + "Today: 1 of 2–3 Back-friendly walk\n\n"
                        + "Active minutes, last 14 days\n"
                        + "  Sat 14 Nov\n");
        // 10 minutes of the busiest day's 13: three quarters of the 30-column bar, to the eighth.
        assertThat(result.out())
                .contains(
                        "  Wed 25 Nov ██████████████████████▌ 10\n",
                        "  Fri 27 Nov ██████████████████████████████ 13\n",
                        "Pain before → after, by week (0 to 10), of sessions with both answers\n"
                                + "  week of 23 Nov: 3.0 → 3.3  (3 of 4 sessions)\n");
    }

    @Test
    void json_for_scripts() throws IOException {
        history();

        JsonNode json = new ObjectMapper()
                .readTree(cli().run("stats", "--format", "json").out());

        assertThat(json.get("streak_days").asInt()).isEqualTo(3);
        assertThat(json.get("week").get("sessions").asInt()).isEqualTo(3);
        assertThat(json.get("week").get("other_sessions").asInt()).isEqualTo(1);
        assertThat(json.get("today").get(0).get("routine").asText()).isEqualTo("back-friendly-walk");
        assertThat(json.get("today").get(0).get("goal_max").asInt()).isEqualTo(3);
        assertThat(json.get("days")).hasSize(14);
        assertThat(json.get("days").get(13).get("active_s").asInt()).isEqualTo(805);
        assertThat(json.get("pain_by_week").get(0).get("after").asDouble()).isEqualTo(3.3);
        assertThat(json.get("pain_by_week").get(0).get("answered").asInt()).isEqualTo(3);
        assertThat(json.get("pain_by_week").get(0).get("sessions").asInt()).isEqualTo(4);
    }

    @Test
    void skipped_walks_are_history_not_progress() throws IOException {
        HistoryLog log = new HistoryLog(home.resolve(".local/state/limber"));
        for (int hour = 8; hour < 11; hour++) {
            log.append(HistoryCommandTest.skipped("s" + hour, 0, hour));
        }

        String out = cli().run("stats").out();

        assertThat(out)
                .startsWith("Streak: 0 days in a row with a session that counts\n"
                        + "This week: 0 sessions, 0 active minutes (and 3 stopped early or mostly skipped, not counted)\n"
                        + "Today: 0 of 2–3 Back-friendly walk\n");
    }

    @Test
    void with_no_history_it_says_how_to_start() {
        assertThat(cli().run("stats").out())
                .isEqualTo("No sessions yet: 'limber run' starts one, and this is where" + " they add up.\n");
    }
}
