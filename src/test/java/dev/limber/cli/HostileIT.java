package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.history.HistoryLog;
import dev.limber.session.Ending;
import dev.limber.testing.Await;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Giant files and strange folders, given to Limber as a process with its heap capped at 64 MB: each
 * is refused with one line naming the file, and the rest goes on. How long each takes is measured by
 * bench/hostile-validate.sh and bench/big-folder.sh, not here.
 */
@Tag("slow")
class HostileIT {

    private static final String LIMBER = Path.of("limber").toAbsolutePath().toString();

    @TempDir
    Path home;

    private record Run(int status, String out, String err) {}

    /** {@code java -Xmx64m -jar target/limber.jar ARGS}: a heap too small for a file read whole. */
    private Run limber(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx64m", "-jar", "target/limber.jar"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out").toFile())
                .redirectError(home.resolve("err").toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("LIMBER_CONFIG");
        builder.environment().remove("XDG_CONFIG_HOME");
        builder.environment().remove("LIMBER_ROUTINES");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(), Files.readString(home.resolve("out")), Files.readString(home.resolve("err")));
    }

    /**
     * {@code java -Xmx64m -jar target/limber.jar ARGS} in an environment of nothing but a temporary
     * HOME, a PATH and a UTF-8 locale, with at most {@code files} open files when that is above 0.
     */
    private Run isolated(int files, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                "bash",
                "-c",
                (files > 0 ? "ulimit -n " + files + " && " : "") + "exec \"$@\"",
                "bash",
                java,
                "-Xmx64m",
                "-jar",
                Path.of("target/limber.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out").toFile())
                .redirectError(home.resolve("err").toFile());
        builder.environment().clear();
        builder.environment().put("HOME", home.toString());
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(), Files.readString(home.resolve("out")), Files.readString(home.resolve("err")));
    }

    private Path giant(String name, Body body) throws IOException {
        Path file = home.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.write(out);
        }
        return file;
    }

    private interface Body {
        void write(Writer out) throws IOException;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"50mb", "nesting-100k", "steps-100k", "line-10mb"})
    void a_giant_is_refused_in_one_line_within_64_mb_of_heap(String kind) throws Exception {
        Path file = switch (kind) {
            case "50mb" ->
                giant("50mb.yaml", out -> {
                    char[] block = new char[1 << 16];
                    java.util.Arrays.fill(block, 'a');
                    for (int i = 0; i < 50 * 16; i++) {
                        out.write(block);
                    }
                });
            case "nesting-100k" ->
                giant("nesting.yaml", out -> {
                    out.write("title: x\nsteps:\n  ");
                    out.write("[".repeat(100_000));
                    out.write("]".repeat(100_000));
                    out.write("\n");
                });
            case "steps-100k" ->
                giant("steps.yaml", out -> {
                    out.write("title: x\nsteps:\n");
                    for (int i = 0; i < 100_000; i++) {
                        out.write("  - {name: s, reps: 1}\n");
                    }
                });
            default ->
                giant("line.yaml", out -> {
                    out.write("title: ");
                    out.write("x".repeat(10 << 20));
                    out.write("\n");
                });
        };

        Run run = limber("validate", file.toString());

        assertThat(run.status()).isEqualTo(Exit.DATA);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .startsWith("limber: " + file + ":")
                .doesNotContain("Exception")
                .doesNotContain("OutOfMemory");
    }

    @Test
    void pipes_symlink_loops_dangling_links_and_folders_named_like_routines_are_each_a_line_and_list_goes_on()
            throws Exception {
        Path folder = Files.createDirectories(home.resolve("routines"));
        Files.writeString(folder.resolve("ok.yaml"), "title: OK\nsteps:\n  - {name: Reach, time: 5s}\n");
        Process mkfifo =
                new ProcessBuilder("mkfifo", folder.resolve("pipe.yaml").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Files.createSymbolicLink(folder.resolve("a.yaml"), Path.of("b.yaml"));
        Files.createSymbolicLink(folder.resolve("b.yaml"), Path.of("a.yaml"));
        Files.createSymbolicLink(folder.resolve("dangling.yaml"), home.resolve("nowhere"));
        Files.createDirectories(folder.resolve("folder.yaml"));
        Files.createSymbolicLink(folder.resolve("loop"), Path.of("."));

        Run run = limber("list", "--routines", folder.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("ok ", "post-run-stretches");
        assertThat(run.err().lines())
                .containsExactly(
                        "limber: " + folder.resolve("a.yaml")
                                + ": cannot read this file (too many levels of symbolic links"
                                + " or unable to access attributes of symbolic link)",
                        "limber: " + folder.resolve("b.yaml")
                                + ": cannot read this file (too many levels of symbolic links"
                                + " or unable to access attributes of symbolic link)",
                        "limber: " + folder.resolve("dangling.yaml") + ": cannot read this file (no such file)",
                        "limber: " + folder.resolve("pipe.yaml")
                                + ": cannot read this file (not a regular file but a pipe,"
                                + " socket or device; save the routine as a file)");
    }

    @Test
    void files_and_folders_that_cannot_be_read_are_each_a_line_and_the_rest_goes_on() throws Exception {
        Path root = Files.createDirectories(home.resolve("perms"));
        Path folder = Files.createDirectories(root.resolve("routines"));
        Files.writeString(folder.resolve("ok.yaml"), "title: OK\nsteps:\n  - {name: Reach, time: 5s}\n");
        Path secret = Files.writeString(folder.resolve("secret.yaml"), "title: Secret\nsteps: [{name: a, reps: 1}]\n");
        Path closed = Files.createDirectories(root.resolve("closed"));
        Files.setPosixFilePermissions(secret, java.util.Set.of());
        Files.setPosixFilePermissions(closed, java.util.Set.of());
        // Root reads anything: the test becomes nobody for Limber, as a person without the rights is.
        List<String> as = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            for (Path p = root; p != null; p = p.getParent()) {
                if (!p.equals(closed)) {
                    p.toFile().setExecutable(true, false);
                }
            }
            as.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        }
        as.addAll(List.of(
                "java",
                "-jar",
                Path.of("target/limber.jar").toAbsolutePath().toString(),
                "list",
                "--routines",
                folder.toString()));
        ProcessBuilder builder = new ProcessBuilder(as)
                .redirectOutput(home.resolve("perm.out").toFile())
                .redirectError(home.resolve("perm.err").toFile());
        builder.environment().put("HOME", root.toString());
        builder.environment().put("LIMBER_ROUTINES", closed.toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(home.resolve("perm.out"))).contains("ok ", "post-run-stretches");
        assertThat(Files.readAllLines(home.resolve("perm.err")))
                .containsExactly(
                        "limber: " + closed + ": cannot read this folder (permission denied)",
                        "limber: " + secret + ": cannot read this file (permission denied)");
    }

    /** Planning recursed once an include level: this chain overflowed the stack instead of a list. */
    @Test
    void a_chain_of_three_thousand_includes_is_a_line_for_each_routine_too_deep_and_the_list_goes_on()
            throws Exception {
        Path deep = Files.createDirectories(home.resolve("deep"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(
                    deep.resolve("r" + i + ".yaml"), "title: R" + i + "\nsteps:\n  - include: r" + (i + 1) + "\n");
        }
        Files.writeString(deep.resolve("r3000.yaml"), "title: Last\nsteps: [{name: a, reps: 1}]\n");

        Run run = isolated(0, "list", "--routines", deep.toString(), "--format", "ids");

        assertThat(run.status()).isZero();
        assertThat(run.out().lines())
                .contains("post-run-stretches", "r2968", "r2999", "r3000")
                .doesNotContain("r2967");
        assertThat(run.err().lines())
                .hasSize(2968)
                .first()
                .isEqualTo("limber: " + deep.resolve("r0.yaml")
                        + ":3:5: includes nest more than 32 deep from here (r0 -> r1 -> ... -> r32 -> r33); include the"
                        + " routines further down directly");
    }

    /**
     * With few file descriptors left, Java failed to initialise FileChannel (an
     * ExceptionInInitializerError), or a readable routine "is not a valid routine". Whatever the limit,
     * running out is an I/O error with its reason, 66 for the file named or 74 for Limber as a whole.
     */
    @ParameterizedTest(name = "ulimit -n {0}")
    @ValueSource(ints = {6, 8, 10, 11, 12, 14, 16, 17, 18, 19, 20, 24, 64})
    void running_out_of_file_descriptors_is_an_io_error_with_its_reason(int files) throws Exception {
        Path file = Files.writeString(home.resolve("ok.yaml"), "title: Readable\nsteps: [{name: Reach, reps: 5}]\n");

        Run run = isolated(files, "show", file.toString());

        assertThat(run.status()).isIn(Exit.OK, Exit.NOT_FOUND, Exit.IO);
        assertThat(run.err())
                .doesNotContain("Exception", "Error", "\tat ", "java.", "dev.limber", "not a valid routine");
        if (run.status() == Exit.OK) {
            assertThat(run.out()).startsWith("Readable  ok · ");
        } else {
            assertThat(run.err().lines())
                    .isNotEmpty()
                    .last()
                    .asString()
                    .startsWith(
                            run.status() == Exit.IO
                                    ? "limber: cannot go on: "
                                    : "limber: " + file + ": cannot read this file (")
                    .contains("too many open files; raise the limit with 'ulimit -n'");
        }
    }

    @Test
    void a_folder_of_ten_thousand_routines_is_listed_whole() throws Exception {
        Path folder = Files.createDirectories(home.resolve("many"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(
                    folder.resolve("routine-" + i + ".yaml"),
                    "title: Routine " + i
                            + "\ntags: [many]\nsteps:\n  - {name: Reach, time: 30s, sides: both}\n  - {name: Fold, reps: 5}\n");
        }

        Run run = limber("list", "--routines", folder.toString(), "--tag", "many", "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertThat(list).hasSize(10_000);
    }

    @Test
    void a_routine_folder_that_vanishes_mid_session_costs_nothing_the_session_runs_on_and_is_kept() throws Exception {
        Path folder = Files.createDirectories(home.resolve("vanishing"));
        Files.writeString(
                folder.resolve("short.yaml"),
                "title: Short\ndefaults: {prepare: 0s}\nsteps:\n" + "  - {name: Reach, time: 2s}\n  - include: tiny\n");
        Files.writeString(folder.resolve("tiny.yaml"), "title: Tiny\nsteps:\n  - {name: Fold, time: 1s}\n");
        Path state = home.resolve("state");
        ProcessBuilder builder = new ProcessBuilder(
                        LIMBER,
                        "run",
                        "short",
                        "--routines",
                        folder.toString(),
                        "--plain",
                        "--yes",
                        "--no-checkin",
                        "--state-dir",
                        state.toString())
                .redirectOutput(home.resolve("session").toFile())
                .redirectError(home.resolve("session.err").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("HOME", home.toString());
        Process session = builder.start();
        Await.fileContains(home.resolve("session"), "Reach");

        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
        assertThat(session.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(session.exitValue()).isZero();
        assertThat(Files.readString(home.resolve("session"))).contains("Fold", "Short: finished");
        assertThat(Files.readString(home.resolve("session.err"))).isEmpty();
        assertThat(new HistoryLog(state).read().entries())
                .singleElement()
                .satisfies(e -> assertThat(e.endedBy()).isEqualTo(Ending.FINISHED));
    }
}
