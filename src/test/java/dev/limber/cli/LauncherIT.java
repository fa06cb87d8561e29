package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./limber} as a newcomer runs it: a real process, a real JVM, the packaged jar. */
class LauncherIT {

    @TempDir
    Path home;

    private record Run(int status, String out, String err) {
    }

    private Run limber(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./limber"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out").toFile())
                .redirectError(home.resolve("err").toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_CONFIG_HOME");
        builder.environment().remove("LIMBER_ROUTINES");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("limber finished").isTrue();
        return new Run(process.exitValue(), Files.readString(home.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err"), StandardCharsets.UTF_8));
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
        assertThat(show.get("segments").size()).isEqualTo(17);
    }

    @Test
    void exit_statuses_reach_the_shell() throws Exception {
        Files.writeString(home.resolve("bad.yaml"), "title: [\n");

        assertThat(limber("show", "nothing-like-this").status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(limber("validate", home.resolve("bad.yaml").toString()).status()).isEqualTo(Exit.DATA);
        assertThat(limber("list", "--bogus").status()).isEqualTo(Exit.USAGE);
        assertThat(limber("--version").out()).startsWith("limber ");
    }

    @Test
    void non_ascii_text_comes_out_as_utf8_whatever_the_locale() throws Exception {
        Path folder = Files.createDirectories(home.resolve(".config/limber/routines"));
        Files.writeString(folder.resolve("dos.yaml"), "title: Étirements du dos\nsteps: [{name: a, reps: 1}]\n");

        assertThat(limber("list", "--format", "json").out()).contains("Étirements du dos");
    }
}
