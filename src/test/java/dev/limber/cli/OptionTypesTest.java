package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** Main turns off picocli's java.time and java.sql converters for start-up time; nothing may need them. */
class OptionTypesTest {

    @Test
    void no_option_or_argument_of_any_command_is_a_java_time_or_java_sql_type() {
        List<String> types = new ArrayList<>();
        collect(new CommandLine(new AllCommands()), types);

        assertThat(types).isNotEmpty().noneMatch(t -> t.startsWith("java.time.") || t.startsWith("java.sql."));
    }

    @Test
    void limber_runs_with_those_converters_turned_off() {
        Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), "--version");

        assertThat(System.getProperty(Main.CONVERTER_EXCLUDES)).contains("java\\.time\\.", "java\\.sql\\.");
    }

    private static void collect(CommandLine command, List<String> types) {
        for (ArgSpec arg : command.getCommandSpec().args()) {
            types.add(arg.type().getName());
            Arrays.stream(arg.auxiliaryTypes()).map(Class::getName).forEach(types::add);
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, types));
    }
}
