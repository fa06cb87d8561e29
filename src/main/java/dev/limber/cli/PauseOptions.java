package dev.limber.cli;

import dev.limber.settings.Flags;
import dev.limber.settings.Setting;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --prepare} and {@code --rest}: a person's own pauses, for commands that lay a routine out. */
final class PauseOptions {

    @Option(
            names = "--prepare",
            paramLabel = "LENGTH",
            converter = FlagValue.Prepare.class,
            description = "Get-ready countdown before each step, such as 10s or 0s, instead of what the"
                    + " routine says (also 'prepare' in the config file, LIMBER_PREPARE).")
    private @Nullable Integer prepare;

    @Option(
            names = "--rest",
            paramLabel = "LENGTH",
            converter = FlagValue.Rest.class,
            description = "Rest after each step and between sets, such as 20s or 0s, instead of what the routine"
                    + " says (also 'rest' in the config file, LIMBER_REST).")
    private @Nullable Integer rest;

    /** The settings these flags give, for {@link CommandContext#settings}. */
    Flags flags() {
        Flags flags = Flags.none();
        if (prepare != null) {
            flags.set(Setting.PREPARE, prepare);
        }
        if (rest != null) {
            flags.set(Setting.REST, rest);
        }
        return flags;
    }
}
