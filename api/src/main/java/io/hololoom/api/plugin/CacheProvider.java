package io.hololoom.api.plugin;

/** Provides a {@link CacheFactory}; family {@code cache}, chosen by {@code hololoom.cache}. */
public interface CacheProvider extends PluginProvider<CacheFactory> {
}
