package dev.limber.cli;

import dev.limber.settings.Setting;
import dev.limber.settings.Values;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --program ID|none}: another program than the one set, for one command. */
final class ProgramOption {

    @Option(names = "--program", paramLabel = "ID",
            description = "Use this program instead of the one set (also 'program' in the config file,"
                    + " LIMBER_PROGRAM); none for no program.")
    private @Nullable String program;

    /** The setting this flag gives, for {@link CommandContext#settings}. */
    Map<Setting, Object> flags() {
        Map<Setting, Object> flags = new EnumMap<>(Setting.class);
        if (program != null) {
            try {
                flags.put(Setting.PROGRAM, Values.parse(Setting.PROGRAM, program));
            } catch (Values.Bad bad) {
                throw new Failure(Exit.USAGE, Setting.PROGRAM.flag() + " " + bad.getMessage());
            }
        }
        return flags;
    }
}
