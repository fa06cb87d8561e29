package dev.limber.settings;

/** Where a setting's value came from, strongest first. */
public enum Origin {
    FLAG,
    ENVIRONMENT,
    FILE,
    DEFAULT
}
