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
        assertThat(result.out()).startsWith("#!/usr/bin/env bash\n")
                .contains("complete -F _complete_limber -o default limber")
                .contains("function _picocli_limber_list()", "function _picocli_limber_show()",
                        "function _picocli_limber_validate()", "function _picocli_limber_completion()",
                        "function _picocli_limber_remind()", "function _picocli_limber_remind_install()",
                        "function _picocli_limber_remind_notify()")
                .contains("local FORMAT_option_args=(\"table\" \"json\" \"yaml\" \"ids\")");
    }

    @Test
    void routine_ids_are_asked_of_limber_at_tab_time_not_written_into_the_script() {
        String script = new Cli(home).run("completion").out();

        assertThat(script).contains("list --format ids").doesNotContain("post-run-stretches");
        assertThat(script).contains("function _picocli_limber_program_show()", "function _picocli_limber_program_use()")
                .contains("program list --format ids").doesNotContain("back-care");
    }
}
