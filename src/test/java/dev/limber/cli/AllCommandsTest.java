package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AllCommandsTest {

    @Test
    void every_subcommand_but_help_and_completion_can_be_made_alone_under_its_own_name() {
        List<String> all = new ArrayList<>(
                new CommandLine(new AllCommands()).getSubcommands().keySet());
        all.removeAll(List.of("help", "completion"));

        assertThat(AllCommands.ALONE).containsExactlyElementsOf(all);
        AllCommands.ALONE.forEach(name -> assertThat(new CommandLine(AllCommands.alone(name)).getCommandName())
                .isEqualTo(name));
        assertThat(AllCommands.alone("help")).isNull();
        assertThat(AllCommands.alone("lis")).isNull();
    }
}
