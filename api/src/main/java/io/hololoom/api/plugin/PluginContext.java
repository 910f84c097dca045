package io.hololoom.api.plugin;

import io.hololoom.api.Embedder;
import io.hololoom.api.memory.MemoryStore;
import java.nio.file.Path;

/**
 * What a provider gets when it creates its plugin: its own settings, a seed, the data directory, shared
 * services and other plugins by name.
 */
public interface PluginContext {
    /** This plugin's settings: keys under {@code hololoom.<family>.<name>.}. */
    PluginConfig config();

    /** The run's seed ({@code hololoom.seed}); plugins draw all randomness from it. */
    long seed();

    /** The data directory ({@code HOLOLOOM_HOME}); a plugin keeps its files under a sub-directory of its name. */
    Path dataDirectory();

    /**
     * A shared service: {@link MemoryStore} or {@link Embedder}.
     *
     * @throws io.hololoom.api.HololoomException (PLUGIN) if the service is not available in this assembly
     */
    <S> S service(Class<S> type);

    /**
     * Another plugin by family provider type and name, e.g. the reward function a shaping reward wraps.
     *
     * @throws io.hololoom.api.HololoomException (PLUGIN) naming the known ones if there is no such plugin
     */
    <T> T plugin(Class<? extends PluginProvider<T>> family, String name);

    default MemoryStore memory() {
        return service(MemoryStore.class);
    }

    default Embedder embedder() {
        return service(Embedder.class);
    }
}
