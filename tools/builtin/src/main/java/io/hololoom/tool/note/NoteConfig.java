package io.hololoom.tool.note;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;

/**
 * Settings of the {@code note} tool (keys {@code hololoom.tool.note.*}).
 *
 * @param maxLength longest note accepted, in characters ({@code max-length}, default 4000, 10..100000)
 * @param maxTags at most this many tags are kept ({@code max-tags}, default 10, 0..50)
 * @param source the source recorded on stored notes ({@code source}, default {@code note})
 */
public record NoteConfig(int maxLength, int maxTags, String source) {

    public static final NoteConfig DEFAULTS = new NoteConfig(4000, 10, "note");

    public NoteConfig {
        if (maxLength < 10 || maxLength > 100_000) {
            throw new IllegalArgumentException("max-length must be in [10, 100000], was [" + maxLength + "]");
        }
        if (maxTags < 0 || maxTags > 50) {
            throw new IllegalArgumentException("max-tags must be in [0, 50], was [" + maxTags + "]");
        }
        requireNonNull(source, "source is null");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source is blank");
        }
    }

    /** Reads the settings; a bad value is a CONFIGURATION error naming the key. */
    public static NoteConfig from(PluginConfig config) {
        requireNonNull(config, "config is null");
        String source = config.string("source", DEFAULTS.source);
        if (source.isBlank()) {
            throw config.invalid("source", source, "a non-blank source name such as note");
        }
        return new NoteConfig(config.integer("max-length", DEFAULTS.maxLength, 10, 100_000),
                config.integer("max-tags", DEFAULTS.maxTags, 0, 50), source);
    }
}
