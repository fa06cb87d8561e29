package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A JVM that can't start, under the real launchers: ./limber, and the runtime image's bin/limber
 * where a release build has made it from these sources. The launchers run the JVM with
 * -DisplayVMOutput, which silenced its reason too: it ended with status 1 and nothing said.
 */
class JavaStartIT {

    @TempDir
    Path home;

    private record Run(int status, String out, String err) {}

    /** The launchers to try: the checkout's, and the image's when it has this checkout's launcher code. */
    static Stream<String> launchers() throws IOException {
        List<String> launchers = new ArrayList<>(List.of(Processes.LIMBER));
        Path images = Path.of("target/image");
        if (Files.isDirectory(images)) {
            Path shared = Path.of("src/main/sh/limber-java.bash");
            try (DirectoryStream<Path> found = Files.newDirectoryStream(images, "limber-*")) {
                for (Path image : found) {
                    Path copy = image.resolve("lib/app/limber-java.bash");
                    if (Files.isRegularFile(copy)
                            && Arrays.equals(Files.readAllBytes(copy), Files.readAllBytes(shared))) {
                        launchers.add(
                                image.resolve("bin/limber").toAbsolutePath().toString());
                    }
                }
            }
        }
        return launchers.stream();
    }

    /** The image launchers among them: none before the release build has made an image. */
    static Stream<String> images() throws IOException {
        return launchers()
                .filter(launcher -> Files.isRegularFile(
                        Path.of(launcher).getParent().getParent().resolve("lib/server/libjvm.so")));
    }

    /** {@code launcher ARGS} after {@code shell} (bash, in a folder of its own), with {@code env} set too. */
    private Run run(String launcher, String shell, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", shell + "\nexec \"$@\"", "limber", launcher));
        command.addAll(List.of(args));
        Path here = Files.createDirectories(home.resolve("here"));
        ProcessBuilder builder = Processes.hermetic(home, command)
                .directory(here.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(home.resolve("out").toFile())
                .redirectError(home.resolve("err").toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("limber finished").isTrue();
        assertThat(here).as("the folder it ran in").isEmptyDirectory();
        return new Run(
                process.exitValue(),
                Files.readString(home.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err"), StandardCharsets.UTF_8));
    }

    /** An image unzipped by a tool that drops the execute bits, or missing its jar: one line, status 69. */
    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("images")
    void an_image_without_its_java_or_its_jar_says_so_in_one_line(String launcher) throws Exception {
        Path real = Path.of(launcher).getParent().getParent();
        Path image = home.resolve("image");
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.copy(real.resolve("bin/limber"), image.resolve("bin/limber"));
        Files.copy(real.resolve("lib/app/limber-java.bash"), image.resolve("lib/app/limber-java.bash"));
        Files.copy(real.resolve("lib/app/limber.jar"), image.resolve("lib/app/limber.jar"));
        Files.writeString(image.resolve("bin/java"), "not run\n");

        Run run = run(image.resolve("bin/limber").toString(), "", Map.of(), "list");

        assertThat(run.status()).isEqualTo(Exit.JAVA_CANNOT_START);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("limber: " + image + " is not a whole Limber image (bin/java must be"
                        + " executable, lib/app must hold limber.jar); unzip the zip again with unzip(1), which keeps the"
                        + " files' modes\n");
    }

    @ParameterizedTest
    @MethodSource("launchers")
    void a_heap_too_small_for_java_to_start_is_told_in_one_line_with_its_status(String launcher) throws Exception {
        Run run = run(launcher, ":", Map.of("JAVA_TOOL_OPTIONS", "-Xmx1k"), "list");

        assertThat(run.status()).isEqualTo(Exit.JAVA_CANNOT_START);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("limber: Java could not start: Too small maximum heap; check or unset the Java"
                        + " options in the environment (JAVA_TOOL_OPTIONS=-Xmx1k)\n");
        assertThat(crashReports()).isEmpty();
    }

    /** The JVM reserves more address space than this for its classes alone (1 GB), whatever the machine. */
    @ParameterizedTest
    @MethodSource("launchers")
    void a_limit_on_memory_too_low_for_java_is_told_in_one_line_with_its_status(String launcher) throws Exception {
        Run run = run(launcher, "ulimit -v 400000", Map.of(), "run", "post-run-stretches", "--plain", "--yes");

        assertThat(run.status()).isEqualTo(Exit.JAVA_CANNOT_START);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("limber: Java could not start: ")
                .endsWith("; raise the limit on memory (ulimit -v 400000), e.g. to unlimited\n")
                .hasLineCount(1);
        assertThat(crashReports()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("launchers")
    void an_option_java_does_not_know_is_told_in_one_line_with_its_status(String launcher) throws Exception {
        Run run = run(launcher, ":", Map.of("JDK_JAVA_OPTIONS", "-XX:+NoSuchOption"), "--version");

        assertThat(run.status()).isEqualTo(Exit.JAVA_CANNOT_START);
        assertThat(run.err())
                .isEqualTo("limber: Java could not start: Unrecognized VM option 'NoSuchOption';"
                        + " check or unset the Java options in the environment (JDK_JAVA_OPTIONS=-XX:+NoSuchOption)\n");
    }

    /** Java options it can start with: the command runs once, and only the JVM's own note is printed. */
    @ParameterizedTest
    @MethodSource("launchers")
    void java_options_it_can_start_with_change_nothing(String launcher) throws Exception {
        Run run = run(launcher, "ulimit -v unlimited", Map.of("JAVA_TOOL_OPTIONS", "-Dlimber.test=yes"), "--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("limber ");
        assertThat(run.err()).isEqualTo("Picked up JAVA_TOOL_OPTIONS: -Dlimber.test=yes\n");
    }

    /** Crash reports the launcher's try at starting Java left in the cache: none, it has no crash to tell of. */
    private List<Path> crashReports() throws IOException {
        Path cache = home.resolve(".cache/limber");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(file -> file.getFileName().toString().startsWith("hs_err"))
                    .toList();
        }
    }
}
