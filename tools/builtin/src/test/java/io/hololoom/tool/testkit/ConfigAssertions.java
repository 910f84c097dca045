package io.hololoom.tool.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hololoom.api.HololoomException;
import io.hololoom.api.plugin.PluginConfig;
import io.hololoom.testkit.MapPluginConfig;
import java.util.Map;
import java.util.function.Function;

/** Shared checks for the tools' *Config records. */
public final class ConfigAssertions {
    private ConfigAssertions() {
    }

    /** A bad value for {@code key} fails with a CONFIGURATION error naming the full key and the bad value. */
    public static void rejects(String tool, Function<PluginConfig, ?> reader, String key, String value) {
        Throwable thrown = catchThrowable(() -> reader.apply(MapPluginConfig.of("tool", tool, Map.of(key, value))));
        assertThat(thrown).as("%s=%s", key, value).isInstanceOf(HololoomException.class)
                .hasMessageContaining("[hololoom.tool." + tool + "." + key + "]")
                .hasMessageContaining(value.trim());
        assertThat(((HololoomException) thrown).category()).isEqualTo(HololoomException.Category.CONFIGURATION);
    }

    /** Reads an empty config and returns the keys the reader asked for. */
    public static java.util.Set<String> keysRead(String tool, Function<PluginConfig, ?> reader) {
        MapPluginConfig config = MapPluginConfig.empty("tool", tool);
        reader.apply(config);
        return config.read();
    }
}
