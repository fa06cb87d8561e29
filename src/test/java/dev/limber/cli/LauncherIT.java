package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.testing.Await;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code ./limber} as a newcomer runs it: a real process, a real JVM, the packaged jar. */
class LauncherIT {

    @TempDir
    Path home;

    private record Run(int status, String out, String err) {}

    private Run limber(String... args) throws IOException, InterruptedException {
        return limber(Map.of(), args);
    }

    private Run limber(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Process process = start(env, Path.of("."), args);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("limber finished").isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(home.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err"), StandardCharsets.UTF_8));
    }

    /**
     * {@code ./limber ARGS} started in {@code folder}, its current folder, with a cleared environment:
     * PATH, the JDK the tests run on (unless {@code env} names another), and HOME the test's own.
     */
    private Process start(Map<String, String> env, Path folder, String... args) throws IOException {
        List<String> command =
                new ArrayList<>(List.of(Path.of("limber").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectOutput(home.resolve("out").toFile())
                .redirectError(home.resolve("err").toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(env);
        return builder.start();
    }

    @Test
    void list_works_from_the_checkout() throws Exception {
        Run run = limber("list");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("post-run-stretches", "Post-run stretches", "built-in");
    }

    @Test
    void show_as_json_is_clean_json_on_stdout() throws Exception {
        Run run = limber("show", "post-run-stretches", "--format", "json");

        JsonNode show = new ObjectMapper().readTree(run.out());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(show.get("id").asText()).isEqualTo("post-run-stretches");
        assertThat(show.get("segments").size()).isEqualTo(18);
    }

    @Test
    void exit_statuses_reach_the_shell() throws Exception {
        Files.writeString(home.resolve("bad.yaml"), "title: [\n");

        assertThat(limber("show", "nothing-like-this").status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(limber("validate", home.resolve("bad.yaml").toString()).status())
                .isEqualTo(Exit.DATA);
        assertThat(limber("list", "--bogus").status()).isEqualTo(Exit.USAGE);
        assertThat(limber("--version").out()).startsWith("limber ");
    }

    @Test
    void with_no_locale_at_all_a_file_name_outside_ascii_is_read_and_shown_as_it_is() throws Exception {
        Path folder = home.resolve("routines");
        Files.createDirectories(folder);
        String yaml = Files.readString(Path.of("routines", "post-run-stretches.yaml"))
                .replaceFirst("(?m)^id: .*$", "id: etirements");
        Files.writeString(folder.resolve("\u00e9tirements.yaml"), yaml);

        // The environment start() gives has no LANG, LC_CTYPE or LC_ALL.
        Run run = limber("list", "--routines", folder.toString(), "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode listed = new ObjectMapper().readTree(run.out());
        assertThat(listed.findValuesAsText("source"))
                .contains(folder.resolve("\u00e9tirements.yaml").toString());
    }

    /**
     * The JDKs to start from: the one the tests run on, and Java 25 where this machine has it, found
     * where the build says ({@code java25.home} in pom.xml, or {@code JAVA25_HOME}).
     */
    static Stream<String> javaHomes() {
        String java25 = System.getProperty("java25.home", "");
        return Stream.concat(
                Stream.of(System.getProperty("java.home")),
                !java25.isEmpty() && Files.isDirectory(Path.of(java25)) ? Stream.of(java25) : Stream.empty());
    }

    @ParameterizedTest
    @MethodSource("javaHomes")
    void the_first_run_leaves_one_whole_class_data_archive_that_later_runs_start_from(String javaHome)
            throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", javaHome);
        Run first = limber(env, "list", "--format", "json");
        List<Path> cached = cached();

        Run second = limber(env, "list", "--format", "json");

        assertThat(first.status()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(cached).hasSize(2);
        Path archive = archive();
        assertThat(archive.getFileName().toString())
                .startsWith("limber-")
                .endsWith(javaHome.contains("-25-") ? ".aot" : ".jsa");
        assertThat(Files.size(archive)).isPositive();
        assertThat(Files.readString(checksum(archive)).strip()).isEqualTo(cksum(archive));
        assertThat(second).isEqualTo(first);
        assertThat(cached()).isEqualTo(cached);
    }

    /** The one class-data archive in the cache. */
    private Path archive() throws IOException {
        List<Path> archives = cached().stream()
                .filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot"))
                .toList();
        assertThat(archives).hasSize(1);
        return archives.get(0);
    }

    private static Path checksum(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".cksum");
    }

    /** What cksum(1) says of a file, as the launcher writes it beside the archive. */
    private static String cksum(Path file) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("cksum").redirectInput(file.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        Process cksum = builder.start();
        String sum = new String(cksum.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(cksum.waitFor()).isZero();
        return sum;
    }

    /**
     * Bits flipped in the archive, as a failing disk does: Java 17 crashed on every command
     * (SIGSEGV) until someone found the file; Java 25 went on without the archive, for ever slower.
     */
    @ParameterizedTest
    @MethodSource("javaHomes")
    void a_damaged_archive_is_made_again_before_any_command_starts_from_it(String javaHome) throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", javaHome);
        limber(env, "--version");
        Path archive = archive();
        byte[] damaged = Files.readAllBytes(archive);
        for (int i = damaged.length / 5; i < damaged.length / 5 + 4096; i++) {
            damaged[i] ^= (byte) 0xff;
        }
        archive.toFile().setWritable(true);
        Files.write(archive, damaged);

        Run run = limber(env, "list", "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\"id\": \"post-run-stretches\"");
        assertThat(archive()).isEqualTo(archive);
        assertThat(Files.readAllBytes(archive)).isNotEqualTo(damaged);
        assertThat(Files.readString(checksum(archive)).strip()).isEqualTo(cksum(archive));
    }

    /**
     * A JVM crash (here a SIGSEGV sent to it) writes its report into Limber's cache, never into the
     * current folder, and no core file or JIT replay file either; the next command does not start
     * from the archive the crash may have come from.
     */
    @Test
    void a_crash_leaves_its_report_in_the_cache_not_the_current_folder_and_the_archive_is_made_again()
            throws Exception {
        limber("--version");
        Path archive = archive();
        Object made = Files.readAttributes(archive, BasicFileAttributes.class).fileKey();
        Path here = Files.createDirectories(home.resolve("here"));
        Path routine =
                Files.writeString(home.resolve("long.yaml"), "title: Long\nsteps:\n  - {name: Reach, time: 5m}\n");
        Process limber = start(Map.of(), here, "run", routine.toString(), "--plain", "--yes", "--no-checkin");
        Await.fileContains(home.resolve("out"), "Reach");

        ProcessBuilder kill = new ProcessBuilder("kill", "-SEGV", Long.toString(limber.pid()));
        kill.environment().clear();
        kill.environment().put("PATH", System.getenv("PATH"));
        kill.start().waitFor();
        assertThat(limber.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(here).isEmptyDirectory();
        assertThat(cached())
                .anySatisfy(file ->
                        assertThat(file.getFileName().toString()).isEqualTo("hs_err_pid" + limber.pid() + ".log"));
        assertThat(Files.readString(home.resolve("out")))
                .contains(home.resolve(".cache/limber/hs_err_pid").toString());
        Run next = limber("show", "post-run-stretches", "--format", "json");
        assertThat(next.status()).isZero();
        assertThat(next.err()).isEmpty();
        assertThat(Files.readAttributes(archive(), BasicFileAttributes.class).fileKey())
                .isNotEqualTo(made);
    }

    /** A folder where the archive goes: every command used to leave a 7 MB .partial file in it. */
    @Test
    void a_folder_where_the_archive_goes_is_left_as_it_is_and_limber_starts_without_an_archive() throws Exception {
        limber("--version");
        Path archive = archive();
        Files.delete(checksum(archive));
        archive.toFile().setWritable(true);
        Files.delete(archive);
        Files.createDirectory(archive);

        for (int i = 0; i < 2; i++) {
            Run run = limber("list", "--format", "json");

            assertThat(run.status()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("\"id\": \"post-run-stretches\"");
        }
        assertThat(archive).isEmptyDirectory();
        assertThat(cached()).containsExactly(archive);
    }

    @Test
    void a_broken_archive_in_the_cache_is_not_noticed() throws Exception {
        limber("--version");
        assertThat(cached()).isNotEmpty();
        for (Path archive : cached()) {
            // Newer than the jars, so the launcher does not make it again: the JVM has to turn it down.
            Files.delete(archive);
            Files.writeString(archive, "half an archive");
        }

        Run run = limber("show", "post-run-stretches", "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{").contains("\"id\": \"post-run-stretches\"");
    }

    @Test
    void a_cache_that_cannot_be_written_is_not_noticed() throws Exception {
        // A file where the cache folder would be: it can't be made even by root, whom permissions don't stop.
        Path blocked = Files.writeString(home.resolve("not-a-folder"), "");
        Path readOnly = Files.createDirectories(home.resolve("read-only"));
        readOnly.toFile().setWritable(false);

        for (String cache : List.of(blocked.resolve("cache").toString(), readOnly.toString())) {
            Run run = limber(Map.of("XDG_CACHE_HOME", cache), "list", "--format", "json");

            assertThat(run.status()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("\"id\": \"post-run-stretches\"");
        }
        assertThat(home.resolve(".cache")).doesNotExist();
        readOnly.toFile().setWritable(true);
    }

    /** What the launcher left in ~/.cache/limber. */
    private List<Path> cached() throws IOException {
        Path cache = home.resolve(".cache/limber");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    @Test
    void non_ascii_text_comes_out_as_utf8_whatever_the_locale() throws Exception {
        Path folder = Files.createDirectories(home.resolve(".config/limber/routines"));
        Files.writeString(folder.resolve("dos.yaml"), "title: Étirements du dos\nsteps: [{name: a, reps: 1}]\n");

        assertThat(limber("list", "--format", "json").out()).contains("Étirements du dos");
    }

    /**
     * The launcher tells Limber its own path, which a reminder timer runs: as it was started, made
     * absolute, and not resolved through a link (one in ~/bin outlives moving the checkout).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void remind_install_has_the_timer_run_the_launcher_it_was_started_by(boolean throughLink) throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path systemctl = bin.resolve("systemctl");
        Files.writeString(systemctl, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(systemctl, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path checkout = Path.of("limber").toAbsolutePath();
        Path launcher = throughLink ? Files.createSymbolicLink(bin.resolve("limber"), checkout) : checkout;
        ProcessBuilder builder = Processes.hermetic(
                        home, List.of(launcher.toString(), "remind", "install", "--dry-run"))
                .redirectOutput(home.resolve("out").toFile())
                .redirectError(home.resolve("err").toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("limber finished").isTrue();

        assertThat(Files.readString(home.resolve("err"))).isEmpty();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(home.resolve("out")))
                .contains("    ExecStart=\"" + launcher + "\" remind notify\n");
        // The link points out of the temp dir: gone before JUnit deletes the folder, which warns of such links.
        Files.deleteIfExists(bin.resolve("limber"));
    }
}
