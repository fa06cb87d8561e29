package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.history.HistoryLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every path Limber reads, from the environment or the command line, follows one rule: {@code ~} is
 * the home folder, as LIMBER_ROUTINES and the config file's routines always had it; and an empty
 * path is a usage error, never the current folder.
 */
class PathsTest {

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home).clock(HistoryCommandTest.NOW);
    }

    /** A history with one session in {@code ~/state}. */
    private void historyInHomeState() throws IOException {
        new HistoryLog(home.resolve("state"))
                .append(HistoryCommandTest.entry("z", "post-run-stretches", 0, true, 1, 1));
    }

    @Test
    void limber_state_dir_and_state_dir_with_a_tilde_are_in_the_home_folder() throws IOException {
        historyInHomeState();

        assertThat(cli().env("LIMBER_STATE_DIR", "~/state").run("history").out())
                .contains("1 session (");
        assertThat(cli().run("history", "--state-dir", "~/state").out()).contains("1 session (");
        assertThat(cli().run("history", "--state-dir=~/state").out()).contains("1 session (");
    }

    @Test
    void limber_config_with_a_tilde_is_in_the_home_folder() throws IOException {
        Files.writeString(home.resolve("my-config.yaml"), "sound: none\n");

        Cli.Result result = cli().env("LIMBER_CONFIG", "~/my-config.yaml").run("config");

        assertThat(result.status()).isEqualTo(Exit.OK);
        assertThat(result.out())
                .startsWith("Config file: ~/my-config.yaml\n")
                .containsPattern("sound +none +" + home.resolve("my-config.yaml") + ":1:8\n");
    }

    @Test
    void routine_folders_and_files_given_with_a_tilde_are_in_the_home_folder() throws IOException {
        Path folder = Files.createDirectories(home.resolve("stretches"));
        Files.writeString(folder.resolve("mine.yaml"), "title: Mine\nsteps: [{name: Reach, reps: 5}]\n");

        assertThat(cli().run("list", "--routines", "~/stretches", "--format", "ids")
                        .out())
                .contains("mine\n");
        assertThat(cli().env("LIMBER_ROUTINES", "~/stretches")
                        .run("list", "--format", "ids")
                        .out())
                .contains("mine\n");
        assertThat(cli().run("validate", "~/stretches/mine.yaml").out())
                .isEqualTo("Checked 1 routine file: all valid.\n");
        assertThat(cli().run("show", "~/stretches/mine.yaml").out()).startsWith("Mine  mine · ~/stretches/mine.yaml\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--state-dir", "--routines"})
    void an_empty_folder_option_is_a_usage_error(String option) {
        Cli.Result result = cli().run(option.equals("--state-dir") ? "history" : "list", option, "");

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err()).startsWith("limber: " + option + " '': an empty path; name a file or folder\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void an_empty_path_or_id_is_a_usage_error() {
        Cli.Result validate = cli().run("validate", "");
        Cli.Result show = cli().run("show", "");

        assertThat(validate.status()).isEqualTo(Exit.USAGE);
        assertThat(validate.err()).isEqualTo("limber: PATH '': an empty path; name a file or folder\n");
        assertThat(show.status()).isEqualTo(Exit.USAGE);
        assertThat(show.err())
                .isEqualTo(
                        "limber: an empty routine id; give an id from 'limber list', or a routine" + " file's path\n");
    }

    @Test
    void the_state_folder_follows_the_option_then_limber_state_dir_then_xdg_then_home() {
        Path option = Path.of("/opt/state");
        Map<String, String> all = Map.of("LIMBER_STATE_DIR", "/limber", "XDG_STATE_HOME", "/xdg", "HOME", "/home/me");

        assertThat(HistoryOptions.folder(all, option)).isEqualTo(option);
        assertThat(HistoryOptions.folder(all, null)).isEqualTo(Path.of("/limber"));
        assertThat(HistoryOptions.folder(Map.of("LIMBER_STATE_DIR", "~/x", "HOME", "/home/me"), null))
                .isEqualTo(Path.of("/home/me/x"));
        assertThat(HistoryOptions.folder(Map.of("XDG_STATE_HOME", "/xdg", "HOME", "/home/me"), null))
                .isEqualTo(Path.of("/xdg/limber"));
        assertThat(HistoryOptions.folder(Map.of("XDG_STATE_HOME", "relative", "HOME", "/home/me"), null))
                .isEqualTo(Path.of("/home/me/.local/state/limber"));
    }
}
