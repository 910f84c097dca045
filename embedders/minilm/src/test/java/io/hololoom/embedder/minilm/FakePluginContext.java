package io.hololoom.embedder.minilm;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PluginProvider;
import java.nio.file.Path;
import java.util.Map;

/** A {@link PluginContext} with a map-backed config, a fixed seed, a data directory and no services. */
final class FakePluginContext implements PluginContext {
    private final MapPluginConfig config;
    private final Path dataDirectory;

    FakePluginContext(Map<String, String> values) {
        this(values, TestModels.DATA_DIRECTORY);
    }

    FakePluginContext(Map<String, String> values, Path dataDirectory) {
        this.config = new MapPluginConfig("hololoom.embedder.minilm.", values);
        this.dataDirectory = requireNonNull(dataDirectory, "dataDirectory is null");
    }

    @Override
    public MapPluginConfig config() {
        return config;
    }

    @Override
    public long seed() {
        return 42;
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
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
