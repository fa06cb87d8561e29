package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The config file, read for real from a home folder of the test's own, through Limber's command line. */
class ConfigCommandTest {

    @TempDir
    Path home;

    private Path config(String yaml) throws IOException {
        Path file = home.resolve(".config/limber/config.yaml");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
    }

    private Cli cli() {
        return new Cli(home);
    }

    @Test
    void without_a_file_config_shows_limbers_defaults_and_where_a_file_would_go() {
        Cli.Result result = cli().run("config");

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .startsWith("Config file: ~/.config/limber/config.yaml"
                        + " (there is none; see 'limber config --help' for one)\n");
        assertThat(result.out())
                .contains(
                        "sound      bell                                  default\n",
                        "prepare    as each routine says                  default\n",
                        "auto_reps  false                                 default\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void on_a_narrow_terminal_the_table_fits_the_window_shortening_what_does_not_fit() {
        Cli.Result result = cli().columns(40).run("config", "--no-color");

        List<String> table = result.out()
                .lines()
                .dropWhile(line -> !line.startsWith("SETTING"))
                .toList();
        assertThat(table)
                .hasSizeGreaterThan(5)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(table).anyMatch(line -> line.startsWith("voice_cmd ") && line.endsWith("\u2026"));
    }

    @Test
    void each_setting_says_where_it_came_from_flag_environment_file_or_default() throws IOException {
        Path file = config("sound: none\nprepare: 10s\ncheckin: false\nroutines: [mine]\nauto_reps: true\n");
        Files.createDirectories(file.resolveSibling("mine"));

        Cli.Result result = cli().env("LIMBER_PREPARE", "20s").run("config");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("sound      none ", " " + file + ":1:8\n");
        assertThat(result.out()).containsPattern("prepare +20s +LIMBER_PREPARE\n");
        assertThat(result.out()).containsPattern("checkin +false +" + file + ":3:10\n");
        assertThat(result.out()).containsPattern("routines +" + file.resolveSibling("mine") + " +" + file + ":4:12\n");
        assertThat(result.out()).containsPattern("auto_reps +true +" + file + ":5:12\n");
    }

    @Test
    void json_gives_every_setting_with_its_value_and_source() throws IOException {
        Path file = config("rest: 15s\nvoice: true\n");

        JsonNode json = new ObjectMapper()
                .readTree(cli().run("config", "--format", "json").out());

        assertThat(json.get("file").asText()).isEqualTo(file.toString());
        assertThat(json.get("exists").asBoolean()).isTrue();
        assertThat(json.at("/settings/rest/value").asInt()).isEqualTo(15);
        assertThat(json.at("/settings/rest/from").asText()).isEqualTo(file + ":1:7");
        assertThat(json.at("/settings/voice/value").asBoolean()).isTrue();
        assertThat(json.at("/settings/prepare/value").isNull()).isTrue();
        assertThat(json.at("/settings/sound/from").asText()).isEqualTo("default");
        assertThat(json.at("/settings/program/value").asText()).isEqualTo("back-care");
        assertThat(json.get("problems")).isEmpty();
        config("program: bak-care\n");
        JsonNode unknown = new ObjectMapper()
                .readTree(cli().run("config", "--format", "json").out());
        assertThat(unknown.get("problems").get(0).asText())
                .isEqualTo(file + ":1:10: no program 'bak-care' (did you"
                        + " mean 'back-care'?); 'limber program list' shows them");
    }

    @Test
    void a_bad_config_is_errors_with_file_line_and_column_and_config_exits_78() throws IOException {
        Path file = config("sound: loud\nprepare: 10s\nrets: 5s\n");

        Cli.Result result = cli().run("config");

        assertThat(result.status()).isEqualTo(Exit.CONFIG);
        assertThat(result.err())
                .isEqualTo("limber: " + file + ":1:8: 'sound' must be bell or none; found 'loud'\n" + "limber: " + file
                        + ":3:1: unknown setting 'rets' (did you mean 'rest'?)\n");
        assertThat(result.out()).containsPattern("prepare +10s +" + file + ":2:10\n");
    }

    @Test
    void a_config_that_is_not_yaml_is_one_error_where_it_breaks_and_every_other_command_goes_on() throws IOException {
        Path file = config("sound: none\nprepare: [10s\n");

        Cli.Result config = cli().run("config");
        Cli.Result list = cli().run("list", "--format", "json");

        assertThat(config.status()).isEqualTo(Exit.CONFIG);
        assertThat(config.err()).startsWith("limber: " + file + ":3:1: ");
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("\"id\": \"post-run-stretches\"");
        assertThat(list.err())
                .startsWith("limber: " + file + ":3:1: ")
                .endsWith(" (ignored; 'limber config' shows the settings in use)\n")
                .hasLineCount(1);
    }

    @Test
    void a_folder_where_the_file_should_be_or_a_file_that_cant_be_read_is_one_line() throws IOException {
        Files.createDirectories(home.resolve(".config/limber/config.yaml"));

        Cli.Result result = cli().run("config");

        assertThat(result.status()).isEqualTo(Exit.CONFIG);
        assertThat(result.err())
                .isEqualTo("limber: " + home.resolve(".config/limber/config.yaml")
                        + ": is a folder, not a file; Limber's defaults are used\n");
    }

    /** The YAML reader is told it reads a config file, so its problems never speak of routines. */
    @Test
    void a_config_that_is_bad_yaml_is_told_in_a_config_files_words_not_a_routines() throws IOException {
        Path file = config("sound: none\n---\nrest: 5s\n");
        Cli.Result twoDocuments = cli().run("config");
        config("routines: " + "[".repeat(10) + "]".repeat(10) + "\n");
        Cli.Result tooDeep = cli().run("config");
        config("sound: !!str none\n");
        Cli.Result typeTag = cli().run("config");
        config("x: 1\n".repeat(51));
        Cli.Result tooManyKeys = cli().run("config");

        assertThat(twoDocuments.status()).isEqualTo(Exit.CONFIG);
        assertThat(twoDocuments.err())
                .isEqualTo("limber: " + file
                        + ":3:1: a second YAML document starts here; put all settings in one document\n");
        assertThat(tooDeep.err())
                .isEqualTo("limber: " + file + ":1:20: nested more than 10 levels deep;"
                        + " a config file needs two (its settings, and the folders in 'routines')\n");
        assertThat(typeTag.err())
                .isEqualTo("limber: " + file
                        + ":1:8: type tags ('!!str') are not allowed in config files; remove the tag\n");
        assertThat(tooManyKeys.err())
                .isEqualTo(
                        "limber: " + file + ":51:1: more than 50 keys in one mapping; a config file has 10 settings\n");
    }

    /** A named pipe would block every command until someone wrote to it. */
    @Test
    void a_named_pipe_as_the_config_file_is_refused_unread_and_the_defaults_are_used() throws Exception {
        Path pipe = home.resolve(".config/limber/config.yaml");
        Files.createDirectories(pipe.getParent());
        assertThat(Processes.hermetic(home, List.of("mkfifo", pipe.toString()))
                        .start()
                        .waitFor())
                .isZero();

        Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> cli().run("config"));

        assertThat(result.status()).isEqualTo(Exit.CONFIG);
        assertThat(result.err())
                .isEqualTo("limber: " + pipe
                        + ": is not a regular file but a pipe, socket or device; Limber's defaults are used\n");
        assertThat(result.out()).contains("sound      bell                                  default\n");
    }

    /** Java's message for an I/O error names the file again, or is a class name when it has none. */
    @Test
    void a_config_file_that_cannot_be_read_says_why_once() throws IOException {
        Path loop = home.resolve(".config/limber/config.yaml");
        Files.createDirectories(loop.getParent());
        Files.createSymbolicLink(loop, loop);

        Cli.Result result = cli().run("config");

        assertThat(result.status()).isEqualTo(Exit.CONFIG);
        assertThat(result.err())
                .startsWith("limber: " + loop + ": can't be read (too many levels of symbolic links")
                .endsWith("); Limber's defaults are used\n");
        assertThat(result.err().split(loop.toString(), -1))
                .as("the file named once")
                .hasSize(2);
    }

    @Test
    void limber_config_names_another_file_and_xdg_config_home_moves_the_default() throws IOException {
        Path other = Files.writeString(home.resolve("elsewhere.yaml"), "sound: none\n");
        Path xdg = home.resolve("xdg/limber/config.yaml");
        Files.createDirectories(xdg.getParent());
        Files.writeString(xdg, "rest: 5s\n");

        assertThat(cli().env("LIMBER_CONFIG", other.toString()).run("config").out())
                .containsPattern("sound +none +" + other + ":1:8\n");
        assertThat(cli().env("XDG_CONFIG_HOME", home.resolve("xdg").toString())
                        .run("config")
                        .out())
                .containsPattern("rest +5s +" + xdg + ":1:7\n");
    }

    @Test
    void show_lays_routines_out_with_the_configured_pauses_and_a_flag_beats_them() throws IOException {
        config("prepare: 12s\nrest: 20s\n");

        String configured = cli().run("show", "post-run-stretches").out();
        String flagged = cli().run("show", "post-run-stretches", "--prepare", "0s", "--rest", "0s")
                .out();

        assertThat(configured)
                .contains(" 0:00      12s  Get ready · Knee-to-chest stretch · left side\n")
                .contains("     20s  Rest\n");
        assertThat(flagged).doesNotContain("Get ready").doesNotContain("Rest\n");
    }

    @Test
    void a_bad_pause_flag_is_a_usage_error() {
        Cli.Result result = cli().run("show", "post-run-stretches", "--prepare", "soon");

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err())
                .isEqualTo("limber: --prepare 'soon': is not a length ('soon'); write it like 45s, 2m,"
                        + " 1m30s or 1h\nTry 'limber show --help' for more.\n");
        assertThat(result.out()).isEmpty();
    }

    /** A flag's value is read by its setting's parser: the config file's reason, in a usage error's words. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            show post-run-stretches --rest 2h       | --rest '2h': is at most 1h; found '2h'
            show post-run-stretches --prepare -5s   | --prepare '-5s': is negative ('-5s'); write a length like 45s, 2m or 1m30s
            run post-run-stretches --sound loud     | --sound 'loud': choose bell or none
            run post-run-stretches --sound non      | --sound 'non': choose bell or none (did you mean 'none'?)
            today --program My_Program              | --program 'My_Program': must be a program id, such as back-care, or none; found 'My_Program'
            program list --program x.y              | --program 'x.y': must be a program id, such as back-care, or none; found 'x.y'
            """)
    void a_bad_setting_flag_is_a_usage_error_with_the_settings_own_reason(String args, String said) {
        Cli.Result result = cli().run(args.split(" +"));

        String command = args.startsWith("program") ? "limber program list" : "limber " + args.split(" ")[0];
        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err()).isEqualTo("limber: " + said + "\nTry '" + command + " --help' for more.\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void an_empty_speech_command_flag_is_a_usage_error() {
        assertThat(cli().run("run", "post-run-stretches", "--voice-cmd", "").err())
                .isEqualTo(
                        "limber: --voice-cmd '':"
                                + " is empty; name a speech command, such as 'espeak-ng -s 140'\nTry 'limber run --help' for more.\n");
    }

    @Test
    void setting_flags_take_the_words_the_config_file_takes() throws IOException {
        config("sound: none\nprepare: 12s\n");

        assertThat(cli().run("show", "post-run-stretches", "--prepare", " 1M ").out())
                .contains("1m  Get ready · Knee-to-chest stretch · left side\n");
        assertThat(cli().run("run", "post-run-stretches", "--sound", "BELL", "--help")
                        .status())
                .isZero();
    }

    @Test
    void routine_folders_in_the_config_are_listed_and_a_missing_one_is_named_where_it_was_written() throws IOException {
        Path file = config("routines:\n  - mine\n  - ~/gone\n");
        Path mine = Files.createDirectories(file.resolveSibling("mine"));
        Files.writeString(mine.resolve("desk-break.yaml"), "title: Desk break\nsteps:\n  - {name: Stand, time: 30s}\n");

        Cli.Result result = cli().run("list");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("desk-break");
        assertThat(result.err())
                .isEqualTo("limber: " + file + ":3:5: routine folder " + home.resolve("gone")
                        + " does not exist; create it or take it out of 'routines'\n");
        assertThat(cli().run("config").out()).contains(home.resolve("gone") + " (no such folder)");
    }

    @Test
    void colour_can_be_turned_off_in_the_config_file() throws IOException {
        assertThat(cli().terminal().run("list").out()).contains("\u001b[");

        config("color: false\n");

        assertThat(cli().terminal().run("list").out()).doesNotContain("\u001b[");
    }

    @Test
    void on_one_screen_the_problems_come_before_the_settings() throws IOException {
        Path file = config("sound: loud\nrets: 5s\n");

        String seen = cli().seen("config");

        assertThat(seen)
                .startsWith("limber: " + file + ":1:8: 'sound' must be bell or none; found 'loud'\n"
                        + "limber: " + file + ":2:1: unknown setting 'rets' (did you mean 'rest'?)\n"
                        + "Config file: ~/" + home.relativize(file) + "\n");
    }
}
