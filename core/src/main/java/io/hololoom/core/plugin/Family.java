package io.hololoom.core.plugin;

import io.hololoom.api.plugin.CacheProvider;
import io.hololoom.api.plugin.EmbedderProvider;
import io.hololoom.api.plugin.EnvironmentProvider;
import io.hololoom.api.plugin.PluginProvider;
import io.hololoom.api.plugin.PolicyProvider;
import io.hololoom.api.plugin.RewardFunctionProvider;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.api.plugin.TrainerProvider;

/** The plugin families: what ServiceLoader looks for, and the words used in configuration and messages. */
public enum Family {
    EMBEDDER(EmbedderProvider.class, "embedder", "embedders"),
    POLICY(PolicyProvider.class, "policy", "policies"),
    TOOL(ToolProvider.class, "tool", "tools"),
    REWARD(RewardFunctionProvider.class, "reward", "reward functions"),
    TRAINER(TrainerProvider.class, "trainer", "trainers"),
    CACHE(CacheProvider.class, "cache", "caches"),
    ENVIRONMENT(EnvironmentProvider.class, "environment", "environments");

    private final Class<? extends PluginProvider<?>> providerType;
    private final String key;
    private final String plural;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Family(Class<? extends PluginProvider> providerType, String key, String plural) {
        this.providerType = (Class<? extends PluginProvider<?>>) (Class) providerType;
        this.key = key;
        this.plural = plural;
    }

    public Class<? extends PluginProvider<?>> providerType() {
        return providerType;
    }

    /** The word in configuration keys: {@code hololoom.<key>.<name>.<setting>}. */
    public String key() {
        return key;
    }

    public String plural() {
        return plural;
    }

    /** The prefix of a plugin's own settings. */
    public String settingsPrefix(String name) {
        return "hololoom." + key + "." + name + ".";
    }

    /** The family whose provider interface is {@code type}, if any. */
    public static Family of(Class<?> type) {
        for (Family f : values()) {
            if (f.providerType == type) {
                return f;
            }
        }
        throw new IllegalArgumentException("not a plugin family provider type: " + type.getName());
    }
}
