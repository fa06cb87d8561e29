package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limber list --format ids}, which the completion script asks at each Tab, through the
 * launcher: answered from the ids kept beside the history without Java while no routine folder,
 * routine file or config file has changed, and by Java after any change. As in TodayLineIT, a
 * launcher given no Java can only answer from what is kept; when that is stale it says it found no
 * Java.
 */
class RoutineIdsIT {

    private static final String BUILT_IN = "back-friendly-walk core-and-glutes dynamic-warm-up morning-upper-back"
            + " post-run-stretches run-day thoracic-mobility";

    @TempDir
    Path home;

    private NoJava noJava;
    private Path folder;

    @BeforeEach
    void tools() throws IOException {
        noJava = new NoJava(home);
        folder = Files.createDirectories(home.resolve(".config/limber/routines"));
    }

    @AfterEach
    void remove_links() throws IOException {
        noJava.close();
    }

    /** The ids on one line. */
    private NoJava.Answer ids(boolean withJava, Map<String, String> more) throws IOException, InterruptedException {
        NoJava.Answer answer = noJava.run(withJava, more, "list", "--format", "ids");
        return new NoJava.Answer(
                answer.status(), answer.out().replace('\n', ' ').strip(), answer.err());
    }

    /** Everything the ids are made from, made older than the kept ids will be. */
    private void age() throws IOException {
        FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path p : paths.filter(p -> !p.startsWith(home.resolve("no-java-bin")))
                    .toList()) {
                Files.setLastModifiedTime(p, past);
            }
        }
    }

    /** Java answers and keeps the ids; then the launcher answers alone, the same. */
    private void kept(String expected, Map<String, String> env) throws IOException, InterruptedException {
        age();
        assertThat(ids(true, env).out()).isEqualTo(expected);
        NoJava.Answer alone = ids(false, env);
        assertThat(alone.out()).isEqualTo(expected);
        assertThat(alone.status()).isZero();
    }

    private void kept(String expected) throws IOException, InterruptedException {
        kept(expected, Map.of());
    }

    /** The launcher alone can't answer: what it kept is stale. */
    private void stale(Map<String, String> env) throws IOException, InterruptedException {
        NoJava.Answer alone = ids(false, env);
        assertThat(alone.out()).isEmpty();
        assertThat(alone.err()).contains("no Java found");
    }

    private void stale() throws IOException, InterruptedException {
        stale(Map.of());
    }

    /** The built-in ids and {@code more}, in list's order (by id). */
    private static String with(String... more) {
        return Stream.concat(Stream.of(BUILT_IN.split(" ")), Stream.of(more))
                .sorted()
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String routine(String title) {
        return "title: " + title + "\nsteps:\n  - {name: A, time: 30s}\n";
    }

    @Test
    void a_fresh_home_is_answered_without_java_the_second_time() throws Exception {
        stale();
        kept(BUILT_IN);
        assertThat(Files.getPosixFilePermissions(home.resolve(".local/state/limber/routine-ids")))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void a_routine_added_is_offered_at_the_next_tab() throws Exception {
        kept(BUILT_IN);
        Files.writeString(folder.resolve("mine.yaml"), routine("Mine"));

        stale();
        kept(with("mine"));
    }

    @Test
    void a_routine_renamed_is_offered_by_its_new_name() throws Exception {
        Files.writeString(folder.resolve("mine.yaml"), routine("Mine"));
        kept(with("mine"));
        Files.move(folder.resolve("mine.yaml"), folder.resolve("yours.yaml"));

        stale();
        kept(with("yours"));
    }

    @Test
    void an_id_changed_inside_its_file_with_the_old_time_is_offered() throws Exception {
        Path file = folder.resolve("mine.yaml");
        Files.writeString(file, routine("Mine"));
        kept(with("mine"));
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "id: ours\n" + routine("Mine"));
        Files.setLastModifiedTime(file, time);

        stale();
        kept(with("ours"));
    }

    @Test
    void a_routine_deleted_is_no_longer_offered() throws Exception {
        Files.writeString(folder.resolve("mine.yaml"), routine("Mine"));
        kept(with("mine"));
        Files.delete(folder.resolve("mine.yaml"));

        stale();
        kept(BUILT_IN);
    }

    @Test
    void a_broken_routine_is_told_each_time_and_offered_once_mended() throws Exception {
        Path file = folder.resolve("mine.yaml");
        Files.writeString(file, "title: Mine\nsteps: []\n");
        age();
        NoJava.Answer java = ids(true, Map.of());
        assertThat(java.out()).isEqualTo(BUILT_IN);
        assertThat(java.err()).contains("mine.yaml");
        stale();
        Files.writeString(file, routine("Mine"));

        kept(with("mine"));
    }

    @Test
    void a_routine_broken_after_the_ids_were_kept_is_told() throws Exception {
        Path file = folder.resolve("mine.yaml");
        Files.writeString(file, routine("Mine"));
        kept(with("mine"));
        Files.writeString(file, "title: Mine\nsteps: []\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));

        stale();
        assertThat(ids(true, Map.of()).err()).contains("mine.yaml");
    }

    @Test
    void another_routine_folder_in_the_environment_is_another_list() throws Exception {
        Path other = Files.createDirectories(home.resolve("other"));
        Files.writeString(other.resolve("theirs.yaml"), routine("Theirs"));
        kept(BUILT_IN);

        Map<String, String> env = Map.of("LIMBER_ROUTINES", other.toString());
        stale(env);
        kept(with("theirs"), env);
        Files.writeString(other.resolve("more.yaml"), routine("More"));
        stale(env);
    }

    @Test
    void a_config_file_naming_a_folder_is_another_list() throws Exception {
        kept(BUILT_IN);
        Path other = Files.createDirectories(home.resolve("other"));
        Files.writeString(other.resolve("theirs.yaml"), routine("Theirs"));
        Files.writeString(home.resolve(".config/limber/config.yaml"), "routines: [~/other]\n");
        Files.setLastModifiedTime(home.resolve(".config/limber/config.yaml"), FileTime.fromMillis(0));

        stale();
        kept(with("theirs"));
    }

    @Test
    void a_folder_given_on_the_command_line_is_never_answered_from_the_kept_ids() throws Exception {
        kept(BUILT_IN);
        NoJava.Answer answer = noJava.run(false, Map.of(), "list", "--format", "ids", "--routines", folder.toString());
        assertThat(answer.out() + answer.err()).contains("no Java found");
    }

    @Test
    void kept_ids_with_anything_but_id_characters_are_never_printed() throws Exception {
        kept(BUILT_IN);
        Path kept = home.resolve(".local/state/limber/routine-ids");
        FileTime time = Files.getLastModifiedTime(kept);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(kept));
        lines.set(3, lines.get(3) + " $(touch pwned) *");
        Files.write(kept, lines);
        Files.setLastModifiedTime(kept, time);

        stale();
        assertThat(home.resolve("pwned")).doesNotExist();
    }
}
