package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.settings.Setting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The model the man pages are written from (the release build runs picocli's ManPageGenerator on
 * {@link ManPages}; .ci/run reads the rendered limber.1): a man page's sections, and help untouched.
 */
class ManPagesTest {

    private static final CommandSpec MAN = new CommandLine(new ManPages()).getCommandSpec();

    @Test
    void limber_1_has_an_exit_status_section_then_examples_then_see_also_naming_every_command_page() {
        CommandLine.Model.UsageMessageSpec usage = MAN.usageMessage();

        assertThat(usage.header()).containsExactly("a terminal coach for stretching and walking routines");
        assertThat(usage.exitCodeListHeading()).isEqualTo("Exit status");
        assertThat(usage.exitCodeList()).containsKeys("0", "1", "2", "65", "66", "69", "74", "78", "130");
        assertThat(usage.footerHeading()).isEqualTo("Examples");
        List<String> footer = List.of(usage.footer());
        assertThat(footer).contains("  limber run post-run-stretches         be coached through it, step by step");
        assertThat(footer.subList(footer.indexOf("== See also"), footer.size())).hasSize(3);
        List<String> pages = new ArrayList<>();
        for (String command : AllCommands.ALONE) {
            pages.add("*limber-" + command + "*(1)");
        }
        pages.add("*limber-completion*(1)");
        assertThat(footer.get(footer.size() - 1).split(", ")).containsExactlyInAnyOrderElementsOf(pages);
    }

    @Test
    void limber_1_has_environment_and_files_after_the_examples_naming_every_settings_variable() {
        List<String> footer = List.of(MAN.usageMessage().footer());

        int environment = footer.indexOf("== Environment");
        int files = footer.indexOf("== Files");
        assertThat(environment).isPositive().isLessThan(files);
        assertThat(files).isLessThan(footer.indexOf("== See also"));
        for (Setting<?> setting : Setting.ALL) {
            assertThat(footer.subList(environment, files)).contains("*" + setting.variable() + "*::");
        }
        assertThat(footer.subList(files, footer.size())).contains("_~/.local/state/limber/_::");
        assertThat(MAN.subcommands().get("run").getCommandSpec().usageMessage().footer())
                .doesNotContain("== Environment");
    }

    @Test
    void each_command_page_names_the_page_above_it_and_those_below_it() {
        CommandSpec program = MAN.subcommands().get("program").getCommandSpec();
        CommandSpec use = program.subcommands().get("use").getCommandSpec();

        assertThat(MAN.subcommands().get("run").getCommandSpec().usageMessage().footer())
                .endsWith("*limber*(1)");
        assertThat(program.usageMessage().footerHeading()).isEqualTo("Examples");
        assertThat(program.usageMessage().footer())
                .endsWith(
                        "== See also",
                        "",
                        "*limber*(1), *limber-program-list*(1), *limber-program-show*(1), *limber-program-use*(1)");
        assertThat(use.usageMessage().footer()).endsWith("*limber-program*(1)");
        assertThat(use.usageMessage().header()).singleElement().asString().startsWith("choose ");
    }

    @Test
    void help_keeps_its_own_headings() {
        CommandLine.Model.UsageMessageSpec help =
                new CommandLine(new AllCommands()).getCommandSpec().usageMessage();

        assertThat(help.footerHeading()).isEqualTo("%nExamples:%n");
        assertThat(help.exitCodeListHeading()).isEqualTo("%nExit status:%n");
        assertThat(help.header()).isEmpty();
        assertThat(help.footer()).doesNotContain("== See also");
    }
}
