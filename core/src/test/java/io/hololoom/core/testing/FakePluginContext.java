package io.hololoom.core.testing;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.plugin.PluginConfig;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PluginProvider;
import io.hololoom.core.plugin.Family;
import io.hololoom.core.plugin.PluginRegistry;
import io.hololoom.testkit.MapPluginConfig;
import java.nio.file.Path;
import java.util.Map;

/**
 * A plugin context for unit tests: settings from a map (keys relative to the plugin's prefix), other plugins
 * from the test registry with settings from {@code others} (keyed by the other plugin's prefix), no services.
 * Not the testkit's FakePluginContext: that one (api only) cannot create plugins through core's PluginRegistry.
 */
public final class FakePluginContext implements PluginContext {
    private final PluginConfig config;
    private final Map<String, Map<String, String>> others;
    private final Path home;

    public FakePluginContext(String prefix, Map<String, String> settings, Map<String, Map<String, String>> others,
            Path home) {
        this.config = new MapPluginConfig(prefix, settings);
        this.others = Map.copyOf(others);
        this.home = home;
    }

    public static FakePluginContext of(String prefix, Map<String, String> settings) {
        return new FakePluginContext(prefix, settings, Map.of(), Path.of("target", "no-home"));
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
        return home;
    }

    @Override
    public <S> S service(Class<S> type) {
        throw new HololoomException(Category.PLUGIN, "No service of type [" + type.getName() + "] in this test");
    }

    @Override
    public <T> T plugin(Class<? extends PluginProvider<T>> family, String name) {
        Family f = Family.of(family);
        PluginProvider<T> provider = TestHololoom.registry().provider(f, name);
        String prefix = f.settingsPrefix(name);
        return provider.create(new FakePluginContext(prefix, others.getOrDefault(prefix, Map.of()), others, home));
    }
}
