package dev.limber.cli;

import dev.limber.settings.Flags;
import dev.limber.settings.Setting;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --program ID|none}: another program than the one set, for one command. */
final class ProgramOption {

    @Option(
            names = "--program",
            paramLabel = "ID",
            converter = FlagValue.Program.class,
            description = "Use this program instead of the one set (also 'program' in the config file,"
                    + " LIMBER_PROGRAM); none for no program.")
    private @Nullable String program;

    /** Whether {@code --program} was given. */
    boolean given() {
        return program != null;
    }

    /** The setting this flag gives, for {@link CommandContext#settings}. */
    Flags flags() {
        Flags flags = Flags.none();
        if (program != null) {
            flags.set(Setting.PROGRAM, program);
        }
        return flags;
    }
}
