package io.hololoom.core.inject;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.plugin.PluginConfig;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PluginProvider;
import io.hololoom.core.plugin.Family;
import java.nio.file.Path;
import java.util.function.Function;

/** The context core hands to each provider: its settings view, the seed, the home and lazy services. */
final class DefaultPluginContext implements PluginContext {
    private final PluginConfig config;
    private final long seed;
    private final Path home;
    private final Function<Class<?>, Object> services;
    private final PluginFactory plugins;

    DefaultPluginContext(PluginConfig config, long seed, Path home, Function<Class<?>, Object> services,
            PluginFactory plugins) {
        this.config = requireNonNull(config, "config is null");
        this.seed = seed;
        this.home = requireNonNull(home, "home is null");
        this.services = requireNonNull(services, "services is null");
        this.plugins = requireNonNull(plugins, "plugins is null");
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
        return home;
    }

    @Override
    public <S> S service(Class<S> type) {
        Object s = services.apply(type);
        if (s == null) {
            throw new HololoomException(Category.PLUGIN, "No service of type [" + type.getName()
                    + "] in this assembly; plugins may ask for MemoryStore or Embedder");
        }
        return type.cast(s);
    }

    @Override
    public <T> T plugin(Class<? extends PluginProvider<T>> family, String name) {
        return plugins.create(Family.of(family), name);
    }

    /** Creates plugins with their own contexts. */
    interface PluginFactory {
        <T> T create(Family family, String name);
    }
}
