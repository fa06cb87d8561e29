package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndErrorsTest {

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    @Test
    void no_command_prints_the_overview() {
        Cli.Result result = cli().run();

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: limber [-hV] [--no-color] COMMAND")
                .contains("list", "show", "validate", "Limber is not medical advice")
                .contains("Exit status: 0 ok, 1 failure, 2 usage, 65 invalid routine, 66 not found,\n"
                        + "78 bad config, 130 Ctrl-C, 143 SIGTERM, 129 SIGHUP.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "list", "show", "validate", "history", "stats", "config", "completion"})
    void every_command_has_help_with_examples(String command) {
        Cli.Result result = cli().run(command, "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: limber " + command).contains("Examples:", "  limber " + command);
        assertThat(cli().run("help", command).out()).isEqualTo(result.out());
    }

    @Test
    void version_prints_the_version() {
        Cli.Result result = cli().run("--version");

        assertThat(result.status()).isZero();
        assertThat(result.out()).matches("limber \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }

    @Test
    void the_version_printed_without_picocli_is_the_one_picocli_prints() {
        StringWriter out = new StringWriter();

        int status = Version.print(new PrintWriter(out));

        assertThat(status).isZero();
        assertThat(out.toString().replace(System.lineSeparator(), "\n")).isEqualTo(cli().run("--version").out());
    }

    @Test
    void an_unknown_command_is_a_usage_error_with_a_suggestion() {
        Cli.Result result = cli().run("lsit");

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err()).isEqualTo("limber: Unmatched argument at index 0: 'lsit' (did you mean 'list'?)\n"
                + "Try 'limber --help' for more.\n");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        Cli.Result result = cli().run("list", "--fromat", "json");

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err()).isEqualTo("limber: Unknown options: '--fromat', 'json' (did you mean '--format'?)\n"
                + "Try 'limber list --help' for more.\n");
    }

    @Test
    void colour_is_on_for_a_terminal_and_off_when_asked() {
        assertThat(cli().terminal().run("list").out()).contains("\u001b[");
        assertThat(cli().terminal().run("list", "--no-color").out()).doesNotContain("\u001b[");
        assertThat(cli().terminal().run("--no-color", "list").out()).doesNotContain("\u001b[");
        assertThat(cli().terminal().env("NO_COLOR", "1").run("list").out()).doesNotContain("\u001b[");
        assertThat(cli().run("list").out()).doesNotContain("\u001b[");
    }
}
