package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertThat(result.out())
                .startsWith("Usage: limber [-hV] [--no-color] COMMAND")
                .contains("list", "show", "validate", "Limber is not medical advice")
                .contains(
                        "\nExit status:\n  0       done as asked\n",
                        "  69      Java could not start",
                        "  128+N   stopped by another signal N");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "run",
                "list",
                "show",
                "validate",
                "history",
                "stats",
                "today",
                "config",
                "program",
                "remind",
                "completion"
            })
    void every_command_has_help_with_examples(String command) {
        Cli.Result result = cli().run(command, "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: limber " + command).contains("Examples:", "  limber " + command);
        assertThat(cli().run("help", command).out()).isEqualTo(result.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "show", "use"})
    void every_program_command_has_help_with_examples(String command) {
        Cli.Result result = cli().run("program", command, "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .startsWith("Usage: limber program " + command)
                .contains("Examples:", "  limber program " + command);
    }

    @Test
    void program_alone_lists_what_it_can_do() {
        Cli.Result result = cli().run("program");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: limber program").contains("list", "show", "use");
        assertThat(cli().run("program", "lsit").err()).contains("(did you mean 'list'?)");
    }

    /**
     * --state-dir's help is one string, which the man page makes one paragraph, and --help wraps it
     * without breaking the path in two.
     */
    @ParameterizedTest
    @ValueSource(strings = {"run", "show", "history", "stats", "today"})
    void state_dir_is_described_in_one_paragraph_with_the_path_whole(String command) {
        String help = cli().run(command, "--help").out();

        assertThat(new picocli.CommandLine(new AllCommands())
                        .getSubcommands()
                        .get(command)
                        .getCommandSpec()
                        .findOption("--state-dir")
                        .description())
                .hasSize(1);
        assertThat(help).contains("Keep the history in DIR.", " ~/.local/state/limber.\n");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "",
                "list",
                "show",
                "run",
                "validate",
                "history",
                "stats",
                "config",
                "completion",
                "today",
                "program list",
                "program show",
                "program use",
                "remind install",
                "remind status",
                "remind remove",
                "remind notify"
            })
    void every_help_fits_80_columns_with_no_line_wrapped_by_the_terminal(String command) {
        String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");

        Cli.Result result = cli().run(args);

        assertThat(result.status()).isZero();
        assertThat(result.out().lines())
                .isNotEmpty()
                .allSatisfy(line ->
                        assertThat(dev.limber.tui.Words.columns(line)).as(line).isLessThanOrEqualTo(80));
        // No example so long that picocli carries its end to the start of the next line.
        assertThat(result.out()
                        .lines()
                        .dropWhile(line -> !line.equals("Examples:"))
                        .skip(1)
                        .takeWhile(line -> !line.isEmpty()))
                .allSatisfy(line -> assertThat(line).startsWith("  "));
    }

    @Test
    void a_bad_length_or_day_is_a_usage_error_in_limbers_words_and_the_command_never_starts() {
        Cli.Result zero = cli().run("run", "back-friendly-walk", "--time", "0s", "--plain");
        Cli.Result word = cli().run("run", "back-friendly-walk", "--time", "soon", "--plain");

        assertThat(zero.status()).isEqualTo(Exit.USAGE);
        assertThat(zero.err()).isEqualTo("limber: --time '0s': give at least 1s\nTry 'limber run --help' for more.\n");
        assertThat(zero.out()).isEmpty();
        assertThat(word.status()).isEqualTo(Exit.USAGE);
        assertThat(word.err()).startsWith("limber: --time 'soon': ").endsWith("\nTry 'limber run --help' for more.\n");
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
        assertThat(out.toString().replace(System.lineSeparator(), "\n"))
                .isEqualTo(cli().run("--version").out());
    }

    @Test
    void an_unknown_command_is_a_usage_error_with_a_suggestion() {
        Cli.Result result = cli().run("rnu");

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err())
                .isEqualTo("limber: no command 'rnu' (did you mean 'run'?)\n" + "Try 'limber --help' for more.\n");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        Cli.Result result = cli().run("list", "--fromat", "json");

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err())
                .isEqualTo("limber: no option '--fromat' in 'limber list' (did you mean '--format'?)\n"
                        + "Try 'limber list --help' for more.\n");
    }

    /** Every mistake on the command line in Limber's words, never picocli's ("Unmatched argument at index 0"). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "lsit                            | no command 'lsit' (did you mean 'list'?)",
                "program lsit                    | no command 'lsit' in 'limber program' (did you mean 'list'?)",
                "help lsit                       | no command 'lsit' (did you mean 'list'?)",
                "--bogus                         | no option '--bogus'",
                "list extra                      | 'limber list' takes no arguments; 'extra' is one too many",
                "show run-day more               | 'limber show' takes no more arguments; 'more' is one too many",
                "show                            | missing ID: a routine id from 'limber list', or a routine file's path",
                "list --format                   | --format needs a value (FORMAT)",
                "list --format xml               | --format 'xml': choose text, json, yaml or ids",
                "list --format jsn               | --format 'jsn': choose text, json, yaml or ids (did you mean 'json'?)",
                "list --format json --format ids | --format is given more than once; give it once",
            })
    void command_line_mistakes_are_told_in_limbers_words(String args, String said) {
        Cli.Result result = cli().run(args.split(" "));

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err().lines().findFirst()).contains("limber: " + said);
        assertThat(result.err()).doesNotContain("Unmatched", "Unknown option", "Missing required", "Invalid value");
    }

    /** Each command takes the formats it prints, and a usage error names just those. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            list                 | csv  | text, json, yaml or ids
            show run-day         | ids  | text, json or yaml
            history              | line | text, json or csv
            stats                | yaml | text or json
            today                | csv  | text, json or line
            config               | ids  | text or json
            program list         | yaml | text, json or ids
            program show         | line | text or json
            remind status        | csv  | text or json
            """)
    void a_format_a_command_does_not_print_is_a_usage_error_naming_the_ones_it_does(
            String command, String other, String takes) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--format", other));

        Cli.Result result = cli().run(args.toArray(String[]::new));
        String help = cli().run(with(command.replace(" run-day", "").split(" "), "--help"))
                .out();

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .isEqualTo("limber: --format '" + other + "': choose " + takes + "\nTry 'limber "
                        + command.replace(" run-day", "") + " --help' for more.\n");
        assertThat(cli().run(command.split(" ")).status())
                .as("text, the default")
                .isZero();
        assertThat(help)
                .containsPattern("--format=FORMAT +\\Q" + takes.replaceFirst("^text", "text (default)") + "\\E");
    }

    /** "table" was the name of list's and history's format for people: scripts that pass it still work. */
    @ParameterizedTest
    @ValueSource(strings = {"list", "history", "stats", "config", "program list", "show run-day"})
    void table_and_text_are_one_format_and_help_names_it_text(String command) {
        String[] words = command.split(" ");
        Cli.Result text = cli().run(with(words, "--format", "text"));
        Cli.Result table = cli().run(with(words, "--format", "table"));
        Cli.Result plain = cli().run(words);

        assertThat(text.status()).isZero();
        assertThat(table).isEqualTo(text);
        assertThat(plain.out()).isEqualTo(text.out());
        assertThat(cli().run(with(words, "--help")).out())
                .containsPattern("--format=FORMAT +text \\(default\\)")
                .doesNotContain("table (default)", "table,", "table or");
    }

    private static String[] with(String[] words, String... more) {
        List<String> args = new ArrayList<>(List.of(words));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void colour_is_on_for_a_terminal_and_off_when_asked() {
        assertThat(cli().terminal().run("list").out()).contains("\u001b[");
        assertThat(cli().terminal().run("list", "--no-color").out()).doesNotContain("\u001b[");
        assertThat(cli().terminal().run("--no-color", "list").out()).doesNotContain("\u001b[");
        assertThat(cli().terminal().env("NO_COLOR", "1").run("list").out()).doesNotContain("\u001b[");
        assertThat(cli().run("list").out()).doesNotContain("\u001b[");
    }

    /** A wall clock that fails as something inside Limber might: history and stats read it first. */
    private static Clock failing(RuntimeException orError) {
        return failing(() -> {
            throw orError;
        });
    }

    private static Clock failing(Runnable fail) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                fail.run();
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                fail.run();
                return Instant.EPOCH;
            }
        };
    }

    @Test
    void an_unexpected_error_is_one_line_without_java_names_and_debug_shows_them() {
        Clock bug = failing(new IllegalArgumentException("No enum constant dev.limber.progress.Ending.ABANDONED"));
        StringWriter err = new StringWriter();

        Cli.Result result = cli().clock(bug).run("stats");
        int debugStatus = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                Map.of("HOME", home.toString()),
                false,
                bug,
                "stats",
                "--debug");

        assertThat(result.status()).isEqualTo(Exit.FAILURE);
        assertThat(result.err())
                .isEqualTo("limber: unexpected error inside Limber; this is a bug: run again with"
                        + " --debug for the details, and report it\n");
        assertThat(debugStatus).isEqualTo(Exit.FAILURE);
        assertThat(err.toString())
                .startsWith("limber: unexpected error inside Limber\n"
                        + "java.lang.IllegalArgumentException: No enum constant dev.limber.progress.Ending.ABANDONED\n")
                .contains("\n    at dev.limber.");
    }

    @Test
    void an_error_java_throws_such_as_the_stack_running_out_is_told_the_same_way() {
        Cli.Result result = cli().clock(failing(() -> {
                    throw new StackOverflowError();
                }))
                .run("stats");

        assertThat(result.status()).isEqualTo(Exit.FAILURE);
        assertThat(result.err())
                .isEqualTo("limber: unexpected error inside Limber (it recursed too deep); this is a"
                        + " bug: run again with --debug for the details, and report it\n");
    }

    @Test
    void an_input_or_output_error_says_what_went_wrong_once_and_is_74() {
        Cli.Result result = cli().clock(failing(new UncheckedIOException(
                        new FileSystemException("/home/me/x", null, "No space left on device"))))
                .run("stats");

        assertThat(result.status()).isEqualTo(Exit.IO);
        assertThat(result.err()).isEqualTo("limber: cannot go on: no space left on device\n");
    }
}
