package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {

    @TempDir
    Path home;

    @Test
    void prints_a_bash_script_that_completes_every_command() {
        Cli.Result result = new Cli(home).run("completion");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .startsWith("#!/usr/bin/env bash\n")
                .contains("complete -F _complete_limber -o default limber")
                .contains(
                        "function _picocli_limber_list()",
                        "function _picocli_limber_show()",
                        "function _picocli_limber_validate()",
                        "function _picocli_limber_completion()",
                        "function _picocli_limber_remind()",
                        "function _picocli_limber_remind_install()",
                        "function _picocli_limber_remind_notify()")
                .contains("local FORMAT_option_args=(\"text\" \"json\" \"yaml\" \"ids\")");
    }

    @Test
    void format_completes_to_the_formats_each_command_takes_with_one_name_for_text() {
        String script = new Cli(home).run("completion").out();

        assertThat(section(script, "history")).contains("local FORMAT_option_args=(\"text\" \"json\" \"csv\")");
        assertThat(section(script, "today")).contains("local FORMAT_option_args=(\"text\" \"json\" \"line\")");
        assertThat(section(script, "stats")).contains("local FORMAT_option_args=(\"text\" \"json\")");
        assertThat(script).doesNotContain("\"table\"");
        assertThat(section(script, "run")).contains("(\"bell\" \"none\")");
    }

    /** The completion function of one command, up to the next. */
    private static String section(String script, String command) {
        String start = "function _picocli_limber_" + command + "() {";
        String rest = script.substring(script.indexOf(start));
        return rest.substring(0, rest.indexOf("\n}\n"));
    }

    @Test
    void routine_ids_are_asked_of_limber_at_tab_time_not_written_into_the_script() {
        String script = new Cli(home).run("completion").out();

        assertThat(script).contains("list --format ids").doesNotContain("post-run-stretches");
        assertThat(script)
                .contains("function _picocli_limber_program_show()", "function _picocli_limber_program_use()")
                .contains("program list --format ids")
                .doesNotContain("back-care");
    }
}
