package dev.limber.cli;

import dev.limber.settings.Setting;
import dev.limber.settings.Values;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --prepare} and {@code --rest}: a person's own pauses, for commands that lay a routine out. */
final class PauseOptions {

    @Option(names = "--prepare", paramLabel = "LENGTH",
            description = "Get-ready countdown before each step, such as 10s or 0s, instead of what the"
                    + " routine says (also 'prepare' in the config file, LIMBER_PREPARE).")
    private @Nullable String prepare;

    @Option(names = "--rest", paramLabel = "LENGTH",
            description = "Rest after each step and between sets, such as 20s or 0s, instead of what the routine"
                    + " says (also 'rest' in the config file, LIMBER_REST).")
    private @Nullable String rest;

    /** The settings these flags give, for {@link CommandContext#settings}. */
    Map<Setting, Object> flags() {
        Map<Setting, Object> flags = new EnumMap<>(Setting.class);
        put(flags, Setting.PREPARE, prepare);
        put(flags, Setting.REST, rest);
        return flags;
    }

    private static void put(Map<Setting, Object> flags, Setting setting, @Nullable String written) {
        if (written == null) {
            return;
        }
        try {
            flags.put(setting, Values.parse(setting, written));
        } catch (Values.Bad bad) {
            throw new Failure(Exit.USAGE, setting.flag() + " " + bad.getMessage());
        }
    }
}
