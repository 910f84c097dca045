package io.hololoom.trainer.common;

import io.hololoom.api.HololoomException;
import io.hololoom.api.plugin.PluginConfig;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PluginProvider;
import java.nio.file.Path;

/** A context with given settings and seed and no services. */
public record FakePluginContext(PluginConfig config, long seed) implements PluginContext {
    @Override
    public Path dataDirectory() {
        return Path.of("target", "data");
    }

    @Override
    public <S> S service(Class<S> type) {
        throw new HololoomException(HololoomException.Category.PLUGIN, "no service " + type.getSimpleName());
    }

    @Override
    public <T> T plugin(Class<? extends PluginProvider<T>> family, String name) {
        throw new HololoomException(HololoomException.Category.PLUGIN, "no plugin " + name);
    }
}
