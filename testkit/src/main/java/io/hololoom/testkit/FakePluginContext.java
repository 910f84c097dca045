package io.hololoom.testkit;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Embedder;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.memory.MemoryStore;
import io.hololoom.api.plugin.PluginConfig;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PluginProvider;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link PluginContext} for tests that behaves like the loom's: a missing service or plugin fails with a
 * {@link HololoomException} of category PLUGIN naming what is known, exactly as in a running loom.
 *
 * <pre>{@code
 * FakePluginContext context = FakePluginContext.builder()
 *         .config(MapPluginConfig.of("tool", "unit-convert", Map.of("precision", "3")))
 *         .memory(new InMemoryMemoryStore(new FixedEmbedder(64)))
 *         .build();
 * Tool tool = new UnitConvertToolProvider().create(context);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class FakePluginContext implements PluginContext {
    private final PluginConfig config;
    private final long seed;
    private final Path dataDirectory;
    private final Map<Class<?>, Object> services;
    private final Map<String, Object> plugins;

    private FakePluginContext(Builder b) {
        this.config = b.config;
        this.seed = b.seed;
        this.dataDirectory = b.dataDirectory;
        this.services = Map.copyOf(b.services);
        this.plugins = Map.copyOf(b.plugins);
    }

    /** A context with the given settings, seed 42, data directory {@code target/hololoom-test}, no services. */
    public static FakePluginContext of(PluginConfig config) {
        return builder().config(config).build();
    }

    /** A context with the given settings and seed, data directory {@code target/hololoom-test}, no services. */
    public static FakePluginContext of(PluginConfig config, long seed) {
        return builder().config(config).seed(seed).build();
    }

    public static Builder builder() {
        return new Builder();
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
        return dataDirectory;
    }

    @Override
    public <S> S service(Class<S> type) {
        requireNonNull(type, "type is null");
        Object service = services.get(type);
        if (service == null) {
            throw new HololoomException(Category.PLUGIN, "No service of type [" + type.getName() + "] in this"
                    + " assembly; known services " + new TreeMap<>(names(services)).keySet());
        }
        return type.cast(service);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T plugin(Class<? extends PluginProvider<T>> family, String name) {
        requireNonNull(family, "family is null");
        requireNonNull(name, "name is null");
        Object plugin = plugins.get(key(family, name));
        if (plugin == null) {
            throw new HololoomException(Category.PLUGIN, "Unknown plugin [" + name + "] of " + family.getSimpleName()
                    + "; known plugins " + new TreeMap<>(plugins).keySet());
        }
        return (T) plugin;
    }

    private static Map<String, Object> names(Map<Class<?>, Object> services) {
        Map<String, Object> out = new LinkedHashMap<>();
        services.forEach((k, v) -> out.put(k.getSimpleName(), v));
        return out;
    }

    private static String key(Class<?> family, String name) {
        return family.getSimpleName() + ":" + name;
    }

    /** Builds a {@link FakePluginContext}. Not thread-safe. */
    public static final class Builder {
        private PluginConfig config = new MapPluginConfig("hololoom.test.plugin.", Map.of());
        private long seed = 42;
        private Path dataDirectory = Path.of("target", "hololoom-test");
        private final Map<Class<?>, Object> services = new LinkedHashMap<>();
        private final Map<String, Object> plugins = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder config(PluginConfig config) {
            this.config = requireNonNull(config, "config is null");
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = requireNonNull(dataDirectory, "dataDirectory is null");
            return this;
        }

        /** Makes {@link PluginContext#memory()} return {@code memory}. */
        public Builder memory(MemoryStore memory) {
            services.put(MemoryStore.class, requireNonNull(memory, "memory is null"));
            return this;
        }

        /** Makes {@link PluginContext#embedder()} return {@code embedder}. */
        public Builder embedder(Embedder embedder) {
            services.put(Embedder.class, requireNonNull(embedder, "embedder is null"));
            return this;
        }

        /** Makes {@link PluginContext#plugin} return {@code plugin} for this family and name. */
        public <T> Builder plugin(Class<? extends PluginProvider<T>> family, String name, T plugin) {
            plugins.put(key(requireNonNull(family, "family is null"), requireNonNull(name, "name is null")),
                    requireNonNull(plugin, "plugin is null"));
            return this;
        }

        public FakePluginContext build() {
            return new FakePluginContext(this);
        }
    }
}
