package dev.limber.cli;

import dev.limber.settings.BadValue;
import dev.limber.settings.Setting;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A setting's flag ({@code --prepare 10s}), or an argument that names a setting's value
 * ({@code program use ID}), read by picocli with the setting's own parser: the one rule the config
 * file and the environment go by, and a bad value is a usage error worded like every other
 * ("limber: --prepare 'soon': is not a length ...", then where to find help).
 */
abstract class FlagValue<T> implements ITypeConverter<T> {

    private final Setting<T> setting;

    FlagValue(Setting<T> setting) {
        this.setting = setting;
    }

    @Override
    public T convert(String text) {
        try {
            return setting.parse(text);
        } catch (BadValue bad) {
            throw new TypeConversionException(bad.getMessage());
        }
    }

    static final class Sound extends FlagValue<dev.limber.settings.Sound> {
        Sound() {
            super(Setting.SOUND);
        }
    }

    static final class VoiceCommand extends FlagValue<String> {
        VoiceCommand() {
            super(Setting.VOICE_CMD);
        }
    }

    static final class Prepare extends FlagValue<Integer> {
        Prepare() {
            super(Setting.PREPARE);
        }
    }

    static final class Rest extends FlagValue<Integer> {
        Rest() {
            super(Setting.REST);
        }
    }

    static final class Program extends FlagValue<String> {
        Program() {
            super(Setting.PROGRAM);
        }
    }
}
