package dev.limber.settings;

/** What Limber sounds at the end of each hold and on its last seconds. */
public enum Sound {
    // Lowercase: these are the words people write, in the config file, LIMBER_SOUND and --sound.
    bell,
    none
}
