package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.history.HistoryLog;
import dev.limber.progress.Effort;
import dev.limber.progress.Entry;
import dev.limber.progress.MorningPain;
import dev.limber.session.Ending;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limber today --format line} through the launcher: answered from the kept line without
 * Java while nothing it was made from has changed, and by Java (so, rightly) after any change. A
 * launcher given no Java can only answer from the kept line; when the line is stale it says it
 * found no Java, which is how these tests tell the two apart.
 */
class TodayLineIT {

    private static final String FRESH = "walk 0/2-3 · thoracic 0/1 · core 0/2";

    @TempDir
    Path home;

    private NoJava noJava;
    private Path state;

    @BeforeEach
    void tools() throws IOException {
        noJava = new NoJava(home);
        state = home.resolve(".local/state/limber");
    }

    @AfterEach
    void remove_links() throws IOException {
        noJava.close();
    }

    private NoJava.Answer line(boolean withJava, Map<String, String> more) throws IOException, InterruptedException {
        return noJava.run(withJava, more, "today", "--format", "line");
    }

    private NoJava.Answer line(boolean withJava) throws IOException, InterruptedException {
        return line(withJava, Map.of());
    }

    /** Everything the line is made from, made older than the line will be. */
    private void age() throws IOException {
        FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path p : paths.filter(p -> !p.startsWith(home.resolve("no-java-bin")))
                    .toList()) {
                Files.setLastModifiedTime(p, past);
            }
        }
    }

    /** Java answers and keeps the line; then the launcher answers it alone. */
    private void kept(String expected) throws IOException, InterruptedException {
        age();
        assertThat(line(true).out()).isEqualTo(expected + "\n");
        NoJava.Answer alone = line(false);
        assertThat(alone.out()).isEqualTo(expected + "\n");
        assertThat(alone.status()).isZero();
    }

    private void stale() throws IOException, InterruptedException {
        NoJava.Answer alone = line(false);
        assertThat(alone.out()).isEmpty();
        assertThat(alone.err()).contains("no Java found");
        assertThat(alone.status()).isEqualTo(Exit.JAVA_CANNOT_START);
    }

    private static Entry walk(String id) {
        OffsetDateTime now = OffsetDateTime.now();
        return new Entry(
                id,
                "back-friendly-walk",
                "Back-friendly walk",
                now.minusMinutes(11),
                now,
                600,
                600,
                0,
                1,
                0,
                true,
                Ending.FINISHED,
                null,
                null,
                null,
                600,
                new Effort(600, 600, 0),
                true,
                Entry.VERSION);
    }

    @Test
    void a_fresh_home_is_answered_without_java_the_second_time() throws Exception {
        stale();
        kept(FRESH);
        assertThat(Files.readString(state.resolve("today-line"))).doesNotContain("pain");
    }

    @Test
    void a_new_session_makes_the_line_stale() throws Exception {
        kept(FRESH);
        new HistoryLog(state).append(walk("a"));

        stale();
        assertThat(line(true).out()).isEqualTo("walk 1/2-3 · thoracic 0/1 · core 0/2\n");
    }

    @Test
    void a_morning_check_in_makes_the_line_stale() throws Exception {
        new HistoryLog(state).append(walk("a"));
        kept("walk 1/2-3 · thoracic 0/1 · core 0/2");
        new HistoryLog(state).append(new MorningPain("m", OffsetDateTime.now(), 3));

        stale();
    }

    @Test
    void a_change_of_day_makes_the_line_stale() throws Exception {
        kept(FRESH);
        Path kept = state.resolve("today-line");
        FileTime time = Files.getLastModifiedTime(kept);
        List<String> lines = new ArrayList<>(Files.readAllLines(kept));
        lines.set(1, java.time.LocalDate.parse(lines.get(1)).minusDays(1).toString());
        Files.write(kept, lines);
        Files.setLastModifiedTime(kept, time);

        stale();
    }

    @Test
    void a_history_taken_away_makes_the_line_stale() throws Exception {
        new HistoryLog(state).append(walk("a"));
        kept("walk 1/2-3 · thoracic 0/1 · core 0/2");
        Files.delete(state.resolve(HistoryLog.FILE));

        stale();
    }

    @Test
    void a_session_waiting_in_a_pending_file_makes_the_line_stale() throws Exception {
        kept(FRESH);
        Files.writeString(state.resolve("history-pending-1.jsonl"), "");
        Files.setLastModifiedTime(state.resolve("history-pending-1.jsonl"), FileTime.fromMillis(0));

        stale();
    }

    @Test
    void a_config_file_that_appears_makes_the_line_stale() throws Exception {
        kept(FRESH);
        Path config = Files.createDirectories(home.resolve(".config/limber")).resolve("config.yaml");
        Files.writeString(config, "program: none\n");
        Files.setLastModifiedTime(config, FileTime.fromMillis(0));

        stale();
    }

    @Test
    void a_routine_added_to_the_users_folder_makes_the_line_stale() throws Exception {
        Path folder = Files.createDirectories(home.resolve(".config/limber/routines"));
        kept(FRESH);
        Files.writeString(folder.resolve("thoracic-mobility.yaml"), "title: Mine\nsteps:\n  - {name: A, time: 30s}\n");

        stale();
    }

    @Test
    void another_environment_is_another_line() throws Exception {
        kept(FRESH);

        NoJava.Answer other = line(false, Map.of("LIMBER_PROGRAM", "none"));
        assertThat(other.err()).contains("no Java found");
        assertThat(line(false, Map.of("TZ", "Pacific/Kiritimati")).err()).contains("no Java found");
    }

    @Test
    void a_state_folder_named_in_the_environment_is_where_the_line_is_kept() throws Exception {
        Map<String, String> elsewhere = Map.of("LIMBER_STATE_DIR", "~/elsewhere");
        age();
        assertThat(line(true, elsewhere).out()).isEqualTo(FRESH + "\n");
        assertThat(home.resolve("elsewhere/today-line")).exists();

        assertThat(line(false, elsewhere).out()).isEqualTo(FRESH + "\n");
        assertThat(line(false, Map.of("XDG_STATE_HOME", home.resolve("xdg").toString()))
                        .err())
                .contains("no Java found");
    }

    @Test
    void a_history_swapped_for_an_older_one_makes_the_line_stale() throws Exception {
        Path other = home.resolve("other");
        new HistoryLog(other).append(walk("a"));
        kept(FRESH);
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(other.resolve(HistoryLog.FILE), old);
        Files.move(other.resolve(HistoryLog.FILE), state.resolve(HistoryLog.FILE));

        stale();
    }

    @Test
    void a_routine_edited_in_place_with_its_old_time_makes_the_line_stale() throws Exception {
        Path folder = Files.createDirectories(home.resolve(".config/limber/routines"));
        Path mine = folder.resolve("my-combo.yaml");
        Files.writeString(mine, "title: Mine\nsteps:\n  - {name: A, time: 20s}\n");
        kept(FRESH);
        FileTime time = Files.getLastModifiedTime(mine);
        Files.writeString(mine, "title: Mine\nsteps:\n  - include: thoracic-mobility\n");
        Files.setLastModifiedTime(mine, time);

        stale();
    }

    @Test
    void no_line_is_kept_where_the_launcher_would_read_the_environment_otherwise() throws Exception {
        age();
        line(true, Map.of("LIMBER_CONFIG", "limber.yaml"));
        assertThat(state.resolve("today-line")).doesNotExist();
        line(true, Map.of("TZ", "GMT+11"));
        assertThat(state.resolve("today-line")).doesNotExist();
    }

    @Test
    void a_kept_line_with_a_control_character_is_never_printed() throws Exception {
        kept(FRESH);
        Path kept = state.resolve("today-line");
        FileTime time = Files.getLastModifiedTime(kept);
        List<String> lines = new ArrayList<>(Files.readAllLines(kept));
        lines.set(3, "\u001b]0;owned\u0007walk");
        Files.write(kept, lines);
        Files.setLastModifiedTime(kept, time);

        stale();
    }
}
