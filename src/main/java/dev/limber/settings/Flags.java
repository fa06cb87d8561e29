package dev.limber.settings;

/**
 * The settings given as flags to one command: only those typed, so the others come from the
 * environment, the config file or the defaults. Each value is already read by its setting's parser
 * (picocli hands the flag's text to it), so here it is typed.
 */
public final class Flags {

    private final Layer.Builder layer = new Layer.Builder();

    /** No flags yet. */
    public static Flags none() {
        return new Flags();
    }

    /** {@code setting} given as its flag, {@link Setting#flag()}. */
    public <T> Flags set(Setting<T> setting, T value) {
        layer.set(setting, new Sourced<>(value, Origin.FLAG, setting.flag()));
        return this;
    }

    /** Also the flags {@code other} holds, its values over this one's. */
    public Flags add(Flags other) {
        layer.add(other.layer);
        return this;
    }

    Layer layer() {
        return layer.build();
    }
}
