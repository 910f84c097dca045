package io.hololoom.tool.testkit;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.plugin.PluginConfig;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PluginProvider;
import java.nio.file.Path;
import java.util.Map;

/** A {@link PluginContext} with a fixed config and services; unknown services fail like the real one (PLUGIN). */
public final class FakePluginContext implements PluginContext {
    private final PluginConfig config;
    private final Map<Class<?>, Object> services;

    public FakePluginContext(PluginConfig config, Map<Class<?>, Object> services) {
        this.config = requireNonNull(config, "config is null");
        this.services = Map.copyOf(requireNonNull(services, "services is null"));
    }

    @Override
    public PluginConfig config() {
        return config;
    }

    @Override
    public long seed() {
        return 42;
    }

    @Override
    public Path dataDirectory() {
        return Path.of("target", "test-data");
    }

    @Override
    public <S> S service(Class<S> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new HololoomException(HololoomException.Category.PLUGIN,
                    "No service [" + type.getSimpleName() + "] in this assembly; known services "
                            + services.keySet().stream().map(Class::getSimpleName).sorted().toList());
        }
        return type.cast(service);
    }

    @Override
    public <T> T plugin(Class<? extends PluginProvider<T>> family, String name) {
        throw new HololoomException(HololoomException.Category.PLUGIN, "No plugin [" + name + "] in this test");
    }
}
