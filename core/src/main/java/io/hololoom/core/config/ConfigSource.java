package io.hololoom.core.config;

/** Where a configuration value came from, lowest precedence first. */
public enum ConfigSource {
    DEFAULT("default"),
    /** Written by {@code hololoom learn}: the plugins of the last learned policy. */
    LEARNED("learned"),
    FILE("file"),
    ENVIRONMENT("environment"),
    FLAG("flag");

    private final String label;

    ConfigSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
