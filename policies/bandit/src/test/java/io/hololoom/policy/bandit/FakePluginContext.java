package io.hololoom.policy.bandit;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.plugin.PluginConfig;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PluginProvider;
import java.nio.file.Path;
import java.util.Map;

/** A {@link PluginContext} for one policy: a map-backed config, a given seed and no services. */
public final class FakePluginContext implements PluginContext {
    private final PluginConfig config;
    private final long seed;

    public FakePluginContext(String policyName, Map<String, String> values, long seed) {
        this.config = MapPluginConfig.policy(policyName, values);
        this.seed = seed;
    }

    @Override
    public PluginConfig config() {
        return config;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public Path dataDirectory() {
        return Path.of("target", "test-data");
    }

    @Override
    public <S> S service(Class<S> type) {
        requireNonNull(type, "type is null");
        throw new HololoomException(Category.PLUGIN, "No service [" + type.getSimpleName() + "] in this test context");
    }

    @Override
    public <T> T plugin(Class<? extends PluginProvider<T>> family, String name) {
        throw new HololoomException(Category.PLUGIN, "No plugin [" + name + "] in this test context");
    }
}
