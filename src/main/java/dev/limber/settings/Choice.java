package dev.limber.settings;

import org.jspecify.annotations.Nullable;

/**
 * A setting's value and where it came from.
 *
 * @param value  the value, or null for "as each routine says" (prepare, rest) or "none" (voice_cmd)
 * @param where  what to tell a person: {@code --sound}, {@code LIMBER_SOUND},
 *               {@code /home/ana/.config/limber/config.yaml:3:8} or {@code default}
 */
public record Choice(@Nullable Object value, Origin origin, String where) {

    static Choice byDefault(@Nullable Object value) {
        return new Choice(value, Origin.DEFAULT, "default");
    }
}
