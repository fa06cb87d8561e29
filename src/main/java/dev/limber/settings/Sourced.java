package dev.limber.settings;

import org.jspecify.annotations.Nullable;

/**
 * A setting's value and where it came from.
 *
 * @param value  the value, or null for "as each routine says" (prepare, rest) or "none" (voice_cmd)
 * @param where  what to tell a person: {@code --sound}, {@code LIMBER_SOUND},
 *               {@code /home/ana/.config/limber/config.yaml:3:8} or {@code default}
 */
public record Sourced<T>(@Nullable T value, Origin origin, String where) {

    static <T> Sourced<T> byDefault(@Nullable T value) {
        return new Sourced<>(value, Origin.DEFAULT, "default");
    }
}
